"""Evidence across languages: a number missing at warning for a reason other translators would
share (words nothing here reads, "100 percent" → "completely") is an error when nearly all the
other catalogs of the run keep it; one catalog alone, or too few or divided siblings, keep the
warning. Small runs through ``run_checks``, as ``yzi18n check locale/`` makes them."""

from __future__ import annotations

from yzi18n.checks.numbers import SIBLINGS_AT_LEAST, SIBLINGS_KEEPING
from yzi18n.checks.registry import load_checks, select
from yzi18n.checks.runner import run_checks
from yzi18n.model import Catalog, Entry, Severity

GOALS = "He scored 12 goals."
SURE = "She is 100 percent sure."


def _catalog(path: str, language: str, source: str, translation: str, extra=()) -> Catalog:
    entries = [Entry(msgid=source, msgstr=translation, line=1)]
    entries += [Entry(msgid=s, msgstr=t, line=10 + n) for n, (s, t) in enumerate(extra)]
    return Catalog(path, language, tuple(entries))


# private-use language codes (qaa–qtz): one language per catalog, of which nothing is known
_CODES = [f"q{a}{b}" for a in "abcdefghijklmnopqrst" for b in "abcdefghijklmnopqrstuvwxyz"]


def _siblings(source: str, keep: str, n: int, drop: str | None = None, dropping: int = 0):
    """``n`` catalogs that keep the number and ``dropping`` that leave it out, each of another language."""
    codes = iter(_CODES)
    return [_catalog(f"keep{k}.po", next(codes), source, keep) for k in range(n)] \
        + [_catalog(f"drop{k}.po", next(codes), source, drop) for k in range(dropping)]


def missing(catalog: Catalog, others: list[Catalog], strict: bool = False) -> list:
    """The numbers.missing findings of ``catalog``'s first unit, the run holding ``others`` too."""
    specs = select(load_checks().values(), ["numbers"])
    found = run_checks([catalog, *others], specs, source_language="en", options={"numbers_strict": strict})
    return [f for f in found if f.path == catalog.path and f.line == 1 and f.code == "numbers.missing"]


def severity(catalog: Catalog, others: list[Catalog], strict: bool = False) -> Severity | None:
    found = missing(catalog, others, strict)
    return max(f.severity for f in found) if found else None


TACHELHIT = _catalog("shi.po", "shi", GOALS, "Ikcm ugar n twal.")  # no words for 12 known in Tachelhit


def test_the_thresholds_are_the_documented_ones():
    assert (SIBLINGS_AT_LEAST, SIBLINGS_KEEPING) == (20, 0.9)


def test_one_catalog_alone_keeps_the_warning():
    assert severity(TACHELHIT, []) == Severity.WARNING


def test_a_number_every_other_language_keeps_is_an_error_that_names_the_evidence():
    found = missing(TACHELHIT, _siblings(GOALS, "Er erzielte 12 Tore.", 24))
    assert [f.severity for f in found] == [Severity.ERROR]
    assert found[0].message == "12 is not in the translation, though nearly all other languages keep it"
    assert "kept by 24 of 24 other languages" in found[0].hint


def test_too_few_other_languages_keep_the_warning():
    assert severity(TACHELHIT, _siblings(GOALS, "Er erzielte 12 Tore.", 19)) == Severity.WARNING


def test_siblings_divided_keep_the_warning():
    # 21 of 25 keep it (84 %): others leave it out too (Yoruba, where that is a warning of its own)
    assert severity(TACHELHIT, _siblings(GOALS, "Er erzielte 12 Tore.", 21, "O gba ọpọlọpọ ibi.", 4)) \
        == Severity.WARNING
    # 23 of 25 (92 %)
    assert severity(TACHELHIT, _siblings(GOALS, "Er erzielte 12 Tore.", 23, "O gba ọpọlọpọ ibi.", 2)) \
        == Severity.ERROR


def test_siblings_with_an_error_of_their_own_on_the_number_are_not_counted():
    # ten siblings changed 12 to 13 (an error there): they say nothing of whether translators drop it
    others = _siblings(GOALS, "Er erzielte 12 Tore.", 22, "Er erzielte 13 Tore.", 10)
    found = missing(TACHELHIT, others)
    assert [f.severity for f in found] == [Severity.ERROR]
    assert "kept by 22 of 22 other languages" in found[0].hint


def test_a_hundred_percent_every_other_language_keeps_is_an_error():
    french = _catalog("fr.po", "fr", SURE, "Elle est absolument sûre.")
    assert severity(french, []) == Severity.WARNING
    assert severity(french, _siblings(SURE, "Sie ist sich 100 Prozent sicher.", 24)) == Severity.ERROR


def test_a_hundred_percent_many_languages_write_as_completely_stays_a_warning():
    french = _catalog("fr.po", "fr", SURE, "Elle est absolument sûre.")
    others = _siblings(SURE, "Sie ist sich 100 Prozent sicher.", 16, "Sie ist sich völlig sicher.", 8)
    assert severity(french, others) == Severity.WARNING


def test_siblings_that_write_the_number_as_words_do_not_count_as_keeping_it():
    french = _catalog("fr.po", "fr", SURE, "Elle est absolument sûre.")
    others = _siblings(SURE, "Sie ist sich 100 Prozent sicher.", 16, "Sie ist sich hundert Prozent sicher.", 8)
    assert severity(french, others) == Severity.WARNING


def test_siblings_that_convert_the_number_to_another_unit_count_as_keeping_it():
    source = "Patches can be found about 10 miles offshore."
    tachelhit = _catalog("shi.po", "shi", source, "Ikcm ugar n twal.")
    converted = _siblings(source, "Flecken finden sich etwa 16 Kilometer vor der Küste.", 12)
    kept = _siblings(source, "Flecken finden sich etwa 10 Meilen vor der Küste.", 12)
    for n, catalog in enumerate(converted):  # other languages than those of ``kept``
        converted[n] = _catalog(catalog.path.replace("keep", "conv"), _CODES[-1 - n], source, catalog.entries[0].msgstr)
    assert severity(tachelhit, converted + kept) == Severity.ERROR


def test_a_catalog_that_writes_numbers_as_words_keeps_the_warning():
    # ten sources with two numbers, none of them written with digits: this translator spells out
    spelled = [(f"They saw {n} cats and {n + 1} dogs.", "Ẓrin kra n imucc d iydan.") for n in range(2, 12)]
    tachelhit = _catalog("shi.po", "shi", GOALS, "Ikcm ugar n twal.", spelled)
    assert severity(tachelhit, _siblings(GOALS, "Er erzielte 12 Tore.", 24)) == Severity.WARNING


def test_a_reason_of_the_language_itself_is_not_overruled():
    # a clock time moved to another zone is the translator's own: other languages cannot speak to it
    source = "The shooting took place at about 02:30 BST."
    target = _catalog("uk.po", "uk", source, "Стрілянина сталася близько 04:30 за київським часом.")
    others = _siblings(source, "Die Schießerei fand gegen 02:30 BST statt.", 24)
    assert all(f.severity < Severity.ERROR for f in missing(target, others))


def test_strict_mode_is_unchanged():
    assert severity(TACHELHIT, [], strict=True) == Severity.ERROR
    assert severity(TACHELHIT, _siblings(GOALS, "Er erzielte 12 Tore.", 24), strict=True) == Severity.ERROR


def test_the_other_catalogs_findings_are_their_own():
    # the siblings that keep the number get no finding from the evidence they gave
    others = _siblings(GOALS, "Er erzielte 12 Tore.", 24)
    specs = select(load_checks().values(), ["numbers"])
    found = run_checks([TACHELHIT, *others], specs, source_language="en")
    assert {f.path for f in found} == {"shi.po"}


def test_catalogs_of_one_language_count_as_one_language():
    # 24 German domains, or 24 more Tachelhit catalogs, are not 24 other languages
    german = [_catalog(f"de/dom{k}.po", "de", GOALS, "Er erzielte 12 Tore.") for k in range(24)]
    assert severity(TACHELHIT, german) == Severity.WARNING
    tachelhit = [_catalog(f"shi/dom{k}.po", "shi", GOALS, "Ikcm 12 ugar n twal.") for k in range(24)]
    assert severity(TACHELHIT, tachelhit) == Severity.WARNING
    assert severity(TACHELHIT, _siblings(GOALS, "Er erzielte 12 Tore.", 21)) == Severity.ERROR


def test_the_message_stays_the_same_when_a_language_is_added():
    # a baseline fingerprints the message: adding a language must not make an accepted error new
    before = missing(TACHELHIT, _siblings(GOALS, "Er erzielte 12 Tore.", 21))
    after = missing(TACHELHIT, _siblings(GOALS, "Er erzielte 12 Tore.", 22))
    assert [f.message for f in before] == [f.message for f in after]
    assert [f.hint for f in before] != [f.hint for f in after]


def test_an_obsolete_duplicate_does_not_hide_a_siblings_translation():
    # the unit stands elsewhere in the sibling, and a "#~" copy of it comes later
    others = []
    for k, code in enumerate(_CODES[:22]):
        entries = (Entry(msgid="Something else.", msgstr="Etwas anderes.", line=1),
                   Entry(msgid=GOALS, msgstr="Er erzielte 12 Tore.", line=5),
                   Entry(msgid=GOALS, msgstr="", line=9, obsolete=True))
        others.append(Catalog(f"other{k}.po", code, entries))
    assert severity(TACHELHIT, others) == Severity.ERROR


# Evidence in the catalog: "100 percent" left out where the same catalog keeps it elsewhere
CERTAIN = "He said he is 100 percent certain that it did not happen."


def test_a_hundred_percent_the_catalog_keeps_elsewhere_is_an_error():
    kept = [("Ford is 100 percent sure of it.", "Ford en est sûre à 100 %.")]
    french = _catalog("fr.po", "fr", CERTAIN, "Il s'est dit certain que cela n'était pas arrivé.", kept)
    found = missing(french, [])
    assert [f.severity for f in found] == [Severity.ERROR]
    assert found[0].message == "100 percent is not in the translation, though the catalog's other translations keep it"
    assert "kept in 1 of the catalog's 1 other translations of 100 percent" in found[0].hint


def test_a_hundred_percent_written_with_other_digits_elsewhere_still_shows_the_habit():
    # the other unit's value is wrong (an error of its own), but its translator writes digits
    kept = [("Ford is 100 percent sure of it.", "Ford en est sûre à 10 %.")]
    french = _catalog("fr.po", "fr", CERTAIN, "Il s'est dit certain que cela n'était pas arrivé.", kept)
    assert severity(french, []) == Severity.ERROR


def test_a_catalog_that_writes_a_hundred_percent_as_completely_keeps_the_warning():
    dropped = [("Ford is 100 percent sure of it.", "Ford en est absolument sûre.")]
    french = _catalog("fr.po", "fr", CERTAIN, "Il s'est dit certain que cela n'était pas arrivé.", dropped)
    assert severity(french, []) == Severity.WARNING
    # divided: one kept, one left out, is not more than half
    divided = [*dropped, ("It is 100% renewable.", "C'est renouvelable à 100 %.")]
    assert severity(_catalog("fr.po", "fr", CERTAIN, "Il s'est dit certain.", divided), []) == Severity.WARNING


def test_an_untranslated_hundred_percent_is_no_evidence_of_keeping_it():
    left = [("Ford is 100 percent sure of it.", "Ford is 100 percent sure of it.")]
    french = _catalog("fr.po", "fr", CERTAIN, "Il s'est dit certain que cela n'était pas arrivé.", left)
    assert severity(french, []) == Severity.WARNING


def test_only_the_idiom_elsewhere_is_evidence():
    # "Zoom 100%" is always kept: it says nothing of how the translator writes "100 percent certain"
    zoom = [("Zoom to 100%", "Zoom à 100 %"), ("Progress: 100%", "Progression : 100 %")]
    french = _catalog("fr.po", "fr", CERTAIN, "Il s'est dit certain que cela n'était pas arrivé.", zoom)
    assert severity(french, []) == Severity.WARNING
    # a 100 the source has besides the idiom is not the idiom kept
    people = [("100 people are 100 percent sure.", "100 personnes en sont absolument sûres.")]
    assert severity(_catalog("fr.po", "fr", CERTAIN, "Il s'est dit certain.", people), []) == Severity.WARNING


def test_a_fuzzy_or_obsolete_translation_is_no_evidence():
    for flags, obsolete in ((("fuzzy",), False), ((), True)):
        entries = (Entry(msgid=CERTAIN, msgstr="Il s'est dit certain que cela n'était pas arrivé.", line=1),
                   Entry(msgid="Ford is 100 percent sure of it.", msgstr="Ford en est sûre à 100 %.", line=10,
                         flags=flags, obsolete=obsolete))
        assert severity(Catalog("fr.po", "fr", entries), []) == Severity.WARNING
