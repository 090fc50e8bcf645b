"""The ``entry.*`` checks: what every translation tool checks on one entry.

Untranslated and fuzzy entries (catalog scope: entry checks never see them), leading and
trailing whitespace, placeholders (driven by the entry's ``*-format`` flags and the project's
``placeholders`` patterns), URLs and e-mail addresses, and the ITS Storage Size and Allowed
Characters that extract records as ``#. its: key=value`` comments.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from .. import inline
from ..model import Catalog, Entry, Finding, Severity
from .registry import check
from .runner import CheckContext

# ── untranslated, fuzzy ──────────────────────────────────────────────────────────────────


def _live(catalog: Catalog) -> Iterator[Entry]:
    return (e for e in catalog.entries if e.msgid and not e.obsolete)


@check("entry.untranslated", severity=Severity.INFO, scope="catalog")
def entry_untranslated(catalog: Catalog, ctx: CheckContext) -> Iterator[Finding]:
    """The entry has no translation (or a plural form is empty); the source is published."""
    for entry in _live(catalog):
        if entry.fuzzy or entry.translated:
            continue
        forms = entry.translations
        if entry.msgid_plural is not None and any(forms):
            empty = ", ".join(str(index) for index, text in sorted(entry.msgstr_plural) if not text)
            yield ctx.finding(entry, f"plural form {empty} is empty", hint="translate every plural form",
                              severity=Severity.WARNING)
        else:
            yield ctx.finding(entry, "not translated")


@check("entry.fuzzy", severity=Severity.WARNING, scope="catalog")
def entry_fuzzy(catalog: Catalog, ctx: CheckContext) -> Iterator[Finding]:
    """The translation is marked fuzzy: it needs review and is not published until then."""
    for entry in _live(catalog):
        if entry.fuzzy:
            hint = "review it and remove the fuzzy flag"
            if entry.previous_msgid is not None:
                hint += f" (the source was {entry.previous_msgid!r})"
            yield ctx.finding(entry, "fuzzy: needs review", hint=hint)


# ── pairs of source and translation ──────────────────────────────────────────────────────


def _form(index: int | None) -> str:
    return "" if index is None else f" (plural form {index})"


# ── whitespace ───────────────────────────────────────────────────────────────────────────

_LEADING = re.compile(r"^\s*")
_TRAILING = re.compile(r"\s*$")


def _ends(text: str) -> tuple[str, str]:
    return _LEADING.match(text).group(0), _TRAILING.search(text).group(0)


def _describe(space: str) -> str:
    if not space:
        return "none"
    if "\n" in space:
        return "a line break"
    return "a space" if space == " " else repr(space)


@check("entry.whitespace", severity=Severity.WARNING)
def entry_whitespace(entry: Entry, ctx: CheckContext) -> Iterator[Finding]:
    """Leading or trailing whitespace differs between source and translation.

    A line break missing or added at either end is an error (``msgfmt --check`` refuses it).
    """
    for source, translation, index in entry.pairs():
        source_lead, source_trail = _ends(source)
        target_lead, target_trail = _ends(translation)
        for where, theirs, ours in (("leading", source_lead, target_lead), ("trailing", source_trail, target_trail)):
            if bool(theirs) == bool(ours) and ("\n" in theirs) == ("\n" in ours):
                continue
            newline = ("\n" in theirs) != ("\n" in ours)
            yield ctx.finding(
                entry, f"{where} whitespace: the source has {_describe(theirs)}, the translation "
                f"{_describe(ours)}{_form(index)}",
                severity=Severity.ERROR if newline else None,
                hint=f"keep the source's {where} whitespace", source_marks=[theirs] if theirs else [],
                target_marks=[ours] if ours else [])


# ── placeholders ─────────────────────────────────────────────────────────────────────────

_C_FORMAT = re.compile(r"%(?:(?P<position>\d+)\$)?[-+ #0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?"
                       r"(?:hh|h|ll|l|L|q|j|z|t|I64|I32)?(?P<conversion>[diouxXeEfFgGaAcspn%])")
_PYTHON_FORMAT = re.compile(r"%(?:\((?P<name>[^)]*)\))?[-+ #0]*(?:\d+|\*)?(?:\.(?:\d+|\*))?[hlL]?"
                            r"(?P<conversion>[diouxXeEfFgGcrsa%])")
_BRACE_FORMAT = re.compile(r"\{\{|\}\}|\{(?P<name>[^{}:!\s]*)(?:![rsa])?(?::[^{}]*)?\}")
_QT_FORMAT = re.compile(r"%L?(?P<position>[1-9][0-9]?)")

# gettext flag → the pattern of its placeholders (objc and php use printf's)
FORMATS = {"c-format": _C_FORMAT, "objc-format": _C_FORMAT, "php-format": _C_FORMAT,
           "python-format": _PYTHON_FORMAT, "python-brace-format": _BRACE_FORMAT, "qt-format": _QT_FORMAT}


@dataclass(frozen=True)
class Placeholder:
    text: str  # as written
    key: str  # what must match: the name, or the position and conversion


def placeholders(text: str, flags: Sequence[str], patterns: Iterable[str] = ()) -> list[Placeholder]:
    """The placeholders of ``text`` under the entry's ``*-format`` flags and extra ``patterns``.

    Unnamed printf placeholders are keyed by their order and conversion (``#2:d``), so a
    translation may reorder them with ``%2$d``; named ones by their name.
    """
    found: list[Placeholder] = []
    for flag in flags:
        pattern = FORMATS.get(flag)
        if pattern is None or f"no-{flag}" in flags:
            continue
        order = 0
        for match in pattern.finditer(text):
            written = match.group(0)
            groups = match.groupdict()
            if written in ("%%", "{{", "}}"):
                continue
            if pattern is _BRACE_FORMAT:
                name = groups["name"]
                if name == "":
                    order += 1
                    key = f"#{order}"
                elif name.isdigit():
                    key = f"#{int(name) + 1}"
                else:
                    key = name
            elif pattern is _QT_FORMAT:
                key = f"#{groups['position']}"
            elif groups.get("name"):
                key = f"{groups['name']}:{groups['conversion']}"
            elif groups.get("position"):
                key = f"#{groups['position']}:{_c_class(groups['conversion'])}"
            else:
                order += 1
                key = f"#{order}:{_c_class(groups['conversion'])}"
            found.append(Placeholder(written, key))
    for source in patterns:
        for match in re.finditer(source, text):
            found.append(Placeholder(match.group(0), match.group(0)))
    return found


def _c_class(conversion: str) -> str:
    """Conversions that take the same argument type compare equal (%d and %i)."""
    for group in ("di", "ouxX", "eEfFgGaA"):
        if conversion in group:
            return group[0]
    return conversion


def _compiled_patterns(ctx: CheckContext) -> tuple[str, ...]:
    """The configured patterns (``load_config`` has refused those that do not compile)."""
    return tuple(ctx.options.get("placeholders") or ())


@check("entry.placeholders", severity=Severity.ERROR)
def entry_placeholders(entry: Entry, ctx: CheckContext) -> Iterator[Finding]:
    """A placeholder of the source is missing from the translation, or one was added."""
    patterns = _compiled_patterns(ctx)
    if not patterns and not any(flag in FORMATS for flag in entry.flags):
        return
    sources_all = Counter()
    if entry.msgid_plural is not None:
        for text in (entry.msgid, entry.msgid_plural):
            sources_all |= Counter(p.key for p in placeholders(text, entry.flags, patterns))
    for source, translation, index in entry.pairs():
        theirs = placeholders(source, entry.flags, patterns)
        ours = placeholders(translation, entry.flags, patterns)
        missing = Counter(p.key for p in theirs) - Counter(p.key for p in ours)
        added = Counter(p.key for p in ours) - Counter(p.key for p in theirs)
        if index is not None:
            added -= sources_all  # form 0 may use the plural source's count
        for key in missing:
            written = next(p.text for p in theirs if p.key == key)
            yield ctx.finding(
                entry, f"the placeholder {written} of the source is missing{_form(index)}",
                # a plural form may leave out the count ("one file" for n = 1)
                severity=Severity.WARNING if index is not None else None,
                hint="keep every placeholder; reorder printf placeholders with %1$s, %2$d",
                source_marks=[written])
        for key in added:
            written = next(p.text for p in ours if p.key == key)
            yield ctx.finding(entry, f"the translation has the placeholder {written}, which the source "
                              f"does not{_form(index)}", hint="use only the source's placeholders",
                              target_marks=[written])


# ── URLs and e-mail addresses ────────────────────────────────────────────────────────────

URL = re.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>\"'“”‘’«»]+", re.IGNORECASE)
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")
_TRAILING_PUNCTUATION = ".,;:!?)]}»。、，；：！？）"


def urls(text: str) -> list[str]:
    out = []
    for match in URL.finditer(inline.plain_text(inline.tokenize(text))):
        url = match.group(0).rstrip(_TRAILING_PUNCTUATION)
        if url.count("(") > url.count(")") and match.group(0)[len(url):].startswith(")"):
            url += ")"  # a Wikipedia-style URL with parentheses
        out.append(url)
    return out


def emails(text: str) -> list[str]:
    return [match.group(0) for match in EMAIL.finditer(inline.plain_text(inline.tokenize(text)))]


def _host(url: str) -> str:
    rest = url.split("://", 1)[-1]
    return rest.split("/", 1)[0].lower().removeprefix("www.")


@check("entry.urls", severity=Severity.WARNING)
def entry_urls(entry: Entry, ctx: CheckContext) -> Iterator[Finding]:
    """A URL of the source is missing or changed in the translation, or one was added.

    A URL changed on the same host (a localized page) is reported at info severity.
    """
    for source, translation, index in entry.pairs():
        theirs, ours = Counter(urls(source)), Counter(urls(translation))
        missing, added = list((theirs - ours).elements()), list((ours - theirs).elements())
        for url in missing:
            same_host = next((other for other in added if _host(other) == _host(url)), None)
            if same_host is not None:
                added.remove(same_host)
                yield ctx.finding(entry, f"the URL {url} is {same_host} in the translation{_form(index)}",
                                  severity=Severity.INFO, hint="fine if it is the page in this language",
                                  source_marks=[url], target_marks=[same_host])
            else:
                yield ctx.finding(entry, f"the URL {url} of the source is missing{_form(index)}",
                                  hint="keep the source's URLs", source_marks=[url])
        for url in added:
            yield ctx.finding(entry, f"the translation has the URL {url}, which the source does not{_form(index)}",
                              target_marks=[url])


@check("entry.emails", severity=Severity.WARNING)
def entry_emails(entry: Entry, ctx: CheckContext) -> Iterator[Finding]:
    """An e-mail address of the source is missing or changed in the translation, or one was added."""
    for source, translation, index in entry.pairs():
        theirs = Counter(e.lower() for e in emails(source))
        ours = Counter(e.lower() for e in emails(translation))
        for address in (theirs - ours).elements():
            yield ctx.finding(entry, f"the e-mail address {address} of the source is missing{_form(index)}",
                              hint="keep the source's e-mail addresses", source_marks=[address])
        for address in (ours - theirs).elements():
            yield ctx.finding(entry, f"the translation has the e-mail address {address}, which the source "
                              f"does not{_form(index)}", target_marks=[address])


# ── ITS Storage Size and Allowed Characters ──────────────────────────────────────────────

_LINE_BREAKS = {"lf": "\n", "cr": "\r", "crlf": "\r\n"}


def stored_text(translation: str) -> str:
    """What a page stores for a translation: its text without the inline tags."""
    return inline.plain_text(inline.tokenize(translation))


def storage_bytes(text: str, encoding: str = "UTF-8", line_break: str = "lf") -> int:
    """Bytes ``text`` takes in ``encoding`` with line breaks written as ``line_break``.

    Raises ``LookupError`` for an unknown encoding, ``UnicodeEncodeError`` for a character the
    encoding cannot hold.
    """
    text = re.sub(r"\r\n|\r|\n", _LINE_BREAKS.get(line_break.lower(), "\n"), text)
    codec = codecs.lookup(encoding)
    return len(codec.encode(text)[0])


@check("entry.storage-size", severity=Severity.ERROR)
def entry_storage_size(entry: Entry, ctx: CheckContext) -> Iterator[Finding]:
    """The translation does not fit the ITS Storage Size of its source (bytes in the given encoding)."""
    its = entry.its
    if "storage-size" not in its:
        return
    try:
        limit = int(its["storage-size"])
    except ValueError:
        yield ctx.finding(entry, f"the storage size {its['storage-size']!r} is not a number",
                          severity=Severity.WARNING)
        return
    encoding = its.get("storage-encoding", "UTF-8")
    line_break = its.get("line-break-type", "lf")
    for _, translation, index in entry.pairs():
        text = stored_text(translation)
        try:
            size = storage_bytes(text, encoding, line_break)
        except LookupError:
            yield ctx.finding(entry, f"unknown storage encoding {encoding!r}: the size cannot be checked",
                              severity=Severity.WARNING)
            return
        except UnicodeEncodeError as error:
            bad = error.object[error.start:error.end]
            yield ctx.finding(entry, f"{bad!r} cannot be stored in {encoding}{_form(index)}",
                              hint=f"use only characters {encoding} has", target_marks=[bad])
            continue
        if size > limit:
            yield ctx.finding(entry, f"the translation takes {size} bytes in {encoding}; the storage size is "
                              f"{limit}{_form(index)}", hint=f"shorten it by {size - limit} bytes",
                              data={"bytes": str(size), "limit": str(limit)})


def allowed_pattern(expression: str) -> re.Pattern:
    """ITS Allowed Characters (one XML Schema character class) as a Python pattern for one character.

    Raises ``re.error`` when Python cannot read it (``\\p{…}`` classes, character class
    subtraction).
    """
    return re.compile(f"(?:{expression})", re.DOTALL)


@check("entry.allowed-characters", severity=Severity.ERROR)
def entry_allowed_characters(entry: Entry, ctx: CheckContext) -> Iterator[Finding]:
    """The translation has characters its source's ITS Allowed Characters excludes."""
    expression = entry.its.get("allowed-characters")
    if not expression:
        return
    try:
        pattern = allowed_pattern(expression)
    except re.error as error:
        yield ctx.finding(entry, f"the allowed-characters pattern {expression!r} cannot be checked: {error}",
                          severity=Severity.INFO)
        return
    for _, translation, index in entry.pairs():
        bad = sorted({ch for ch in stored_text(translation) if not pattern.fullmatch(ch)})
        if bad:
            shown = " ".join(repr(ch) for ch in bad[:10]) + (" …" if len(bad) > 10 else "")
            yield ctx.finding(entry, f"characters outside {expression}: {shown}{_form(index)}",
                              hint="use only the characters the source allows", target_marks=bad)


__all__ = ["placeholders", "Placeholder", "FORMATS", "urls", "emails", "storage_bytes",
           "stored_text", "allowed_pattern"]
