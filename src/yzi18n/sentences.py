"""Sentence boundaries, from ICU's CLDR-based sentence break rules (via icu4py).

Chosen over sentencex and pysbd on the NTREX-128 paragraphs of 40 languages (see
docs/benchmarks.md): ICU found more true boundaries in 36 of them, covers every CLDR locale
(Khmer, Armenian and Thai where the others fail), and is the fastest. The ``ss=standard``
locale keyword turns on CLDR's abbreviation suppressions ("Mr. Smith" is one sentence).
"""

from __future__ import annotations

import functools

from icu4py.breakers import SentenceBreaker


@functools.lru_cache(maxsize=256)
def _locale(language: str) -> str:
    return language.replace("-", "_") + "@ss=standard"


def boundaries(text: str, language: str) -> list[int]:
    """Offsets (in code points) where a sentence starts, after the first; trailing spaces
    stay with the sentence before."""
    if len(text) < 3:
        return []
    return [start for start, _ in SentenceBreaker(text, _locale(language)).segments()][1:]


__all__ = ["boundaries"]
