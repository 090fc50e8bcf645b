"""names.missing weighs evidence across languages: a variant that other languages of the run
write in the same unit is an exonym or a respelling (info), a slip of one translator is not."""

from __future__ import annotations

from yzi18n.checks.names import SIBLING_LANGUAGES, _respelt_words, _supports
from yzi18n.checks.registry import load_checks, select
from yzi18n.checks.runner import run_checks
from yzi18n.model import Catalog, Entry, Severity

SPECS = select(load_checks().values(), ["names.missing"])
NAPLES = "Napoli beat Liverpool in Naples on Wednesday night."
NAPOLES = {
    "es": "El Napoli venció al Liverpool en Nápoles el miércoles por la noche.",
    "pt": "O Napoli venceu o Liverpool em Nápoles na quarta-feira à noite.",
    "gl": "O Napoli venceu ao Liverpool en Nápoles o mércores pola noite.",
    "ast": "El Napoli ganó al Liverpool en Nápoles el miércoles pela nueche.",
}


def _catalogs(source: str, translations: dict[str, str]) -> list[Catalog]:
    return [Catalog(f"{language}.po", language, (Entry(msgid=source, msgstr=text, msgctxt="1", line=1),))
            for language, text in translations.items()]


def _findings(catalogs: list[Catalog], path: str):
    return [f for f in run_checks(catalogs, SPECS) if f.path == path]


def test_threshold_is_two_other_languages():
    assert SIBLING_LANGUAGES == 2


def test_exonym_three_other_languages_write_is_info_naming_them():
    (finding,) = _findings(_catalogs(NAPLES, NAPOLES), "es.po")
    assert finding.severity is Severity.INFO
    assert finding.message == "'Naples' is written 'Nápoles', as other languages write it"
    assert finding.hint.startswith("ast, gl, pt write it so")
    assert dict(finding.data)["languages"] == "ast gl pt"


def test_exonym_checked_alone_stays_an_error():
    (finding,) = run_checks(_catalogs(NAPLES, {"es": NAPOLES["es"]}), SPECS)
    assert finding.severity is Severity.ERROR


def test_exonym_one_other_language_writes_stays_an_error():
    two = {k: NAPOLES[k] for k in ("es", "pt")}
    (finding,) = _findings(_catalogs(NAPLES, two), "es.po")
    assert finding.severity is Severity.ERROR


def test_exonym_two_other_languages_write_is_info():
    three = {k: NAPOLES[k] for k in ("es", "pt", "gl")}
    (finding,) = _findings(_catalogs(NAPLES, three), "es.po")
    assert finding.severity is Severity.INFO and finding.hint.startswith("gl, pt write it so")


def test_variants_of_one_language_count_once():
    translations = {"es": NAPOLES["es"], "es-MX": NAPOLES["es"], "es-AR": NAPOLES["es"], "gl": NAPOLES["gl"]}
    (finding,) = _findings(_catalogs(NAPLES, translations), "gl.po")
    assert finding.severity is Severity.ERROR  # es alone, in three catalogs


def test_standards_of_one_language_count_once():
    # Bokmål and Nynorsk are two standards of one language: one vote, below the threshold
    napoli = "Napoli slo Liverpool i Napoli onsdag kveld."
    translations = {"nb": napoli, "nn": napoli, "es": NAPOLES["es"]}
    (finding,) = _findings(_catalogs(NAPLES, translations), "es.po")
    assert finding.severity is Severity.ERROR
    translations["pt"] = NAPOLES["pt"]  # another language makes two
    (finding,) = _findings(_catalogs(NAPLES, translations), "es.po")
    assert finding.severity is Severity.INFO
    assert finding.hint.startswith("nb, pt write it so")  # the standard of the first catalog shown


def test_a_slip_many_translators_make_gets_no_evidence():
    source = "The striker joined Villarreal on Sunday."
    rows = {"de": "Der Stürmer wechselte am Sonntag zu Villareal.", "nl": "De spits ging zondag naar Villareal.",
            "da": "Angriberen skiftede søndag til Villareal.", "sv": "Anfallaren gick på söndagen till Villareal."}
    (finding,) = _findings(_catalogs(source, rows), "de.po")
    assert finding.severity is Severity.ERROR  # a doubled letter dropped: a slip, however shared


def test_slip_other_languages_do_not_make_stays_an_error():
    source = "Donald Trump spoke to reporters in Washington on Monday."
    translations = {
        "de": "Donald Trmup sprach am Montag in Washington mit Reportern.",
        "nl": "Donald Trump sprak maandag in Washington met verslaggevers.",
        "fr": "Donald Trump a parlé aux journalistes à Washington lundi.",
        "es": "Donald Trump habló con los periodistas en Washington el lunes.",
        "it": "Donald Trump ha parlato con i giornalisti a Washington lunedì.",
    }
    (finding,) = _findings(_catalogs(source, translations), "de.po")
    assert finding.severity is Severity.ERROR and "'Donald Trmup'" in finding.message


def _korea(rows: dict[str, str]) -> list[Catalog]:
    """Catalogs whose second unit names Korea where the source names the US."""
    taught = ("Kim visited Korea.", "Kim Korea.")
    source = "They agreed, the US said."
    return [Catalog(f"{language}.po", language, (Entry(msgid=taught[0], msgstr=taught[1], msgctxt="1", line=1),
                                                Entry(msgid=source, msgstr=text, msgctxt="2", line=2)))
            for language, text in rows.items()]


def test_name_replaced_by_another_name_stays_an_error():
    rows = {"da": "De aftalte, sagde Korea.", "nl": "Ze waren het eens, zeiden de VS.",
            "de": "Sie einigten sich, sagten die USA.", "fr": "Ils sont tombés d'accord, ont dit les US.",
            "it": "Erano d'accordo, hanno detto gli US."}
    (finding,) = [f for f in _findings(_korea(rows), "da.po") if f.line == 2]
    assert finding.severity is Severity.ERROR and "'Korea'" in finding.message


def test_another_name_three_other_languages_write_stays_an_error():
    """Evidence is weighed for a near miss of the name only: another name is no rendering of it."""
    rows = {"da": "De aftalte, sagde Korea.", "nl": "Ze waren het eens, zei Korea.",
            "de": "Sie einigten sich, sagte Korea.", "fr": "Ils sont tombés d'accord, a dit la Corée.",
            "it": "Erano d'accordo, ha detto la Korea."}
    (finding,) = [f for f in _findings(_korea(rows), "da.po") if f.line == 2]
    assert finding.severity is Severity.ERROR


def test_inflected_respelling_is_supported_by_the_other_endings():
    source = "Heavy snow fell in Alaska on Sunday."
    rows = {"sl": "V nedeljo je na Aljaski zapadlo veliko snega.",
            "cs": "Na Aljašce v neděli napadlo hodně sněhu.",
            "sk": "Na Aljaške v nedeľu napadlo veľa snehu.",
            "hr": "Na Aljasci je u nedjelju pao obilan snijeg.",
            "de": "Am Sonntag fiel in Alaska viel Schnee."}
    catalogs = _catalogs(source, rows)
    (alone,) = run_checks([catalogs[0]], SPECS)
    (together,) = _findings(catalogs, "sl.po")
    assert alone.severity is Severity.ERROR
    assert together.severity is Severity.INFO and together.hint.startswith("cs, hr, sk write it so")


def test_supports_a_respelt_stem_with_another_ending():
    assert _supports("kolorado", "kolorada", ["colorado"])
    assert not _supports("trumpa", "trumo", ["trump"])  # Trump inflected, not the slip
    assert not _supports("kirsti", "kirsyi", ["kirsty"])  # the stem they share is the name's
    assert not _supports("kolorado", "kolumbie", ["colorado"])


def test_short_words_and_inflections_get_no_evidence():
    assert _respelt_words("Ei", "Ri") == []  # a word of some language
    assert _respelt_words("Kavanaugha", "Kavanaugh") == []  # the name with an ending
    assert _respelt_words("Nápoles", "Naples") == ["Nápoles"]
    assert _respelt_words("Bretta Kavanauga", "Brett Kavanaugh") == ["Kavanauga"]
    assert _respelt_words("Rory Mcllroy", "Rory McIlroy") == []  # ll for Il: a look-alike
    assert _respelt_words("Kristy", "Kirsty") == []  # two letters swapped
    assert _respelt_words("Elizabeth Ferrel", "Elisabeth Ferrell") == []  # one word's change a slip
