"""Which translation a unit gets in a language: its own catalog first, then the fallback chain.

Pure: catalogs in, a lookup table out. The source language is never in a chain; a unit that
no catalog of the chain translates gets ``None`` and the page keeps the source text (marked).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ..model import Catalog, Entry, Unit

Key = tuple[str | None, str]  # (msgctxt, msgid)


@dataclass(frozen=True)
class Translation:
    """A published translation and where it came from (for findings that name the entry)."""

    text: str
    language: str  # the chain language whose catalog supplied it (``pt`` inside a ``pt-BR`` page)
    path: str  # the catalog, relative to the project root
    entry: Entry


@dataclass(frozen=True)
class TranslationTable:
    """Every publishable translation of one target language, best chain member first."""

    language: str
    chain: tuple[str, ...]
    translations: Mapping[Key, Translation] = field(default_factory=dict)

    def lookup(self, unit: Unit) -> Translation | None:
        return self.translations.get((unit.msgctxt, unit.msgid))

    def text(self, unit: Unit) -> str | None:
        """The ``lookup(unit) -> str | None`` the segmenter's ``localize`` calls."""
        found = self.lookup(unit)
        return found.text if found else None


def publishable(entry: Entry, include_fuzzy: bool) -> bool:
    """A translation that may go on a page: translated, current, not fuzzy unless asked."""
    if not entry.msgid or entry.obsolete or entry.msgid_plural is not None:
        return False
    if entry.fuzzy and not include_fuzzy:
        return False
    return bool(entry.msgstr)


def translation_table(language: str, chain: Sequence[str], catalogs: Mapping[str, Catalog], *,
                      include_fuzzy: bool = False) -> TranslationTable:
    """The table for ``language`` from the catalogs of ``chain`` (``fallback_chain`` order).

    ``catalogs`` maps BCP 47 tags to catalogs; chain members without a catalog are skipped.
    """
    translations: dict[Key, Translation] = {}
    for member in reversed(chain):  # later members first, so better ones overwrite them
        catalog = catalogs.get(member)
        if catalog is None:
            continue
        for entry in catalog.entries:
            if publishable(entry, include_fuzzy):
                translations[(entry.msgctxt, entry.msgid)] = Translation(entry.msgstr, member, catalog.path, entry)
    return TranslationTable(language, tuple(chain), translations)


def completeness(units: Iterable[Unit], table: TranslationTable) -> float:
    """Share of ``units`` (each distinct msgctxt/msgid once) that the table translates; 1.0 for none."""
    keys = {(unit.msgctxt, unit.msgid) for unit in units if unit.msgid.strip()}
    if not keys:
        return 1.0
    return sum(1 for key in keys if key in table.translations) / len(keys)
