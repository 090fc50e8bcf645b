"""The numbers check, one convention per test: passes(source, target, lang) / fails(source, target, lang)."""

from __future__ import annotations

import pytest

from yzi18n.model import Severity
from yzi18n.numbers.compare import compare

from number_helpers import errors, fails, kinds, passes


# ── decimal and group symbols ─────────────────────────────────────────────────────────────

def test_decimal_comma():
    assert passes("It grew 16.1 percent.", "Es wuchs um 16,1 Prozent.", "de")
    assert fails("It grew 16.1 percent.", "Es wuchs um 161 Prozent.", "de", "changed")
    assert fails("It grew 16.1 percent.", "Es wuchs um 1,61 Prozent.", "de", "changed")


def test_group_symbols_of_the_locale_and_of_the_source():
    assert passes("1,300 people", "1.300 Menschen", "de")
    assert passes("1,300 people", "1,300 Menschen", "de")  # the source's convention, left as it was
    assert passes("1,300 people", "1 300 personnes", "fr")
    assert passes("1,300 people", "1\u202f300 personnes", "fr")  # narrow no-break space
    assert passes("1,300 people", "1\u00a0300 человек", "ru")  # no-break space
    assert passes("1,300 people", "1'300 Personen", "de-CH")
    assert passes("1,300 people", "1’300 Personen", "de-CH")


def test_ambiguous_1300_is_resolved_by_agreement():
    assert passes("It costs 1.3 euros.", "Es kostet 1,3 Euro.", "de")
    # 1.300 is 1300 in German, but the source's reading (1.3) makes the two agree: not an error
    assert passes("It costs 1.3 euros.", "Es kostet 1.300 Euro.", "de")
    assert fails("It costs 1.3 euros.", "Es kostet 1.400 Euro.", "de")
    assert passes("1,300 people", "1,300 人", "zh-Hans")


def test_indian_grouping():
    assert passes("150,000 people", "1,50,000 लोग", "hi")
    assert passes("150,000 people", "1,50,000 people", "en-IN")


def test_arabic_separators():
    assert passes("2.5 million", "٢٫٥ مليون", "ar")
    assert passes("100,000 people", "100،000 people", "dv")


# ── digits of other numbering systems ─────────────────────────────────────────────────────

@pytest.mark.parametrize("target, language", [
    ("৪৫ জন", "bn"), ("٤٥ شخصا", "ar"), ("۴۵ نفر", "fa"), ("४५ लोग", "hi"), ("４５人", "ja"), ("៤៥ នាក់", "km"),
])
def test_native_digits(target, language):
    assert passes("45 people", target, language)
    assert fails("46 people", target, language)


# ── percent ───────────────────────────────────────────────────────────────────────────────

@pytest.mark.parametrize("target, language", [
    ("69%", "en"), ("69 %", "fr"), ("69 Prozent", "de"), ("%69", "tr"), ("yüzde 69", "tr"), ("٪٦٩", "ar"),
    ("69 процентов", "ru"), ("百分之六十九", "zh-Hans"),
])
def test_percent_forms(target, language):
    assert passes("69 percent", target, language)


def test_percent_and_amount_swapped():
    assert fails("69% of 300 people", "300% von 69 Leuten", "de", "swapped")


def test_percent_sign_lost_is_a_warning():
    assert kinds("69% of them", "69 von ihnen", "de") == {("type", Severity.WARNING)}


# ── scale words (CLDR compact decimal patterns, long and short) ───────────────────────────

@pytest.mark.parametrize("target, language", [
    ("6 Millionen", "de"), ("6 Mio.", "de"), ("6 millions", "fr"), ("6 млн", "ru"), ("6 миллионов", "ru"),
    ("600万", "zh-Hans"), ("600萬", "zh-Hant"), ("600万", "ja"), ("600만", "ko"), ("60 लाख", "hi"),
    ("60 lakh", "en-IN"), ("milioni 6", "sw"), ("6 milyon", "tr"), ("6.000.000", "de"),
])
def test_six_million(target, language):
    assert passes("6 million people", target, language)


@pytest.mark.parametrize("source, target, language", [
    ("3,000 people", "3 тыс. человек", "ru"),
    ("150,000 people", "15万人", "zh-Hans"),
    ("2.25 billion", "22億5000万", "ja"),
    ("US$294 million", "2,94 億ドル", "ja"),
    ("£2.8bn", "2,8 Mrd. Pfund", "de"),
    ("$5m", "5 millions de dollars", "fr"),
    ("2 trillion", "2万亿", "zh-Hans"),
    ("100 million", "10 करोड़", "hi"),
    ("1.2 million", "1 млн 200 тыс.", "ru"),
    ("2 billion", "2 هزار میلیون", "fa"),
])
def test_restated_scales(source, target, language):
    assert passes(source, target, language)


def test_changed_scale_is_an_error():
    assert fails("2.8 billion euros", "2,8 Millionen Euro", "de", "scale")
    assert fails("1 billion", "1 Billion", "de", "scale")  # 10^12 in German
    assert fails("6 million", "6亿", "zh-Hans", "scale")


def test_scale_hint_is_in_the_target_convention():
    (found,) = errors("6 million people", "6亿人", "zh-Hans")
    assert "600万" in found.hint


# ── years, ranges, ordinals, times ────────────────────────────────────────────────────────

def test_years_and_ranges():
    assert passes("in 2019–2020", "in 2019–2020", "de")
    assert passes("the 1950-53 war", "la guerra de 1950-1953", "es")
    assert passes("5-7 million", "5 à 7 millions", "fr")
    assert passes("between 5 and 7 million", "zwischen 5 und 7 Millionen", "de")
    assert fails("in 2019", "im Jahr 2018", "de", "changed")


def test_ordinals_and_centuries():
    assert passes("in the 14th minute", "in der 14. Minute", "de")
    assert passes("the 19th century", "le XIXe siècle", "fr")
    assert passes("the 19th century", "1800-luvulla", "fi")


def test_clock_times():
    assert passes("at 3 p.m. on Wednesday", "am Mittwoch um 15 Uhr", "de")
    assert passes("at 5.30pm", "um 17.30 Uhr", "de")
    assert passes("at 3 p.m.", "à 16 h", "fr")  # another time zone: a warning at most
    assert fails("at 3 p.m.", "à 75:00", "fr")  # no hour is past 24


# ── numbers written as words: never an error ──────────────────────────────────────────────

@pytest.mark.parametrize("target, language", [
    ("seven men", "en"), ("sieben Männer", "de"), ("sept hommes", "fr"), ("siete hombres", "es"),
    ("sette uomini", "it"), ("sete homens", "pt"), ("семь мужчин", "ru"), ("επτά άνδρες", "el"),
    ("seitsemän miestä", "fi"), ("tujuh pria", "id"), ("septem viri", "la"), ("七个男人", "zh-Hans"),
    ("七人の男", "ja"), ("سبعة رجال", "ar"),
])
def test_small_numbers_as_words(target, language):
    assert passes("7 men", target, language)
    assert ("words", Severity.INFO) in kinds("7 men", target, language)


def test_round_numbers_as_words():
    assert passes("about 100 people", "etwa hundert Menschen", "de")
    assert passes("1,000 people", "mille personnes", "fr")


def test_words_in_the_source_and_digits_in_the_translation():
    assert kinds("seven men", "7 Männer", "de") == set()
    assert kinds("thousands of people", "Tausende Menschen", "de") == set()


def test_a_missing_number_is_an_error():
    assert fails("7 men", "Männer", "de", "missing")
    assert fails("The 45-year-old", "Der Mann", "de", "missing")


def test_small_number_in_a_language_without_words_known_is_a_warning():
    # Yoruba has no spell-out table: "7" may be written as a word we cannot read
    assert kinds("7 men", "àwọn ọkùnrin méje", "yo") == {("missing", Severity.WARNING)}
    assert fails("7 men", "àwọn ọkùnrin méje", "yo", strict=True)


# ── unit conversions ──────────────────────────────────────────────────────────────────────

@pytest.mark.parametrize("source, target, language", [
    ("40 miles away", "64 km entfernt", "de"),
    ("It was 90°F.", "Il faisait 32 °C.", "fr"),
    ("a 550 pound hog", "ein 250 Kilogramm schweres Schwein", "de"),
    ("6 feet tall", "1,83 m groß", "de"),
    ("2,000 acres", "809 hectáreas", "es"),
    ("1 to 2 inches", "2,5 a 5 cm", "pt"),
])
def test_unit_conversions_are_named_not_errors(source, target, language):
    assert passes(source, target, language)
    assert ("conversion", Severity.INFO) in kinds(source, target, language)


# ── identifiers, idioms, numbers added ────────────────────────────────────────────────────

def test_identifier_written_out_is_a_warning():
    assert kinds("during WW1", "во время Первой мировой войны", "ru") <= {("words", Severity.INFO),
                                                                        ("missing", Severity.WARNING)}
    assert fails("during WW1", "during WW2", "en")


def test_added_number_is_a_warning():
    assert kinds("on Friday", "am Freitag, dem 5.", "de") == {("added", Severity.WARNING)}


def test_digit_changed():
    assert fails("1,127 defections", "1197 Überläufer", "de", "changed")
    assert fails("29 September", "28 September", "en", "changed")


def test_no_numbers_no_findings():
    assert compare("Hello", "Hallo", "en", "de") == ()


def test_unknown_language_falls_back_to_root_conventions():
    assert passes("1,300 people", "1,300 people", "xx")
    assert fails("1,300 people", "1,400 people", "xx")


def test_month_named_in_the_source_may_be_a_number_in_the_translation():
    assert kinds("on September 19", "9月19日", "ja") == set()
    assert kinds("on Friday 19", "9月19日", "ja") == {("added", Severity.WARNING)}


def test_scale_word_spelt_one_letter_off_cldr():
    assert passes("1 trillion yuan", "١ تريليون يوان", "ar")  # CLDR: ترليون


def test_character_references_and_placeholders_are_not_numbers():
    assert compare("&#169; %(copyright)s &#8212; {0} %1$s", "© %(copyright)s — {0} %1$s", "en", "sv") == ()


def test_persian_slash_decimal():
    assert passes("version 2.5 or 3.0", "نسخه ۲/۵ یا ۳/۰", "fa")


def test_calling_code_in_a_localized_example_is_a_warning():
    assert kinds("(e.g. +1 for the US)", "(esim. +358 Suomelle)", "fi") <= {("missing", Severity.WARNING),
                                                                           ("added", Severity.WARNING)}


def test_conversion_messages_name_units_in_the_target_language():
    from yzi18n.numbers.conventions import derive_conventions

    assert derive_conventions("de").unit_name("length-kilometer") == "km"
    assert derive_conventions("ru").unit_name("length-kilometer") == "км"
    assert derive_conventions("qaa").unit_name("length-kilometer") == "kilometer"  # CLDR lacks it: the id
    found = compare("about 10 miles offshore", "unos 16 km de la costa", "en", "es")
    assert [d.kind for d in found] == ["conversion"] and "km" in found[0].message and "mi" in found[0].message
