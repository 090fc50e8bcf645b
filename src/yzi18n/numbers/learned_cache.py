"""The number words a catalog teaches (``words.learn_number_words``), kept on disk by content.

Learning reads every translation of a catalog (about 10 ms for 1,000 entries) and ``check``
learns once per catalog whose language has no spell-out table; the answer depends only on the
catalog's (source, translation) pairs and on the learning code. It is kept in the numbers
cache folder (``conventions.cache_dir``), one small file per catalog content, keyed by a hash of
the pairs and of the learning code: an edited catalog is learned again. A file not used for
``STALE_CACHE_SECONDS`` is removed when a process first writes one; a cache that cannot be read or
written is ignored.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import time
from decimal import Decimal
from pathlib import Path

from . import words
from .conventions import STALE_CACHE_SECONDS, _cache_key, cache_dir
from .words import LearnedWords, learn_number_words


@functools.cache
def _code_key() -> bytes:
    """The learning code and what it reads (``words``, ``spellout_data``, ``parse.digit_value``)."""
    from . import parse, spellout_data

    digest = hashlib.blake2b()
    for module in (words.__file__, spellout_data.__file__, parse.__file__):
        digest.update(Path(module).read_bytes())
    return digest.digest()


# a catalog's sources → their digest: the catalogs of a run that are translated alike share their
# sources, so the digest is computed once; two entries at most, so no catalog's texts outlive it long
_SOURCES_DIGEST: dict[tuple[str, ...], bytes] = {}


def _path(pairs: list[tuple[str, str]], english: bool) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    # BLAKE2b: a cryptographic hash, so no two contents share a file, at about half SHA-256's cost
    # where the CPU has no SHA instructions (every text of the catalog goes through it)
    digest = hashlib.blake2b(_code_key(), digest_size=16)
    digest.update(b"en" if english else b"xx")
    # the sources and the translations, each sequence hashed on its own (the sources once per run:
    # the catalogs of a run share them)
    sources = tuple(source for source, _ in pairs)
    known = _SOURCES_DIGEST.get(sources)
    if known is None:
        if len(_SOURCES_DIGEST) >= 2:  # the catalogs of a run share one tuple; keep few alive
            _SOURCES_DIGEST.clear()
        known = _SOURCES_DIGEST[sources] = _texts_digest(sources)
    digest.update(known)
    digest.update(_texts_digest([translation for _, translation in pairs]))
    return folder / f"numbers-{_cache_key()}" / "learned" / f"{digest.hexdigest()[:32]}.json"




def _texts_digest(texts) -> bytes:
    """A digest of a sequence of texts: the texts joined by NUL, or when one holds a NUL, their
    lengths first (no two sequences give the same bytes), each step over all texts at C speed."""
    digest = hashlib.blake2b(digest_size=32)
    joined = "\0".join(texts)
    if joined.count("\0") == len(texts) - 1:
        digest.update(b"0;")
    else:
        digest.update(b"L" + ",".join(map(str, map(len, texts))).encode("ascii") + b";")
    digest.update(joined.encode("utf-8", "surrogatepass"))
    return digest.digest()


def cached_learn_number_words(pairs, english: bool = True) -> LearnedWords:
    """``learn_number_words(pairs, english=english)``, read from the cache when it holds it."""
    pairs = list(pairs)
    path = _path(pairs, english)
    if path is not None:
        cached = _read(path)
        if cached is not None:
            try:
                os.utime(path)  # used: not stale
            except OSError:  # a read-only cache (restored by CI) still serves
                pass
            return cached
    learned = learn_number_words(pairs, english=english)
    if path is not None:
        words = {str(value): sorted(found) for value, found in learned._words.items()}
        _write(path, json.dumps({"words": words, "keeps_hours": learned._keeps_hours}, ensure_ascii=False))
    return learned


def _read(path: Path) -> LearnedWords | None:
    """The answer kept in ``path``; None when it is absent, unreadable or not of our shape."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        words = {Decimal(value): frozenset(found) for value, found in data["words"].items()
                 if isinstance(found, list) and all(isinstance(word, str) for word in found)}
        keeps_hours = data["keeps_hours"]
        if len(words) != len(data["words"]) or keeps_hours not in (True, False, None):
            return None
        return LearnedWords(words, keeps_hours=keeps_hours)
    except Exception:  # noqa: BLE001 - absent, unreadable or corrupt: learned again
        return None


_PRUNED: list[Path] = []


def _write(path: Path, text: str) -> None:
    try:
        from ..fileio import write_atomic

        write_atomic(path, text.encode("utf-8"), durable=False)
        if _PRUNED:
            return
        _PRUNED.append(path.parent)  # once per process
        limit = time.time() - STALE_CACHE_SECONDS
        for other in path.parent.glob("*.json"):
            try:
                if other.stat().st_mtime < limit:
                    other.unlink()
            except OSError:  # removed meanwhile, or not ours: left
                continue
    except Exception:  # a read-only or full disk: learned again next time
        pass


__all__ = ["cached_learn_number_words"]
