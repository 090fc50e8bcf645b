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
    """Latin letters typed inside a word of another script (``sിബിസി``, ``Majкл``, ``Мoсква`` with a
    Latin o): a slip or a look-alike letter, never a spelling. A Latin name or acronym with the
    script's ending or prefix attached (``BBC-ийн``, ``BBCیە``, ``በScotland``) is not mixed: the
    Latin letters must sit between letters of the other script, or be at most three at one end
    and not all capitals."""
    for part in re.split(r"[-'’‘ʼ]", word):
        runs: list[list] = []  # [is_latin, letters, all_upper]
        for ch in part:
            if not ch.isalpha():
                continue
            latin = unicodedata.name(ch, "").startswith("LATIN")
            if runs and runs[-1][0] == latin:
                runs[-1][1] += 1
                runs[-1][2] = runs[-1][2] and ch.isupper()
            else:
                runs.append([latin, 1, ch.isupper()])
        if len(runs) >= 3 and any(latin for latin, _, _ in runs[1:-1]):
            return True
        if len(runs) == 2:
            latin_run = runs[0] if runs[0][0] else runs[1]
            other_run = runs[1] if runs[0][0] else runs[0]
            if latin_run[1] <= 3 and other_run[1] >= 2 and not (latin_run[2] and latin_run[1] >= 2):
                return True
    return False


__all__ = ["comparable", "romanize", "sound_skeleton", "sounds_like", "mixed_script"]
