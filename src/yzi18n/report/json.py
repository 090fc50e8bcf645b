"""The versioned JSON report (schema: ``docs/json-schema.md``, ``docs/report.schema.json``).

Version 1. Fields are only ever added within a version; a renamed or removed field, or a changed
meaning, raises the version. Keys are sorted and findings are in path, line, code order, so two
runs over the same catalogs give the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from .. import __version__
from ..baseline import fingerprint
from .common import (TOOL_NAME, Rule, accepted_by_baseline, catalog_counts, entry_index, entry_of, ordered,
                     rules_for, severity_counts)

SCHEMA_VERSION = 1


def report_document(result, rules: Mapping[str, Rule]) -> dict:
    """The report as plain data (what ``render_json`` serialises)."""
    index = entry_index(result.catalogs, result.findings)
    baseline = getattr(result, "baseline", None)
    findings = []
    for finding in ordered(result.findings):
        entry = entry_of(finding, index)
        item = {
            "code": finding.code,
            "severity": str(finding.severity),
            "message": finding.message,
            "hint": finding.hint,
            "path": finding.path,
            "line": finding.line,
            "language": finding.language,
            "entry": None if finding.msgid is None else {
                "msgctxt": finding.msgctxt,
                "msgid": finding.msgid,
                "msgstr": finding.msgstr,
                "line": entry.line if entry is not None and entry.line else finding.line,
            },
            "source_locations": [{"path": loc.path, "line": loc.line} for loc in finding.source_locations],
            "source_marks": list(finding.source_marks),
            "target_marks": list(finding.target_marks),
            "suppressed": None if not finding.suppressed else {
                "reason": finding.suppressed,
                "by": "baseline" if accepted_by_baseline(finding, baseline) else "comment",
            },
            "fingerprint": fingerprint(finding),
        }
        findings.append(item)
    counts = severity_counts(result.findings)
    document = {
        "version": SCHEMA_VERSION,
        "tool": {"name": TOOL_NAME, "version": __version__},
        "checks": [{"code": rule.code, "severity": str(rule.severity), "summary": rule.summary}
                   for rule in rules_for(result.findings, result.checks, rules)],
        "catalogs": [{"path": c.path, "language": c.language, "entries": c.total, "translated": c.translated,
                      "fuzzy": c.fuzzy, "untranslated": c.untranslated}
                     for c in (catalog_counts(catalog) for catalog in result.catalogs)],
        "findings": findings,
        "summary": {"catalogs": len(result.catalogs), "checks": len(result.checks), **counts},
        "baseline": None if baseline is None else {
            "path": baseline.path,
            "new": baseline.new,
            "accepted": sum(1 for f in result.findings if accepted_by_baseline(f, baseline)),
            "gone": [record.to_json() for record in baseline.gone],
        },
    }
    return document


def render_json(result, rules: Mapping[str, Rule]) -> str:
    return dumps_indented(report_document(result, rules)) + "\n"


_encode_string = json.encoder.encode_basestring  # the C one where Python has it, as json.dumps uses


def dumps_indented(document) -> str:
    """``json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True)``, the same text, several
    times faster: with an indent ``json`` takes its pure-Python encoder, here strings go through its
    C string encoder and the structure is written directly. Anything but str-keyed dicts, lists,
    tuples, strings, ints, booleans and None is left to ``json.dumps`` itself."""
    encode = _encode_string
    keys: dict[str, str] = {}  # a key as written, with its colon (a report repeats a dozen keys)

    def text(value, indent: str) -> str:
        kind = type(value)
        if kind is str:
            return encode(value)
        if value is None:
            return "null"
        if value is True:
            return "true"
        if value is False:
            return "false"
        if kind is dict:
            if not value:
                return "{}"
            inner = indent + "  "
            parts = []
            for key in sorted(value):
                head = keys.get(key)
                if head is None:
                    if type(key) is not str:
                        raise _Unusual
                    head = keys[key] = encode(key) + ": "
                item = value[key]
                item_kind = type(item)
                if item_kind is str:
                    parts.append(head + encode(item))
                elif item is None:
                    parts.append(head + "null")
                elif item_kind is int:
                    parts.append(head + int.__repr__(item))
                else:
                    parts.append(head + text(item, inner))
            return "{\n" + inner + (",\n" + inner).join(parts) + "\n" + indent + "}"
        if kind is list or kind is tuple:
            if not value:
                return "[]"
            inner = indent + "  "
            return "[\n" + inner + (",\n" + inner).join(
                [encode(item) if type(item) is str else text(item, inner) for item in value]) + "\n" + indent + "]"
        if kind is int:
            return int.__repr__(value)
        raise _Unusual  # floats (NaN, Infinity spellings), subclasses, other types: json's own rules

    try:
        return text(document, "")
    except _Unusual:
        return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True)


class _Unusual(Exception):
    """A value ``dumps_indented`` leaves to ``json.dumps``."""
