"""Glossaries of names and terms: CSV (long or wide) and TBX (TBX-Basic, TBX-Core, TBX 2008 ``martif``).

Long CSV, one row per term and language (the bundled site's ``glossary.csv``)::

    term,language,approved,forbidden,status,note
    Kong Lei,ru,Кун Лэй,Кон Лей,,
    2+X,*,,,dnt,policy code kept as written

``language`` is a BCP 47 tag, a locale folder name (``pt_BR``) or ``*`` (every language); a
field holds several forms separated by ``|``; ``status`` ``dnt`` (do not translate) means the
source form itself must appear. Wide CSV has a ``term`` column and one column per language
(approved forms), with optional ``status`` and ``note`` columns. For a term, the row of the
most specific language wins (``pt-BR`` over ``pt`` over ``*``).

Loading is the I/O shell; what it returns is frozen. A bad glossary raises ``InputError``
reading ``path:line: message``.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .langtags import to_bcp47

_STATUSES = {"": False, "approved": False, "preferred": False, "admitted": False,
             "dnt": True, "do-not-translate": True, "do not translate": True}
_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*(?:@[A-Za-z]+)?$")


@dataclass(frozen=True)
class TermRule:
    """One term in one language: the forms a translation must use and the forms it must not."""

    term: tuple[str, ...]  # the source forms (the first is the headword)
    language: str  # BCP 47, or "*" for every language
    approved: tuple[str, ...] = ()  # for a do-not-translate term: the source forms too
    forbidden: tuple[str, ...] = ()
    dnt: bool = False
    note: str = ""
    line: int | None = None

    @property
    def headword(self) -> str:
        return self.term[0]


@dataclass(frozen=True)
class Glossary:
    path: str
    rules: tuple[TermRule, ...] = ()
    source_language: str = "en"
    # language → rules_for(language), filled on demand: a glossary's hash walks every rule, so a
    # cache keyed by the glossary cost more than the lookup (12 s of 43 s over 20 NTREX catalogs)
    _by_language: dict = field(default_factory=dict, init=False, repr=False, compare=False, hash=False)

    @property
    def terms(self) -> tuple[tuple[str, ...], ...]:
        """The distinct terms (source forms), in file order."""
        seen: dict[str, tuple[str, ...]] = {}
        for rule in self.rules:
            seen.setdefault(rule.headword.casefold(), rule.term)
        return tuple(seen.values())

    def rules_for(self, language: str) -> tuple[TermRule, ...]:
        """For every term, the rule of the most specific row that applies to ``language``."""
        known = self._by_language.get(language)
        if known is None:
            known = self._by_language[language] = _rules_for(self, to_bcp47(language))
        return known

    def rule(self, term: str, language: str) -> TermRule | None:
        """The rule for ``term`` (any of its source forms, case aside) in ``language``."""
        key = term.casefold()
        for rule in self.rules_for(language):
            if any(form.casefold() == key for form in rule.term):
                return rule
        return None


def _rules_for(glossary: Glossary, language: str) -> tuple[TermRule, ...]:
    best: dict[str, tuple[int, TermRule]] = {}
    order: list[str] = []
    for rule in glossary.rules:
        rank = language_rank(rule.language, language)
        if rank is None:
            continue
        key = rule.headword.casefold()
        if key not in best:
            order.append(key)
        if key not in best or rank < best[key][0]:
            best[key] = (rank, rule)
    return tuple(best[key][1] for key in order)


@functools.lru_cache(maxsize=1024)
def _maximized(tag: str) -> tuple[str, str | None, str | None]:
    """(language, script, region) with CLDR's likely subtags filled in: ``zh-CN`` → zh, Hans, CN."""
    from babel.core import get_global

    parts = to_bcp47(tag).split("-")
    language = parts[0]
    script = next((p for p in parts[1:] if len(p) == 4 and p.isalpha()), None)
    region = next((p for p in parts[1:] if len(p) in (2, 3) and (p.isalpha() or p.isdigit())), None)
    likely = get_global("likely_subtags")
    for key in filter(None, (f"{language}_{region}" if region else None,
                             f"{language}_{script}" if script else None, language)):
        full = likely.get(key)
        if full:
            extra = full.split("_")[1:]
            script = script or next((p for p in extra if len(p) == 4), None)
            region = region or next((p for p in extra if len(p) != 4), None)
            break
    return language, script, region


def language_rank(row_language: str, target: str) -> int | None:
    """How well a glossary row's language fits a catalog's: 0 best, None when it does not apply.

    0 the same tag; 1 the same language, script and region once CLDR's likely subtags are
    filled in (``zh-CN`` and ``zh-Hans-CN``); 2 a row without region for the same language and
    script (``pt`` for ``pt-BR``, ``zh-Hans`` for ``zh-CN``); 3 ``*``.
    """
    if row_language == "*":
        return 3
    if to_bcp47(row_language) == to_bcp47(target):
        return 0
    row, want = _maximized(row_language), _maximized(target)
    if row[0] != want[0] or (row[1] and want[1] and row[1] != want[1]):
        return None
    row_has_region = any(len(p) in (2, 3) for p in to_bcp47(row_language).split("-")[1:])
    if not row_has_region:
        return 2
    return 1 if row[2] == want[2] else None


# ── loading ────────────────────────────────────────────────────────────────────────────

def load_glossary(path: Path, display_path: str) -> Glossary:
    """Read a CSV or TBX glossary (by extension: .tbx / .xml are TBX, anything else CSV)."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise InputError(f"cannot read glossary: {error.strerror or error}", display_path) from None
    if Path(path).suffix.lower() in (".tbx", ".xml") or data.lstrip()[:5] == b"<?xml":
        return parse_tbx(data, display_path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError("the glossary is not UTF-8", display_path, line) from None
    return parse_csv(text, display_path)


def _forms(field: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(f.strip() for f in field.split("|") if f.strip()))


def _language(value: str, path: str, line: int) -> str:
    value = value.strip()
    if value == "*":
        return "*"
    if not _TAG.match(value):
        raise InputError(f"{value!r} is not a language tag (use a BCP 47 tag, a locale folder name or *)",
                         path, line)
    return to_bcp47(value)


def _status(value: str, path: str, line: int) -> bool:
    key = value.strip().lower()
    if key not in _STATUSES:
        raise InputError(f"unknown status {value!r}", path, line,
                         hint="use dnt (do not translate) or leave it empty")
    return _STATUSES[key]


def parse_csv(text: str, path: str) -> Glossary:
    """A long (``term,language,…``) or wide (``term,de,fr,…``) CSV glossary."""
    reader = csv.reader(io.StringIO(text, newline=""))
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    try:
        for row in reader:
            if not row or not any(cell.strip() for cell in row) or row[0].lstrip().startswith("#"):
                continue
            if header is None:
                header = [cell.strip().lower() for cell in row]
                continue
            rows.append((reader.line_num, row))
    except csv.Error as error:
        raise InputError(f"CSV: {error}", path, reader.line_num) from None
    if header is None:
        return Glossary(path, ())
    if "term" not in header:
        raise InputError("the glossary's header has no 'term' column", path, 1,
                         hint="term,language,approved,forbidden,status,note")
    if "language" in header:
        rules = _long_rows(header, rows, path)
    else:
        rules = _wide_rows(header, rows, path)
    return Glossary(path, tuple(rules))


def _long_rows(header: list[str], rows, path: str) -> list[TermRule]:
    known = {"term", "language", "approved", "forbidden", "status", "note"}
    for name in header:
        if name and name not in known:
            raise InputError(f"unknown column {name!r}", path, 1, hint="columns: " + ",".join(sorted(known)))
    column = {name: index for index, name in enumerate(header)}
    rules: list[TermRule] = []
    first_seen: dict[tuple[str, str], int] = {}
    for line, row in rows:
        def cell(name: str) -> str:
            index = column.get(name)
            return row[index].strip() if index is not None and index < len(row) else ""

        if len(row) > len(header):
            raise InputError(f"{len(row)} fields where the header has {len(header)}", path, line,
                             hint="quote a field that contains a comma")
        term = _forms(cell("term"))
        if not term:
            raise InputError("a row without a term", path, line)
        language = _language(cell("language") or "*", path, line)
        key = (term[0].casefold(), language)
        if key in first_seen:
            raise InputError(f"a second row for {term[0]!r} in {language} (the first is at line "
                             f"{first_seen[key]})", path, line, hint="merge the rows: separate forms with |")
        first_seen[key] = line
        dnt = _status(cell("status"), path, line)
        approved, forbidden = _forms(cell("approved")), _forms(cell("forbidden"))
        clash = set(approved) & set(forbidden)
        if clash:
            raise InputError(f"{sorted(clash)[0]!r} is both approved and forbidden", path, line)
        if dnt:
            approved = tuple(dict.fromkeys(term + approved))
        rules.append(TermRule(term, language, approved, forbidden, dnt, cell("note"), line))
    return rules


def _wide_rows(header: list[str], rows, path: str) -> list[TermRule]:
    extra = {"term", "status", "note"}
    languages = {}
    for index, name in enumerate(header):
        if name in extra or not name:
            continue
        languages[index] = _language(name, path, 1)
    column = {name: index for index, name in enumerate(header)}
    rules: list[TermRule] = []
    for line, row in rows:
        def cell(index: int | None) -> str:
            return row[index].strip() if index is not None and index < len(row) else ""

        term = _forms(cell(column["term"]))
        if not term:
            raise InputError("a row without a term", path, line)
        dnt = _status(cell(column.get("status")), path, line)
        note = cell(column.get("note"))
        if dnt:
            rules.append(TermRule(term, "*", term, (), True, note, line))
        for index, language in languages.items():
            approved = _forms(cell(index))
            if approved:
                rules.append(TermRule(term, language, approved, (), False, note, line))
    return rules


# ── TBX ────────────────────────────────────────────────────────────────────────────────

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_FORBIDDEN_STATUS = {"deprecatedterm-admn-sts", "supersededterm-admn-sts", "deprecated", "superseded",
                     "notrecommended", "forbidden"}


def _local(element) -> str:
    return element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""


def parse_tbx(data: bytes, path: str) -> Glossary:
    """TBX-Basic / TBX-Core (``<tbx>``, ``conceptEntry/langSec/termSec``) and TBX 2008
    (``<martif>``, ``termEntry/langSet/tig``), parsed with the documents module's safety rules
    (no DTD, no network, entity declarations refused).

    A term whose ``administrativeStatus`` is deprecated or superseded is forbidden; others are
    approved. A concept whose note or definition says "do not translate" is a dnt term.
    """
    from .documents import parse_document

    document = parse_document(data, path, kind="xml")
    root = document.root
    if _local(root) not in ("tbx", "martif"):
        raise InputError(f"not a TBX file (root element <{_local(root)}>)", path, root.sourceline)
    source_language = to_bcp47(root.get(_XML_LANG) or "en")
    rules: list[TermRule] = []
    for concept in root.iter():
        if _local(concept) not in ("conceptEntry", "termEntry"):
            continue
        sections: dict[str, tuple[list[str], list[str], int | None]] = {}
        notes = " ".join(" ".join(el.itertext()) for el in concept.iter()
                         if _local(el) in ("note", "descrip", "definition", "transferComment"))
        dnt = "do not translate" in notes.lower() or "do-not-translate" in notes.lower()
        for section in concept:
            if _local(section) not in ("langSec", "langSet"):
                continue
            language = section.get(_XML_LANG)
            if not language:
                raise InputError(f"<{_local(section)}> without xml:lang", path, section.sourceline)
            approved, forbidden = sections.setdefault(to_bcp47(language), ([], [], section.sourceline))[:2]
            for holder in section.iter():
                if _local(holder) not in ("termSec", "tig", "ntig"):
                    continue
                term = next((el for el in holder.iter() if _local(el) == "term"), None)
                if term is None or not "".join(term.itertext()).strip():
                    raise InputError(f"<{_local(holder)}> without a term", path, holder.sourceline)
                status = ""
                for el in holder.iter():
                    if _local(el) == "administrativeStatus" or (
                            _local(el) == "termNote" and el.get("type") == "administrativeStatus"):
                        status = "".join(el.itertext()).strip().lower()
                text = " ".join("".join(term.itertext()).split())
                (forbidden if status in _FORBIDDEN_STATUS else approved).append(text)
        source = sections.pop(source_language, None) or sections.pop(source_language.split("-")[0], None)
        if source is None or not source[0]:
            if sections:
                raise InputError(f"a concept without a {source_language} term", path, concept.sourceline)
            continue
        term = tuple(dict.fromkeys(source[0]))
        if dnt:
            rules.append(TermRule(term, "*", term, (), True, "", concept.sourceline))
        for language, (approved, forbidden, line) in sections.items():
            rules.append(TermRule(term, language, tuple(dict.fromkeys(approved)),
                                  tuple(dict.fromkeys(forbidden)), False, "", line))
    return Glossary(path, tuple(rules), source_language)


__all__ = ["Glossary", "TermRule", "load_glossary", "parse_csv", "parse_tbx", "language_rank"]
