"""The numbers check's third session: a missing number told apart from one written out by what
its value is and by the language's words. One rule per test, in the spirit of
passes(source, target, lang) / fails(source, target, lang); "xx" stands for a language of which
nothing is known."""

from __future__ import annotations

from yzi18n.model import Severity
from yzi18n.numbers.compare import compare
from yzi18n.numbers.parse import numbers


def errors(source, target, language, **options):
    return [d for d in compare(source, target, "en", language, **options) if d.severity >= Severity.ERROR]


def passes(source, target, language, **options):
    return not errors(source, target, language, **options)


def fails(source, target, language, kind="missing", **options):
    return any(d.kind == kind for d in errors(source, target, language, **options))


def warns(source, target, language):
    found = compare(source, target, "en", language)
    return bool(found) and all(d.severity == Severity.WARNING for d in found)


# ── values translators keep as digits ─────────────────────────────────────────────────────────

def test_a_small_number_in_a_language_without_words_is_only_a_warning():
    assert warns("He sold 15 pigs.", "Aliuza nguruwe.", "xx")


def test_an_amount_with_a_currency_sign_is_never_written_out():
    assert fails("He was held on a $500 bond.", "Alishikiliwa kwa dhamana.", "xx")


def test_digits_with_a_leading_zero_are_an_identifier():
    assert fails("Agent 007 is back.", "Wakala amerudi.", "xx")


def test_a_percentage_that_is_not_a_round_ten_is_kept_as_digits():
    assert fails("Cases rose 14% this year.", "Kesi ziliongezeka mwaka huu.", "xx")
    assert warns("Cases rose 70 percent this year.", "Kesi ziliongezeka mwaka huu.", "xx")


def test_an_ordinal_above_a_hundred_is_never_written_out():
    assert fails("He led a boycott on 125th Street.", "Aliongoza mgomo mtaani.", "xx")
    assert fails("He led a boycott on 125th Street.", "Führte einen Boykott an der Straße.", "de")
    assert warns("It was his 36th meeting.", "Ulikuwa mkutano wake.", "xx")


# ── Burmese typed in Zawgyi ───────────────────────────────────────────────────────────────────

def test_shan_digit_code_points_after_burmese_letters_are_letters():
    # Zawgyi writes the dot below (aukmyit) with U+1094: "တို႔" is no number 4
    assert not numbers("သူတို႔ ရွိသည္", "my", is_source=False)
    assert [n.value for n in numbers("၁၀ နာရီ", "my", is_source=False)] == [10]


def test_burmese_number_words_typed_in_zawgyi_are_read():
    assert passes("Palin, 29, of Wasilla", "အသက္ႏွစ္ဆယ့္ကိုးႏွစ္အရြယ္ ေပါလင္း", "my")
    assert passes("close to 80 percent of them", "ရွစ္ဆယ္ရာခိုင္ႏႈန္းေလာက္သည္", "my")
    assert fails("Palin, 29, of Wasilla", "အသက္ႏွစ္အရြယ္ ေပါလင္း", "my")
