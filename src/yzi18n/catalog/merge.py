"""Merge a template into a language's catalog, as ``msgmerge`` does (pure: no I/O).

- An exact (msgctxt, msgid) match keeps its translation, translator comments and flags; its
  locations and extracted comments come from the template.
- Otherwise the most similar translated msgid (``difflib`` ratio ≥ ``fuzzy_threshold``, active
  or obsolete entries) is offered: the entry is marked ``fuzzy`` with the old msgid as ``#|``.
  When the numbers of the two msgids differ, the offer is not silent: the entry also gets the
  translator comment ``# yzi18n: numbers changed in the source: 6 → 7`` (merge removes that
  comment itself once the translator has cleared the fuzzy flag).
- Entries gone from the template become obsolete (``#~``) when they hold a translation (kept by
  default; with ``keep_obsolete=False`` they are dropped and counted); untranslated ones go.
- An unchanged entry keeps its exact text; merging the result again changes nothing.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field, replace

from ..langtags import plural_forms, to_posix
from .pofile import PoEntry, PoFile, render_header

NUMBERS_NOTE = "yzi18n: numbers changed in the source:"
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NPLURALS = re.compile(r"nplurals\s*=\s*(\d+)")
# Flags the template decides (msgmerge takes these from the POT); other flags are the translator's.
_TEMPLATE_FLAG = re.compile(r"^(?:no-)?(?:[\w-]+-format|wrap)$|^range:")


@dataclass(frozen=True)
class MergeResult:
    po: PoFile
    counts: dict[str, int] = field(default_factory=dict)  # kept, fuzzy, new, obsolete


def numbers(text: str) -> list[str]:
    return sorted(_NUMBER.findall(text))


def _difference(a: list[str], b: list[str]) -> list[str]:
    """The items of ``a`` that ``b`` lacks (as multisets)."""
    rest = list(b)
    out = []
    for item in a:
        if item in rest:
            rest.remove(item)
        else:
            out.append(item)
    return out


def similarity(a: str, b: str) -> float:
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return matcher.ratio()


def nplurals(po: PoFile | None, language: str) -> int:
    value = po.header_value("Plural-Forms") if po is not None else None
    match = _NPLURALS.search(value or "") or _NPLURALS.search(plural_forms(language))
    return int(match.group(1)) if match else 2


def new_catalog(template: PoFile, language: str) -> PoFile:
    """An empty catalog for ``language``: a msginit-like header with CLDR ``Plural-Forms``."""
    from ..langtags import endonym

    template_header = dict(template.header_fields())
    date = template_header.get("POT-Creation-Date", "")
    project = template_header.get("Project-Id-Version", "")
    fields = [
        ("Project-Id-Version", project),
        ("Report-Msgid-Bugs-To", template_header.get("Report-Msgid-Bugs-To", "")),
        ("POT-Creation-Date", date),
        ("PO-Revision-Date", date),
        ("Last-Translator", ""),
        ("Language-Team", ""),
        ("Language", to_posix(language)),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "8bit"),
        ("Plural-Forms", plural_forms(language)),
    ]
    header = PoEntry(msgid="", msgstr=render_header(fields),
                     translator_comments=(f"{endonym(language)} translation of {project or 'the project'}.", ""))
    return PoFile((header,))


def _template_flags(template_entry: PoEntry, old: PoEntry | None, fuzzy: bool) -> tuple[str, ...]:
    flags = ["fuzzy"] if fuzzy else []
    flags += [f for f in template_entry.flags if f != "fuzzy"]
    if old is not None:
        flags += [f for f in old.flags if f != "fuzzy" and f not in flags and not _TEMPLATE_FLAG.match(f)]
        if set(flags) == set(old.flags):
            return old.flags  # the same flags: keep the file's order
    return tuple(flags)


def _translations(old: PoEntry, template_entry: PoEntry, count: int) -> tuple[str, tuple[str, ...], bool]:
    """``(msgstr, msgstr_plural, reshaped)`` of ``old`` fitted to the template entry's shape."""
    if template_entry.msgid_plural is None:
        if old.msgid_plural is None:
            return old.msgstr, (), False
        return (old.msgstr_plural[0] if old.msgstr_plural else ""), (), True
    if old.msgid_plural is not None:
        return "", old.msgstr_plural, old.msgid_plural != template_entry.msgid_plural
    return "", (old.msgstr,) + ("",) * max(count - 1, 0), True


def _without_numbers_note(comments: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(c for c in comments if not c.startswith(NUMBERS_NOTE))


def _kept(template_entry: PoEntry, old: PoEntry, count: int) -> PoEntry:
    msgstr, plural, reshaped = _translations(old, template_entry, count)
    fuzzy = old.fuzzy or reshaped
    comments = old.translator_comments if fuzzy else _without_numbers_note(old.translator_comments)
    previous = {"previous_msgctxt": old.previous_msgctxt, "previous_msgid": old.previous_msgid,
                "previous_msgid_plural": old.previous_msgid_plural} if fuzzy else \
        {"previous_msgctxt": None, "previous_msgid": None, "previous_msgid_plural": None}
    if reshaped and previous["previous_msgid"] is None:
        previous = {"previous_msgctxt": old.msgctxt, "previous_msgid": old.msgid,
                    "previous_msgid_plural": old.msgid_plural}
    return replace(old, msgid=template_entry.msgid, msgctxt=template_entry.msgctxt,
                   msgid_plural=template_entry.msgid_plural, msgstr=msgstr, msgstr_plural=plural,
                   references=template_entry.references, extracted_comments=template_entry.extracted_comments,
                   flags=_template_flags(template_entry, old, fuzzy), translator_comments=comments,
                   obsolete=False, **previous)


def _offered(template_entry: PoEntry, old: PoEntry, count: int) -> PoEntry:
    msgstr, plural, _ = _translations(old, template_entry, count)
    comments = _without_numbers_note(old.translator_comments)
    before, after = numbers(old.msgid), numbers(template_entry.msgid)
    if before != after:
        gone, came = _difference(before, after), _difference(after, before)
        comments += (f"{NUMBERS_NOTE} {', '.join(gone) or 'none'} → {', '.join(came) or 'none'}",)
    return PoEntry(msgid=template_entry.msgid, msgctxt=template_entry.msgctxt,
                   msgid_plural=template_entry.msgid_plural, msgstr=msgstr, msgstr_plural=plural,
                   references=template_entry.references, extracted_comments=template_entry.extracted_comments,
                   flags=_template_flags(template_entry, old, True), translator_comments=comments,
                   previous_msgctxt=old.msgctxt, previous_msgid=old.msgid,
                   previous_msgid_plural=old.msgid_plural)


def _fresh(template_entry: PoEntry, count: int) -> PoEntry:
    plural = ("",) * count if template_entry.msgid_plural is not None else ()
    return PoEntry(msgid=template_entry.msgid, msgctxt=template_entry.msgctxt,
                   msgid_plural=template_entry.msgid_plural, msgstr_plural=plural,
                   references=template_entry.references, extracted_comments=template_entry.extracted_comments,
                   flags=_template_flags(template_entry, None, False))


def _best_match(msgid: str, candidates: list[PoEntry], threshold: float) -> PoEntry | None:
    best, best_score = None, threshold
    for candidate in candidates:
        other = candidate.msgid
        total = len(msgid) + len(other)
        if total == 0 or 2 * min(len(msgid), len(other)) / total < best_score:
            continue
        matcher = difflib.SequenceMatcher(None, msgid, other, autojunk=False)
        if matcher.real_quick_ratio() < best_score or matcher.quick_ratio() < best_score:
            continue
        score = matcher.ratio()
        if score >= best_score and (best is None or score > best_score):
            best, best_score = candidate, score
    return best


def _obsolete(entry: PoEntry) -> PoEntry:
    return replace(entry, obsolete=True, references=(), extracted_comments=())


def merge(template: PoFile, catalog: PoFile | None, *, language: str, fuzzy_threshold: float = 0.6,
          keep_obsolete: bool = True) -> MergeResult:
    """``catalog`` (None: a new one) updated to ``template``; see the module docstring."""
    if catalog is None:
        catalog = new_catalog(template, language)
    count = nplurals(catalog, language)
    active = {e.key: e for e in catalog.entries if not e.obsolete and not e.is_header}
    obsolete = {e.key: e for e in catalog.entries if e.obsolete}
    candidates = [e for e in catalog.entries if not e.is_header and e.msgid and any(e.translations)
                  and not (e.obsolete and e.key in active)]
    counts = {"kept": 0, "fuzzy": 0, "new": 0, "obsolete": 0}
    used: set[tuple[str | None, str]] = set()
    merged: list[PoEntry] = []
    for template_entry in template.entries:
        if template_entry.is_header or template_entry.obsolete:
            continue
        key = template_entry.key
        old = active.get(key) or obsolete.get(key)
        if old is not None:
            merged.append(_kept(template_entry, old, count))
            used.add(key)
            counts["kept"] += 1
            continue
        match = _best_match(template_entry.msgid, candidates, fuzzy_threshold) if fuzzy_threshold <= 1 else None
        if match is not None:
            merged.append(_offered(template_entry, match, count))
            counts["fuzzy"] += 1
        else:
            merged.append(_fresh(template_entry, count))
            counts["new"] += 1

    tail: list[PoEntry] = []
    for entry in catalog.entries:
        if entry.is_header or entry.key in used:
            continue
        if entry.obsolete:
            if keep_obsolete:
                tail.append(entry)
            continue
        if not any(entry.translations):
            continue  # nothing to keep: msgmerge drops untranslated entries too
        counts["obsolete"] += 1
        if keep_obsolete:
            tail.append(_obsolete(entry))

    header = catalog.header
    head: tuple[PoEntry, ...] = ()
    if header is not None:
        po = PoFile((header,), newline=catalog.newline)
        updates = {}
        template_date = template.header_value("POT-Creation-Date")
        if template_date and po.header_value("POT-Creation-Date") != template_date:
            updates["POT-Creation-Date"] = template_date
        if po.header_value("Plural-Forms") is None:
            updates["Plural-Forms"] = plural_forms(language)
        head = po.with_header(updates).entries if updates else (header,)
    result = replace(catalog, entries=head + tuple(merged) + tuple(tail))
    return MergeResult(result, counts)


__all__ = ["MergeResult", "merge", "new_catalog", "similarity", "numbers", "NUMBERS_NOTE", "render_header"]
