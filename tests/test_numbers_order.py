"""numbers.order: two numbers of the source in the other order, where nearly all the other
languages of the run keep the source's order, is a warning (swapped?); a translation alone, or
one whose language shares its order with others, says nothing. Small runs through
``run_checks``, as in test_numbers_siblings."""

from __future__ import annotations

from yzi18n.checks.registry import load_checks, select
from yzi18n.checks.runner import run_checks
from yzi18n.model import Catalog, Entry, Severity
from yzi18n.numbers.order import in_order, reversed_pairs, source_pairs

AGES = "The 44-year-old was found at 7.55am, with a 32-year-old man arrested nearby."
KEPT = "Der 44-Jährige wurde um 7.55 Uhr gefunden, ein 32-Jähriger wurde festgenommen."
SWAPPED = "Der 32-Jährige wurde um 7.55 Uhr gefunden, ein 44-Jähriger wurde festgenommen."
_CODES = [f"q{a}{b}" for a in "abcdefghij" for b in "abcdefghijklmnopqrstuvwxyz"]


def _run(translation: str, keeping: int, reversing: int = 0) -> list:
    """The numbers.order findings of a catalog translating AGES as ``translation``, in a run with
    ``keeping`` other languages that keep the source's order and ``reversing`` that do not."""
    codes = iter(_CODES)
    own = Catalog("own.po", "de", (Entry(msgid=AGES, msgstr=translation, line=1),))
    others = [Catalog(f"o{k}.po", next(codes), (Entry(msgid=AGES, msgstr=KEPT, line=1),)) for k in range(keeping)]
    others += [Catalog(f"r{k}.po", next(codes), (Entry(msgid=AGES, msgstr=SWAPPED, line=1),))
               for k in range(reversing)]
    specs = select(load_checks().values(), ["numbers", "numbers.order"])
    return [f for f in run_checks([own, *others], specs, source_language="en")
            if f.path == "own.po" and f.code == "numbers.order"]


def test_the_pairs_read_are_plain_numbers_with_words_between():
    assert source_pairs(AGES) == (("44", "32"),)
    # the halves of a score or a telephone number are no pair; a clock, a decimal or a number
    # written twice is read in no pair at all
    pairs = source_pairs("Livingston 1-0 Rangers at 13:10 on 0800 555 111.")
    assert ("1", "0") not in pairs and ("0800", "555") not in pairs and ("1", "0800") in pairs
    assert not any("13" in pair or "10" in pair for pair in pairs)
    assert source_pairs("It fell 2.5 points to 3 from 3 a day.") == ()
    assert source_pairs("Europe won 14½-13½.") == ()  # ½ is no letter
    assert source_pairs("It opened on 5 March 2020 with 40 shops.") == (("2020", "40"),)  # no pair across a date
    assert source_pairs("The 44 market stalls had 32 owners.") == (("44", "32"),)  # market is no March


def test_the_order_is_read_in_any_digits():
    assert in_order("৪৪ বছর বয়সী এবং ৩২ বছর বয়সী", "44", "32") is True
    assert in_order("32 und 44 und 44", "44", "32") is None  # written twice: no order
    assert in_order("1,500 and 32, then 500", "500", "32") is False  # not the 500 of 1,500
    assert reversed_pairs(AGES, SWAPPED) == (("44", "32"),)
    assert reversed_pairs(AGES, KEPT) == ()


def test_a_swap_nearly_every_other_language_does_not_make_is_a_warning():
    found = _run(SWAPPED, keeping=24)
    assert [f.severity for f in found] == [Severity.WARNING]
    assert found[0].message == "44 and 32 are in the other order than in the source, " \
                               "where nearly all other languages keep it: swapped?"
    assert found[0].hint == "44 before 32, as 24 of 24 other languages write them"


def test_the_source_order_kept_says_nothing():
    assert _run(KEPT, keeping=24) == []


def test_too_few_or_divided_languages_say_nothing():
    assert _run(SWAPPED, keeping=19) == []  # alone or nearly: the order proves nothing
    assert _run(SWAPPED, keeping=20, reversing=4) == []  # 20 of 24 keep it: languages that reorder
    assert len(_run(SWAPPED, keeping=27, reversing=2)) == 1  # 27 of 29 (93 %)


def test_the_check_is_chosen_only_by_its_code():
    checks = load_checks().values()
    assert "numbers.order" not in [spec.code for spec in select(checks, ["numbers"])]
    assert "numbers.order" not in [spec.code for spec in select(checks)]
    assert "numbers.order" in [spec.code for spec in select(checks, ["numbers", "numbers.order"])]
    assert "numbers.order" not in [spec.code for spec in select(checks, ["numbers.order"], ["numbers"])]
