"""Romanized comparison of names written in other scripts (pure functions).

``anyascii`` romanizes Cyrillic, Greek, Arabic, Devanagari, Hebrew, Georgian, Armenian, Thai,
kana… (``Кун Лэй`` → ``Kun Ley``, ``Καβανό`` → ``Kavano``); ``sound_skeleton`` folds what
transliterations disagree on (vowels after the first letter, voiced/voiceless pairs, doubled
letters) so that ``Kavanaugh`` and ``Кавано`` meet while ``Kavanaugh`` and ``Вашингтон`` do not.
Han characters romanize to pinyin (``卡瓦诺`` → ``KaWaNuo``), which says nothing about the
English name they transcribe: ``comparable`` is False for them and no verdict is given.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata

from anyascii import anyascii

_UNCOMPARABLE = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")
_CONSONANT_CLASSES = str.maketrans({
    "b": "p", "v": "p", "w": "p", "f": "p", "d": "t", "g": "k", "c": "k", "q": "k", "x": "k",
    "z": "s", "j": "s", "y": "", "h": "",
})


def comparable(text: str) -> bool:
    """Whether a romanization of ``text`` can be compared with an English spelling: not for Han
    characters, kana or Hangul (their romanization is the reading, not the English letters)."""
    return not any(unicodedata.name(ch, "").startswith(_UNCOMPARABLE) for ch in text if ch.isalpha())


@functools.lru_cache(maxsize=16384)
def romanize(text: str) -> str:
    """``Кун Лэй`` → ``kun ley``: lower-case ASCII letters and spaces."""
    return " ".join(re.findall(r"[a-z]+", re.sub(r"['`]", "", anyascii(text).lower())))


@functools.lru_cache(maxsize=16384)
def sound_skeleton(text: str) -> str:
    """A spelling-blind key: romanized, ``sh``/``ch``/``th``/``ph`` and voiced/voiceless consonants
    merged, vowels after a word's first letter dropped, doubled letters single."""
    out = []
    for word in romanize(text).split():
        word = re.sub(r"gh$", "", word).replace("sh", "s").replace("ch", "k").replace("th", "t").replace("ph", "p").replace("kh", "k")
        head, rest = word[:1], word[1:]
        rest = re.sub(r"[aeiou]", "", rest).translate(_CONSONANT_CLASSES)
        head = "a" if head in "aeiou" else head.translate(_CONSONANT_CLASSES) or head
        out.append(re.sub(r"(.)\1+", r"\1", head + rest))
    return " ".join(out)


def sounds_like(rendering: str, name: str, threshold: float = 0.7) -> bool:
    """Whether ``rendering`` (any script but Han, kana, Hangul) reads like the English ``name``."""
    a, b = sound_skeleton(rendering).replace(" ", ""), sound_skeleton(name).replace(" ", "")
    if not a or not b:
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= threshold


def mixed_script(word: str) -> bool:
    """A word with Latin letters inside letters of another script (``sിബിസി``, ``Мoсква`` with a
    Latin o): a slip or a look-alike letter, never a spelling."""
    latin = other = False
    for ch in word:
        if not ch.isalpha():
            continue
        if unicodedata.name(ch, "").startswith("LATIN"):
            latin = True
        else:
            other = True
        if latin and other:
            return True
    return False


__all__ = ["comparable", "romanize", "sound_skeleton", "sounds_like", "mixed_script"]
