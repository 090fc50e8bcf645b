"""What several renderers share: the rules table, the entry behind a finding, catalog counts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..model import Catalog, Entry, Finding, Severity

TOOL_NAME = "yzi18n"


@dataclass(frozen=True)
class Rule:
    """A check as reports describe it: its code, default severity and one-line summary."""

    code: str
    severity: Severity
    summary: str


def registry_rules(codes: Iterable[str] | None = None) -> dict[str, Rule]:
    """Every registered check as a Rule (imports the check modules: with ``codes``, those of
    their families, see ``load_checks``)."""
    from ..checks.registry import load_checks

    return {spec.code: Rule(spec.code, spec.severity, spec.summary) for spec in load_checks(codes).values()}


def rules_for(findings: Iterable[Finding], checks: Iterable[str], known: Mapping[str, Rule]) -> list[Rule]:
    """The rules of the checks that ran and of every code a finding carries, sorted by code.

    A code the registry does not know (a plugin gone, a hand-made finding) gets a plain rule
    with the highest severity its findings have.
    """
    codes: dict[str, Severity | None] = {code: None for code in checks}
    for finding in findings:
        current = codes.get(finding.code)
        codes[finding.code] = finding.severity if current is None else max(current, finding.severity)
    rules = []
    for code in sorted(codes):
        rules.append(known.get(code) or Rule(code, codes[code] or Severity.WARNING, code))
    return rules


EntryKey = tuple[str, "str | None", "str | None"]


def entry_index(catalogs: Iterable[Catalog], findings: Iterable[Finding] | None = None) -> dict[EntryKey, Entry]:
    """(catalog path, msgctxt, msgid) → the entry, to find a finding's msgid line; with
    ``findings``, only the keys they name (the same entries for those keys: the last one of
    each, where a catalog repeats one)."""
    if findings is None:
        return {(catalog.path, entry.msgctxt, entry.msgid): entry
                for catalog in catalogs for entry in catalog.entries if not entry.obsolete}
    wanted: dict[str, set] = {}  # path → the msgids its findings name
    for finding in findings:
        if finding.msgid is not None:
            wanted.setdefault(finding.path, set()).add(finding.msgid)
    index: dict[EntryKey, Entry] = {}
    for catalog in catalogs:
        msgids = wanted.get(catalog.path)
        if msgids:
            path = catalog.path
            for entry in catalog.entries:
                if entry.msgid in msgids and not entry.obsolete:
                    index[(path, entry.msgctxt, entry.msgid)] = entry
    return index


def entry_of(finding: Finding, index: Mapping[EntryKey, Entry]) -> Entry | None:
    if finding.msgid is None:
        return None
    return index.get((finding.path, finding.msgctxt, finding.msgid))


@dataclass(frozen=True)
class CatalogCounts:
    """Entries of one catalog by state (the header and obsolete entries not counted), and the
    source words still to translate (untranslated and fuzzy)."""

    path: str
    language: str | None
    total: int
    translated: int
    fuzzy: int
    words_to_translate: int = 0

    @property
    def untranslated(self) -> int:
        return self.total - self.translated - self.fuzzy

    @property
    def completion(self) -> float:
        return self.translated / self.total if self.total else 1.0


def catalog_counts(catalog: Catalog) -> CatalogCounts:
    """The numbers ``yzi18n stats`` prints (``catalog.stats.catalog_stats``), counted the same way,
    with the words of the entries still to translate only (a report lists every catalog)."""
    from ..catalog.stats import entry_state, word_count

    counted = [entry for entry in catalog.entries if entry.msgid and not entry.obsolete]
    states = list(map(entry_state, counted))  # a report lists every catalog: the states counted in C
    translated, fuzzy = states.count("translated"), states.count("fuzzy")
    words = 0
    if translated < len(states):
        words = sum(word_count(entry.msgid) for entry, state in zip(counted, states) if state != "translated")
    return CatalogCounts(catalog.path, catalog.language, len(states), translated, fuzzy, words)


def severity_counts(findings: Iterable[Finding]) -> dict[str, int]:
    """Unsuppressed findings by severity name, plus the suppressed ones."""
    counts = {"error": 0, "warning": 0, "info": 0, "suppressed": 0}
    for finding in findings:
        if finding.suppressed:
            counts["suppressed"] += 1
        else:
            counts[str(finding.severity)] += 1
    return counts


def ordered(findings: Iterable[Finding]) -> list[Finding]:
    """Findings in the order every report shows them: path, line, code, message."""
    return sorted(findings, key=lambda f: (f.path, f.line or 0, f.code, f.message))


def accepted_by_baseline(finding: Finding, baseline) -> bool:
    """True when the finding is suppressed because the baseline accepts it (not by a comment)."""
    if baseline is None or not finding.suppressed:
        return False
    from ..baseline import accepted_reason

    return finding.suppressed == accepted_reason(baseline.path)
