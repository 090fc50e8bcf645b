"""consistency.target, consistency.source and consistency.languages."""

from __future__ import annotations

from yzi18n.checks.registry import load_checks, select
from yzi18n.checks.runner import run_checks
from yzi18n.model import Catalog, Entry


def run(code, catalogs):
    return run_checks(catalogs, select(load_checks().values(), [code]))


def test_one_source_translated_two_ways_is_flagged():
    entries = (Entry("Home", "Startseite", msgctxt="nav", line=3),
               Entry("Home", "Startseite", msgctxt="footer", line=7),
               Entry("Home", "Heim", msgctxt="header", line=11))
    findings = run("consistency.target", [Catalog("de.po", "de", entries)])
    assert [f.line for f in findings] == [11]
    assert "'Startseite'" in findings[0].message and "msgctxt 'nav'" in findings[0].message


def test_one_translation_for_two_sources_is_flagged():
    entries = (Entry("Save", "Speichern", line=3), Entry("Delete", "Speichern", line=7),
               Entry("Save.", "Speichern.", line=9))
    findings = run("consistency.source", [Catalog("de.po", "de", entries)])
    assert [f.line for f in findings] == [7]


def _languages(msgid, translations):
    return [Catalog(f"{lang}.po", lang, (Entry(msgid, text, line=4),)) for lang, text in translations.items()]


def test_the_language_that_disagrees_on_a_number_is_named():
    msgid = "Foreign capital reached US$294 million."
    catalogs = _languages(msgid, {
        "de": "Das Auslandskapital erreichte 294 Millionen US-Dollar.",
        "fr": "Le capital étranger a atteint 294 millions de dollars.",
        "es": "El capital extranjero alcanzó 294 millones de dólares.",
        "it": "Il capitale estero ha raggiunto 294 milioni di dollari.",
        "pt": "O capital estrangeiro atingiu 249 milhões de dólares.",
    })
    findings = run("consistency.languages", catalogs)
    assert [f.language for f in findings] == ["pt"]
    assert "249" in findings[0].message and "4 of 5 languages" in findings[0].message


def test_the_language_that_misspells_a_name_is_named():
    msgid = "Elin Jones spoke."
    catalogs = _languages(msgid, {"de": "Elin Jones sprach.", "fr": "Elin Jones a parlé.",
                                  "es": "Elin Jones habló.", "fi": "Elin Jonesin mukaan.",
                                  "it": "Elin Jomes ha parlato."})
    findings = run("consistency.languages", catalogs)
    assert [(f.language, f.target_marks) for f in findings] == [("it", ("Elin Jomes",))]


def test_url_most_languages_share():
    msgid = "See https://example.org/a for details."
    translations = {lang: f"Voir https://example.org/a {lang}." for lang in ("de", "fr", "es", "it")}
    translations["pt"] = "Ver https://example.org/b."
    findings = run("consistency.languages", _languages(msgid, translations))
    assert [f.language for f in findings] == ["pt"] and "https://example.org/a" in findings[0].message


def test_clean_unit_in_many_languages_is_not_flagged():
    msgid = "Kong Lei said 1,300 enterprises joined in 2024."
    catalogs = _languages(msgid, {"de": "Kong Lei sagte, 1.300 Unternehmen kamen 2024 hinzu.",
                                  "fr": "Kong Lei a dit que 1 300 entreprises ont rejoint en 2024.",
                                  "ru": "Кун Лэй сказал, что в 2024 году присоединились 1300 предприятий.",
                                  "zh-Hans": "孔磊表示，2024年有1300家企业加入。",
                                  "fi": "Kong Lein mukaan 1 300 yritystä liittyi vuonna 2024."})
    assert run("consistency.languages", catalogs) == []
