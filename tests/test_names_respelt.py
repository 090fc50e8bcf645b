"""names.missing: respellings any catalog may make (sound-alike letters, a final silent e), each rule
as a fails/passes pair."""

from __future__ import annotations

from yzi18n.model import Severity

from check_helpers import catalog, run


def errors(cat):
    return [f.target_marks for f in run("names.missing", [cat]) if f.severity == Severity.ERROR]


def test_sound_alike_letters_exchanged_are_a_respelling():
    assert errors(catalog("pl", [("He was in Colorado.", "Był w Kolorado.")])) == []
    assert errors(catalog("tn", [("He was in Arizona.", "O ne a le kwa Arisona.")])) == []


def test_other_letters_exchanged_are_a_slip():
    assert errors(catalog("pl", [("He was in Colorado.", "Był w Colorabo.")])) == [("Colorabo",)]
    assert errors(catalog("tn", [("He was in Arizona.", "O ne a le kwa Arizena.")])) == [("Arizena",)]


def test_a_final_e_on_a_name_ending_in_a_consonant_is_a_spelling():
    assert errors(catalog("fr", [("They sailed up the Amazon.", "Ils ont remonté l'Amazone.")])) == []
    assert errors(catalog("nn", [("He met Livingston.", "Han møtte Livingstone.")])) == []


def test_another_final_letter_is_a_slip():
    assert errors(catalog("fr", [("They sailed up the Amazon.", "Ils ont remonté l'Amazonr.")])) == [("Amazonr",)]


# ── an ending read across the name's last vowel ────────────────────────────────────────

_PEOPLE = ["Anderson", "Baxter", "Collins", "Dawson", "Ellison", "Fletcher", "Gibson", "Harper", "Irwin",
           "Jenkins", "Kendall", "Lawson"]


def _slovenian(*extra):
    """Twelve names with the ending -a, enough for the catalog to show its endings."""
    return [(f"It was {name} who said it.", f"To je rekel {name}a.") for name in _PEOPLE] + list(extra)


def test_the_names_last_vowel_and_the_letters_added_may_make_an_ending():
    cat = catalog("sl", _slovenian(("The piece by Valentino stood out.", "Izstopal je Valentinov klobuk.")))
    assert errors(cat) == []


def test_a_letter_that_makes_no_ending_with_it_is_a_slip():
    cat = catalog("sl", _slovenian(("The piece by Valentino stood out.", "Izstopal je Valentinoj klobuk.")))
    assert errors(cat) == [("Valentinoj",)]


# ── a name that ends like an adjective is still inflected as a noun ────────────────────

def test_a_name_ending_like_an_adjective_takes_a_nouns_endings():
    assert errors(catalog("pl", [("He replaces singer Ariana Grande.", "Zastąpi piosenkarkę Arianę Grande.")])) == []
    assert errors(catalog("cs", [("Friends of Darren Drake came.", "Přišli přátelé Darrena Drakea.")])) == []


def test_a_name_ending_like_an_adjective_with_a_slip_is_still_a_slip():
    assert errors(catalog("pl", [("He replaces singer Ariana Grande.", "Zastąpi piosenkarkę Arieanę Grande.")])) \
        == [("Arieanę Grande",)]


# ── table endings: Icelandic -a → -u, Turkish "from" and the accusative after a vowel ──

def test_table_endings_icelandic_and_turkish():
    assert errors(catalog("is", [("Angela Merkel spoke.", "Angelu Merkel talaði.")])) == []
    assert errors(catalog("tr", [("A man from Carolina spoke.", "Carolinalı bir adam konuştu.")])) == []


def test_a_slip_beside_those_endings_is_still_a_slip():
    assert errors(catalog("is", [("Angela Merkel spoke.", "Angelu Merkol talaði.")])) == [("Angelu Merkol",)]


def test_sound_alike_letters_and_an_ending_the_catalog_uses_are_a_respelling():
    taught = [(f"It was {name} who said it.", f"To je rekel {name}a.") for name in _PEOPLE]
    cat = catalog("sl", taught + [("The award went to Oscar.", "Nagrada je šla Oskara.")])
    assert errors(cat) == []
    cat = catalog("sl", taught + [("The award went to Oscar.", "Nagrada je šla Osmara.")])
    assert errors(cat) == [("Osmara",)]
