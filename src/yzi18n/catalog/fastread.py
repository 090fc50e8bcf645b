"""A read-only fast path from PO bytes to the checks' ``Catalog``, for ``yzi18n check``.

``check`` never writes a catalog, so it needs neither the raw text nor the pristine values
``pofile.parse_po`` keeps for a lossless round trip. Here one compiled regex reads a whole
entry of the common shape (comments, optional ``msgctxt``, ``msgid``, ``msgstr`` or
``msgid_plural`` with ``msgstr[N]``, one string per line) and the entry is built straight as an
``Entry``. Anything else — obsolete ``#~`` entries, CR line ends, a string with two quoted parts
on one line, an escape we would have to reject, a duplicate, any syntax error — makes
``fast_catalog`` return None, and ``read_catalog`` takes the full parser, which reads it (or
raises its ``path:line: message`` error). The test suite proves both paths give equal entries.
"""

from __future__ import annotations

import codecs
import re
from operator import attrgetter
from pathlib import Path

from ..errors import CatalogError
from ..langtags import header_language
from ..model import Catalog, Entry, Location
from .pofile import _gc_paused, _new, _sniff_encoding, _unescape as _full_unescape, parse_header, read_po, to_catalog

# The entry pattern takes each quoted string loosely, as the line from its first quote to its
# last (``"(.*)"``: a line is scanned about 2.5 times faster so); what it takes is then checked
# against the strict form of a PO string (``_INNER``: no bare quote, escapes in pairs), once per
# string that holds a quote or a backslash at all. Both ways give the same entries: the lines
# are the same kinds in the same places, and a string the strict form refuses makes the fast path
# step aside, as the strict pattern's failing to match did.
_STRING = r'[^"\\\n]*(?:\\.[^"\\\n]*)*'  # the inside of one quoted string, strictly
_INNER = re.compile(_STRING)
_Q = r'"(.*)"\n'  # one quoted string ending its line: the capture is its inside (loosely)
_MORE = r'((?:".*"\n)*)'  # continuation lines (loosely)
_MORE_STRICT = re.compile(r'(?:"' + _STRING + r'"\n)*')
_FORMS_STRICT = re.compile(r'(?:msgstr\[\d+\][ \t]*"' + _STRING + r'"\n(?:"' + _STRING + r'"\n)*)+')
_ENTRY = re.compile(
    r"((?:[ \t]*\n|#(?!~)[^\n]*\n)*)"  # 1: blank and comment lines
    r"(?:msgctxt[ \t]*" + _Q + _MORE + ")?"  # 2, 3: msgctxt
    r"msgid[ \t]*" + _Q + _MORE +  # 4, 5: msgid
    r"(?:msgstr[ \t]*" + _Q + _MORE +  # 6, 7: msgstr
    r"|msgid_plural[ \t]*" + _Q + _MORE +  # 8, 9: msgid_plural
    r'((?:msgstr\[\d+\][ \t]*".*"\n(?:".*"\n)*)+)'  # 10: the forms
    r")")
_PIECE = re.compile(r'"([^"\\\n]*(?:\\.[^"\\\n]*)*)"\n')
_FORM_SPLIT = re.compile(r"(?m)^(?=msgstr\[)")
_FORM = re.compile(r"msgstr\[(\d+)\][ \t]*")
_TRAILING = re.compile(r"(?:[ \t]*\n|#[^\n]*\n)*\Z")
_PREVIOUS_MSGID = re.compile(r'#\|[ \t]*msgid[ \t]*"([^"\\\n]*(?:\\.[^"\\\n]*)*)"[ \t]*$')
_PREVIOUS_MORE = re.compile(r'#\|[ \t]*"([^"\\\n]*(?:\\.[^"\\\n]*)*)"[ \t]*$')
_PREVIOUS_OTHER = re.compile(r'#\|[ \t]*(?:msgctxt|msgid_plural)[ \t]*"[^"\\\n]*(?:\\.[^"\\\n]*)*"[ \t]*$')


def _unescape(inner: str, path: str, line: int) -> str:
    """``pofile._unescape``, with a shortcut for the common case of quotes as the only escapes
    (every backslash followed by a quote: there is no other way to read it)."""
    if inner.count("\\") == inner.count('\\"'):
        return inner.replace('\\"', '"')
    return _full_unescape(inner, path, line)


class _Unusual(Exception):
    """Something the fast path does not read: the full parser decides."""


def _value(first: str, more: str) -> str:
    """The string of a keyword line's inside plus its continuation lines, each unescaped on its
    own (as the full parser does: an octal escape never runs into the next line)."""
    if "\\" in first:
        first = _unescape(first, "", 0)
    if not more:
        return first
    pieces = [first]
    for piece in _PIECE.findall(more):
        pieces.append(_unescape(piece, "", 0) if "\\" in piece else piece)
    return "".join(pieces)


def _string(first: str, more: str | None) -> tuple[str, int]:
    """The string of a keyword (its line's inside, taken loosely, and its continuation lines) and
    how many continuation lines it has; _Unusual when the strict form refuses it."""
    if ('"' in first or "\\" in first) and _INNER.fullmatch(first) is None:
        raise _Unusual
    if not more:
        return (_unescape(first, "", 0) if "\\" in first else first), 0
    if _MORE_STRICT.fullmatch(more) is None:
        raise _Unusual
    return _value(first, more), more.count("\n")


def _previous_msgid(lines: list[str]) -> str | None:
    """The ``#| msgid`` of an entry's ``#|`` lines; _Unusual for anything we do not read."""
    value: list[str] | None = None
    reading = False
    for line in lines:
        if (match := _PREVIOUS_MSGID.match(line)) is not None:
            if value is not None:
                raise _Unusual
            value, reading = [match.group(1)], True
        elif (match := _PREVIOUS_MORE.match(line)) is not None:
            if not reading:
                raise _Unusual
            value.append(match.group(1))  # type: ignore[union-attr]
        elif _PREVIOUS_OTHER.match(line):
            reading = False
        else:
            raise _Unusual
    if value is None:
        return None
    return "".join(_unescape(v, "", 0) if "\\" in v else v for v in value)


def _comments(block: str) -> tuple[tuple, tuple, tuple, tuple, str | None]:
    """(flags, translator comments, extracted comments, locations, previous msgid)."""
    flags: list[str] = []
    translator: list[str] = []
    extracted: list[str] = []
    locations: list[Location] = []
    previous: list[str] = []
    for line in block.split("\n"):
        if not line or line[0] != "#":
            continue
        second = line[1:2]
        if second == ",":
            flags.extend(f.strip() for f in line[2:].split(",") if f.strip())
        elif second == ":":
            for reference in line[2:].split():
                name, sep, number = reference.rpartition(":")
                locations.append(_new(Location, {"path": name, "line": int(number)}) if sep and number.isdigit()
                                 else _new(Location, {"path": reference, "line": None}))
        elif second == ".":
            extracted.append(line[3:] if line[2:3] == " " else line[2:])
        elif second == "|":
            previous.append(line)
        else:
            translator.append(line[2:] if second == " " else line[1:])
    return (tuple(flags), tuple(translator), tuple(extracted), tuple(locations),
            _previous_msgid(previous) if previous else None)


def _entry(row: tuple, line: int) -> tuple[Entry, int]:
    """The Entry of one match of the entry pattern starting at ``line``, and the line after it;
    any shape (comments, continuation lines, plural forms). _Unusual for what we do not read."""
    comments, ctxt, ctxt_more, msgid, msgid_more, msgstr, msgstr_more, msgid_plural, plural_more, forms_text = row
    msgid_line = line + comments.count("\n")
    if ctxt is not None:
        ctxt, more_lines = _string(ctxt, ctxt_more)
        msgid_line += 1 + more_lines
    if "#" in comments:
        flags, translator, extracted, locations, previous = _comments(comments)
    else:
        flags = translator = extracted = locations = ()
        previous = None
    msgid, more_lines = _string(msgid, msgid_more)
    msgstr_line = msgid_line + 1 + more_lines
    if msgstr is not None:
        msgstr, more_lines = _string(msgstr, msgstr_more)
        line = msgstr_line + 1 + more_lines
        plural = ()
    else:
        if _INNER.fullmatch(msgid_plural) is None or (plural_more and _MORE_STRICT.fullmatch(plural_more) is None) \
                or _FORMS_STRICT.fullmatch(forms_text) is None:
            raise _Unusual
        msgstr_line += 1 + plural_more.count("\n")
        line = msgstr_line + forms_text.count("\n")
        msgid_plural = _value(msgid_plural, plural_more)
        msgstr = ""
        forms = []
        for index, form in enumerate(_FORM_SPLIT.split(forms_text)[1:]):
            head = _FORM.match(form)
            if head is None or int(head.group(1)) != index:
                raise _Unusual
            rest = form[head.end():]
            first = _PIECE.match(rest)
            if first is None:
                raise _Unusual
            forms.append((index, _value(first.group(1), rest[first.end():])))
        plural = tuple(forms)
    return _new(Entry, {
        "msgid": msgid, "msgstr": msgstr, "msgctxt": ctxt, "msgid_plural": msgid_plural,
        "msgstr_plural": plural, "flags": flags, "extracted_comments": extracted,
        "translator_comments": translator, "locations": locations, "previous_msgid": previous,
        "obsolete": False, "line": msgid_line, "msgstr_line": msgstr_line}), line


def _escaped(inner: str) -> str:
    """The value of a string's inside (taken loosely) that holds a backslash; _Unusual when the
    strict form refuses it. When every backslash escapes a quote and every quote is so escaped
    (three counts), it is strict and one ``replace`` unescapes it."""
    quotes = inner.count('\\"')
    if inner.count("\\") == quotes == inner.count('"'):
        return inner.replace('\\"', '"')
    if _INNER.fullmatch(inner) is None:
        raise _Unusual
    return _full_unescape(inner, "", 0)


_GROUPS = re.Match.groups
_MSGID = attrgetter("msgid")
# the fields of an entry of the plain shape, in Entry's order; msgid, msgstr, msgctxt and the
# lines are written over them
_PLAIN = {"msgid": "", "msgstr": "", "msgctxt": None, "msgid_plural": None, "msgstr_plural": (), "flags": (),
          "extracted_comments": (), "translator_comments": (), "locations": (), "previous_msgid": None,
          "obsolete": False, "line": None, "msgstr_line": None}


# a plain entry's msgid as written → its value: the catalogs of a run share their sources, so
# each is unescaped once and is one string object in all of them (its hash computed once, equal
# keys found by identity); bounded, cleared when full. Only entries of the plain shape (no
# comments, one-line strings, as NTREX's) share it; entries with references (#:), as most
# projects' are, are read by ``_entry`` and share nothing
_SOURCES: dict[str, str] = {}


def fast_entries(text: str) -> list[Entry] | None:
    """The entries of a decoded PO text, or None when it holds anything but the common shape.

    The pattern's scanner matches entries one after another, each where the last ended (taken in
    one C-level pass, ``iter(scanner.match, None)``). An entry of the plainest shape (blank lines,
    an optional one-line ``msgctxt``, a one-line ``msgid`` and ``msgstr``) is built inline; any
    other goes through ``_entry``. Line numbers come from the lines of each part of the entry."""
    if "\r" in text or "\n#~" in text or text.startswith("#~"):
        return None  # CR line ends, obsolete entries
    if not text.endswith("\n"):
        text += "\n"
    matches = list(iter(_ENTRY.scanner(text).match, None))
    end = matches[-1].end() if matches else 0
    if end < len(text) and not _TRAILING.match(text, end):
        return None
    entries: list[Entry] = []
    append = entries.append
    new = object.__new__
    plain = _PLAIN
    sources = _SOURCES
    if len(sources) > 100_000:
        sources.clear()
    line = 1  # the line number where the next match starts
    try:
        for row in map(_GROUPS, matches):
            comments, ctxt, ctxt_more, msgid, msgid_more, msgstr, msgstr_more, _, _, _ = row
            if msgstr is None or ctxt_more or msgid_more or msgstr_more or "#" in comments:
                entry, line = _entry(row, line)
                append(entry)
                continue
            # the plain shape: each string is one line; a quote inside must be escaped
            msgid_line = line + comments.count("\n")
            if ctxt is not None:
                msgid_line += 1
                if "\\" in ctxt:
                    ctxt = _escaped(ctxt)
                elif '"' in ctxt:
                    raise _Unusual
            value = sources.get(msgid)
            if value is None:
                value = msgid
                if "\\" in msgid:
                    value = _escaped(msgid)
                elif '"' in msgid:
                    raise _Unusual  # a bare quote
                sources[msgid] = value
            msgid = value
            if "\\" in msgstr:
                msgstr = _escaped(msgstr)
            elif '"' in msgstr:
                raise _Unusual
            line = msgid_line + 2
            entry = new(Entry)  # its fields written into its own __dict__: no frozen __init__
            state = entry.__dict__
            state.update(plain)
            state["msgid"] = msgid
            state["msgstr"] = msgstr
            state["msgctxt"] = ctxt
            state["line"] = msgid_line
            state["msgstr_line"] = msgid_line + 1
            append(entry)
    except (_Unusual, CatalogError, ValueError):
        return None
    # a duplicate (msgctxt, msgid): the full parser names both lines. Distinct msgids rule one out
    # without a pair per entry (their hashes are computed once per run: catalogs share the sources)
    if len(set(map(_MSGID, entries))) != len(entries) \
            and len({(entry.msgctxt, entry.msgid) for entry in entries}) != len(entries):
        return None
    return entries


def fast_catalog(data: bytes, path: str, language: str | None = None) -> Catalog | None:
    """The checks' view of PO bytes, equal to ``to_catalog(parse_po(data, path), path, language)``,
    or None when the fast path does not read this file."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    try:
        text = data.decode(_sniff_encoding(data, path))
    except (CatalogError, UnicodeDecodeError, LookupError):
        return None
    with _gc_paused():
        entries = fast_entries(text)
    if entries is None:
        return None
    headers: tuple[tuple[str, str], ...] = ()
    if entries and entries[0].msgid == "" and entries[0].msgctxt is None:
        headers = tuple(parse_header(entries[0].msgstr))
    if language is None:
        for key, value in headers:
            if key.lower() == "language" and value.strip():
                language = value  # normalized below, with a --language given
                break
    return Catalog(path=path, language=header_language(language) if language else None,
                   entries=tuple(entries), headers=headers)


def read_catalog(path: Path, display_path: str | None = None, *, language: str | None = None) -> Catalog:
    """Read a PO/POT file as the checks see it (never for writing it back): the fast path when it
    reads the file, the full parser otherwise (whose errors it raises)."""
    shown = display_path if display_path is not None else str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise CatalogError(error.strerror or str(error), shown) from None
    catalog = fast_catalog(data, shown, language)
    if catalog is not None:
        return catalog
    return to_catalog(read_po(path, shown), shown, language=language)


__all__ = ["fast_catalog", "fast_entries", "read_catalog"]
