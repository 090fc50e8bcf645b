"""The one-scan reading of plain translations (``agree._plain_numbers``) gives what the
number-by-number reading gives, or steps aside; tests/test_numbers_agree.py proves the agreement
test on every NTREX catalog, these pin the edges of the scan's context tests."""

import pytest

from yzi18n.numbers import agree


def _slow(target, language, monkeypatch, source=None):
    with monkeypatch.context() as patch:
        patch.setattr(agree, "_plain_numbers", lambda *args: None)
        separated: list = []
        return agree._target_numbers(target, language, separated, None, source), separated


def _fast(target, language, source=None):
    separated: list = []
    return agree._target_numbers(target, language, separated, None, source), separated


def _plain(target, language, source=None):
    lang = agree._language(language)
    first = agree._MAYBE_DIGIT(target)
    return agree._plain_numbers(target, first.start(), language, lang, [], source)


@pytest.mark.parametrize("target, language", [
    ("In 2016, 25 people came.", "en"),
    ("In 2016 about 25 people came.", "en"),
    ("Im Jahr 2016 kamen 25 Menschen.", "de"),
    ("Es kostete 2,5 Millionen Euro.", "de"),  # a scale word after a number with separators
    ("Sie zahlten 1.000 Euro.", "de"),
    ("He paid $25 for 3 books.", "en"),  # a currency sign before
    ("Rund 40 Prozent stimmten zu.", "de"),  # a percent word after
    ("Around 40% agreed.", "en"),
    ("At 5pm, 12 people left.", "en"),  # a clock time
    ("The 1990s were 10 years long.", "en"),  # a decade
    ("It cost 5 M in total.", "en"),  # a one-letter scale word with no currency: no scale
    ("It cost 5 \u212a in total.", "en"),  # KELVIN SIGN lowers to k: parse reads it as written
    ("\u0130stanbul 15 milyon", "tr"),  # İ lowers to two characters
    ("He said 2016 millon times.", "es"),  # one letter off a long scale word
    ("BBC 4 radio, HER2 gene", "en"),  # capitals before
    ("\u1040\u101a\u1039 \u1041\u1042 \u1040", "my"),  # Zawgyi's wa written with a zero
    ("\u0967\u096b \u092a\u094d\u0930\u0924\u093f\u0936\u0924", "hi"),  # Devanagari digits, a percent word
    ("\u0968\u0966\u0967\u096c \u092e\u0947\u0902", "hi"),
    ("30 \u043f\u0430\u0439\u044b\u0437\u0493\u0430", "kk"),  # a percent word with an ending
])
def test_the_scan_reads_as_the_number_by_number_reading(target, language, monkeypatch):
    assert _fast(target, language) == _slow(target, language, monkeypatch)


def test_plain_translations_are_read_in_one_scan():
    assert _plain("In 2016 about 25 people came.", "en") == [(2016, False), (25, False)]
    assert _plain("Im Jahr 2016 kamen 1.000 Menschen.", "de") is not None


@pytest.mark.parametrize("target, language", [
    ("He paid $25.", "en"),
    ("Around 40% agreed.", "en"),
    ("Rund 40 Prozent stimmten zu.", "de"),
    ("Es kostete 2,5 Millionen Euro.", "de"),
    ("At 5pm we left.", "en"),
    ("It cost 5 \u212a in total.", "en"),
    ("\u0130stanbul 15", "tr"),
])
def test_the_scan_steps_aside_where_parse_may_read_more(target, language):
    assert _plain(target, language) is None
