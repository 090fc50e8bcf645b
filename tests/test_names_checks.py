"""names.missing, names.consistency and names.endonym on small catalogs and pages."""

from __future__ import annotations

from yzi18n.checks.names import (find_form, language_list_items, near_miss, source_names)
from yzi18n.documents import parse_document
from yzi18n.model import Severity

from check_helpers import catalog, run


# ── inflection-tolerant matching ───────────────────────────────────────────────────────

def test_russian_case_ending_is_accepted_and_another_name_is_not():
    assert find_form("Кун Лэй", "встреча с Кун Лэем", "ru")
    assert find_form("Кун Лэй", "слова Кун Лэя", "ru")
    assert find_form("Кун Лэй", "Кон Лей сказал", "ru") is None
    assert find_form("Кун Лэй", "Кун Лэ сказал", "ru") is None  # a dropped letter is no ending


def test_finnish_case_endings_are_accepted_and_another_name_is_not():
    assert find_form("Kong Lei", "Kong Lein mukaan", "fi")
    assert find_form("Kong Lei", "Kong Leille kerrottiin", "fi")
    assert find_form("Kong Lei", "Kong Li sanoi", "fi") is None
    assert find_form("Kong Lei", "Kong Leino sanoi", "fi") is None
    assert find_form("VT500", "VT500:n myynti", "fi")


def test_russian_adjective_in_a_term_inflects():
    assert find_form("Пекинская зона развития", "в Пекинской зоне развития", "ru")


def test_latin_language_without_case_endings_takes_only_possessive_forms():
    assert find_form("Kong Lei", "Kong Lei's speech", "en")
    assert find_form("Kong Lei", "Kong Leille", "fr") is None


def test_cjk_and_korean_match_substrings():
    assert find_form("孔磊", "孔磊表示", "zh-Hans")
    assert find_form("쿵레이", "쿵레이는 말했다", "ko")
    assert find_form("孔磊", "孔雷表示", "zh-Hans") is None


def test_near_miss_finds_a_misspelt_name_but_not_an_inflection():
    assert near_miss("Kong Lei", "Kong Li sagte", "de") == "Kong Li"
    assert near_miss("Kong Lei", "Kong Lein mukaan", "fi") is None


# ── names in the source ────────────────────────────────────────────────────────────────

def test_source_names_finds_people_acronyms_and_codes_but_not_institutions():
    found = {(n.text, n.kind) for n in source_names(
        "Kong Lei, deputy secretary of the Beijing Economic and Technological Development Zone "
        "Working Committee, said UBTech showed its VT500 to the MWPs.")}
    assert ("Kong Lei", "name") in found
    assert ("VT500", "code") in found
    assert ("MWP", "acronym") in found
    assert not any("Committee" in text or "Economic" in text for text, _ in found)


def test_source_names_skips_titles_currencies_and_sentence_initial_words():
    assert source_names("Released the 2.0 version of the “Ten Measures for Talents”.") == ()
    assert source_names("Imports reached RMB 88.52 billion, or US$294 million.") == ()
    assert source_names("However, the plan failed.") == ()
    assert [n.text for n in source_names("Edited by Bai Shuang. Proofread by Zhang Yanjun.")] == \
        ["Bai Shuang", "Zhang Yanjun"]


# ── names.missing ──────────────────────────────────────────────────────────────────────

def test_missing_name_is_a_warning_a_misspelt_one_an_error():
    source = "Kong Lei said that 1,300 enterprises work in the zone."
    findings = run("names.missing", [catalog("de", [(source, "Er sagte, dass 1.300 Unternehmen dort sind.")])])
    assert [(f.severity, "Kong Lei" in f.message) for f in findings] == [(Severity.WARNING, True)]
    findings = run("names.missing", [catalog("de", [(source, "Kong Li sagte, dass 1.300 Unternehmen dort sind.")])])
    assert findings[0].severity == Severity.ERROR and "'Kong Li'" in findings[0].message


def test_name_replaced_by_another_name_of_the_catalog_is_an_error():
    pairs = [("Li Quan said the zone grew.", "Li Quan sagte, die Zone wuchs."),
             ("Kong Lei said the zone grew.", "Li Quan sagte, die Zone wuchs.")]
    findings = run("names.missing", [catalog("de", pairs)])
    assert len(findings) == 1 and findings[0].severity == Severity.ERROR
    assert "Li Quan" in findings[0].message and findings[0].line == 11


def test_single_translated_words_and_derivations_are_not_flagged():
    pairs = [("The Spaniard won in Belfast.", "Der Spanier gewann im Belfaster Stadion."),
             ("Elin Jones met the Welsh.", "Elin Jones traf die Waliser."),
             ("He met Leroy Sane.", "Er traf Leroy Sané.")]
    assert run("names.missing", [catalog("de", pairs)]) == []


def test_missing_is_silent_for_inflected_names_and_non_latin_translations():
    assert run("names.missing", [catalog("fi", [("Kong Lei said so.", "Kong Lein mukaan näin.")])]) == []
    assert run("names.missing", [catalog("ru", [("Kong Lei said so.", "Кун Лэй так сказал.")])]) == []


def test_a_name_in_the_glossary_is_left_to_names_glossary(tmp_path):
    from yzi18n.glossary import parse_csv

    glossary = parse_csv("term,language,approved,forbidden,status,note\nKong Lei,de,Kung Lei,,,\n", "g.csv")
    pairs = [("Children of Kong Lei play.", "Kinder von Kung Lei spielen.")]
    assert run("names.missing", [catalog("de", pairs)], glossary=glossary) == []
    assert run("names.missing", [catalog("de", [("Kong Lei spoke.", "Er sprach.")])], glossary=glossary) == []
    assert run("names.missing", [catalog("de", pairs)]) != []


# ── names.consistency ──────────────────────────────────────────────────────────────────

VERBS_RU = ["сказал", "отметил", "заявил", "подчеркнул", "добавил", "сообщил"]
OTHERS_RU = [("The zone said point 1 matters.", "Зона сказала, что пункт 1 важен."),
             ("The office noted point 2 matters.", "Офис отметил, что пункт 2 важен."),
             ("The mayor stated point 3 matters.", "Мэр заявил, что пункт 3 важен.")]


def test_minority_rendering_of_a_name_is_flagged():
    pairs = [(f"Kong Lei said point {n} matters.", f"Кун Лэй {VERBS_RU[n]}, что пункт {n} важен.") for n in range(5)]
    pairs.append(("Kong Lei said point 9 matters.", "Кон Лей сказал, что пункт 9 важен."))
    pairs = OTHERS_RU + pairs
    findings = run("names.consistency", [catalog("ru", pairs)])
    assert len(findings) == 1
    assert "'Кон Лей'" in findings[0].message and "'Кун Лэй'" in findings[0].message
    assert findings[0].line == 81


def test_inflected_renderings_are_consistent():
    pairs = OTHERS_RU + [(f"Kong Lei said point {n} matters.", f"Кун Лэй {VERBS_RU[n]}, что пункт {n} важен.")
                         for n in range(4)]
    pairs.append(("Kong Lei met them.", "Их встретил Кун Лэя представитель."))
    assert run("names.consistency", [catalog("ru", pairs)]) == []


def test_consistency_in_chinese_uses_character_renderings():
    pairs = [(f"Kong Lei said point {n} matters.", f"孔磊{verb}第{n}点很重要。")
             for n, verb in enumerate(["表示", "指出", "说", "强调"])]
    pairs += [("The zone said point 7 matters.", "开发区表示第7点很重要。"),
              ("The office said point 8 matters.", "办公室指出第8点很重要。")]
    pairs.append(("Kong Lei said point 9 matters.", "孔雷表示第9点很重要。"))
    findings = run("names.consistency", [catalog("zh-Hans", pairs)])
    assert len(findings) == 1 and "孔雷" in findings[0].message


# ── names.endonym ──────────────────────────────────────────────────────────────────────

PAGE = b"""<!DOCTYPE html><html lang="en"><body><nav class="languages">
<a href="/fi/" hreflang="fi">Suomalainen</a>
<a href="/id/" hreflang="id">Indonesian</a>
<a href="/zh/" hreflang="zh">\xed\x95\x9c\xec\x96\xb4</a>
<a href="/de/" hreflang="de">Deutsch</a>
<a href="/pt-BR/" hreflang="pt-BR">portugu\xc3\xaas (Brasil)</a>
<a href="/ru/" hreflang="ru">\xd0\xa0\xd1\x83\xd1\x81\xd1\x81\xd0\xba\xd0\xb8\xd0\xb9</a>
</nav><p lang="fr">Bonjour tout le monde</p></body></html>"""


def test_language_list_items_are_links_with_hreflang():
    items = language_list_items(parse_document(PAGE, "source/index.html"))
    assert [i.language for i in items] == ["fi", "id", "zh", "de", "pt-BR", "ru"]


def test_exonyms_and_wrong_names_on_a_language_list_are_findings():
    document = parse_document(PAGE, "source/index.html")
    findings = run("names.endonym", [catalog("de", [])], source_documents=lambda: (document,))
    named = sorted(f.target_marks[0] for f in findings)
    assert named == sorted(["Suomalainen", "Indonesian", "한어"])
    assert all(f.path == "source/index.html" and f.line for f in findings)
    assert "'suomi'" in next(f.message for f in findings if "Suomalainen" in f.message)


def test_a_translated_language_list_item_must_stay_the_endonym():
    document = parse_document(b'<html><body><ul><li><a hreflang="fi" href="/fi/">suomi</a></li>'
                              b'<li><a hreflang="de" href="/de/">Deutsch</a></li></ul></body></html>', "p.html")
    cat = catalog("fr", [("suomi", "finnois"), ("Deutsch", "Deutsch")])
    findings = run("names.endonym", [cat], source_documents=lambda: (document,))
    assert [f.msgid for f in findings] == ["suomi"]


# ── rules added with the NTREX measurements (issue 6) ─────────────────────────────────

def test_near_miss_looks_inside_hyphenated_words():
    assert near_miss("Korea", "Noord-Koorea sê nee", "af") == "Koorea"


def test_localized_acronym_is_not_a_slip_but_mixed_case_is():
    assert run("names.missing", [catalog("es", [("The EU said no.", "La UE dijo que no.")])]) == []
    findings = run("names.missing", [catalog("de", [("The UK said no.", "Das UKk sagte nein.")])])
    assert [f.severity for f in findings] == [Severity.ERROR] and "'UKk'" in findings[0].message


def test_a_shuffled_name_starting_in_lower_case_is_a_slip():
    findings = run("names.missing", [catalog("de", [("Donald Trump spoke.", "Donald rTmup sprach.")])])
    assert findings and findings[0].severity == Severity.ERROR


def test_cldr_exonym_of_a_city_is_accepted_and_a_misspelt_name_is_not():
    assert run("names.missing", [catalog("de", [("Protests in Moscow grew.", "Die Proteste in Moskau wuchsen.")])]) == []
    findings = run("names.missing", [catalog("de", [("Kim Jong-un met Kavanaugh.", "Kim Jong-un traf Kavanuagh.")])])
    assert [f.severity for f in findings] == [Severity.ERROR]


def test_demonyms_and_cldr_multiword_places_are_not_names():
    found = [n.text for n in source_names("The Syrians and Colombian officials met Ri Yong Ho in North Korea.")]
    assert found == ["Ri Yong Ho"]


def test_a_multiword_name_partly_kept_is_not_missing():
    pairs = [("Sarah Palin spoke in Alaska.", "Palin sprach in Alaska.")]
    assert run("names.missing", [catalog("de", pairs)]) == []


def test_another_name_is_not_taken_for_the_missing_one_when_it_is_in_the_source_or_a_shortening():
    pairs = [("Ri Yong Ho met the Koreans.", "Ri Yong-ho traf sie."),
             ("Livi won.", "Livingston gewann."), ("Livingston lost.", "Livingston verlor.")]
    assert [f for f in run("names.missing", [catalog("de", pairs)]) if f.severity == Severity.ERROR] == []


def test_endings_the_catalog_puts_on_names_are_learned():
    pairs = [("It was on CNN today.", "Îro li ser CNNê bû."), ("He met Trump today.", "Îro Trumpê dît."),
             ("He saw Brighton today.", "Îro Brightonê dît."), ("It was on BBC today.", "Îro li ser BBCê bû.")]
    cat = catalog("ku", pairs)
    from yzi18n.checks.names import learned_affixes
    assert "ê" in learned_affixes(cat, "ku").endings
    assert run("names.missing", [cat]) == []


def test_prefixes_the_catalog_puts_on_names_are_learned_and_a_slip_behind_one_is_found():
    pairs = [("He met Livingston today.", "Uhlangane noLivingston namuhla."),
             ("He met McGregor today.", "Uhlangane noMcGregor namuhla."),
             ("He met Kavanaugh today.", "Uhlangane noKavanaugh namuhla."),
             ("He met Nielsen today.", "Uhlangane noNielsen namuhla.")]
    from yzi18n.checks.names import learned_affixes
    cat = catalog("zu", pairs)
    assert "no" in learned_affixes(cat, "zu").prefixes
    assert run("names.missing", [cat]) == []
    slip = catalog("zu", pairs + [("He met Livingston again.", "Uhlangane noLivingtson futhi.")])
    assert [f.line for f in run("names.missing", [slip])] == [41]
