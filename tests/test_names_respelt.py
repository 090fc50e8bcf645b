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
