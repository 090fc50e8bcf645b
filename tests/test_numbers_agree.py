"""The fast "the numbers certainly agree" test never hides a finding: every entry it lets by gets
no finding from the full comparison, in default and strict mode, on every NTREX catalog, on the
repository's catalogs and on generated texts; and what must make it unsure does."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from yzi18n import api
from yzi18n.checks.registry import load_checks, select
from yzi18n.checks.runner import checked_entries, run_checks
from yzi18n.model import Catalog, Entry
from yzi18n.numbers.agree import certainly_agrees, has_digit, may_disagree
from yzi18n.numbers.compare import compare

ROOT = Path(__file__).resolve().parents[1]
NTREX = Path(__file__).resolve().parents[2] / "shared" / "data" / "ntrex-dev"


def agrees(source: str, target: str, language: str) -> bool:
    return certainly_agrees(source, target, "en", language)


# ── what it lets by ────────────────────────────────────────────────────────────────────────

@pytest.mark.parametrize("source, target, language", [
    ("in 2019", "im Jahr 2019", "de"),
    ("16.1 km", "16,1 km", "de"),
    ("1,300 people", "1.300 Menschen", "de"),
    ("1,300 people", "1 300 personnes", "fr"),
    ("45 people", "৪৫ জন", "bn"),  # native digits
    ("1,500,000", "15,00,000", "hi"),  # Indian grouping, as the locale writes it
    ("150,000 people", "15万人", "zh-Hans"),  # a restated scale of the same value
    ("3 million", "3 Millionen", "de"),
    ("69%", "69 %", "fr"),
    ("69%", "%69", "tr"),  # a percent sign before the number
    ("69 percent", "٪٦٩", "ar"),
    ("69%", "69 Prozent", "de"),
    ("2 and 3", "3 und 2", "de"),  # order does not matter without names to anchor on
])
def test_it_lets_by_numbers_that_agree_by_value(source, target, language):
    assert agrees(source, target, language)
    assert compare(source, target, "en", language) == ()


@pytest.mark.parametrize("source, target, language", [
    ("two years ago", "vor 2 Jahren", "de"),  # the source writes the number as a word
    ("in September", "9月に", "ja"),  # the source names the month
    ("twelve", "12 Uhr", "de"),
    ("He had so many heroes.", "သူ႕မွာ", "my"),  # Zawgyi Burmese: a digit code point used as a letter
    ("He had so many heroes in 2019.", "သူ႕မွာ ၂၀၁၉", "my"),
])
def test_it_lets_by_numbers_the_source_writes_as_words_and_digits_used_as_letters(source, target, language):
    assert agrees(source, target, language)
    assert compare(source, target, "en", language) == ()


@pytest.mark.parametrize("source, target, language", [
    ("In January 2016 he was charged", "2016 年 1 月に", "ja"),  # the month the source names
    ("food down three per cent, drinks up 6.6 per cent", "6,6 % und 3 %", "de"),  # a number word
    ("At 2pm two police vans", "um 2 Uhr 2 Wagen", "de"),  # a value the source has
    ("seven and 1.5", "7 und 1,5", "de"),
])
def test_it_lets_by_every_source_number_and_others_the_source_writes_as_words(source, target, language):
    assert agrees(source, target, language)
    assert compare(source, target, "en", language) == ()


def test_an_added_number_the_source_does_not_name_is_not_sure():
    assert not agrees("In 2016 he was charged", "2016 年 1 月に", "ja")
    assert not agrees("seven and 1.5", "7,5 und 1,5", "de")  # a token with separators: other readings
    assert not agrees("In January 2016 and 2017", "2016 年 1 月に", "ja")  # and one source number is missing


def test_a_number_only_the_translation_has_is_not_sure():
    assert not agrees("three cats", "3 Katzen und 4 Hunde", "de")
    assert compare("three cats", "3 Katzen und 4 Hunde", "en", "de")
    assert not agrees("at twelve", "um 12 pm", "de")  # a clock time: read another way


# ── what makes it unsure ───────────────────────────────────────────────────────────────────

def test_a_scale_word_that_changes_the_value_is_not_sure():
    assert not agrees("2.8 billion", "2,8 Millionen", "de")
    assert not agrees("5 people", "5 Millionen Menschen", "de")
    assert not agrees("150,000", "15亿", "zh-Hans")


def test_a_scale_word_before_the_number_is_read():
    assert not agrees("5 people", "milioni 5", "sw")


def test_a_restated_scale_is_not_sure():
    assert not agrees("2.5 million", "2 млн 500 тыс.", "ru")


def test_a_moved_or_dropped_decimal_separator_is_not_sure():
    assert not agrees("16.1 km", "161 km", "de")
    assert not agrees("16.1 km", "1,61 km", "de")


@pytest.mark.parametrize("source, target, language", [
    ("1.234", "1.234", "de"),  # 1234 first in German; the comparison takes the reading 1.234 as the source
    ("820,000 people", "820,000 nəfər", "az"),  # the comma is Azerbaijani's decimal sign
    ("$1,000 and $250", "$1,000 en $250", "af"),
])
def test_a_token_the_locale_reads_another_way_agrees_in_the_reading_the_comparison_takes(source, target, language):
    assert agrees(source, target, language)
    assert compare(source, target, "en", language) == ()


def test_a_token_read_another_way_is_not_sure_when_its_surroundings_could_change_its_value():
    assert not agrees("1.234 million", "1.234 Millionen", "de")  # a scale word after it
    assert not agrees("milioni 1,5", "milioni 1,5", "sw")  # a scale word before it (Swahili)
    assert not agrees("1.234", "1.243", "de")  # no reading agrees
    assert not agrees("14½ and 1.5", "14,5 und 1.5", "de")  # a fraction: the comparison reads the source's 14.5 too


def test_a_percent_sign_or_word_on_one_side_only_is_not_sure():
    assert not agrees("69%", "69", "fr")
    assert not agrees("69", "69 %", "fr")
    assert not agrees("69", "69 Prozent", "de")
    assert not agrees("69", "yüzde 69", "tr")


def test_a_range_whose_last_number_is_a_percentage_makes_the_first_one_a_percentage_too():
    # as parse.combine does: "5–7 %" is 5 % and 7 %, which "5 to 7%" is too
    assert agrees("5 to 7%", "5–7 %", "fr") and compare("5 to 7%", "5–7 %", "en", "fr") == ()
    assert not agrees("5 to 7%", "5–7", "fr")
    assert not agrees("5%", "5–7 %", "fr")
    assert agrees("$5-7%", "$5-7%", "en")  # an amount stays an amount
    assert not agrees("1990-2000%", "1990-2000%", "en")  # a year stays a year (letters before decide)


def test_a_token_read_as_several_numbers_is_read_number_by_number():
    for source, target, language in [("June 19, 1953", "Junie 19, 1953", "af"),
                                     ("call 0800 555 111", "0800 555 111 anrufen", "de"),
                                     ("55, 60 minutes", "55, 60 Minuten", "de")]:
        assert agrees(source, target, language) and compare(source, target, "en", language) == ()
    assert not agrees("June 19, 1953", "Junie 19, 1954", "af")


def test_indian_grouping_out_of_place_is_not_sure():
    assert not agrees("150,000", "1,50,00", "hi")


def test_native_digits_of_another_value_are_not_sure():
    assert not agrees("45 people", "৪৬ জন", "bn")


def test_digits_used_as_letters_are_not_sure():
    assert not agrees("7 people", "လူ၇ယောက်", "my")  # a lone digit inside a word: Zawgyi types ၇ for ရ
    # Burmese is written without spaces: a run of digits between its letters is a number, read alike
    assert agrees("in 2019", "နှစ်၂၀၁၉ခု", "my") and compare("in 2019", "နှစ်၂၀၁၉ခု", "en", "my") == ()


def test_clock_times_and_decades_are_not_sure():
    assert not agrees("at 5.30pm", "à 5.30pm", "fr")
    assert not agrees("at 5 pm", "a las 5 pm", "es")
    assert not agrees("the 1990s", "los 1990s", "es")


def test_masked_placeholders_are_not_sure():
    assert not agrees("{0} of 3", "{0} von 3", "de")
    assert not agrees("&#169; 2019", "&#169; 2019", "de")


def test_an_added_or_missing_number_is_not_sure():
    assert not agrees("3 cats", "3 Katzen im Jahr 2019", "de")
    assert not agrees("3 cats in 2019", "3 Katzen", "de")
    assert not agrees("no numbers", "2 Zahlen", "de")


def test_named_numbers_whose_names_the_translation_repeats_are_not_sure():
    source = "CBS had 3.1 million, NBC had 2.94 million"
    assert not agrees(source, "CBS 2,94 Millionen, NBC 3,1 Millionen", "de")
    assert compare(source, "CBS 2,94 Millionen, NBC 3,1 Millionen", "en", "de")  # the swap it leaves
    # another name's number within 25 characters after a name: not sure either
    assert not agrees(source, "CBS hatte 3,1 Millionen und NBC 2,94 Millionen; NBC 3,1", "de")


@pytest.mark.parametrize("target", [
    "CBS hatte 3,1 Millionen, NBC hatte 2,94 Millionen",
    "Bei CBS waren es 3,1 Millionen, bei NBC 2,94 Millionen",
    "3,1 Millionen sahen CBS, so Nielsen am Montag, und 2,94 Millionen NBC",  # no number right after a name
])
def test_named_numbers_each_after_its_own_name_agree(target):
    source = "CBS had 3.1 million, NBC had 2.94 million"
    assert agrees(source, target, "de")
    assert compare(source, target, "en", "de") == ()


def test_plural_entries_always_take_the_full_comparison():
    may = may_disagree("de", "en")
    plural = Entry("1 file", msgid_plural="%d files", msgstr_plural=((0, "1 Datei"), (1, "%d Dateien")))
    assert may(plural)
    assert not may(Entry("in 2019", "im Jahr 2019")) and not may(Entry("one", "eins"))


# ── agrees ⇒ no finding, on real catalogs ──────────────────────────────────────────────────

def findings_on_agreeing_entries(catalogs: list[Catalog], source_language: str = "en",
                                 options: dict | None = None) -> tuple[int, list]:
    """Run the numbers checks the long way on the entries the fast test lets by, in their
    whole catalogs (the other entries marked fuzzy, so the catalog's learned words and style are
    the same); return how many were let by and the findings on them. The family's selection leaves
    out the opt-in numbers.order, which reads the numbers' order, not their values, and is not
    behind the fast test."""
    specs = select(load_checks().values(), ["numbers"])
    marked, agreeing = [], 0
    for catalog in catalogs:
        if not catalog.language:
            continue
        kept = {id(e) for e in checked_entries(catalog)
                if has_digit(e) and e.msgid_plural is None
                and certainly_agrees(e.msgid, e.msgstr, source_language, catalog.language)}
        agreeing += len(kept)
        entries = tuple(e if id(e) in kept else dataclasses.replace(e, flags=tuple(e.flags) + ("fuzzy",))
                        for e in catalog.entries)
        marked.append(dataclasses.replace(catalog, entries=entries))
    found = []
    for strict in (False, True):
        found += run_checks(marked, specs, source_language=source_language,
                            options={**(options or {}), "numbers_strict": strict}, preconditions=False)
    return agreeing, found


def test_no_ntrex_entry_it_lets_by_has_a_finding():
    if not (NTREX / "src.eng.txt").is_file():
        pytest.skip("../shared/data/ntrex-dev is absent")
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import ntrex
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    sources = ntrex.source_lines()
    catalogs = [Catalog(f"{lang.code}.po", lang.bcp47, tuple(
        Entry(msgid=s, msgstr=t, msgctxt=str(n), line=n)
        for n, (s, t) in enumerate(zip(sources, lang.lines), 1) if s.strip() and t.strip()))
        for lang in ntrex.languages()]
    assert len(catalogs) >= 120
    agreeing, found = findings_on_agreeing_entries(catalogs)
    assert agreeing > 20_000  # most entries with a number (28,158 with a digit on either side)
    assert found == []


def test_no_entry_of_the_repositorys_catalogs_it_lets_by_has_a_finding():
    project = api.open_project(ROOT / "pyproject.toml")
    catalogs = api.load_catalogs(project)
    options = dict(api.check_options(project))
    agreeing, found = findings_on_agreeing_entries(catalogs, project.config.source_language, options)
    assert agreeing > 0 and found == []


# ── agrees ⇒ no finding, on generated texts ────────────────────────────────────────────────

_NUMBER = st.sampled_from(["3", "16", "16.1", "16,1", "1,300", "1.300", "1 300", "1,50,000", "161", "1,61",
                           "2019", "1990", "5.30", "12", "100", "٢٠١٩", "৪৫", "45", "0.5", "3,000,000"])
_AROUND = st.sampled_from(["", " ", " million", " Millionen", " Mio.", "%", " %", " Prozent", " pm", "s",
                           " km", " miles", "万", "亿", " млн", " тыс.", "-", "–", " to ", " de ", " milioni",
                           " people", "$", "€", " bn", "m", " lakh", " crore", ":"])
_BEFORE = st.sampled_from(["", "$", "US$", "€", "yüzde ", "milioni ", "No. ", "WW", "CBS ", "NBC ", "at ", "+", "%"])


def _text(parts) -> str:
    return " ".join(before + number + after for before, number, after in parts)


_PARTS = st.lists(st.tuples(_BEFORE, _NUMBER, _AROUND), min_size=1, max_size=3)


@settings(max_examples=400, deadline=None)
@given(_PARTS, _PARTS, st.sampled_from(["de", "fr", "hi", "zh-Hans", "ru", "sw", "tr", "ar", "bn", "en"]))
def test_generated_texts_it_lets_by_have_no_discrepancy(source_parts, target_parts, language):
    source, target = _text(source_parts), _text(target_parts)
    if certainly_agrees(source, target, "en", language):
        for strict in (False, True):
            assert compare(source, target, "en", language, strict=strict) == (), (source, target)


@settings(max_examples=200, deadline=None)
@given(_PARTS, st.sampled_from(["de", "fr", "hi", "zh-Hans", "ru", "sw", "tr", "ar", "bn", "en"]))
def test_a_translation_that_repeats_the_source_is_let_by_only_when_it_compares_clean(parts, language):
    text = _text(parts)
    if certainly_agrees(text, text, "en", language):
        assert compare(text, text, "en", language) == ()


def test_the_quick_digit_search_finds_every_digit_and_in_the_bmp_nothing_else():
    import re
    import sys

    from yzi18n.numbers.agree import _MAYBE_DIGIT

    digit = re.compile(r"\d")
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code < 0xE000:
            continue
        ch = chr(code)
        if digit.match(ch):
            assert _MAYBE_DIGIT(ch), hex(code)  # a superset: no digit is missed
        elif code < 0x10000:
            assert not _MAYBE_DIGIT(ch), hex(code)
    assert _MAYBE_DIGIT("x\U0001d7ce") and _MAYBE_DIGIT("in 2019").start() == 3 and not _MAYBE_DIGIT("two")
