"""``path:line: severity: message [code]`` — the compiler format editors and CI annotators parse.

The hint and the source document's location follow on indented lines; suppressed findings are
left out (the summary counts them). After a run against a baseline, the baseline's findings that
matched nothing are listed as notes so the baseline can shrink.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Finding


def render_text(findings: Iterable[Finding], *, gone: Iterable = ()) -> str:
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
    for record in gone:
        lines.append(f"{record.path}: note: no longer found, remove it from the baseline: "
                     f"{record.message} [{record.code}]")
    return "\n".join(lines) + ("\n" if lines else "")
