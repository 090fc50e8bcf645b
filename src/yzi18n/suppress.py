"""Which findings count: in-place suppression comments and the config's per-file and per-language
ignores, applied once to the runner's findings (pure: no I/O).

A translator silences one finding on one entry with a translator comment::

    # yzi18n: ignore numbers.mismatch — 3 miles converted to 5 km
    msgid "It is 3 miles away."

The code may be a family (``numbers``) or several codes separated by commas; the reason follows an
em dash, an en dash, ``--`` or `` - ``. The finding stays in the results with ``suppressed`` set
to the reason, so every report can list it. Config ignores (``per-file-ignores``,
``per-language-ignores``) drop findings instead, as ``--ignore`` does: they say a check does not
apply there at all.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from .model import Catalog, Entry, Finding

NO_REASON = "no reason given"

# "yzi18n: ignore <codes> [— reason]"; the separator needs spaces around a single dash so that
# hyphenated codes and reasons are not cut
_DIRECTIVE = re.compile(r"^\s*yzi18n\s*:\s*ignore\b\s*(?P<rest>.*)$", re.IGNORECASE)
_CODE = r"[a-z][a-z0-9_-]*(?:\.[a-z0-9_-]+)*\.?"
_CODES = re.compile(rf"^(?P<codes>{_CODE}(?:\s*,\s*{_CODE})*),?(?P<words>(?:\s.*)?)$", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s*(?:—|–|--|\s-\s|:)\s*")


@dataclass(frozen=True)
class Suppression:
    """One ``yzi18n: ignore`` comment: the codes (or families) it names and the reason."""

    codes: tuple[str, ...]
    reason: str

    def covers(self, code: str) -> bool:
        return any(code == c or code.startswith(c.rstrip(".") + ".") for c in self.codes)


def parse_suppression(comment: str) -> Suppression | None:
    """The suppression a translator comment states, or None when it is an ordinary comment."""
    match = _DIRECTIVE.match(comment)
    if not match:
        return None
    rest = match.group("rest").strip()
    parts = _SEPARATOR.split(rest, maxsplit=1)
    codes_text = parts[0]
    reason = parts[1].strip() if len(parts) > 1 else ""
    listed = _CODES.match(codes_text)
    if not listed:
        return None
    codes = [code for code in re.split(r"\s*,\s*", listed.group("codes")) if code]
    words = listed.group("words").strip()
    if words:  # no separator: the words after the codes are the reason
        reason = words + (f" {reason}" if reason else "")
    return Suppression(tuple(codes), reason or NO_REASON)


def entry_suppressions(entry: Entry) -> tuple[Suppression, ...]:
    return tuple(s for s in map(parse_suppression, entry.translator_comments) if s is not None)


def _entry_key(path: str, msgctxt: str | None, msgid: str | None) -> tuple[str, str | None, str | None]:
    return (path, msgctxt, msgid)


def suppressions_by_entry(catalogs: Iterable[Catalog]) -> dict[tuple, tuple[Suppression, ...]]:
    """(catalog path, msgctxt, msgid) → the suppressions written on that entry."""
    index: dict[tuple, tuple[Suppression, ...]] = {}
    for catalog in catalogs:
        # the entries with comments picked first: a run over many catalogs has few of them
        for entry in [e for e in catalog.entries if e.translator_comments and not e.obsolete]:
            found = entry_suppressions(entry)
            if found:
                index[_entry_key(catalog.path, entry.msgctxt, entry.msgid)] = found
    return index


def _pattern_matches(pattern: str, code: str) -> bool:
    return code == pattern or code.startswith(pattern.rstrip(".") + ".")


def _language_matches(key: str, language: str | None) -> bool:
    """``pt`` covers ``pt`` and ``pt-BR``; keys may be written POSIX-style (``pt_BR``)."""
    if not language:
        return False
    key = key.replace("_", "-").lower()
    language = language.lower()
    return language == key or language.startswith(key + "-")


def _path_matches(glob: str, path: str) -> bool:
    """A glob relative to the project root; ``*`` crosses folders, a folder name covers its files."""
    glob = glob.strip()
    if glob.startswith("./"):
        glob = glob[2:]
    if fnmatch.fnmatchcase(path, glob):
        return True
    return path.startswith(glob.rstrip("/") + "/")


def config_ignored(finding: Finding, per_file: Mapping[str, Iterable[str]],
                   per_language: Mapping[str, Iterable[str]]) -> bool:
    """True when ``per-file-ignores`` or ``per-language-ignores`` excludes this finding."""
    for glob, codes in per_file.items():
        if _path_matches(glob, finding.path) and any(_pattern_matches(c, finding.code) for c in codes):
            return True
    for key, codes in per_language.items():
        if _language_matches(key, finding.language) and any(_pattern_matches(c, finding.code) for c in codes):
            return True
    return False


def apply_suppressions(findings: Iterable[Finding], catalogs: Iterable[Catalog], *,
                       per_file_ignores: Mapping[str, Iterable[str]] | None = None,
                       per_language_ignores: Mapping[str, Iterable[str]] | None = None) -> list[Finding]:
    """The findings that count, in their order: config-ignored ones dropped, the ones an entry's
    ``yzi18n: ignore`` comment covers kept with ``suppressed`` set to the comment's reason."""
    per_file = per_file_ignores or {}
    per_language = per_language_ignores or {}
    index = suppressions_by_entry(catalogs)
    result: list[Finding] = []
    for finding in findings:
        if config_ignored(finding, per_file, per_language):
            continue
        if not finding.suppressed and finding.msgid is not None:
            for suppression in index.get(_entry_key(finding.path, finding.msgctxt, finding.msgid), ()):
                if suppression.covers(finding.code):
                    finding = replace(finding, suppressed=suppression.reason)
                    break
        result.append(finding)
    return result


def ignore_patterns(per_file_ignores: Mapping[str, Iterable[str]],
                    per_language_ignores: Mapping[str, Iterable[str]]) -> list[str]:
    """Every code pattern the config's ignore tables name (to report typos as config errors)."""
    return [code for table in (per_file_ignores, per_language_ignores) for codes in table.values() for code in codes]


__all__ = ["Suppression", "parse_suppression", "entry_suppressions", "apply_suppressions",
           "config_ignored", "ignore_patterns", "NO_REASON"]
