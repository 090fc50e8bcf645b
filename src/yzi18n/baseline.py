"""A baseline of accepted findings: recorded once, then only new findings fail.

A finding's fingerprint is its check code, catalog path, msgctxt, msgid and a hash of its message
— never a line number, so an entry that moves keeps its fingerprint, while a different problem on
the same entry (another message) is a new finding. Fingerprints form a multiset: two identical
findings in the baseline accept two today.

The file is JSON (``{"version": 1, "tool": "yzi18n", "findings": [...]}``), sorted, one finding a
record with the fields a reviewer reads in a diff. ``compare`` is pure; ``read_baseline`` and
``write_baseline`` are the only I/O.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import InputError
from .model import Finding

BASELINE_VERSION = 1


def message_hash(message: str) -> str:
    return hashlib.sha256(message.encode("utf-8")).hexdigest()[:12]


def fingerprint(finding: Finding) -> str:
    """A stable identity of the finding across runs and line moves (16 hex digits)."""
    context = "" if finding.msgctxt is None else "\x04" + finding.msgctxt  # None differs from ""
    parts = (finding.code, finding.path, context, finding.msgid or "", message_hash(finding.message))
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, order=True)
class BaselineRecord:
    """One accepted finding as the baseline file keeps it."""

    path: str
    code: str
    msgctxt: str | None
    msgid: str | None
    message: str
    fingerprint: str

    @classmethod
    def of(cls, finding: Finding) -> BaselineRecord:
        return cls(finding.path, finding.code, finding.msgctxt, finding.msgid, finding.message, fingerprint(finding))

    def to_json(self) -> dict:
        return {"fingerprint": self.fingerprint, "code": self.code, "path": self.path,
                "msgctxt": self.msgctxt, "msgid": self.msgid, "message": self.message}


@dataclass(frozen=True)
class Baseline:
    path: str  # as the reports name it
    records: tuple[BaselineRecord, ...]


@dataclass(frozen=True)
class BaselineComparison:
    """Today's findings against a baseline.

    ``findings`` are today's findings with the accepted ones marked suppressed (reason
    ``ACCEPTED``); ``known`` holds the fingerprints accepted; ``gone`` the baseline records that
    matched nothing today, so the baseline can shrink.
    """

    path: str
    findings: tuple[Finding, ...]
    new: int
    known: frozenset[str]
    gone: tuple[BaselineRecord, ...]


def accepted_reason(baseline_path: str) -> str:
    return f"accepted in the baseline {baseline_path}"


def baseline_of(findings: Iterable[Finding], path: str = "") -> Baseline:
    """The baseline that accepts every unsuppressed finding of ``findings``."""
    records = sorted(BaselineRecord.of(f) for f in findings if not f.suppressed)
    return Baseline(path, tuple(records))


def compare(findings: Iterable[Finding], baseline: Baseline) -> BaselineComparison:
    """Mark the findings the baseline accepts as suppressed; list the records nothing matched."""
    remaining = Counter(record.fingerprint for record in baseline.records)
    reason = accepted_reason(baseline.path)
    marked: list[Finding] = []
    known: set[str] = set()
    new = 0
    for finding in findings:
        if finding.suppressed:
            marked.append(finding)
            continue
        key = fingerprint(finding)
        if remaining[key] > 0:
            remaining[key] -= 1
            known.add(key)
            marked.append(replace(finding, suppressed=reason))
        else:
            new += 1
            marked.append(finding)
    gone: list[BaselineRecord] = []
    for record in baseline.records:
        if remaining[record.fingerprint] > 0:
            remaining[record.fingerprint] -= 1
            gone.append(record)
    return BaselineComparison(baseline.path, tuple(marked), new, frozenset(known), tuple(gone))


# ── the file ──────────────────────────────────────────────────────────────────────────

def format_baseline(baseline: Baseline) -> str:
    document = {"version": BASELINE_VERSION, "tool": "yzi18n",
                "findings": [record.to_json() for record in sorted(baseline.records)]}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def parse_baseline(text: str, path: str) -> Baseline:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"not a JSON baseline: {error.msg}", path, error.lineno) from None
    if not isinstance(document, dict) or document.get("tool") != "yzi18n" or not isinstance(document.get("findings"), list):
        raise InputError("not a yzi18n baseline (expected {\"tool\": \"yzi18n\", \"findings\": [...]})", path,
                         hint="write one with 'yzi18n check --write-baseline FILE'")
    if document.get("version") != BASELINE_VERSION:
        raise InputError(f"baseline version {document.get('version')!r} is not supported (expected {BASELINE_VERSION})",
                         path)
    records = []
    for number, item in enumerate(document["findings"], 1):
        try:
            records.append(BaselineRecord(path=str(item["path"]), code=str(item["code"]),
                                          msgctxt=item.get("msgctxt"), msgid=item.get("msgid"),
                                          message=str(item.get("message", "")),
                                          fingerprint=str(item["fingerprint"])))
        except (KeyError, TypeError, AttributeError):
            raise InputError(f"baseline finding {number} lacks path, code or fingerprint", path) from None
    return Baseline(path, tuple(records))


def read_baseline(file: Path, display: str | None = None) -> Baseline:
    display = display or str(file)
    try:
        text = Path(file).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("no such baseline file", display,
                         hint="write one with 'yzi18n check --write-baseline FILE'") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read the baseline: {error}", display) from None
    return parse_baseline(text, display)


def write_baseline(file: Path, baseline: Baseline) -> bool:
    """Write the baseline atomically; False when the file already says exactly this."""
    from .fileio import write_if_changed

    return write_if_changed(Path(file), format_baseline(baseline).encode("utf-8"))


__all__ = ["fingerprint", "BaselineRecord", "Baseline", "BaselineComparison", "baseline_of", "compare",
           "read_baseline", "write_baseline", "format_baseline", "parse_baseline", "accepted_reason"]
