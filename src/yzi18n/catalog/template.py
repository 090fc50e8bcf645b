"""The template (POT) built from the units that extract found.

One entry per (msgctxt, msgid) in first-seen order; locations, extracted comments and flags of
repeated units are merged. The header follows xgettext (fuzzy, placeholders a translator's tool
fills in); ``POT-Creation-Date`` comes from ``SOURCE_DATE_EPOCH`` or the clock, and the previous
template's date (and text) is kept when nothing else changed, so the file is not rewritten.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable
from dataclasses import replace

from ..model import Unit
from .pofile import PoEntry, PoFile, render_header


def creation_date(now: float | None = None) -> str:
    """``YYYY-MM-DD HH:MM+0000`` from ``SOURCE_DATE_EPOCH`` when set, else from ``now`` or the clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        seconds = float(epoch.strip())
    else:
        seconds = time.time() if now is None else now
    return time.strftime("%Y-%m-%d %H:%M+0000", time.gmtime(seconds))


def template_header(domain: str, date: str) -> PoEntry:
    fields = [
        ("Project-Id-Version", domain),
        ("Report-Msgid-Bugs-To", ""),
        ("POT-Creation-Date", date),
        ("PO-Revision-Date", "YEAR-MO-DA HO:MI+ZONE"),
        ("Last-Translator", "FULL NAME <EMAIL@ADDRESS>"),
        ("Language-Team", "LANGUAGE <LL@li.org>"),
        ("Language", ""),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "8bit"),
    ]
    return PoEntry(msgid="", msgstr=render_header(fields), flags=("fuzzy",),
                   translator_comments=(f"Translation template for {domain}.",
                                        "Written by yzi18n extract from the source documents: edit those, not this file.",
                                        ""))


def template_entries(units: Iterable[Unit]) -> list[PoEntry]:
    """One entry per (msgctxt, msgid), first-seen order, with every unit's locations, comments, flags."""
    merged: dict[tuple[str | None, str], dict] = {}
    for unit in units:
        if not unit.msgid:
            continue  # an empty msgid is the header's
        key = (unit.msgctxt, unit.msgid)
        slot = merged.setdefault(key, {"references": [], "comments": [], "flags": []})
        for location in unit.locations:
            reference = str(location)
            if reference not in slot["references"]:
                slot["references"].append(reference)
        for comment in unit.comments:
            for line in comment.split("\n"):
                if line not in slot["comments"]:
                    slot["comments"].append(line)
        for flag in unit.flags:
            if flag not in slot["flags"]:
                slot["flags"].append(flag)
    return [PoEntry(msgid=msgid, msgctxt=msgctxt, references=tuple(slot["references"]),
                    extracted_comments=tuple(slot["comments"]), flags=tuple(slot["flags"]))
            for (msgctxt, msgid), slot in merged.items()]


def build_template(units: Iterable[Unit], *, domain: str, previous: PoFile | None = None) -> PoFile:
    """The POT for ``units``; ``previous`` (the template on disk) keeps its date and text when nothing changed."""
    entries = template_entries(units)
    if previous is not None and previous.header is not None:
        old_entries = [e for e in previous.entries if not e.is_header]
        if [e.fields() for e in old_entries] == [e.fields() for e in entries]:
            return previous
        # carry over unchanged entries with their text, so only what changed is rewritten
        by_key = {e.key: e for e in old_entries if not e.obsolete}
        entries = [by_key[e.key] if e.key in by_key and by_key[e.key].fields() == e.fields() else e
                   for e in entries]
        new = PoFile((previous.header,) + tuple(entries), newline=previous.newline)
        return new.with_header({"POT-Creation-Date": creation_date()})
    return PoFile((template_header(domain, creation_date()),) + tuple(entries))


def with_date(po: PoFile, date: str) -> PoFile:
    """A copy of a template with another ``POT-Creation-Date`` (for tests and reproducible builds)."""
    return po.with_header({"POT-Creation-Date": date}) if po.header is not None else replace(po)
