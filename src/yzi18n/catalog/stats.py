"""Per catalog: translated, fuzzy and untranslated entries and source words (``yzi18n stats``)."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from ..model import Catalog, Entry

_TAG = re.compile(r"</?[A-Za-z][\w.-]*_\d+/?>")  # the inline notation's tags are not words
_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")


@dataclass(frozen=True)
class CatalogStats:
    """Counts over a catalog's entries (header and obsolete entries left out).

    Words are the source text's (msgid) words, the unit translators are paid by.
    ``completeness`` is translated / total entries, 0..1 (1.0 for a catalog with no entry).
    """

    path: str
    language: str | None
    translated: int
    fuzzy: int
    untranslated: int
    translated_words: int
    fuzzy_words: int
    untranslated_words: int
    completeness: float

    @property
    def total(self) -> int:
        return self.translated + self.fuzzy + self.untranslated

    @property
    def total_words(self) -> int:
        return self.translated_words + self.fuzzy_words + self.untranslated_words


@functools.lru_cache(maxsize=1 << 16)
def word_count(text: str) -> int:
    """Cached: catalogs of one project share their msgids (``check`` over 124 languages counts
    each source text once, not 124 times)."""
    return len(_WORD.findall(_TAG.sub(" ", text) if "<" in text else text))


def entry_state(entry: Entry) -> str:
    """``translated``, ``fuzzy`` or ``untranslated`` (``Entry.fuzzy`` and ``Entry.translated``
    spelled out: a report asks this of every entry of every catalog, and the properties build a
    tuple of the translations each time)."""
    if "fuzzy" in entry.flags:
        return "fuzzy"
    if entry.msgid_plural is None:
        return "translated" if entry.msgstr else "untranslated"
    plural = entry.msgstr_plural
    return "translated" if plural and all(text for _, text in plural) else "untranslated"


def catalog_stats(catalog: Catalog) -> CatalogStats:
    counts = {"translated": 0, "fuzzy": 0, "untranslated": 0}
    words = {"translated": 0, "fuzzy": 0, "untranslated": 0}
    count = word_count
    for entry in catalog.entries:
        if entry.obsolete or not entry.msgid:
            continue
        state = entry_state(entry)
        counts[state] += 1
        words[state] += count(entry.msgid)
    total = sum(counts.values())
    return CatalogStats(
        path=catalog.path, language=catalog.language,
        translated=counts["translated"], fuzzy=counts["fuzzy"], untranslated=counts["untranslated"],
        translated_words=words["translated"], fuzzy_words=words["fuzzy"],
        untranslated_words=words["untranslated"],
        completeness=counts["translated"] / total if total else 1.0)


def render_stats_table(rows: Iterable[CatalogStats]) -> str:
    """An aligned text table, one line per catalog, plus a total line when there are several."""
    rows = list(rows)
    header = ("language", "translated", "fuzzy", "untranslated", "words done", "complete", "path")
    lines = [header]
    for row in rows:
        lines.append((row.language or "-", str(row.translated), str(row.fuzzy), str(row.untranslated),
                      f"{row.translated_words}/{row.total_words}", f"{row.completeness:.0%}", row.path))
    if len(rows) > 1:
        translated = sum(r.translated for r in rows)
        total = sum(r.total for r in rows)
        done = sum(r.translated_words for r in rows)
        words = sum(r.total_words for r in rows)
        lines.append(("total", str(translated), str(sum(r.fuzzy for r in rows)),
                      str(sum(r.untranslated for r in rows)), f"{done}/{words}",
                      f"{translated / total:.0%}" if total else "100%", ""))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    numeric = {1, 2, 3, 4, 5}
    out = []
    for line in lines:
        cells = [cell.rjust(widths[i]) if i in numeric else cell.ljust(widths[i]) for i, cell in enumerate(line)]
        out.append("  ".join(cells).rstrip())
    return "\n".join(out) + "\n"


def render_stats_json(rows: Iterable[CatalogStats]) -> str:
    """A JSON array of objects with every field of ``CatalogStats`` (completeness rounded to 4 places)."""
    data = []
    for row in rows:
        item = asdict(row)
        item["completeness"] = round(row.completeness, 4)
        item["total"] = row.total
        data.append(item)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
