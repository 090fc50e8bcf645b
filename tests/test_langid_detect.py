"""yzi18n.langid: the detectors, scripts, the Chinese standards and the decision."""

from __future__ import annotations

import importlib.util

import pytest

from yzi18n import langid

DE = "Die Wirtschaftszone unterstützt die Entwicklung von Unternehmen, die Gentherapieprodukte entwickeln."
EN = "The Economic Development Zone supports the development of gene therapy product companies."
FR = "La zone de développement économique soutient le développement des entreprises de thérapie génique."
RU = "Зона экономического развития поддерживает развитие компаний, разрабатывающих продукты генной терапии."
SR_LATN = "Zona ekonomskog razvoja podržava razvoj kompanija koje razvijaju proizvode za gensku terapiju."
ZH_HANS = "经济开发区支持基因治疗产品开发企业的发展，这些企业将继续推进项目建设。"
ZH_HANT = "經濟開發區支持基因治療產品開發企業的發展，這些企業將繼續推進項目建設。"


@pytest.fixture(scope="module")
def detector():
    return langid.get_detector("py3langid")


def test_py3langid_ranks_with_probabilities_best_first(detector):
    ranked = detector.rank(DE)
    assert ranked[0][0] == "de"
    assert all(a[1] >= b[1] for a, b in zip(ranked, ranked[1:]))
    assert "zxx" not in detector.labels()


def test_labels_map_to_bcp47():
    assert langid.label_language("no") == "nb"
    assert langid.label_language("zh-tw") == "zh-Hant"
    assert langid.label_language("de") == "de"


def test_knows_languages_through_aliases(detector):
    assert langid.knows("de", detector)
    assert langid.knows("nb", detector)  # the model says "no"
    assert langid.knows("fil", detector)  # the model says "tl"
    assert langid.knows("zh-Hant", detector)
    assert not langid.knows("ee", detector)  # Ewe: not in the model


def test_expected_scripts_follow_the_tag_and_cldr():
    assert langid.expected_scripts("ru") == {"Cyrl"}
    assert langid.expected_scripts("sr-Latn") == {"Latn"}
    assert {"Latn", "Cyrl"} <= langid.expected_scripts("sr")  # both are Serbian
    assert langid.expected_scripts("ja") == {"Hani", "Hira", "Kana"}
    assert "Latn" not in langid.expected_scripts("hi")  # CLDR's romanized Hindi is no default


def test_chinese_standard_of_tags():
    assert langid.chinese_standard("zh") == "Hans"
    assert langid.chinese_standard("zh-TW") == "Hant"
    assert langid.chinese_standard("zh-Hant") == "Hant"
    assert langid.chinese_standard("yue") == "Hant"
    assert langid.chinese_standard("ja") is None


def test_the_catalog_language_is_accepted(detector):
    assert langid.identify(DE, "de", "en", detector).outcome == "target"
    assert langid.identify(RU, "ru", "en", detector).outcome == "target"
    assert langid.identify(ZH_HANS, "zh-Hans", "en", detector).outcome == "target"
    assert langid.identify(ZH_HANT, "zh-Hant", "en", detector).outcome == "target"


def test_the_source_language_is_found(detector):
    verdict = langid.identify(EN, "de", "en", detector)
    assert (verdict.outcome, verdict.language) == ("source", "en")


def test_another_language_is_found(detector):
    verdict = langid.identify(FR, "de", "en", detector)
    assert (verdict.outcome, verdict.language) == ("other", "fr")


def test_latin_letters_in_a_cyrillic_catalog_decide_even_when_the_model_hesitates(detector):
    verdict = langid.identify(EN, "ru", "en", detector)
    assert verdict.outcome == "source" and verdict.script == "Latn"


def test_serbian_in_the_other_script_is_a_variant_not_another_language(detector):
    assert langid.identify(SR_LATN, "sr-Latn", "en", detector).outcome == "target"
    assert langid.identify(SR_LATN, "sr", "en", detector).outcome == "target"
    verdict = langid.identify(SR_LATN, "sr-Cyrl", "en", detector)
    assert verdict.outcome == "variant" and verdict.language == "sr-Latn"


def test_croatian_counts_as_serbian_latin(detector):
    hr = "Zona gospodarskog razvoja podupire razvoj tvrtki koje razvijaju proizvode za gensku terapiju."
    assert langid.identify(hr, "sr-Latn", "en", detector).outcome == "target"


def test_the_other_chinese_standard_is_a_variant(detector):
    verdict = langid.identify(ZH_HANT, "zh-Hans", "en", detector)
    assert (verdict.outcome, verdict.language, verdict.by) == ("variant", "zh-Hant", "characters")
    verdict = langid.identify(ZH_HANS, "zh-TW", "en", detector)
    assert (verdict.outcome, verdict.language) == ("variant", "zh-Hans")


def test_chinese_standard_counts():
    assert langid.chinese_standard_counts("这个国家") == (3, 0)
    assert langid.chinese_standard_counts("這個國家") == (0, 3)
    assert langid.chinese_standard_counts("中文") == (0, 0)  # the same in both


def test_short_text_is_unknown(detector):
    assert langid.identify("OK", "de", "en", detector).outcome == "unknown"
    assert langid.identify("<a_1>Li</a_1> 42", "de", "en", detector).outcome == "unknown"


def test_a_language_the_model_lacks_is_unknown_but_english_is_still_caught(detector):
    ewe = "Dukɔa ƒe ganyawo ŋuti dɔwɔƒea kpe ɖe dɔwɔƒe siwo le dɔ wɔm ŋu."
    assert langid.identify(ewe, "ee", "en", detector).outcome == "unknown"
    english = "While discussing the importance of turnout in the elections, the president said that it mattered."
    source = "While discussing the importance of turnout in the midterm elections, the president said it mattered."
    assert langid.identify(english, "ee", "en", detector, source=source).outcome == "source"
    # without the source to compare words with, a model that lacks the language is not trusted
    assert langid.identify(english, "ee", "en", detector).outcome == "unknown"


def test_tags_urls_and_placeholders_are_not_language():
    text = 'See <a_1>the docs</a_1> at https://example.org/x?y=1 or mail me@example.org, %(name)s {count}'
    assert langid.linguistic_text(text) == "See the docs at or mail ,"


def test_a_cited_title_copied_from_the_source_is_left_out(detector):
    source = 'Nell Scovell, author of "Just the Funny Parts: And a Few Hard Truths About Sneaking Into the Boys Club", said so.'
    translation = ('Nell Scovell, Autorin des Buches „Just the Funny Parts: And a Few Hard Truths About Sneaking '
                   'Into the Boys Club“, sagte das.')
    assert "Funny" not in langid.without_cited(translation, source)
    assert langid.identify(translation, "de", "en", detector, source=source).outcome != "source"


def test_identify_is_deterministic(detector):
    answers = {langid.identify(FR, "de", "en", detector) for _ in range(5)}
    assert len(answers) == 1


def test_is_short():
    assert langid.is_short("Zur Startseite")
    assert not langid.is_short(DE)
    assert langid.is_short("北京亦庄")
    assert not langid.is_short(ZH_HANS)


@pytest.mark.parametrize("text, kind", [
    ("2024", "none"), ("16.1%", "none"), ("VT500", "code"), ("https://example.org", "none"), ("me@example.org", "none"),
    ("ISO-8859-1", "code"), ("v2.1", "code"),
    ("UBTech", "name"), ("Beijing Yizhuang", "name"), ("Kong Lei", "name"), ("Settings", "word"),
    ("Save the file", "phrase"), (EN, "sentence"),
])
def test_kind_of_identical(text, kind):
    assert langid.kind_of_identical(text) == kind


def test_unknown_backend_is_refused():
    with pytest.raises(ValueError, match="unknown language identification backend"):
        langid.get_detector("fasttext")


@pytest.mark.skipif(importlib.util.find_spec("langdetect") is None, reason="langdetect is not installed")
def test_langdetect_seeded_is_stable_and_shares_the_interface():
    seeded = langid.LangdetectDetector(seed=0)
    text = "Das ist ein kurzer Satz"
    first = seeded.rank(text)
    assert all(seeded.rank(text) == first for _ in range(10))
    assert first[0][0] == "de"
    assert langid.knows("zh-Hant", seeded) and not langid.knows("yo", seeded)
    assert langid.identify(EN, "de", "en", seeded).outcome == "source"
