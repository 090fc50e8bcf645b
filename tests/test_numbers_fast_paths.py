"""The shortcuts taken for speed give the answers of the long way."""

from __future__ import annotations

from decimal import Decimal

from yzi18n.checks.registry import load_checks, select
from yzi18n.checks.runner import run_checks
from yzi18n.model import Catalog, Entry, Severity
from yzi18n.numbers.conventions import conventions
from yzi18n.numbers.parse import Number, _match_word, numbers, replace
from yzi18n.numbers.words import spelled_word


def run(catalogs, **options):
    return run_checks(catalogs, select(load_checks().values(), ["numbers"]), options=options)


def test_a_copied_number_recomputes_its_values():
    number = Number(Decimal(5), "5", 0, 1, mantissa=Decimal(5))
    assert number.values == {Decimal(5)}
    copy = replace(number, value=Decimal(6), also=frozenset({Decimal(7)}))
    assert copy.values == {Decimal(6), Decimal(7)}
    assert number.values == {Decimal(5)} and copy != number


def test_the_same_catalog_in_both_modes_is_not_served_from_one_cache():
    cat = Catalog("locale/yo.po", "yo", (Entry(msgid="7 men", msgstr="àwọn ọkùnrin méje", line=1),))
    default = [f for f in run([cat]) if f.severity == Severity.ERROR]
    strict = [f.code for f in run([cat], numbers_strict=True) if f.severity == Severity.ERROR]
    again = [f for f in run([cat]) if f.severity == Severity.ERROR]
    assert default == [] and again == []
    assert strict == ["numbers.missing"]


def test_an_entry_without_a_digit_gets_nothing_and_a_changed_one_is_still_found():
    cat = Catalog("locale/de.po", "de", (
        Entry(msgid="Hello world", msgstr="Hallo Welt", line=1),
        Entry(msgid="6 million people", msgstr="6 Milliarden Menschen", line=2),
    ))
    findings = run([cat])
    assert {f.line for f in findings} == {2}
    assert [f.code for f in findings if f.severity == Severity.ERROR] == ["numbers.scale"]


def test_word_lookup_by_first_letter_keeps_the_longest_first_order():
    conv = conventions("de")
    found = _match_word("Milliarden Euro", 0, conv.scales_after)
    assert found is not None and found[0].lower().startswith("milliarde") and int(found[1]) == 9
    assert _match_word("xyz", 0, conv.scales_after) is None
    assert _match_word("", 0, conv.scales_after) is None


def test_percent_after_and_before_the_number():
    assert [n.kind for n in numbers("69 % der Stimmen", "de", is_source=False)] == ["percent"]
    assert [n.kind for n in numbers("٪٦٩", "ar", is_source=False)] == ["percent"]


def test_one_word_spell_out_takes_the_first_matching_token_with_its_ending():
    assert spelled_word("Er hat sieben Katzen", Decimal(7), "de") == "sieben"
    assert spelled_word("die siebten Tage", Decimal(7), "de") in ("siebten", "sieben")
    assert spelled_word("Er hat Katzen", Decimal(7), "de") is None
