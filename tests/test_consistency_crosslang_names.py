"""consistency.languages on names: the rules of ``checks/crosslang_names.py``, each as a pair
(a slip that is flagged, a convention that is not)."""

from __future__ import annotations

from yzi18n.checks.crosslang_names import name_slips, unit_names
from yzi18n.model import Catalog, Entry


def slips(msgid, translations, catalogs=None):
    members = {}
    for lang, text in translations.items():
        catalog = (catalogs or {}).get(lang) or Catalog(f"{lang}.po", lang, ())
        members[lang] = (catalog, Entry(msgid, text, line=4))
    return [(s.language, s.variant) for s in name_slips(msgid, members)]


KEEP = {"de": "{} sprach gestern.", "fr": "{} a parlé hier.", "es": "{} habló ayer.", "it": "{} ha parlato ieri."}


def keeping(name, **others):
    out = {lang: text.format(name) for lang, text in KEEP.items()}
    out.update(others)
    return out


def test_a_name_behind_a_noun_class_prefix_is_kept():
    msgid = "They met Livingston yesterday."
    assert slips(msgid, keeping("Livingston", zu="ULivingston ukhulume izolo.", xh="ULivingston uthethe izolo.",
                                nd="kuLivingston wakhuluma izolo.")) == []
    assert slips("Baja California spoke yesterday.",
                 keeping("Baja California", nd="Baja e California ikhulume izolo.")) == []


def test_a_misspelling_beside_noun_class_prefixes_is_still_found():
    msgid = "They met Livingston yesterday."
    assert slips(msgid, keeping("Livingston", zu="ULivingston ukhulume izolo.",
                                sw="Livingrton alizungumza jana.")) == [("sw", "Livingrton")]


def test_a_near_miss_no_other_language_writes_is_a_slip_even_when_few_keep_the_name():
    msgid = "They say Scotland won yesterday."
    translations = {"fr": "L'Écosse a gagné hier.", "es": "Escocia ganó ayer.", "ga": "Bhuaigh Albain inné.",
                    "it": "La Scozia ha vinto ieri.", "cy": "Enillodd yr Alban ddoe.", "sq": "Skocia fitoi dje.",
                    "ha": "Scotland ta yi nasara jiya.", "yo": "Scotland bori lana.", "mt": "Scotland rebħet ilbieraħ.",
                    "af": "Skotland het gister gewen.", "da": "Skotland vandt i går.",
                    "sm": "Na manumalo Scetland ananafi."}
    assert slips(msgid, translations) == [("sm", "Scetland")]  # Skotland: two languages write it


def test_a_variant_another_script_writes_in_romanization_is_no_slip():
    msgid = "Scott Robinson spoke yesterday."
    base = keeping("Scott Robinson")
    assert slips(msgid, {**base, "sr-Cyrl": "Скот Робинсон је говорио јуче.",
                         "sr-Latn": "Skot Robinson je govorio juče."}) == []
    assert slips(msgid, {**base, "sr-Cyrl": "Скот Робинсон је говорио јуче.",
                         "sr-Latn": "Scott Robinsen je govorio juče."}) == [("sr-Latn", "Scott Robinsen")]


def test_romanized_translations_vote_for_the_name():
    msgid = "They met Livingston yesterday."
    translations = {"de": "Livingston sprach gestern.", "fr": "Livingston a parlé hier.",
                    "ru": "Ливингстон выступил вчера.", "uk": "Лівінгстон виступив учора.",
                    "es": "Livingrton habló ayer."}
    assert slips(msgid, translations) == [("es", "Livingrton")]
    # without the Cyrillic voters two languages keep the name: too few to call a slip
    assert slips(msgid, {k: v for k, v in translations.items() if k not in ("ru", "uk")}) == []


def test_an_inflected_misspelling_is_found_and_a_right_inflection_is_not():
    msgid = "Scott Robinson spoke yesterday."
    assert slips(msgid, keeping("Scott Robinson", lt="Scottas Robinsonas kalbėjo vakar.")) == []
    assert slips(msgid, keeping("Scott Robinson", lt="Scottas Robiesonas kalbėjo vakar.")) == [
        ("lt", "Scottas Robiesonas")]


def test_a_second_mention_misspelt_is_found():
    msgid = "Officials said Sims lost his glasses; Sims was hurt."
    base = {lang: f"Sims {word} Sims." for lang, word in (("de", "und"), ("fr", "et"), ("es", "y"), ("it", "e"))}
    assert slips(msgid, {**base, "tr": "Sims ve Sims."}) == []
    assert slips(msgid, {**base, "tr": "Sims ve Sils."}) == [("tr", "Sils")]


def _inflecting_catalog(language, sentences):
    entries = tuple(Entry(src, tgt, msgctxt=str(i), line=i) for i, (src, tgt) in enumerate(sentences, 1))
    return Catalog(f"{language}.po", language, entries)


def test_an_ending_the_catalog_puts_on_no_other_name_is_a_slip():
    people = ["Anderson", "Barkley", "Chambers", "Dawkins", "Edwards", "Fielding", "Goldman", "Harding",
              "Ingram", "Jackson", "Kershaw"]
    sentences = [(f"They met {p} at home.", f"Viņi satika {p}u mājās.") for p in people]
    sentences.append(("They met Sterling at home.", "Viņi satika Sterlingu mājās."))
    catalog = _inflecting_catalog("lv", sentences)
    msgid = "They met Sterling at home."
    assert slips(msgid, keeping("Sterling", lv="Viņi satika Sterlingu mājās."), {"lv": catalog}) == []
    assert slips(msgid, keeping("Sterling", lv="Viņi satika Sterlingtm mājās."), {"lv": catalog}) == [
        ("lv", "Sterlingtm")]


def test_names_split_by_the_catalog_lexicon_still_vote():
    catalog = _inflecting_catalog("de", [("Go home now.", "Geh jetzt heim."),
                                         ("Home Depot sold it.", "Home Depot verkaufte es.")])
    names = [n.text for n in unit_names("Home Depot sold it.", catalog)]
    assert "Home Depot" in names
