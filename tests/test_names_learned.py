"""names.missing: the third NTREX round's rules (issue 6) — what a catalog shows of its own way with
names, each rule as a fails/passes pair."""

from __future__ import annotations

from yzi18n.checks.names import near_misses
from yzi18n.model import Severity

from check_helpers import catalog, run


def errors(cat):
    return [f for f in run("names.missing", [cat]) if f.severity == Severity.ERROR]


_PEOPLE = ["Anderson", "Baxter", "Collins", "Dawson", "Ellison", "Fletcher", "Gibson", "Harper", "Irwin",
           "Jenkins", "Kendall", "Lawson"]


def _latvian(*extra):
    """Names with the endings -a and -u, enough for the catalog to show them."""
    pairs = [(f"It was {name} who said it.", f"Tas bija {name}a viedoklis.") for name in _PEOPLE[:6]]
    pairs += [(f"They saw {name} there.", f"Viņi redzēja {name}u tur.") for name in _PEOPLE[6:]]
    return pairs + list(extra)


# ── a respelt rendering the catalog inflects elsewhere ─────────────────────────────────

def test_a_respelt_name_another_unit_writes_with_another_ending_is_the_rendering():
    taught = ("He lives in Paddington.", "Viņš dzīvo Padingtona rajonā.")
    cat = catalog("lv", _latvian(taught, ("They saw Paddington there.", "Viņi redzēja Padingtonu tur.")))
    assert errors(cat) == []


def test_a_slip_whose_stem_no_other_unit_writes_is_still_a_slip():
    taught = [("He lives in Paddington.", "Viņš dzīvo Padingtona rajonā."),
              ("He left Paddington.", "Viņš pameta Padingtonu.")]
    cat = catalog("lv", _latvian(*taught, ("They saw Paddington there.", "Viņi redzēja Paddigtonu tur.")))
    assert [f.target_marks for f in errors(cat)] == [("Paddigtonu",)]


# ── an ending no other name takes: only what a slip adds ───────────────────────────────

def _finnish(*extra):
    pairs = [(f"It was {name} who said it.", f"Se oli {name}n mielipide.") for name in _PEOPLE]
    return pairs + list(extra)


def test_a_long_table_ending_no_other_name_takes_is_an_inflection():
    cat = catalog("fi", _finnish(("They were in Lydney.", "He olivat Lydneyssä.")))
    assert errors(cat) == []


def test_a_one_letter_ending_no_other_name_takes_is_a_slip():
    cat = catalog("fi", _finnish(("They were in Lydney.", "He olivat Lydneyx.")))
    assert [f.target_marks for f in errors(cat)] == [("Lydneyx",)]


# ── another name the source accounts for ───────────────────────────────────────────────

def test_a_name_the_source_derives_spells_out_or_shortens_is_no_replacement():
    korea = [("Kim visited Korea.", "Kim besøgte Korea."),
             ("They agreed on the Korean peninsula, the US said.", "De aftalte et atomfrit Korea.")]
    assert errors(catalog("da", korea)) == []
    fwc = [("The FWC said so.", "FWC sagde det."),
           ("The Fish and Wildlife Commission studied Red Tide.", "Komissiyası (FWC) öyrəndi.")]
    assert errors(catalog("az", fwc)) == []
    first_name = [("She met Kelly there.", "Hun mødte Kelly der."),
                  ("Ms Humphreys spoke at Chequers.", "Kelly Humphreys talte på landstedet.")]
    assert errors(catalog("da", first_name)) == []


def test_a_name_the_source_does_not_account_for_is_a_replacement():
    pairs = [("Kim visited Korea.", "Kim besøgte Korea."),
             ("They agreed, the US said.", "De aftalte, sagde Korea.")]
    assert [f.line for f in errors(catalog("da", pairs))] == [11]
    first_name = [("She met Kelly there.", "Hun mødte Kelly der."),
                  ("Ms Humphreys spoke at Chequers.", "Humphreys talte med Kelly.")]
    assert [f.line for f in errors(catalog("da", first_name))] == [11]


# ── acronyms ───────────────────────────────────────────────────────────────────────────

def test_every_near_miss_is_weighed_not_only_the_first():
    assert near_misses("AI", "die VS KI-aankondigings en AIi-strategie", "af", 1) == ["KI", "AIi"]
    pairs = [("AI is new.", "KI is nuut."), ("AI will win.", "KI sal wen."),
             ("AI announcements and an AI strategy.", "KI-aankondigings en 'n AIi-strategie.")]
    assert [f.target_marks for f in errors(catalog("af", pairs))] == [("AIi",)]


def test_an_acronym_with_its_capitals_shuffled_beyond_one_edit_is_a_slip():
    assert [f.target_marks for f in errors(catalog("de", [("A mess for the GOP.", "Ein Chaos für die OGPo.")]))] \
        == [("OGPo",)]
    assert [f.target_marks for f in errors(catalog("tk", [("HIV spreads.", "HiID ýaýraýar.")]))] == [("HiID",)]


def test_a_localized_or_extended_acronym_is_not_a_slip():
    assert errors(catalog("es", [("HIV spreads.", "El VIH se propaga.")])) == []
    assert errors(catalog("de", [("The LGBT community.", "Die LGBTI-Gemeinschaft.")])) == []
    assert errors(catalog("fr", [("The UN met.", "L'ONU s'est réunie.")])) == []
    assert errors(catalog("de", [("He has PTSD.", "Er hat PTBS.")])) == []
    assert errors(catalog("ss", [("The NHS paid.", "beNHS bakhokhe.")])) == []
    assert errors(catalog("nn", [("The EU and the US met.", "EUs leiar møtte Noreg."),
                                 ("The EU met.", "EU møttest.")])) == []


# ── a misspelt name that carries an ending ─────────────────────────────────────────────

def test_a_misspelt_name_is_measured_without_its_ending_where_the_catalog_keeps_it():
    kept = ("He played for Livingston.", "Hän pelasi Livingstonissa.")
    slip = catalog("fi", _finnish(kept, ("They came from Livingston.", "He tulivat Livingstnilta.")))
    assert [f.target_marks for f in errors(slip)] == [("Livingstnilta",)]
    alone = catalog("fi", _finnish(("They came from Livingston.", "He tulivat Livingstnilta.")))
    assert errors(alone) == []  # named once: perhaps the language's own spelling
    assert near_misses("Livingston", "He tulivat Livingstnilta.", "fi", 2) == []  # without the endings


def test_a_name_that_is_itself_once_an_ending_is_off_is_no_near_miss():
    assert near_misses("Hoffenheim", "Hoffenheimini pelaajat", "fi", 2, endings={"ini", "n"}) == []
    assert near_misses("Hoffenheim", "Hofenheimini pelaajat", "fi", 2, endings={"ini", "n"}) == ["Hofenheimini"]


# ── another name in place of a second mention, or of an acronym ───────────────────────

def test_a_name_named_twice_and_replaced_once_by_another_name_is_found():
    pairs = [("Joe Alleva spoke.", "Joe Alleva falou."),
             ("Sims met Simpson, and Sims lost.", "Joe Alleva e Simpson, e Sims perdeu.")]
    assert [f.line for f in errors(catalog("gl", pairs))] == [11]
    pronoun = [("Joe Alleva spoke.", "Joe Alleva falou."),
               ("Sims met Simpson, and Sims lost.", "Sims e Simpson, e ele perdeu.")]
    assert errors(catalog("gl", pronoun)) == []


def test_a_one_word_name_is_no_spelling_out_of_an_acronym():
    pairs = [("He lives in Merseyside.", "Ele vive em Merseyside."),
             ("Please DM us.", "Contacte por Merseyside.")]
    assert [f.line for f in errors(catalog("pt", pairs))] == [11]


# ── a respelling the catalog makes, judged on the stems ───────────────────────────────

_TAUGHT_CS = [("He was in Colorado.", "Byl v Kolorado."), ("He saw the Capitol.", "Viděl Kapitol."),
              ("He met Clinton.", "Potkal Klinton.")]


def test_a_learned_respelling_with_an_ending_is_the_rendering():
    cat = catalog("cs", _TAUGHT_CS + [("It rained in California.", "V Kalifornii pršelo.")])
    assert errors(cat) == []


def test_a_respelling_the_catalog_does_not_make_is_a_slip_even_with_an_ending():
    # (c>k alone is a sound-alike respelling in any catalog now: test_names_respelt.py)
    cat = catalog("cs", _TAUGHT_CS + [("It rained in California.", "V Kalifornai pršelo.")])
    assert [f.target_marks for f in errors(cat)] == [("Kalifornai",)]


# ── a demonym of a country is no name ─────────────────────────────────────────────────

def test_a_demonym_is_no_name_but_a_name_that_looks_like_one_is():
    from yzi18n.checks.names import source_names
    assert [n.text for n in source_names("He beat the Belgian player and the Chilean side.")] == []
    assert [n.text for n in source_names("He beat Martine Dupont.")] == ["Martine Dupont"]


# ── spacing, prefixes on one word, endings on acronyms ────────────────────────────────

def test_a_name_spaced_otherwise_is_not_a_slip_but_a_letter_changed_is():
    assert errors(catalog("wo", [("Sinovation Ventures invested.", "SinovationVentures dafa dugal.")])) == []
    assert errors(catalog("xh", [("He was in Baja California.", "Wayese Baja e California.")])) == []
    assert errors(catalog("zu", [("The Fragrance Shop said.", "I-Fragranc eShop ithe.")]))
    assert [f.target_marks for f in errors(catalog("xh", [("He was in Baja California.", "Wayese Baja Califrnoia.")]))] \
        == [("Baja Califrnoia",)]


def test_a_prefix_on_one_word_of_a_name_is_not_a_shuffle():
    assert errors(catalog("xh", [("He was in Baja California.", "Wayese Baja ueCalifornia.")])) == []
    assert errors(catalog("xh", [("He was in Baja California.", "Wayese Baja uCalifrnia.")]))


def test_an_acronym_with_an_ending_the_catalog_uses_is_not_a_slip():
    taught = [(f"He met {name} there.", f"Wòkpɔ {name}wo le afima.") for name in _PEOPLE[:4]]
    assert errors(catalog("ee", taught + [("The MWP said so.", "MWPwo gblɔe.")])) == []
    assert [f.target_marks for f in errors(catalog("ee", taught + [("The MWP said so.", "MWPxa gblɔe.")]))] \
        == [("MWPxa",)]


# ── a two-letter acronym reversed, a first word that lost its capital ─────────────────

def test_a_reversed_acronym_is_a_slip_where_the_catalog_keeps_the_acronym_elsewhere():
    kept = [("The EU said no.", "EU sa nei."), ("The EU met.", "EU møttest.")]
    assert [f.target_marks for f in errors(catalog("nn", kept + [("The EU left.", "UE gjekk.")]))] == [("UE",)]
    localized = [("The EU said no.", "L'UE a dit non."), ("The EU met.", "L'UE s'est réunie.")]
    assert errors(catalog("fr", localized)) == []


def test_the_first_word_of_a_name_that_lost_its_first_letter_is_a_slip():
    others = [("Emma Thompson won.", "Emma Thompson vant."), ("Thompson won.", "Thompson vant.")]
    found = errors(catalog("nb", others + [("Emma Thompson lost.", "mma Thompson tapte.")]))
    assert [f.target_marks for f in found] == [("mma Thompson",)]
    assert errors(catalog("nb", others + [("Emma Thompson lost.", "at Thompson tapte.")])) == []


def test_a_name_written_more_often_than_the_source_names_it_stands_in_for_a_missing_one():
    base = [("They saw Chelsea win.", "Sie sahen Chelsea gewinnen."), ("He met Videoton.", "Er traf Videoton.")]
    replaced = base + [("Chelsea faces Videoton today.", "Chelsea spielt heute gegen Chelsea.")]
    assert [f.line for f in errors(catalog("de", replaced))] == [21]
    pronoun = base + [("Chelsea faces Videoton today.", "Chelsea spielt heute gegen die Ungarn.")]
    assert errors(catalog("de", pronoun)) == []


def test_a_possessive_made_from_a_name_is_an_inflection():
    assert errors(catalog("hr", [("He met Kavanaugh's friend.", "Sreo je Kavanaughov prijatelja.")])) == []
    assert errors(catalog("cs", [("He spoke with Christine Blasey Ford.", "Mluvil s Christine Blasey Fordovou.")])) == []
    assert errors(catalog("hr", [("He met Kavanaugh's friend.", "Sreo je Kavanaugov prijatelja.")]))


def test_a_short_name_with_the_same_consonants_is_the_language_s_spelling():
    assert errors(catalog("nl", [("He met Dane there.", "Hij zag Deen daar.")])) == []
    assert [f.target_marks for f in errors(catalog("de", [("He met Todd there.", "Er traf Tont dort.")]))] \
        == [("Tont",)]


def test_a_candidate_that_only_extends_a_rejected_one_is_not_a_slip():
    assert errors(catalog("sm", [("He went to the Highlands.", "Na alu o ia i le Highland e.")])) == []


def test_a_name_that_respells_another_name_of_the_source_is_no_replacement():
    pairs = [("He met Robin there.", "O, Robini gördü."),
             ("Robyn Christie of Melrose said so.", "Komandadan Robin Kristi dedi.")]
    assert errors(catalog("az", pairs)) == []
    pairs[1] = ("Robyn Christie of Melrose said so.", "Komandadan Robyn Christie və Robin dedi.")
    assert [f.line for f in errors(catalog("az", pairs))] == [11]


def test_a_doubled_letter_is_never_a_learned_respelling():
    taught = [("He met Harris.", "Han møtte Harrris."), ("He met Morris.", "Han møtte Morrris."),
              ("He met Norris.", "Han møtte Norrris.")]
    assert [f.target_marks for f in errors(catalog("nb", taught + [("He met Freeman.", "Han møtte Freemann.")]))
            if f.target_marks == ("Freemann",)] == [("Freemann",)]
    dropped = [("He met Harris.", "Han møtte Haris."), ("He met Morris.", "Han møtte Moris."),
               ("He met Worrall.", "Han møtte Worall.")]
    assert not [f for f in errors(catalog("nb", dropped)) if f.target_marks == ("Worall",)]
    vowels = [("He met Harris.", "Han møtte Haarris."), ("He met Morris.", "Han møtte Moorris."),
              ("He met Norris.", "Han møtte Noorris.")]
    assert [f.target_marks for f in errors(catalog("nb", vowels + [("He met Oscar.", "Han møtte Oscaar.")]))
            if f.target_marks == ("Oscaar",)] == [("Oscaar",)]
