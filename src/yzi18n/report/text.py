"""``path:line: severity: message [code]`` — the compiler format editors and CI annotators parse."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Finding


def render_text(findings: Iterable[Finding]) -> str:
    lines: list[str] = []
    for finding in findings:
        if finding.suppressed:
            continue
        where = f"{finding.path}:{finding.line}" if finding.line else finding.path
        lines.append(f"{where}: {finding.severity}: {finding.message} [{finding.code}]")
        if finding.hint:
            lines.append(f"  hint: {finding.hint}")
        if finding.source_locations:
            lines.append("  source: " + " ".join(str(loc) for loc in finding.source_locations))
    return "\n".join(lines) + ("\n" if lines else "")
