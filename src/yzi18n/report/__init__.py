"""Renderers of findings, one module per format, and the exit code a run ends with.

Every renderer takes a check result (``findings``, ``catalogs``, ``checks`` and, after a run
against a baseline, ``baseline``) and returns text; none prints or writes files. ``rules`` maps a
check code to its ``Rule`` (default: the check registry) so that reports built from hand-made
findings do not depend on the registered checks.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..model import Finding, Severity
from .common import Rule

FAIL_ON = {"error": Severity.ERROR, "warning": Severity.WARNING, "info": Severity.INFO, "never": None}
FORMATS = ("text", "json", "sarif", "junit", "github", "html")


def exit_code(findings: Iterable[Finding], fail_on: str = "error") -> int:
    """1 when an unsuppressed finding is at or above ``fail_on``, else 0."""
    threshold = FAIL_ON[fail_on]
    if threshold is None:
        return 0
    return int(any(f.severity >= threshold and not f.suppressed for f in findings))


def render(fmt: str, result, *, rules: Mapping[str, Rule] | None = None) -> str:
    """The report of ``result`` in ``fmt`` (one of ``FORMATS``)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r} (use {', '.join(FORMATS)})")
    if fmt == "text":
        from .text import render_text

        baseline = getattr(result, "baseline", None)
        return render_text(result.findings, gone=baseline.gone if baseline else ())
    if rules is None:
        from .common import registry_rules

        rules = registry_rules({*result.checks, *(finding.code for finding in result.findings)})
    if fmt == "json":
        from .json import render_json

        return render_json(result, rules)
    if fmt == "sarif":
        from .sarif import render_sarif

        return render_sarif(result, rules)
    if fmt == "junit":
        from .junit import render_junit

        return render_junit(result, rules)
    if fmt == "github":
        from .github import render_github

        return render_github(result, rules)
    from .html import render_html

    return render_html(result, rules)


__all__ = ["FAIL_ON", "FORMATS", "Rule", "exit_code", "render"]
