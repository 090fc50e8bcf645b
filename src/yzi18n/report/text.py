"""``path:line: severity: message [code]`` — the compiler format editors and CI annotators parse.

The hint and the source document's location follow on indented lines; suppressed findings are
left out (the summary counts them). After a run against a baseline, the baseline's findings that
matched nothing are listed as notes so the baseline can shrink.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Finding
from .common import ordered


def one_line(text: str) -> str:
    """A message on one line: a newline in it (quoted catalog text) would start a bogus finding."""
    return text.replace("\r", "\\r").replace("\n", "\\n")


def render_text(findings: Iterable[Finding], *, gone: Iterable = ()) -> str:
    lines: list[str] = []
    for finding in ordered(findings):
        if finding.suppressed:
            continue
        where = f"{finding.path}:{finding.line}" if finding.line else finding.path
        lines.append(f"{where}: {finding.severity}: {one_line(finding.message)} [{finding.code}]")
        if finding.hint:
            lines.append(f"  hint: {one_line(finding.hint)}")
        if finding.source_locations:
            lines.append("  source: " + " ".join(str(loc) for loc in finding.source_locations))
    for record in gone:
        lines.append(f"{record.path}: note: no longer found, remove it from the baseline: "
                     f"{one_line(record.message)} [{record.code}]")
    return "\n".join(lines) + ("\n" if lines else "")
