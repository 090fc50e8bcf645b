"""GitHub Actions workflow commands: ``::error file=…,line=…,title=…::message`` annotate PO lines
in a pull request's diff.

Severities map to ``error``, ``warning`` and ``notice``. Escaping follows the runner's rules
(actions/toolkit ``command.ts``): in the message ``%``, CR and LF; in property values also ``:``
and ``,``. Paths are relative to the project root, which is what GitHub wants when the project
is the repository's root (run the check from there). Suppressed findings are left out; after a
run against a baseline, its findings that matched nothing become notices.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..model import Severity
from .common import Rule, ordered

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **properties: str | int | None) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items()
                     if value is not None)
    return f"::{name}{' ' + props if props else ''}::{escape_data(message)}"


def render_github(result, rules: Mapping[str, Rule]) -> str:
    lines = []
    for finding in ordered(result.findings):
        if finding.suppressed:
            continue
        message = finding.message
        if finding.hint:
            message += f"\nhint: {finding.hint}"
        if finding.source_locations:
            message += "\nsource: " + " ".join(str(loc) for loc in finding.source_locations)
        title = f"yzi18n {finding.code}" + (f" ({finding.language})" if finding.language else "")
        lines.append(command(COMMANDS[finding.severity], message, file=finding.path, line=finding.line,
                             title=title))
    baseline = getattr(result, "baseline", None)
    for record in baseline.gone if baseline else ():
        lines.append(command("notice", f"no longer found, remove it from the baseline {baseline.path}: "
                             f"{record.message}", file=record.path, title=f"yzi18n {record.code} fixed"))
    return "\n".join(lines) + ("\n" if lines else "")
