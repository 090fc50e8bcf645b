"""names.missing on software catalogs (Sphinx, django-allauth): Title Case labels, words shouted in
capitals, country acronyms, a language named in English in the header, a respelling written each
time — each rule as a fails/passes pair."""

from __future__ import annotations

from yzi18n.checks.names import source_names, territory_forms
from yzi18n.langtags import header_language
from yzi18n.model import Severity

from check_helpers import catalog, run


def findings(cat):
    return [(str(f.severity), f.target_marks) for f in run("names.missing", [cat])]


def errors(cat):
    return [f.target_marks for f in run("names.missing", [cat]) if f.severity == Severity.ERROR]


_ACCOUNT = [("A third-party account has been connected to your account.", "Un compte de tercers s'ha connectat."),
            ("You have no accounts connected.", "No tens cap compte connectat."),
            ("Do you want to remove this account?", "Vols eliminar aquest compte?")]


# ── a Title Case label: its capitals are no evidence of a name ─────────────────────────

def test_a_label_word_the_sources_use_in_lower_case_is_no_name():
    cat = catalog("ca", _ACCOUNT + [("Account Connections", "Connexions de Compte")])
    assert errors(cat) == []


def test_a_name_in_a_label_is_still_a_name():
    cat = catalog("ca", _ACCOUNT + [("Remove Dropbox", "Elimina Dropbx")])
    assert errors(cat) == [("Dropbx",)]


def test_without_the_lexicon_a_label_word_is_judged_as_before():
    assert [n.text for n in source_names("Account Connections")] == ["Account Connections"]


# ── a common word in capitals (a metavar) is no acronym ────────────────────────────────

_USAGE = ("{0} [OPTIONS] <COMMAND> [<ARGS>]", "{0} [OPCIONS] <COMMAND> [<ARGS>]")


def test_a_word_the_sources_use_in_lower_case_is_no_acronym_in_capitals():
    cat = catalog("ca", [_USAGE, ("A list of options to pass.", "Una llista d'opcions.")])
    assert errors(cat) == []


def test_capitals_the_sources_never_use_as_a_word_are_an_acronym():
    cat = catalog("ca", [_USAGE, ("A list of settings to pass.", "Una llista de paràmetres.")])
    assert errors(cat) == [("OPCIONS",)]


# ── a country acronym: CLDR's name of the country, its initials, its other codes ───────

_PHONE = "Enter a phone number including country code (e.g. +1 for the US)."


def test_the_languages_name_or_initials_of_the_country_are_accepted():
    assert findings(catalog("id", [(_PHONE, "Masukkan nomor telepon (misalnya +1 untuk AS).")])) == []
    assert findings(catalog("da", [(_PHONE, "Indtast et telefonnummer (f.eks. +1 for USA).")])) == []
    assert "AS" in territory_forms("id")["US"]


def test_another_country_in_place_of_the_sources_is_an_error():
    assert errors(catalog("id", [(_PHONE, "Masukkan nomor telepon (misalnya +1 untuk UK).")])) == [("UK",)]


def test_the_readers_own_country_is_an_adapted_example_a_warning():
    assert findings(catalog("es", [(_PHONE, "Introduce un número (ej. +34 para ES).")])) == [("warning", ("ES",))]


# ── a header that names the language in English ───────────────────────────────────────

def test_a_language_named_in_english_is_read_with_its_endings():
    # the readers give "Language: Estonian" as et (tests/test_langtags_header_language.py)
    cat = catalog(header_language("Estonian"), [("This functionality requires JavaScript.",
                                                 "See funktsioon nõuab JavaScripti.")])
    assert errors(cat) == []


def test_a_typo_in_a_software_name_stays_an_error():
    cat = catalog("nl", [("Please activate JavaScript to enable the search.", "Activeer JavaSscript om te zoeken.")])
    assert errors(cat) == [("JavaSscript",)]


# ── a respelling written at every mention ──────────────────────────────────────────────

_UNICODE = "a Unicode error occurred. Make sure all values are Unicode strings."


def test_a_variant_written_at_every_mention_is_a_warning():
    cat = catalog("sq", [(_UNICODE, "ndodhi një gabim Unikod. Siguroni që vlerat të jenë vargje Unikod.")])
    assert findings(cat) == [("warning", ("Unikod",))]


def test_a_variant_written_once_is_an_error():
    cat = catalog("sq", [("a Unicode error occurred.", "ndodhi një gabim Unikod.")])
    assert errors(cat) == [("Unikod",)]


def test_a_name_is_counted_where_it_is_a_word_of_its_own():
    from yzi18n.checks.names import _mentions

    assert _mentions("Ann", "Ann wrote the Annual report; Ann's team") == 2
