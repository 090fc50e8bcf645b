"""SARIF 2.1.0 — what GitHub code scanning and other SARIF viewers read.

One run; the rules come from the check registry (summary → ``shortDescription``, default severity
→ ``defaultConfiguration.level``). A result's location is the PO file and line; the source
documents of the entry are its ``relatedLocations``. Paths are relative to the project root
(``uriBaseId`` ``PROJECTROOT``). Findings silenced by a comment carry an ``inSource``
suppression, those a baseline accepts an ``external`` one, each with its justification; after a
run against a baseline every result has a ``baselineState`` and the baseline's findings that
matched nothing are reported as notifications of the invocation (not as results, which code
scanning would turn into alerts).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from urllib.parse import quote

from .. import __version__
from ..baseline import fingerprint
from ..model import Location, Severity
from .common import TOOL_NAME, Rule, accepted_by_baseline, ordered, rules_for

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
ROOT_ID = "PROJECTROOT"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _physical(path: str, line: int | None) -> dict:
    location: dict = {"artifactLocation": {"uri": quote(path), "uriBaseId": ROOT_ID}}
    if line:
        location["region"] = {"startLine": line}
    return location


def _rule(rule: Rule) -> dict:
    return {
        "id": rule.code,
        "shortDescription": {"text": rule.summary},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": ["translation", rule.code.split(".", 1)[0]]},
    }


def _related(locations: tuple[Location, ...]) -> list[dict]:
    return [{"id": number, "physicalLocation": _physical(loc.path, loc.line),
             "message": {"text": "source document"}}
            for number, loc in enumerate(locations, 1)]


def sarif_document(result, rules: Mapping[str, Rule]) -> dict:
    baseline = getattr(result, "baseline", None)
    rule_list = rules_for(result.findings, result.checks, rules)
    rule_index = {rule.code: number for number, rule in enumerate(rule_list)}
    results = []
    for finding in ordered(result.findings):
        text = finding.message + (f"\nhint: {finding.hint}" if finding.hint else "")
        item: dict = {
            "ruleId": finding.code,
            "ruleIndex": rule_index[finding.code],
            "level": LEVELS[finding.severity],
            "message": {"text": text},
            "locations": [{"physicalLocation": _physical(finding.path, finding.line)}],
            "partialFingerprints": {"yzi18n/v1": fingerprint(finding)},
        }
        if finding.source_locations:
            item["relatedLocations"] = _related(finding.source_locations)
        accepted = accepted_by_baseline(finding, baseline)
        if finding.suppressed:
            item["suppressions"] = [{"kind": "external" if accepted else "inSource", "status": "accepted",
                                     "justification": finding.suppressed}]
        if baseline is not None:
            item["baselineState"] = "unchanged" if accepted else "new"
        properties = {}
        if finding.language:
            properties["language"] = finding.language
        if finding.msgctxt is not None:
            properties["msgctxt"] = finding.msgctxt
        if finding.msgid is not None:
            properties["msgid"] = finding.msgid
        if properties:
            item["properties"] = properties
        results.append(item)
    invocation: dict = {"executionSuccessful": True}
    if baseline is not None and baseline.gone:
        invocation["toolExecutionNotifications"] = [
            {"level": "note",
             "message": {"text": f"no longer found, remove it from the baseline {baseline.path}: {record.message}"},
             "locations": [{"physicalLocation": _physical(record.path, None)}],
             "associatedRule": {"id": record.code}}
            for record in baseline.gone]
    run = {
        "tool": {"driver": {"name": TOOL_NAME, "version": __version__,
                            "rules": [_rule(rule) for rule in rule_list]}},
        "originalUriBaseIds": {ROOT_ID: {"description": {
            "text": "The yzi18n project root: the folder of the pyproject.toml that configures it."}}},
        "invocations": [invocation],
        "results": results,
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def render_sarif(result, rules: Mapping[str, Rule]) -> str:
    return json.dumps(sarif_document(result, rules), indent=2, ensure_ascii=False) + "\n"
