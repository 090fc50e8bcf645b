"""langid.identical and langid.mismatch on small catalogs, and on the bundled site."""

from __future__ import annotations

from pathlib import Path

from yzi18n.model import Catalog, Entry, Severity

from check_helpers import catalog, run

EN = "The Economic Development Zone supports the development of gene therapy product companies."
DE = "Die Wirtschaftszone unterstützt die Entwicklung von Unternehmen, die Gentherapieprodukte entwickeln."
FR = "La zone de développement économique soutient le développement des entreprises de thérapie génique."
REPO = Path(__file__).resolve().parents[1]


# ── langid.identical ─────────────────────────────────────────────────────────────────────

def test_a_sentence_left_in_english_is_an_error():
    found = run("langid.identical", [catalog("de", [(EN, EN)])])
    assert [(f.code, f.severity) for f in found] == [("langid.identical", Severity.ERROR)]
    assert "English" in found[0].message


def test_identical_severity_follows_how_much_text_there_is():
    found = run("langid.identical", [catalog("de", [("Save the file", "Save the file"), ("Settings", "Settings")])])
    assert [f.severity for f in found] == [Severity.WARNING, Severity.INFO]


def test_numbers_codes_urls_and_names_may_stay_identical():
    pairs = [("2024", "2024"), ("VT500", "VT500"), ("https://example.org/", "https://example.org/"),
             ("Beijing Yizhuang", "Beijing Yizhuang"), ("UBTech", "UBTech")]
    assert run("langid.identical", [catalog("de", pairs)]) == []


def test_identical_ignores_whitespace_differences_and_catches_plural_forms():
    plural = Entry(msgid="one file was deleted from the disk", msgid_plural="%d files were deleted from the disk",
                   msgstr_plural=((0, "eine Datei wurde gelöscht"), (1, "%d files were deleted from the disk")),
                   line=1, flags=("c-format",))
    found = run("langid.identical", [Catalog("de.po", "de", (plural,))])
    assert len(found) == 1
    assert run("langid.identical", [catalog("de", [(EN, "  " + EN.replace(" ", "\n", 1))])])


def test_a_source_language_catalog_has_no_identical_findings():
    assert run("langid.identical", [catalog("en-GB", [(EN, EN)])]) == []


def test_a_translator_marks_a_legitimate_identical_translation(tmp_path):
    from yzi18n.suppress import apply_suppressions

    entry = Entry(msgid="Made in Germany for everyone", msgstr="Made in Germany for everyone", line=3,
                  translator_comments=("yzi18n: ignore langid.identical — the slogan stays in English",))
    cat = Catalog("de.po", "de", (entry,))
    found = apply_suppressions(run("langid.identical", [cat]), [cat])
    assert found and found[0].suppressed == "the slogan stays in English"


# ── langid.mismatch ──────────────────────────────────────────────────────────────────────

def test_english_in_a_german_catalog_is_an_error_and_german_is_clean():
    found = run("langid.mismatch", [catalog("de", [(EN, DE), (EN, EN.replace("gene", "genetic"))])])
    assert [(f.line, f.severity) for f in found] == [(11, Severity.ERROR)]
    assert "English" in found[0].message and "German" in found[0].message
    assert dict(found[0].data)["found"] == "en"


def test_another_language_is_a_warning():
    found = run("langid.mismatch", [catalog("de", [(EN, FR)])])
    assert [(f.severity, dict(f.data)["found"]) for f in found] == [(Severity.WARNING, "fr")]
    assert "French" in found[0].message


def test_short_strings_get_a_lower_severity():
    found = run("langid.mismatch", [catalog("de", [("Back to the start page", "Return to the homepage")])])
    assert [f.severity for f in found] == [Severity.WARNING]


def test_identical_entries_are_left_to_langid_identical():
    assert run("langid.mismatch", [catalog("de", [(EN, EN)])]) == []


def test_a_language_the_model_lacks_is_said_once_per_catalog():
    ewe = "Dukɔa ƒe ganyawo ŋuti dɔwɔƒea kpe ɖe dɔwɔƒe siwo le dɔ wɔm ŋu."
    found = run("langid.mismatch", [catalog("ee", [(EN, ewe), (EN, ewe + " Ŋkeke"), (EN, ewe + " Ɖeka")])])
    assert [(f.line, f.severity) for f in found] == [(None, Severity.INFO)]
    assert "cannot check" in found[0].message


def test_traditional_characters_in_a_simplified_catalog():
    hant = "經濟開發區支持基因治療產品開發企業的發展，這些企業將繼續推進項目建設。"
    found = run("langid.mismatch", [catalog("zh-Hans", [(EN, hant)])])
    assert [f.severity for f in found] == [Severity.WARNING]
    assert "Traditional" in found[0].message


def test_serbian_latin_in_a_cyrillic_catalog():
    latn = "Zona ekonomskog razvoja podržava razvoj kompanija koje razvijaju proizvode za gensku terapiju."
    found = run("langid.mismatch", [catalog("sr-Cyrl", [(EN, latn)]), catalog("sr-Latn", [(EN, latn)])])
    assert [(f.path, f.severity) for f in found] == [("locale/sr-Cyrl.po", Severity.WARNING)]
    assert "Latin" in found[0].message


def test_langid_backend_option_selects_langdetect():
    import pytest

    pytest.importorskip("langdetect")
    found = run("langid.mismatch", [catalog("de", [(EN, DE.replace("Die", "Diese")), (EN, FR)])],
                langid_backend="langdetect")
    assert [dict(f.data)["found"] for f in found] == ["fr"]


def test_the_bundled_site_is_clean_at_error_and_warning_severity():
    from yzi18n.api import check
    from yzi18n.config import load_config
    from yzi18n.project import Project

    project = Project(load_config(REPO / "pyproject.toml"))
    result = check(project, select=["langid", "entry", "markup"])
    serious = [f for f in result.findings if f.severity >= Severity.WARNING and not f.suppressed]
    assert serious == [], [str(f.location) + " " + f.message for f in serious]


def test_the_source_languages_kin_is_named_as_such_not_as_the_source():
    # py3langid reads Nigerian Pidgin: it counts as English (its kin), but is not called English itself
    found = run("langid.mismatch", [catalog("sv", [("What is happening at the market today? The people do not know.",
                                                    "Wetin dey happen for di market today? Di pipo dem no sabi.")])])
    assert [f.message for f in found] == ["the translation looks like English (en), the source language "
                                          "(read as its kin Nigerian Pidgin (pcm)), not Swedish (sv)"]
