"""The numbers check's second session: words learned from the catalog, clock times, scores and
ordinals told apart from a number written out. One rule per test, in the spirit of
passes(source, target, lang) / fails(source, target, lang)."""

from __future__ import annotations

from decimal import Decimal

from yzi18n.checks.registry import load_checks, select
from yzi18n.checks.runner import run_checks
from yzi18n.model import Catalog, Entry, Severity
from yzi18n.numbers.compare import compare
from yzi18n.numbers.conventions import conventions
from yzi18n.numbers.words import HALF, LearnedWords, learn_number_words, spelled_count, spelled_word


def errors(source, target, language, **options):
    return [d for d in compare(source, target, "en", language, **options) if d.severity >= Severity.ERROR]


def passes(source, target, language, **options):
    return not errors(source, target, language, **options)


def fails(source, target, language, kind=None, **options):
    found = errors(source, target, language, **options)
    return bool(found) and (kind is None or any(d.kind == kind for d in found))


# a catalog of a language without a spell-out table (Swahili has one; "xx" stands for any other)
WORDS = LearnedWords({Decimal(5): frozenset({"tano"}), HALF: frozenset({"nusu"})}, keeps_hours=True)
MOVES = LearnedWords({}, keeps_hours=False)  # a catalog whose translations move clock times


# ── words learned from the catalog ───────────────────────────────────────────────────────────

def pairs_of_a_catalog():
    """Ten translations write "five" / "5" as "tano", the rest keep their digits."""
    rows = [(f"They found {n} bags.", f"Walipata mifuko {n}.") for n in range(10, 70)]
    rows += [("five people came", "watu tano walikuja"), ("the 5 boys", "wavulana tano"),
             ("5 days later", "siku tano baadaye"), ("five cars", "magari tano"),
             ("It took half an hour.", "Ilichukua nusu saa."), ("half of them", "nusu yao"),
             ("half the town", "nusu ya mji"), ("half a loaf", "nusu mkate"), ("a tano is a word", "tano")]
    return rows


def test_words_are_learned_from_the_catalog():
    learned = learn_number_words(pairs_of_a_catalog())
    assert "tano" in learned.words[Decimal(5)]
    assert "nusu" in learned.words[HALF]
    assert all("walipata" not in words for words in learned.words.values())  # not tied to a value


def test_a_word_mostly_found_where_the_source_names_other_values_is_not_learned():
    # "dakika" (minutes) stands where four sources' 60 is missing, but also in more translations
    # whose source names no number at all: the word of a unit, not of the number
    rows = [(f"They found {n} bags.", f"Walipata mifuko {n}.") for n in range(10, 70)]
    rows += [("He played 60 minutes.", "Alicheza dakika."), ("\"60 Minutes\" asked him.", "\"Dakika\" ilimuuliza."),
             ("She spoke to 60 Minutes.", "Aliongea na Dakika."), ("After 60 minutes, rain.", "Baada ya dakika, mvua.")]
    rows += [("Several minutes passed.", "Dakika kadhaa zilipita."), ("Minutes later, he left.", "Dakika baadaye aliondoka."),
             ("Every minute counts.", "Kila dakika ni muhimu."), ("Wait for minutes.", "Subiri dakika."),
             ("The minutes were read.", "Dakika zilisomwa.")]
    assert "dakika" not in learn_number_words(rows).words.get(Decimal(60), frozenset())
    # the same four translations, and the word nowhere else: learned
    assert "dakika" in learn_number_words(rows[:64]).words[Decimal(60)]


def test_a_learned_word_explains_a_missing_number():
    assert passes("5 days later", "siku tano baadaye", "xx", learned=WORDS)
    assert fails("5 days later", "siku baadaye", "xx", learned=WORDS, strict=True)


def test_learning_is_lazy_and_once_per_catalog():
    calls = []

    def pairs():
        calls.append(1)
        return pairs_of_a_catalog()

    learned = LearnedWords(pairs=pairs)
    assert not calls
    assert learned.find("siku tano", Decimal(5)) == "tano" and learned.find("x", Decimal(5)) is None
    assert len(calls) == 1


def test_the_word_found_is_the_first_in_the_text_whatever_the_set_order():
    learned = LearnedWords({Decimal(29): frozenset({"asieke", "blavevɔ", "asiekelia"})})
    assert learned.find("ƒe blavevɔ asieke", Decimal(29)) == "blavevɔ"


def test_a_word_the_source_says_too_does_not_explain_a_digit():
    # "at 2pm two vans": the translation's "zwei" is the source's "two", not the lost 2
    assert fails("At 2pm two vans arrived.", "Um Uhr kamen zwei Wagen.", "de", strict=True)
    assert passes("At 2pm two vans arrived.", "A las dos de la tarde llegaron dos furgonetas.", "es")


# ── the spell-out tables: 0–100, compounds, endings ────────────────────────────────────────────

def test_compound_and_inflected_number_words():
    assert passes("The 24-year-old said", "De vierentwintigjarige zei", "nl")
    assert passes("West, 41, has", "Czterdziestojednoletni muzyk", "pl")
    assert passes("the 31-year-old", "il giocatore trentunenne", "it")
    assert passes("her 21st birthday", "مولده الحادي والعشرين", "ar")
    assert passes("her 36th meeting", "سی و ششمین جلسه او", "fa")
    assert fails("her 36th meeting", "jej spotkanie", "pl", "missing")


def test_spelled_count_counts_each_word_once():
    assert spelled_count("dos de la tarde, dos furgonetas", Decimal(2), "es") == 2
    assert spelled_word("siebzig", Decimal(7), "de") is None  # 70, not 7


def test_an_arabic_variety_reads_arabic_number_words():
    assert passes("Dyteon Simpson, 20, has been arrested", "دايتون سيمبسون ذو العشرين ربيعا", "mey")
    assert passes("the 21st birthday", "عيد ميلاده الحادي والعشرين", "mey")
    assert fails("Dyteon Simpson, 20, has been arrested", "دايتون سيمبسون ذو ربيعا", "mey", "missing")


# ── clock times ───────────────────────────────────────────────────────────────────────────────

def test_a_clock_time_that_lost_its_hour_or_minutes():
    assert fails("at about 10:15 BST", "rreth orës :15 BST", "sq", "missing")
    assert fails("at 5.30pm on Saturday", "godzina 17.w sobotę", "pl", "missing")
    assert passes("at about 02:30 BST", "төнге сәгать 2 яртыда", "tt", learned=LearnedWords({HALF: frozenset({"ярты"})}))
    assert fails("at about 02:30 BST", "төнге сәгать 2 булган", "tt", learned=LearnedWords({HALF: frozenset({"ярты"})}))


def test_a_changed_hour_where_the_catalog_keeps_hours():
    assert fails("at 3 p.m. on Thursday", "ka 9 p.m. ka Labone", "tn", "changed", learned=WORDS)
    assert passes("at 3 p.m. on Thursday", "saa 9 mchana siku ya Alhamisi", "sw", learned=MOVES)


def test_an_hour_moved_to_another_zone_keeps_its_minutes():
    assert passes("at about 02:30 BST", "saa 8:30 BST", "sw", learned=MOVES)
    assert fails("at about 02:30 BST", "saa :30 BST", "sw", learned=MOVES)


def test_a_catalog_that_keeps_hours_is_told_from_one_that_moves_them():
    keep = [(f"at {h} p.m. today", f"um {h + 12} Uhr heute") for h in range(1, 6)]
    move = [(f"at {h} p.m. today", f"saa {h + 6} leo") for h in range(1, 6)]
    assert learn_number_words(keep).keeps_hours is True
    assert learn_number_words(move).keeps_hours is False
    assert learn_number_words(keep[:2]).keeps_hours is None  # too few to tell


# ── a number the translation has twice ────────────────────────────────────────────────────────

def test_a_near_miss_of_a_number_the_translation_already_has():
    assert fails('tell "60 Minutes" whether', 'v oddaji »69 minutes« (»60 minut«)', "sl", "changed")
    assert passes('tell "60 Minutes" whether', 'v oddaji »60 minutes« (»60 minut«)', "sl")
    assert passes("about 10 miles offshore", "about 10 mil (16 km) from the shore", "az")  # a conversion


# ── scores, percent, fractions ────────────────────────────────────────────────────────────────

def test_half_a_score_lost():
    assert fails("until the 2-2 draw with Villarreal", "do remízy 2-s Villarrealem", "cs", "missing")
    assert passes("until the 2-2 draw with Villarreal", "do remízy 2:2 s Villarrealem", "cs")


def test_a_bare_percent_sign_means_100_percent_was_lost():
    assert passes("he's 100 percent certain", "il est absolument certain", "fr")
    assert fails("he's 100 percent certain", "il est certain à %", "fr", "missing")


def test_vulgar_fractions_in_the_source():
    assert passes("winning 14½-13½", "per la mínima, 14,5-13,5", "ca")


# ── CLDR data corrected ───────────────────────────────────────────────────────────────────────

def test_nepali_crore_is_ten_million():
    assert dict(conventions("ne").scales_after)["करोड"] == 7
    assert passes("£120 million", "£12 करोड", "ne")
    assert fails("£120 million", "£120 करोड", "ne")


def test_catalan_billion_abbreviation_is_not_kilometres():
    assert "km" not in dict(conventions("ca").scales_after)
    assert passes("within 40 miles of the border", "a 64 km de la frontera", "ca")


# ── through the runner: the catalog is what is learned from ─────────────────────────────────────

def test_the_check_learns_from_the_catalog_it_checks():
    rows = pairs_of_a_catalog() + [("The 5 men left.", "Wanaume tano waliondoka.")]
    entries = tuple(Entry(msgid=s, msgstr=t, line=i + 1) for i, (s, t) in enumerate(rows))
    specs = select(load_checks().values(), ["numbers"])
    findings = run_checks([Catalog("sw.po", "xx", entries)], specs, options={"numbers_strict": True})
    last = [f for f in findings if f.line == len(rows)]
    assert [f.code for f in last] == ["numbers.words"] and last[0].severity == Severity.INFO
