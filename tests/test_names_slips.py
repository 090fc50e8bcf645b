"""names.missing: the slip rules added in the second NTREX round (issue 6), each as a
fails/passes pair."""

from __future__ import annotations

from yzi18n.checks.names import (anchored_near_miss, find_form, learned_respellings, name_endings, near_miss,
                                 phonetic_key, respelling_ops)
from yzi18n.checks.registry import load_checks, select
from yzi18n.checks.runner import run_checks
from yzi18n.model import Severity

from check_helpers import catalog


def run(catalogs):
    return run_checks(catalogs, select(load_checks().values(), ["names.missing"]))


def errors(cat):
    return [f for f in run([cat]) if f.severity == Severity.ERROR]


_PEOPLE = ["Anderson", "Baxter", "Collins", "Dawson", "Ellison", "Fletcher", "Gibson", "Harper", "Irwin",
           "Jenkins", "Kendall", "Lawson"]


def _finnish(extra_ending_names=()):
    """Twelve names with the genitive -n (and a few with -a), enough to know the catalog's endings."""
    pairs = [(f"It was {name} who said it.", f"Se oli {name}n mielipide.") for name in _PEOPLE]
    pairs += [(f"They saw {name} there.", f"He näkivät {name}a siellä.") for name in extra_ending_names]
    return pairs


# ── matching ───────────────────────────────────────────────────────────────────────────

def test_an_ending_after_an_apostrophe_or_on_a_full_alternating_stem_is_an_inflection():
    assert find_form("Jake Lacy", "z Jake'a Lacy rozmawiał", "pl")
    assert find_form("Bruce Colvine", "Brucea Colvina", "bs")
    assert find_form("Bruce Colvine", "Brucx Colvina", "bs") is None
    assert find_form("Jake Lacy", "z Jakea'xyzw Lacy", "pl") is None


# ── an ending the catalog puts on no other name ────────────────────────────────────────

def test_an_ending_no_other_name_takes_is_a_slip():
    pairs = _finnish() + [("They saw Ryan there.", "He näkivät Ryanx siellä.")]
    assert [f.target_marks for f in errors(catalog("fi", pairs))] == [("Ryanx",)]  # no ending: a near miss
    cat = catalog("fi", _finnish() + [("They saw Ryan there.", "He näkivät Ryana siellä.")])
    assert name_endings(cat, "fi")[(0, "a")] == {"Ryan"}
    found = errors(cat)
    assert [f.target_marks for f in found] == [("Ryana",)]


def test_an_ending_other_names_take_is_an_inflection():
    cat = catalog("fi", _finnish(["Morgan", "Nolan"]) + [("They saw Ryan there.", "He näkivät Ryana siellä.")])
    assert errors(cat) == []


def test_a_small_catalog_says_nothing_about_endings():
    assert errors(catalog("fi", [("They saw Ryan there.", "He näkivät Ryana siellä.")])) == []


# ── lower-case slips, acronyms, other names ────────────────────────────────────────────

def test_a_name_whose_capital_fell_out_is_a_slip_but_a_derived_word_is_not():
    pairs = [("He flew to Pyongyang today.", "Er flog heute nach yongyang."),
             ("He met the Methodist.", "Er traf den methodisten.")]
    found = errors(catalog("de", pairs))
    assert [f.target_marks for f in found] == [("yongyang",)]
    assert near_miss("Pyongyang", "Er flog heute nach yongyang.", "de") is None  # without a catalog: as before


def test_an_acronym_in_other_capitals_is_a_slip_unless_localized():
    assert [f.target_marks for f in errors(catalog("de", [("HIV spreads.", "HVI verbreitet sich.")]))] == [("HVI",)]
    assert errors(catalog("fr", [("The EU said no.", "L'UE a dit non.")])) == []
    recurring = [("HIV spreads.", "VIH se propage."), ("HIV kills.", "Le VIH tue.")]
    assert errors(catalog("fr", recurring)) == []


def test_an_acronym_of_the_catalog_in_place_of_a_name_is_a_replacement():
    pairs = [("The BBC said so.", "Die BBC sagte es."), ("He told Reuters so.", "Er sagte es der BBC.")]
    found = errors(catalog("de", pairs))
    assert len(found) == 1 and "'BBC'" in found[0].message and found[0].line == 11


def test_an_acronym_translators_add_without_the_source_is_no_replacement():
    pairs = [("The USA said so.", "Die USA sagten es."), ("America won.", "Die USA gewannen."),
             ("He told Reuters so.", "Er sagte es der USA.")]
    assert errors(catalog("de", pairs)) == []


def test_an_acronym_spelt_out_is_no_replacement():
    pairs = [("NYC is big.", "New York ist groß."), ("New York is big.", "New York ist groß.")]
    assert errors(catalog("de", pairs)) == []


# ── longer edit budget, derivations, respellings ───────────────────────────────────────

def test_a_five_letter_name_with_two_slips_is_found_and_a_dropped_last_letter_is_no_derivation():
    assert [f.target_marks for f in errors(catalog("fr", [("He met Kanye there.", "Il a vu aKnyee là-bas.")]))] == [("aKnyee",)]
    assert [f.target_marks for f in errors(catalog("es", [("Brett Kavanaugh spoke.", "Brett Kavanaug habló.")]))] \
        == [("Brett Kavanaug",)]
    assert errors(catalog("de", [("He won in Belfast.", "Er gewann im Belfaster Stadion.")])) == []


def test_a_respelling_the_catalog_makes_on_other_names_is_not_a_slip():
    assert respelling_ops("Colorado", "Kolorado") == ("c>k",)
    assert respelling_ops("Worrall", "Worall") == ("-double",)
    assert phonetic_key("Colorado") == phonetic_key("Kolorado") and phonetic_key("Trump") != phonetic_key("Trupm")
    # (c>k, z>s, … are sound-alike letters, a respelling in any catalog: see test_names_software)
    taught = [("He met Worrall.", "Spotkał Worall."), ("He saw Russell.", "Widział Rusell."),
              ("He met Bennett.", "Spotkał Benett.")]
    cat = catalog("pl", taught + [("He met Carroll.", "Spotkał Caroll.")])
    assert {"Worrall", "Russell", "Bennett"} <= learned_respellings(cat, "pl")["-double"]
    assert errors(cat) == []
    assert [f.target_marks for f in errors(catalog("pl", [("He met Carroll.", "Spotkał Caroll.")]))] \
        == [("Caroll",)]


def test_a_word_of_the_source_itself_is_not_a_slip():
    pairs = [("Kenny Miler and Miller spoke.", "Kenny Miller i Miller rozmawiali.")]
    assert errors(catalog("pl", pairs)) == []
    assert errors(catalog("pl", [("Kenny Miler spoke.", "Kenny Miller rozmawiał.")]))


def test_a_prefix_before_the_name_as_written_is_not_a_slip_but_a_shuffle_is():
    assert errors(catalog("ss", [("It grew in Pinellas.", "Kwakhula tePinellas.")])) == []
    assert errors(catalog("ss", [("It grew in Pinellas.", "Kwakhula ePnellas.")]))


# ── several-word names and names written twice ─────────────────────────────────────────

def test_one_word_of_a_name_misspelt_beside_an_inflected_one_is_found():
    assert anchored_near_miss("Nell Scovell", "psala Nel Scovellová o tom", "cs") == "Nel Scovellová"
    assert anchored_near_miss("John Kennedy", "řekl Johna Kennedyho", "cs") is None
    assert anchored_near_miss("Nell Scovell", "psala Nell Scovellová o tom", "cs") is None
    found = errors(catalog("cs", [("Nell Scovell wrote it.", "Napsala to Nel Scovellová.")]))
    assert [f.target_marks for f in found] == [("Nel Scovellová",)]


def test_a_name_written_right_once_and_misspelt_once_is_found_when_the_source_names_it_twice():
    twice = [("Spieth won and Spieth smiled.", "Spieth vann och Spiteh log.")]
    assert [f.target_marks for f in errors(catalog("sv", twice))] == [("Spiteh",)]
    once = [("Spieth won.", "Spieth vann och Spiteh log.")]
    assert errors(catalog("sv", once)) == []


def test_a_short_name_changed_only_at_its_end_is_an_ending_but_a_shuffle_inside_is_a_slip():
    assert errors(catalog("sq", [("He flew to Nevada today.", "Ai fluturoi sot në Nevadën.")])) == []
    assert [f.target_marks for f in errors(catalog("bs", [("He won an Oscar there.", "Tamo je osvojio Ocsra.")]))] \
        == [("Ocsra",)]


def test_an_acronym_is_spelt_out_only_by_a_name_of_its_initials():
    spelt = [("NYC is big.", "New York ist groß."), ("He was in New York.", "Er war in New York.")]
    assert errors(catalog("de", spelt)) == []
    other = [("He met Chris Coons there.", "Er traf dort Chris Coons."), ("It aired on ABC today.", "Es lief heute bei Chris Coons.")]
    assert [f.line for f in errors(catalog("de", other))] == [11]


def test_a_name_translators_add_in_two_other_units_is_no_replacement_but_one_is_not_enough():
    base = [("He met Corbyn there.", "Er traf dort Corbyn."), ("He saw Davis there.", "Er sah dort Corbyn.")]
    assert [f.line for f in errors(catalog("de", base))] == [11]
    once = base + [("The Labour leader spoke.", "Corbyn sprach.")]
    assert [f.line for f in errors(catalog("de", once))] == [11]
    twice = once + [("The Labour leader left.", "Corbyn ging.")]
    assert errors(catalog("de", twice)) == []


def test_a_variant_recurs_only_as_a_whole_word():
    pairs = [("He met Trump there.", "Er traf dort Trump."), ("Trump said no.", "Trump sagte nein."),
             ("He saw Trump again.", "Er sah Trum wieder.")]
    assert [f.target_marks for f in errors(catalog("de", pairs))] == [("Trum",)]
    pairs[0] = ("He met Trump there.", "Er traf dort Trum.")  # the same slip twice: the translator's spelling
    assert errors(catalog("de", pairs)) == []
