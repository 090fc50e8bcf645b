"""The learned number words kept on disk by the catalog's content (``numbers.learned_cache``)."""

from __future__ import annotations

import os
import time
from decimal import Decimal

import pytest

from yzi18n.numbers import learned_cache
from yzi18n.numbers.words import HALF, LearnedWords, learn_number_words


def pairs_of_a_catalog():
    rows = [(f"They found {n} bags.", f"Walipata mifuko {n}.") for n in range(10, 70)]
    rows += [("five people came", "watu tano walikuja"), ("the 5 boys", "wavulana tano"),
             ("5 days later", "siku tano baadaye"), ("five cars", "magari tano"),
             ("It took half an hour.", "Ilichukua nusu saa."), ("half of them", "nusu yao"),
             ("half the town", "nusu ya mji"), ("half a loaf", "nusu mkate"),
             ("at 3 p.m.", "saa 3 mchana"), ("by 4 p.m.", "kufikia saa 4"), ("10 a.m.", "saa 10")]
    return rows


def files(root):
    return sorted(root.rglob("learned/*.json"))


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("YZI18N_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(learned_cache, "_PRUNED", [])
    return tmp_path


def test_the_cached_answer_is_the_learned_one_and_is_read_back(cache, monkeypatch):
    fresh = learn_number_words(pairs_of_a_catalog())
    first = learned_cache.cached_learn_number_words(pairs_of_a_catalog())
    assert (first.words, first.keeps_hours) == (fresh.words, fresh.keeps_hours)
    assert "tano" in first.words[Decimal(5)] and "nusu" in first.words[HALF]
    assert len(files(cache)) == 1

    def never(*args, **kwargs):
        raise AssertionError("learned again")

    monkeypatch.setattr(learned_cache, "learn_number_words", never)
    again = learned_cache.cached_learn_number_words(pairs_of_a_catalog())
    assert (again.words, again.keeps_hours) == (fresh.words, fresh.keeps_hours)


def test_another_catalog_or_source_language_is_learned_apart(cache):
    learned_cache.cached_learn_number_words(pairs_of_a_catalog())
    edited = pairs_of_a_catalog()[:-1] + [("10 a.m.", "saa kumi")]
    learned_cache.cached_learn_number_words(edited)
    learned_cache.cached_learn_number_words(pairs_of_a_catalog(), english=False)
    assert len(files(cache)) == 3


def test_a_corrupt_file_is_learned_again(cache):
    learned_cache.cached_learn_number_words(pairs_of_a_catalog())
    (path,) = files(cache)
    path.write_bytes(b"not json")
    learned = learned_cache.cached_learn_number_words(pairs_of_a_catalog())
    assert "tano" in learned.words[Decimal(5)]


def test_no_cache_folder_means_no_files(tmp_path, monkeypatch):
    monkeypatch.setenv("YZI18N_CACHE_DIR", "")
    learned = learned_cache.cached_learn_number_words(pairs_of_a_catalog())
    assert "tano" in learned.words[Decimal(5)]
    assert not list(tmp_path.rglob("*.json"))


def test_files_unused_for_a_week_are_removed_when_one_is_written(cache):
    learned_cache.cached_learn_number_words(pairs_of_a_catalog())
    (old,) = files(cache)
    week_ago = time.time() - learned_cache.STALE_CACHE_SECONDS - 60
    os.utime(old, (week_ago, week_ago))
    learned_cache._PRUNED.clear()  # a later process
    learned_cache.cached_learn_number_words(pairs_of_a_catalog()[1:])
    assert old not in files(cache) and len(files(cache)) == 1


def test_the_catalog_learner_is_used_lazily():
    calls = []

    def learner(pairs, english=True):
        calls.append(english)
        return learn_number_words(pairs, english=english)

    learned = LearnedWords(pairs=pairs_of_a_catalog, learner=learner, english=False)
    assert calls == []
    learned.find("watu tano", Decimal(5))
    learned.find("watu tano", Decimal(5))
    assert calls == [False]


def test_a_read_only_cache_still_serves(cache, monkeypatch):
    learned_cache.cached_learn_number_words(pairs_of_a_catalog())

    def refused(*args, **kwargs):
        raise PermissionError("read-only")

    def never(*args, **kwargs):
        raise AssertionError("learned again")

    monkeypatch.setattr(learned_cache.os, "utime", refused)
    monkeypatch.setattr(learned_cache, "learn_number_words", never)
    assert "tano" in learned_cache.cached_learn_number_words(pairs_of_a_catalog()).words[Decimal(5)]


def test_texts_that_hold_the_old_separators_are_keyed_apart(cache):
    learned_cache.cached_learn_number_words([("a\1b", "c")])
    learned_cache.cached_learn_number_words([("a", "b\1c")])
    assert len(files(cache)) == 2


def test_texts_cut_in_other_places_are_keyed_apart(cache):
    learned_cache.cached_learn_number_words([("ab", "c")])
    learned_cache.cached_learn_number_words([("a", "bc")])
    learned_cache.cached_learn_number_words([("a", "b"), ("c", "")])
    learned_cache.cached_learn_number_words([("ab", "c")])  # the same catalog: the same file
    assert len(files(cache)) == 3
    learned_cache.cached_learn_number_words([("a\0b", "c")])  # NULs in the texts: their lengths too
    learned_cache.cached_learn_number_words([("a", "b\0c")])
    learned_cache.cached_learn_number_words([("a", "b"), ("c", "")])
    assert len(files(cache)) == 5


def test_lone_surrogates_and_the_character_they_would_pair_into_are_keyed_apart(cache):
    learned_cache.cached_learn_number_words([("a", "\U0001F600")])
    learned_cache.cached_learn_number_words([("a", "\ud83d\ude00")])
    assert len(files(cache)) == 2
