"""Renderers of findings, one module per format, and the exit code a run ends with."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Finding, Severity

FAIL_ON = {"error": Severity.ERROR, "warning": Severity.WARNING, "info": Severity.INFO, "never": None}


def exit_code(findings: Iterable[Finding], fail_on: str = "error") -> int:
    """1 when an unsuppressed finding is at or above ``fail_on``, else 0."""
    threshold = FAIL_ON[fail_on]
    if threshold is None:
        return 0
    return int(any(f.severity >= threshold and not f.suppressed for f in findings))
