"""Run selected checks over catalogs and collect their findings (pure: no I/O)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..model import Catalog, Entry, Finding, Location, Severity
from .registry import CheckSpec


@dataclass(frozen=True)
class CheckContext:
    """What a check may know besides the entry: the catalog, the languages, the options.

    ``options`` holds project-wide inputs that some checks use (``glossary``,
    ``placeholders``, …); a check reads only the keys it knows.
    """

    spec: CheckSpec
    catalog: Catalog | None = None
    language: str | None = None  # BCP 47 of the translation
    source_language: str = "en"
    options: Mapping[str, Any] = field(default_factory=dict)
    # the other catalogs of the run, for evidence across languages (None: this catalog alone)
    siblings: SiblingTranslations | None = None

    def finding(self, entry: Entry | None, message: str, *, hint: str | None = None,
                severity: Severity | None = None, catalog: Catalog | None = None,
                source_marks: Iterable[str] = (), target_marks: Iterable[str] = (),
                data: Mapping[str, str] | None = None) -> Finding:
        catalog = catalog or self.catalog
        assert catalog is not None, "a finding needs a catalog"
        return Finding(
            code=self.spec.code,
            severity=severity or self.spec.severity,
            message=message,
            path=catalog.path,
            line=(entry.msgstr_line or entry.line) if entry else None,
            language=catalog.language,
            msgid=entry.msgid if entry else None,
            msgctxt=entry.msgctxt if entry else None,
            msgstr=(entry.msgstr if entry.msgid_plural is None else entry.translations[0]) if entry else None,
            hint=hint,
            source_locations=entry.locations if entry else (),
            source_marks=tuple(source_marks),
            target_marks=tuple(target_marks),
            data=tuple(sorted((data or {}).items())),
        )


class SiblingTranslations:
    """The translations other catalogs of one run give to the same source (msgctxt and msgid):
    evidence across languages, e.g. that most languages keep a number or spell a name one way.

    Catalogs of one project list their entries in the same order, so each catalog is first looked
    at where the entry stands in its own; a catalog where it stands elsewhere is indexed, once per
    run. Nothing is built before a check asks, so a run whose checks never ask pays nothing.
    ``cache`` holds a check's state for this run (keyed by the check), dropped with the run.
    """

    def __init__(self, catalogs: Sequence[Catalog]):
        self._catalogs = catalogs
        self._positions: dict[int, tuple[Catalog, dict[int, int]]] = {}  # id → (catalog, id(entry) → index)
        self._by_source: dict[int, dict[tuple[str | None, str], Entry]] = {}  # id(catalog) → its entries by source
        self.cache: dict[str, Any] = {}

    def _position(self, entry: Entry, catalog: Catalog | None) -> int:
        if catalog is None:
            return -1
        known = self._positions.get(id(catalog))
        if known is None or known[0] is not catalog:
            known = self._positions[id(catalog)] = (catalog, {id(e): i for i, e in enumerate(catalog.entries)})
        return known[1].get(id(entry), -1)

    def translations(self, entry: Entry, catalog: Catalog | None, *,
                     with_own: bool = False) -> list[tuple[Catalog, str]]:
        """(catalog, translation) of every other catalog of the run that translates ``entry``'s
        source (``catalog`` is the entry's own; ``with_own``: it too); only translated, not fuzzy,
        not obsolete singular entries count, and a plural ``entry`` gets an empty list."""
        if entry.msgid_plural is not None:
            return []
        key = (entry.msgctxt, entry.msgid)
        position = self._position(entry, catalog)
        found = []
        for other in self._catalogs:
            if (other is catalog and not with_own) or not other.language:
                continue
            entries = other.entries
            candidate = entries[position] if 0 <= position < len(entries) else None
            if candidate is None or candidate.msgid != key[1] or candidate.msgctxt != key[0] \
                    or candidate.obsolete:
                index = self._by_source.get(id(other))
                if index is None:
                    index = self._by_source[id(other)] = {
                        (e.msgctxt, e.msgid): e for e in entries if e.msgid and not e.obsolete}
                candidate = index.get(key)
            if candidate is not None and candidate.msgstr and candidate.msgid_plural is None \
                    and "fuzzy" not in candidate.flags:
                found.append((other, candidate.msgstr))
        return found

    @property
    def catalogs(self) -> Sequence[Catalog]:
        """The run's catalogs."""
        return self._catalogs

    def __len__(self) -> int:
        """How many catalogs the run holds, this one included."""
        return len(self._catalogs)

    def close(self) -> None:
        """Drop the run's catalogs, indexes and checks' state (the runner calls it when the run
        ends: a check's cache that still names this object keeps nothing alive)."""
        self._catalogs = ()
        self._positions.clear()
        self._by_source.clear()
        self.cache.clear()


def checked_entries(catalog: Catalog) -> list[Entry]:
    """The entries entry-scope checks see: translated, not fuzzy, not obsolete, not the header."""
    # Entry.fuzzy and Entry.translated inlined: this runs over every entry of every catalog
    return [e for e in catalog.entries
            if e.msgid and not e.obsolete and "fuzzy" not in e.flags
            and (e.msgstr if e.msgid_plural is None
                 else e.msgstr_plural and all(text for _, text in e.msgstr_plural))]


def run_checks(catalogs: Iterable[Catalog], specs: Iterable[CheckSpec], *, source_language: str = "en",
               options: Mapping[str, Any] | None = None,
               progress: Callable[[str], None] | None = None, preconditions: bool = True,
               jobs: int = 1) -> list[Finding]:
    """Every finding of ``specs`` over ``catalogs``, in catalog, line and code order.

    An entry check with a precondition (``CheckSpec.applies``) is called only for the entries
    that meet it, each precondition tested once per entry however many checks share it (one with
    ``for_catalog`` is first bound to the catalog's languages, ``registry.CatalogPrecondition``);
    ``preconditions=False`` calls every check for every entry (the tests compare both ways).
    ``jobs``: worker processes for the catalogs (``worker_count``); the findings are the same.
    """
    catalogs = [c for c in catalogs if c.language]  # templates carry no translation to check
    specs = list(specs)
    options = options or {}
    siblings = SiblingTranslations(catalogs)
    findings: list[Finding] = []
    workers = worker_count(jobs, catalogs)
    if workers > 1:
        findings.extend(_in_workers(workers, catalogs, specs, source_language, options, siblings,
                                    preconditions, progress))
    else:
        for catalog in catalogs:
            if progress:
                progress(catalog.path)
            findings.extend(_catalog_findings(catalog, specs, source_language, options, siblings, preconditions))
    for spec in specs:
        if spec.scope == "project":
            ctx = CheckContext(spec, None, None, source_language, options, siblings)
            findings.extend(spec.func(catalogs, ctx))
    siblings.close()
    findings.sort(key=lambda f: (f.path, f.line or 0, f.code, f.message))
    return findings


def _catalog_findings(catalog: Catalog, specs: list[CheckSpec], source_language: str,
                      options: Mapping[str, Any], siblings: SiblingTranslations, preconditions: bool) -> list[Finding]:
    """The findings of the entry and catalog checks of ``specs`` in one catalog."""
    findings: list[Finding] = []
    extend = findings.extend
    entries = checked_entries(catalog)
    meeting: dict[Callable, list[Entry]] = {}  # precondition → the entries that meet it
    for spec in specs:
        ctx = CheckContext(spec, catalog, catalog.language, source_language, options, siblings)
        if spec.scope == "entry":
            chosen = entries
            if preconditions and spec.applies is not None:
                chosen = meeting.get(spec.applies)
                if chosen is None:
                    test = spec.applies
                    bind = getattr(test, "for_catalog", None)  # a CatalogPrecondition
                    if bind is not None:
                        test = bind(catalog.language, source_language, options)
                    chosen = meeting[spec.applies] = [entry for entry in entries if test(entry)]
            func = spec.func
            for entry in chosen:
                extend(func(entry, ctx))
        elif spec.scope == "catalog":
            extend(spec.func(catalog, ctx))
    return findings


# a large run: below either figure, starting processes costs more than it saves
PARALLEL_CATALOGS = 8
PARALLEL_ENTRIES = 20_000


def worker_count(jobs: int, catalogs: Sequence[Catalog]) -> int:
    """How many processes check ``catalogs``: ``jobs`` when more than 1; for 0, one per CPU this
    process may use when the run is large (``PARALLEL_CATALOGS`` catalogs and ``PARALLEL_ENTRIES``
    entries at least), else 1. Only where processes can be forked (Linux): a forked worker shares
    the catalogs already read instead of reading them again."""
    import multiprocessing
    import sys

    if jobs == 1 or len(catalogs) < 2 or not sys.platform.startswith("linux") \
            or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    if jobs == 0:
        if len(catalogs) < PARALLEL_CATALOGS or sum(len(c.entries) for c in catalogs) < PARALLEL_ENTRIES:
            return 1
        jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(jobs, len(catalogs)))


# what forked workers read: set before the pool starts, cleared after it (a process runs one pool at a time)
_SHARED: tuple | None = None


def _worker_findings(index: int) -> list[Finding]:
    catalogs, specs, source_language, options, siblings, preconditions = _SHARED
    return _catalog_findings(catalogs[index], specs, source_language, options, siblings, preconditions)


def _in_workers(workers: int, catalogs: list[Catalog], specs: list[CheckSpec], source_language: str,
                options: Mapping[str, Any], siblings: SiblingTranslations, preconditions: bool,
                progress: Callable[[str], None] | None) -> list[Finding]:
    """``_catalog_findings`` of every catalog, in ``workers`` forked processes (which inherit the
    catalogs, the checks and their options; each keeps its own caches), in catalog order."""
    import multiprocessing

    global _SHARED
    _SHARED = (catalogs, specs, source_language, options, siblings, preconditions)
    findings: list[Finding] = []
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for catalog, found in zip(catalogs, pool.imap(_worker_findings, range(len(catalogs)))):
                if progress:
                    progress(catalog.path)
                findings.extend(found)
    finally:
        _SHARED = None
    return findings


def source_location_text(locations: Iterable[Location]) -> str:
    return " ".join(str(loc) for loc in locations)


__all__ = ["CheckContext", "SiblingTranslations", "checked_entries", "run_checks", "worker_count"]
