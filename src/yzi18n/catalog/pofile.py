"""PO and POT files, read and written without loss.

Every entry keeps the exact text it was read from; an entry that nobody changed is written
back as that text, so loading and saving an unchanged catalog gives the same bytes whatever
tool wrote it. A new or changed entry is written the way GNU gettext writes it (comment
order, ``#:`` filling, 79-column wrapping, escaping: see ``wrap.py``).

The parser is our own, not polib's: polib reorders header fields and rewraps lines, and it
is several times slower than ``msgfmt -c`` (issue 4 measures 2.5 s to load 100,000 entries).
polib serves as the reference reader in the tests. Syntax errors raise ``CatalogError`` with
``path:line``; a file that fails to parse is never written.
"""

from __future__ import annotations

import codecs
import contextlib
import gc
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import CatalogError
from ..fileio import write_atomic
from ..langtags import header_language
from ..model import Catalog, Entry, Location
from .wrap import wrap_references, wrap_string

DATE_HEADERS = ("POT-Creation-Date", "PO-Revision-Date")


@contextlib.contextmanager
def _gc_paused():
    """Pause the cyclic garbage collector while building many acyclic objects.

    Reading 100,000 entries allocates millions of tuples and dicts; each allocation burst
    triggers a collection that walks every object made so far (measured: 2.0 → 0.6 s for
    ``to_catalog`` of 100,000 entries). Entries hold no reference cycles, so nothing leaks.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _new(cls, values: dict):
    """An instance of the frozen dataclass ``cls`` holding ``values`` (every field), made without
    running ``__init__``: the reader makes one per entry, and the frozen ``__init__``'s
    per-field ``object.__setattr__`` is most of its cost. Only for classes without
    ``__post_init__`` or slots."""
    instance = object.__new__(cls)
    object.__setattr__(instance, "__dict__", values)
    return instance


@dataclass(frozen=True)
class PoEntry:
    """One entry of a PO file; ``msgstr_plural`` holds ``msgstr[0]``, ``msgstr[1]``, … in order.

    ``raw`` is the text the entry was read from (blank lines before it included); it is written
    back as it is while the entry's fields still equal those read (``pristine``).
    """

    msgid: str = ""
    msgstr: str = ""
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr_plural: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    translator_comments: tuple[str, ...] = ()
    extracted_comments: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    previous_msgctxt: str | None = None
    previous_msgid: str | None = None
    previous_msgid_plural: str | None = None
    obsolete: bool = False
    line: int | None = field(default=None, compare=False)
    msgstr_line: int | None = field(default=None, compare=False)
    raw: str | None = field(default=None, compare=False, repr=False)
    pristine: tuple | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.msgctxt, self.msgid)

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags

    @property
    def is_header(self) -> bool:
        return self.msgid == "" and self.msgctxt is None and not self.obsolete

    @property
    def translations(self) -> tuple[str, ...]:
        return self.msgstr_plural if self.msgid_plural is not None else (self.msgstr,)

    @property
    def translated(self) -> bool:
        return bool(self.translations) and all(self.translations)

    def fields(self) -> tuple:
        """The values that make up the entry's text (what ``pristine`` is compared with)."""
        return (self.msgid, self.msgstr, self.msgctxt, self.msgid_plural, self.msgstr_plural,
                self.flags, self.translator_comments, self.extracted_comments, self.references,
                self.previous_msgctxt, self.previous_msgid, self.previous_msgid_plural, self.obsolete)

    @property
    def unchanged(self) -> bool:
        """True when the entry still holds what was read, so ``raw`` can be written."""
        return self.raw is not None and self.pristine == self.fields()

    def with_flag(self, flag: str, present: bool = True) -> PoEntry:
        """A copy with ``flag`` added (``fuzzy`` goes first, as gettext writes it) or removed."""
        flags = tuple(f for f in self.flags if f != flag)
        if present:
            flags = (flag,) + flags if flag == "fuzzy" else flags + (flag,)
        return replace(self, flags=flags)


_FIELD_NAMES = ("msgid", "msgstr", "msgctxt", "msgid_plural", "msgstr_plural", "flags",
                "translator_comments", "extracted_comments", "references", "previous_msgctxt",
                "previous_msgid", "previous_msgid_plural", "obsolete")


@dataclass(frozen=True)
class PoFile:
    """A PO or POT file: its entries in file order (the header first when there is one)."""

    entries: tuple[PoEntry, ...] = ()
    trailing: str = ""  # text after the last entry (blank lines, stray comments)
    bom: bool = False
    newline: str = "\n"

    @property
    def header(self) -> PoEntry | None:
        for entry in self.entries[:1]:
            if entry.is_header:
                return entry
        return None

    def header_fields(self) -> list[tuple[str, str]]:
        """``[(name, value), …]`` from the header's msgstr, in file order."""
        header = self.header
        return parse_header(header.msgstr) if header is not None else []

    def header_value(self, name: str) -> str | None:
        for key, value in self.header_fields():
            if key.lower() == name.lower():
                return value
        return None

    @property
    def encoding(self) -> str:
        """The Python codec for the header's charset (UTF-8 when none or ``CHARSET``)."""
        return codec_for(charset_of(self.header_value("Content-Type") or ""))

    def messages(self) -> list[PoEntry]:
        """The entries that are neither the header nor obsolete."""
        return [e for e in self.entries if not e.obsolete and not e.is_header]

    def with_header(self, updates: dict[str, str], comments: tuple[str, ...] | None = None) -> PoFile:
        """A copy whose header has ``updates`` applied: fields replaced in place, new ones appended."""
        header = self.header or PoEntry(msgid="", msgstr="")
        fields = list(parse_header(header.msgstr))
        for name, value in updates.items():
            for i, (key, _) in enumerate(fields):
                if key.lower() == name.lower():
                    fields[i] = (key, value)
                    break
            else:
                fields.append((name, value))
        new_header = replace(header, msgstr=render_header(fields))
        if comments is not None:
            new_header = replace(new_header, translator_comments=comments)
        rest = self.entries[1:] if self.header is not None else self.entries
        return replace(self, entries=(new_header,) + tuple(rest))


def parse_header(msgstr: str) -> list[tuple[str, str]]:
    fields = []
    for line in msgstr.split("\n"):
        name, sep, value = line.partition(":")
        if sep and name.strip():
            fields.append((name.strip(), value.strip()))
    return fields


def render_header(fields: list[tuple[str, str]]) -> str:
    return "".join(f"{name}: {value}\n" for name, value in fields)


_CHARSET = re.compile(r"charset\s*=\s*([-\w.:]+)", re.IGNORECASE)


def charset_of(content_type: str) -> str:
    match = _CHARSET.search(content_type)
    return match.group(1) if match else "UTF-8"


def codec_for(charset: str) -> str:
    if charset.upper() == "CHARSET":  # the template placeholder: ASCII, which UTF-8 reads
        return "utf-8"
    try:
        return codecs.lookup(charset).name
    except LookupError:
        return ""


# ── reading ─────────────────────────────────────────────────────────────────────────────

_CHARSET_BYTES = re.compile(rb"charset\s*=\s*([-\w.:]+)", re.IGNORECASE)
_STRING = re.compile(r'\s*"((?:[^"\\]|\\.)*)"')
_UNESCAPE = re.compile(r"\\(?:([0-7]{1,3})|x([0-9a-fA-F]{1,2})|(.))", re.DOTALL)
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f",
                   "v": "\v", "\\": "\\", '"': '"', "'": "'", "?": "?"}
_PLURAL_KEYWORD = re.compile(r"msgstr\[(\d+)\]$")


def _sniff_encoding(data: bytes, path: str) -> str:
    """The codec the header's charset names; the header is read before the file is decoded."""
    first = data.find(b"msgid")
    if first < 0:
        return "utf-8"
    end = data.find(b"\nmsgid", first + 5)
    end = data.find(b"\n#", first + 5) if end < 0 else end
    match = _CHARSET_BYTES.search(data, first, end if end > 0 else len(data))
    if not match:
        return "utf-8"
    charset = match.group(1).decode("ascii")
    codec = codec_for(charset)
    if not codec:
        raise CatalogError(f"unknown charset {charset!r} in the header", path,
                           data.count(b"\n", 0, match.start()) + 1,
                           hint="use a charset name that iconv knows, e.g. UTF-8")
    return codec


def _unescape(inner: str, path: str, line: int) -> str:
    def one(match: re.Match) -> str:
        octal, hexa, char = match.groups()
        if octal:
            return chr(int(octal, 8))
        if hexa:
            return chr(int(hexa, 16))
        try:
            return _SIMPLE_ESCAPES[char]
        except KeyError:
            raise CatalogError(f"invalid escape sequence '\\{char}'", path, line) from None

    return _UNESCAPE.sub(one, inner)


def _string_value(text: str, path: str, line: int) -> str:
    """The value of ``"…"`` (or several adjacent strings) at the start of ``text``."""
    text = text.rstrip()
    if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
        inner = text[1:-1]
        if '"' not in inner and "\\" not in inner:
            return inner
    else:
        if not text.startswith('"'):
            raise CatalogError("expected a string in double quotes", path, line)
    pos = 0
    parts = []
    while pos < len(text):
        match = _STRING.match(text, pos)
        if not match:
            if text[pos:].lstrip().startswith('"'):
                raise CatalogError("unterminated string", path, line,
                                   hint='end the string with " on the same line')
            raise CatalogError(f"unexpected text after a string: {text[pos:].strip()[:30]!r}", path, line)
        parts.append(match.group(1))
        pos = match.end()
        if not text[pos:].strip():
            break
    inner = "".join(parts)
    return _unescape(inner, path, line) if "\\" in inner else inner


# Targets of a string being read (continuation lines add to it).
_CTXT, _ID, _ID_PLURAL, _STR, _PLURAL, _PREV_CTXT, _PREV_ID, _PREV_PLURAL = range(1, 9)
_PREVIOUS = {"msgctxt": _PREV_CTXT, "msgid": _PREV_ID, "msgid_plural": _PREV_PLURAL}
_MIXED = "an entry mixes obsolete ('#~') and active lines"


def parse_po(data: bytes, path: str) -> PoFile:
    """Read a PO/POT file's bytes; ``path`` is what errors name."""
    with _gc_paused():
        return _parse_po(data, path)


def _parse_po(data: bytes, path: str) -> PoFile:
    """One pass over the lines with the entry being read held in local variables (this loop is
    what ``yzi18n check`` spends its time in, so it avoids per-line calls and objects).
    """
    bom = data.startswith(codecs.BOM_UTF8)
    if bom:
        data = data[3:]
    encoding = _sniff_encoding(data, path)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise CatalogError(f"byte 0x{data[error.start]:02x} is not valid {encoding} (the header's charset)",
                           path, line, hint="convert the file with iconv or fix the charset in Content-Type") from None
    newline = "\r\n" if "\r\n" in text[: text.find("\n") + 1] else "\n"
    crlf = "\r" in text
    lines = text.split("\n")
    entries: list[PoEntry] = []
    seen: dict[tuple[str | None, str], int] = {}
    raw_start = 0  # index of the first line of the current entry's raw text
    last_content = -1  # index of the last line that belongs to the current entry

    # the entry being read
    msgctxt = msgid = msgid_plural = msgstr = prev_ctxt = prev_id = prev_plural = None
    plural: list[str] = []
    flags: list[str] = []
    tcomments: list[str] = []
    ecomments: list[str] = []
    refs: list[str] = []
    obsolete = False
    keywords = False  # a msgctxt, msgid or msgstr line was read
    has_msgstr = False
    line_no = msgstr_line = start_line = None
    target = 0
    pieces: list[str] = []

    def close() -> None:
        nonlocal target, msgctxt, msgid, msgid_plural, msgstr, prev_ctxt, prev_id, prev_plural
        value = pieces[0] if len(pieces) == 1 else "".join(pieces)
        if target == _STR:
            msgstr = value
        elif target == _ID:
            msgid = value
        elif target == _PLURAL:
            plural.append(value)
        elif target == _CTXT:
            msgctxt = value
        elif target == _ID_PLURAL:
            msgid_plural = value
        elif target == _PREV_ID:
            prev_id = value
        elif target == _PREV_CTXT:
            prev_ctxt = value
        elif target == _PREV_PLURAL:
            prev_plural = value
        target = 0

    def finish() -> None:
        nonlocal raw_start, msgctxt, msgid, msgid_plural, msgstr, prev_ctxt, prev_id, prev_plural
        nonlocal plural, flags, tcomments, ecomments, refs, obsolete, keywords, has_msgstr
        nonlocal line_no, msgstr_line, start_line
        if target:
            close()
        if msgid is None:
            raise CatalogError("'msgstr' without 'msgid'" if has_msgstr else "entry without 'msgid'",
                               path, start_line or (last_content + 1))
        if not has_msgstr:
            raise CatalogError("missing 'msgstr' after 'msgid'", path, line_no)
        if msgid_plural is not None and msgstr is not None:
            raise CatalogError("'msgid_plural' needs 'msgstr[0]', not 'msgstr'", path, msgstr_line)
        raw = "\n".join(lines[raw_start:last_content + 1]) + "\n"
        values = (msgid, msgstr or "", msgctxt, msgid_plural, tuple(plural), tuple(flags),
                  tuple(tcomments), tuple(ecomments), tuple(refs), prev_ctxt, prev_id, prev_plural, obsolete)
        entries.append(_new(PoEntry, dict(zip(_FIELD_NAMES, values), line=line_no, msgstr_line=msgstr_line,
                                          raw=raw, pristine=values)))
        if not obsolete:
            key = (msgctxt, msgid)
            if key in seen:
                raise CatalogError(f"duplicate message definition (first defined at line {seen[key]})",
                                   path, line_no,
                                   hint="remove one of the two entries or give them different msgctxt")
            seen[key] = line_no
        raw_start = last_content + 1
        msgctxt = msgid = msgid_plural = msgstr = prev_ctxt = prev_id = prev_plural = None
        plural, flags, tcomments, ecomments, refs = [], [], [], [], []
        obsolete = keywords = has_msgstr = False
        line_no = msgstr_line = start_line = None

    index = -1
    for line in lines:
        index += 1
        if crlf and line.endswith("\r"):
            line = line[:-1]
        if not line:
            continue
        first = line[0]
        if first == "m":
            obsolete_line = False
        elif first == '"':
            if not target or target >= _PREV_CTXT:
                raise CatalogError("string continuation without a keyword", path, index + 1)
            if obsolete:
                raise CatalogError(_MIXED, path, index + 1)
            if line[-1] == '"' and '"' not in line[1:-1] and "\\" not in line:
                pieces.append(line[1:-1])
            else:
                pieces.append(_string_value(line, path, index + 1))
            last_content = index
            continue
        elif first == "#":
            second = line[1:2]
            if second == "~":
                if line.startswith("#~|"):
                    line = "#|" + line[3:]  # an obsolete entry's previous msgid
                    second = "|"
                    if has_msgstr:
                        finish()
                    obsolete = True
                else:
                    line = line[2:].lstrip(" \t")
                    if not line:
                        continue
                    first = line[0]
                    if first == '"':
                        if not target or target >= _PREV_CTXT:
                            raise CatalogError("string continuation without a keyword", path, index + 1)
                        if not obsolete:
                            raise CatalogError(_MIXED, path, index + 1)
                        pieces.append(_string_value(line, path, index + 1))
                        last_content = index
                        continue
                    if first != "m":
                        raise CatalogError(f"unexpected text {line.strip()[:30]!r}", path, index + 1)
                    obsolete_line = True
            if second != "~":
                if has_msgstr:
                    finish()
                elif keywords:
                    raise CatalogError("comment inside an entry (before its msgstr)", path, index + 1)
                if start_line is None:
                    start_line = index + 1
                if second == ",":
                    flags.extend(f.strip() for f in line[2:].split(",") if f.strip())
                elif second == ":":
                    refs.extend(line[2:].split())
                elif second == ".":
                    ecomments.append(line[3:] if line[2:3] == " " else line[2:])
                elif second == "|":
                    body = line[2:].lstrip()
                    if body.startswith('"'):
                        if target < _PREV_CTXT:
                            raise CatalogError("string continuation without a keyword", path, index + 1)
                        pieces.append(_string_value(body, path, index + 1))
                    else:
                        keyword, _, rest = body.partition(" ")
                        kind = _PREVIOUS.get(keyword)
                        if kind is None:
                            raise CatalogError(f"unknown keyword {keyword!r} in a '#|' line", path, index + 1)
                        value = _string_value(rest, path, index + 1)
                        if target:
                            close()
                        target, pieces = kind, [value]
                else:
                    tcomments.append(line[2:] if second == " " else line[1:])
                last_content = index
                continue
        else:
            if first in " \t":
                line = line.lstrip()
                if not line:
                    continue
                if line[0] in '#"':
                    raise CatalogError("a line may not start with spaces here", path, index + 1)
            if not line.startswith("m"):
                raise CatalogError(f"unexpected text {line.strip()[:30]!r}", path, index + 1)
            obsolete_line = False

        # a keyword line: msgctxt, msgid, msgid_plural, msgstr, msgstr[N]
        number = index + 1
        quote = line.find('"')
        if quote < 0:
            raise CatalogError(f"{line.split()[0]!r} needs a string in double quotes", path, number)
        keyword = line[:quote].rstrip()
        if line[-1] == '"' and '"' not in line[quote + 1:-1] and "\\" not in line:
            value = line[quote + 1:-1]
        else:
            value = _string_value(line[quote:], path, number)
        if keyword == "msgid" or keyword == "msgctxt":
            if has_msgstr:
                finish()
            if keywords and (keyword == "msgctxt" or msgid is not None or target == _ID):
                raise CatalogError("'msgid' again before 'msgstr'" if keyword == "msgid"
                                   else "'msgctxt' after 'msgid'", path, number)
            if obsolete_line:
                obsolete = True
            elif obsolete:
                raise CatalogError(_MIXED, path, number)
            if target:
                close()
            if keyword == "msgid":
                target = _ID
                line_no = number
            else:
                target = _CTXT
            pieces = [value]
            keywords = True
        elif obsolete_line != obsolete:
            raise CatalogError(_MIXED, path, number)
        elif keyword == "msgstr":
            if msgid is None and target != _ID:
                raise CatalogError("'msgstr' without 'msgid'", path, number)
            if has_msgstr:
                raise CatalogError("a second 'msgstr' in one entry", path, number)
            if target:
                close()
            target, pieces = _STR, [value]
            has_msgstr = keywords = True
            msgstr_line = number
        elif keyword == "msgid_plural":
            if target != _ID:
                raise CatalogError("'msgid_plural' must follow 'msgid'", path, number)
            close()
            target, pieces = _ID_PLURAL, [value]
        elif keyword.startswith("msgstr["):
            match = _PLURAL_KEYWORD.match(keyword)
            if not match:
                raise CatalogError(f"bad plural index in {keyword!r}", path, number)
            if msgid is None and target != _ID:
                raise CatalogError("'msgstr' without 'msgid'", path, number)
            if target:
                close()
            if msgid_plural is None:
                raise CatalogError(f"{keyword!r} without 'msgid_plural'", path, number,
                                   hint="a plural translation needs msgid_plural; otherwise use msgstr")
            if msgstr is not None:
                raise CatalogError(f"{keyword!r} after 'msgstr'", path, number)
            if int(match.group(1)) != len(plural):
                raise CatalogError(f"bad plural index in {keyword!r}: expected msgstr[{len(plural)}]",
                                   path, number)
            if not has_msgstr:
                msgstr_line = number
            has_msgstr = keywords = True
            target, pieces = _PLURAL, [value]
        else:
            raise CatalogError(f"unknown keyword {keyword!r}", path, number)
        if start_line is None:
            start_line = number
        last_content = index

    if has_msgstr or keywords:
        finish()
    # comments after the last entry belong to no entry: they stay in ``trailing``
    trailing = "\n".join(lines[raw_start:])
    return PoFile(tuple(entries), trailing=trailing, bom=bom, newline=newline)


def read_po(path: Path, display_path: str | None = None) -> PoFile:
    """Read and parse a PO/POT file; errors name ``display_path`` (default: ``path``)."""
    shown = display_path if display_path is not None else str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise CatalogError(error.strerror or str(error), shown) from None
    return parse_po(data, shown)


# ── writing ─────────────────────────────────────────────────────────────────────────────

def _comment(mark: str, text: str) -> str:
    return f"{mark} {text}" if text else mark


def format_entry(entry: PoEntry) -> str:
    """One entry as GNU gettext writes it (without the blank line before it)."""
    out: list[str] = []
    wrap = "no-wrap" not in entry.flags
    for comment in entry.translator_comments:
        out.append(_comment("#", comment))
    for comment in entry.extracted_comments:
        out.append(_comment("#.", comment))
    if entry.references:
        out.extend(wrap_references(entry.references))
    if entry.flags:
        out.append("#, " + ", ".join(entry.flags))
    prefix, previous_prefix = ("#~ ", "#~| ") if entry.obsolete else ("", "#| ")
    if entry.previous_msgctxt is not None:
        out.extend(wrap_string("msgctxt", entry.previous_msgctxt, prefix=previous_prefix, wrap=wrap))
    if entry.previous_msgid is not None:
        out.extend(wrap_string("msgid", entry.previous_msgid, prefix=previous_prefix, wrap=wrap))
    if entry.previous_msgid_plural is not None:
        out.extend(wrap_string("msgid_plural", entry.previous_msgid_plural, prefix=previous_prefix, wrap=wrap))
    if entry.msgctxt is not None:
        out.extend(wrap_string("msgctxt", entry.msgctxt, prefix=prefix, wrap=wrap))
    out.extend(wrap_string("msgid", entry.msgid, prefix=prefix, wrap=wrap))
    if entry.msgid_plural is not None:
        out.extend(wrap_string("msgid_plural", entry.msgid_plural, prefix=prefix, wrap=wrap))
        for index, text in enumerate(entry.msgstr_plural or ("", "")):
            out.extend(wrap_string(f"msgstr[{index}]", text, prefix=prefix, wrap=wrap))
    else:
        out.extend(wrap_string("msgstr", entry.msgstr, prefix=prefix, wrap=wrap))
    return "\n".join(out) + "\n"


def _leading_blank_lines(raw: str) -> str:
    end = 0
    while True:
        newline = raw.find("\n", end)
        if newline < 0 or raw[end:newline].strip():
            return raw[:end]
        end = newline + 1


def format_text(po: PoFile) -> str:
    parts: list[str] = []
    for index, entry in enumerate(po.entries):
        if entry.unchanged:
            parts.append(entry.raw)
            continue
        if entry.raw is not None:
            gap = _leading_blank_lines(entry.raw)
        else:
            gap = "" if index == 0 else "\n"
        text = format_entry(entry)
        if po.newline != "\n":
            text = text.replace("\n", po.newline)
        parts.append(gap + text)
    parts.append(po.trailing)
    return "".join(parts)


def format_po(po: PoFile) -> bytes:
    """The file's bytes, in the header's charset; ``CatalogError`` if a text does not fit it."""
    encoding = po.encoding or "utf-8"
    text = format_text(po)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError as error:
        line = text.count("\n", 0, error.start) + 1
        raise CatalogError(f"{text[error.start]!r} cannot be written in the catalog's charset {encoding}",
                           None, line, hint="change the header's charset to UTF-8") from None
    return codecs.BOM_UTF8 + data if po.bom else data


_DATE_LINE = re.compile(rb'^"(?:POT-Creation-Date|PO-Revision-Date):[^\n]*$', re.MULTILINE)


def _without_dates(data: bytes) -> bytes:
    end = data.find(b"\n\n")
    head, tail = (data, b"") if end < 0 else (data[:end], data[end:])
    return _DATE_LINE.sub(b'"date"', head) + tail


def differs_beyond_dates(old: bytes, new: bytes) -> bool:
    return old != new and _without_dates(old) != _without_dates(new)


def _bytes_for(po: PoFile, path: Path) -> bytes:
    try:
        return format_po(po)
    except CatalogError as error:
        error.path = str(path)
        raise


def would_change(po: PoFile, path: Path) -> bool:
    """True when writing ``po`` would change ``path`` beyond its date headers."""
    new = _bytes_for(po, path)
    try:
        old = Path(path).read_bytes()
    except FileNotFoundError:
        return True
    return differs_beyond_dates(old, new)


def write_po(po: PoFile, path: Path) -> bool:
    """Write atomically; False (nothing written) when unchanged or only date headers differ."""
    new = _bytes_for(po, path)
    try:
        old = Path(path).read_bytes()
    except FileNotFoundError:
        old = None
    if old is not None and not differs_beyond_dates(old, new):
        return False
    write_atomic(Path(path), new)
    return True


# ── the checks' view ────────────────────────────────────────────────────────────────────

def _location(reference: str) -> Location:
    name, sep, number = reference.rpartition(":")
    if sep and number.isdigit():
        return _new(Location, {"path": name, "line": int(number)})
    return _new(Location, {"path": reference, "line": None})


def to_entry(entry: PoEntry) -> Entry:
    plural = tuple(enumerate(entry.msgstr_plural)) if entry.msgid_plural is not None else ()
    return _new(Entry, {
        "msgid": entry.msgid, "msgstr": entry.msgstr if entry.msgid_plural is None else "",
        "msgctxt": entry.msgctxt, "msgid_plural": entry.msgid_plural, "msgstr_plural": plural,
        "flags": entry.flags, "extracted_comments": entry.extracted_comments,
        "translator_comments": entry.translator_comments,
        "locations": tuple([_location(r) for r in entry.references]) if entry.references else (),
        "previous_msgid": entry.previous_msgid, "obsolete": entry.obsolete,
        "line": entry.line, "msgstr_line": entry.msgstr_line})


def to_catalog(po: PoFile, path: str, language: str | None = None) -> Catalog:
    """The checks' view of ``po``; ``language`` defaults to the header's ``Language`` (BCP 47)."""
    headers = tuple(po.header_fields())
    if language is None:
        for key, value in headers:
            if key.lower() == "language" and value.strip():
                language = value  # normalized below, with a --language given
                break
    with _gc_paused():
        entries = tuple([to_entry(e) for e in po.entries])
    return Catalog(path=path, language=header_language(language) if language else None,
                   entries=entries, headers=headers)
