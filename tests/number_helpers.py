"""The one-liners of the numbers tests: passes(source, target, lang) / fails(source, target, lang),
an English source compared with its translation (``yzi18n.numbers.compare``)."""

from __future__ import annotations

from yzi18n.model import Severity
from yzi18n.numbers.compare import compare


def errors(source: str, target: str, language: str, **options) -> list:
    return [d for d in compare(source, target, "en", language, **options) if d.severity >= Severity.ERROR]


def passes(source: str, target: str, language: str, **options) -> bool:
    """No error: what the check may still say is a warning or a note."""
    return not errors(source, target, language, **options)


def fails(source: str, target: str, language: str, kind: str | None = None, **options) -> bool:
    found = errors(source, target, language, **options)
    return bool(found) and (kind is None or any(d.kind == kind for d in found))


def kinds(source: str, target: str, language: str) -> set[tuple[str, Severity]]:
    return {(d.kind, d.severity) for d in compare(source, target, "en", language)}
