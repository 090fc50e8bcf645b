"""Which parts of a document become units, and how translations go back in.

One walk over the source serves both directions (DESIGN.md): ``extract_units`` turns its
plan into units for the template; ``localize`` runs the same walk on the same source, asks
``lookup`` for each unit's translation, and rebuilds a copy of the document from the
translations, taking every inline element (and its attributes) from the source.

The walk, per ITS 2.0 (values from ``yzi18n.its.Annotations``):

* An element whose Elements Within Text value is ``no`` is a block. Inside a translatable
  block, each stretch of text and inline elements between child blocks is a *run*; a run
  with translatable text is a unit. An inline element that contains a block is treated as
  a block.
* Inline elements become ``<name_N>…</name_N>`` (``<name_N/>`` when empty); ``nested``
  elements (footnotes, and script/style when inline) become an empty placeholder and their
  content is a unit of its own; ``translate="no"`` inline content is shown but protected.
* Whitespace is collapsed and trimmed unless Preserve Space applies (then ``no-wrap``).
* Translatable attributes are units of their own: an element's own attributes come before
  its content, those of the inline elements of a run after the run.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import lxml.etree as etree

from . import inline
from .documents import Document
from .inline import Tag, Token, TranslationError
from .model import Location, Unit

ITS_NS = "http://www.w3.org/2005/11/its"
XHTML_NS = "http://www.w3.org/1999/xhtml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
FALLBACK_CLASS = "yzi18n-fallback"
MODES = ("paragraph", "sentence")

_WHITESPACE = re.compile(r"[ \t\n\r\f]+")  # XML/HTML whitespace only: a no-break space is text
_LEADING = re.compile(r"^[ \t\n\r\f]+")
_TRAILING = re.compile(r"[ \t\n\r\f]+$")
_OPAQUE = frozenset({"script", "style", "template"})  # never text, even inside a run

Lookup = Callable[[Unit], "str | None"]


@dataclass(frozen=True)
class Problem:
    """A translation that was not published as written; ``code`` is ``markup.*`` or ``protected.edited``."""

    code: str
    message: str
    unit: Unit
    translation: str
    language: str


@dataclass(frozen=True)
class LocalizeResult:
    """The localized copy of a document (the input is untouched) and what happened."""

    document: Document
    problems: tuple[Problem, ...] = ()
    units: int = 0  # units looked up (a sentence counts as one in sentence mode)
    translated: int = 0  # published from the translation
    fallback: int = 0  # no translation: source text kept (and marked)
    rejected: int = 0  # translation refused (see problems): source text kept
    removed: int = 0  # elements dropped by ITS Locale Filter


# ── the plan: one walk over the source ─────────────────────────────────────────────────────

@dataclass
class _Attribute:
    element: Any
    name: str
    unit: Unit


@dataclass
class _Sentence:
    unit: Unit
    tokens: list  # local ordinals
    tags: dict  # local ordinal → Tag
    back: dict  # local ordinal → run ordinal
    separator: str  # source whitespace after the sentence


@dataclass
class _Run:
    parent: Any
    owner: Any  # the node whose tail holds the run's first text; None: parent.text
    children: list  # the parent's child nodes in the run (inline elements, comments, PIs)
    whole: bool  # the run is all of the parent's content
    tokens: list
    tags: dict  # ordinal → Tag
    elements: dict  # ordinal → source element
    comments: list  # (anchor, node): comments and PIs inside the run, re-attached after anchor
    lead: str
    trail: str
    unit: Unit
    sentences: list = field(default_factory=list)  # sentence mode, when the run splits
    language: str = ""  # content language (for fallback marking)


class _Planner:
    def __init__(self, document: Document, annotations: Any, mode: str, source_language: str,
                 use_id_as_context: bool) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown segmentation mode {mode!r} (use {' or '.join(MODES)})")
        self.document = document
        self.get = annotations.get
        self.mode = mode
        self.use_id = use_id_as_context
        self.html = document.kind == "html"
        root_language = self.get(document.root, "languageinformation").get("lang")
        self.document_language = root_language or source_language
        self.items: list[_Attribute | _Run] = []
        self._within: dict[Any, str] = {}
        self._blocky: dict[Any, bool] = {}

    # element properties ------------------------------------------------------------------
    def within(self, element) -> str:
        value = self._within.get(element)
        if value is None:
            if self._is_its_markup(element):
                value = "no"
            else:
                value = self.get(element, "elementswithintext").get("withinText", "no")
            self._within[element] = value
        return value

    def translatable(self, element) -> bool:
        return self.get(element, "translate").get("translate", "yes") == "yes"

    def name(self, element) -> str:
        return element.tag if self.html else etree.QName(element).localname

    @staticmethod
    def _is_its_markup(element) -> bool:
        tag = element.tag
        return tag.startswith("{" + ITS_NS + "}") and tag != "{" + ITS_NS + "}span"

    def is_block(self, element) -> bool:
        within = self.within(element)
        if within == "nested":
            return False
        if within != "yes":
            return True
        blocky = self._blocky.get(element)
        if blocky is None:
            blocky = any(isinstance(d.tag, str) and self.within(d) == "no" and not self._under_nested(d, element)
                         for d in element.iterdescendants())
            self._blocky[element] = blocky
        return blocky

    def _under_nested(self, node, top) -> bool:
        node = node.getparent()
        while node is not None and node is not top:
            if self.within(node) == "nested":
                return True
            node = node.getparent()
        return False

    # the walk ----------------------------------------------------------------------------
    def visit(self, element) -> None:
        if not isinstance(element.tag, str):
            return
        if self._is_its_markup(element):
            return
        self.attributes(element)
        if not self.translatable(element) or self.name(element) in _OPAQUE:
            for child in element:
                if isinstance(child.tag, str):
                    self.visit(child)
            return
        self.content(element)

    def attributes(self, element) -> None:
        if not element.attrib:
            return
        for name, value in element.attrib.items():
            if not value.strip():
                continue
            if self.get(element, "translate", name).get("translate") != "yes":
                continue
            preserve = self.get(element, "preservespace", name).get("space") == "preserve"
            text = value if preserve else _WHITESPACE.sub(" ", value).strip()
            comments = self.comments(element, name)
            unit = Unit(msgid=text, locations=(Location(self.document.path, element.sourceline),),
                        comments=comments, flags=("no-wrap",) if preserve else (),
                        language=self.language_of(element, name))
            self.items.append(_Attribute(element, name, unit))

    def content(self, element) -> None:
        owner = None
        children: list = []
        for child in element:
            if isinstance(child.tag, str) and self.is_block(child):
                self.run(element, owner, children, whole=False)
                self.visit(child)
                owner, children = child, []
            else:
                children.append(child)
        self.run(element, owner, children, whole=owner is None)

    def run(self, parent, owner, children: list, *, whole: bool) -> None:
        leading = parent.text if owner is None else owner.tail
        if not children and not (leading and leading.strip()):
            return
        state = _RunState()
        state.text(leading)
        nested: list = []
        inline_elements: list = []
        for child in children:
            self.inline(child, state, nested, inline_elements, protected=False)
        preserve = self.get(parent, "preservespace").get("space") == "preserve"
        tokens, lead, trail = _normalize(state.tokens, preserve)
        if _has_text(tokens, state.tags):
            line = parent.sourceline if whole or owner is None else owner.sourceline
            for child in children:
                if isinstance(child.tag, str):
                    line = child.sourceline if not whole else line
                    break
            language = self.language_of(parent)
            unit = Unit(msgid=inline.encode(tokens), msgctxt=self.context(parent),
                        locations=(Location(self.document.path, line),),
                        comments=self.comments(parent, None, inline_elements),
                        flags=("no-wrap",) if preserve else (), language=language)
            item = _Run(parent, owner, list(children), whole, tokens, state.tags, state.elements,
                        state.comments, lead, trail, unit, language=language or self.document_language)
            if self.mode == "sentence" and not preserve:  # preserved text (code, verse) stays whole
                item.sentences = _split_sentences(item, language or self.document_language)
            self.items.append(item)
        for element in inline_elements:
            self.attributes(element)
        for element in nested:
            self.visit(element)

    def inline(self, node, state: "_RunState", nested: list, inline_elements: list, *, protected: bool) -> None:
        if not isinstance(node.tag, str):
            if not protected:
                state.comments.append((state.anchor, node))
            state.text(node.tail)
            return
        name = self.name(node)
        within = self.within(node)
        if within == "nested" or name in _OPAQUE or self._is_its_markup(node):
            ordinal = state.add(node, name, empty=True, protected=False)
            state.tokens.append(("e", ordinal, name))
            state.anchor = ("e", ordinal)
            if within == "nested" and not protected:
                nested.append(node)
        else:
            inline_elements.append(node)
            is_protected = protected or not self.translatable(node)
            if node.text is None and len(node) == 0:
                ordinal = state.add(node, name, empty=True, protected=is_protected)
                state.tokens.append(("e", ordinal, name))
                state.anchor = ("e", ordinal)
            else:
                ordinal = state.add(node, name, empty=False, protected=is_protected)
                state.tokens.append(("o", ordinal, name))
                state.anchor = ("o", ordinal)
                state.text(node.text)
                for child in node:
                    self.inline(child, state, nested, inline_elements, protected=is_protected)
                state.tokens.append(("c", ordinal, name))
                state.anchor = ("c", ordinal)
        state.text(node.tail)

    # unit fields -------------------------------------------------------------------------
    def context(self, element) -> str | None:
        if not self.use_id:
            return None
        return self.get(element, "idvalue").get("idValue") or None

    def language_of(self, element, attribute: str | None = None) -> str | None:
        language = self.get(element, "languageinformation", attribute).get("lang")
        if language and language.lower() != self.document_language.lower():
            return language
        return None

    def comments(self, element, attribute: str | None, inline_elements: Sequence = ()) -> tuple[str, ...]:
        out: list[str] = []
        for node in (element, *inline_elements):
            name = attribute if node is element else None
            note = self.get(node, "localizationnote", name)
            if note.get("locNote"):
                out.append(note["locNote"])
            if note.get("locNoteRef"):
                out.append(f"its: loc-note-ref={note['locNoteRef']}")
            if note and note.get("locNoteType") == "alert":
                out.append("its: loc-note-type=alert")
            if self.get(node, "terminology", name).get("term") == "yes":
                term = node.get(name) if name else " ".join("".join(node.itertext()).split())
                if term:  # read by the names checks (checks.names.its_terms)
                    out.append(f"its: term={term}")
        size = self.get(element, "storagesize", attribute)
        if size.get("storageSize"):
            out.append(f"its: storage-size={size['storageSize']}")
            encoding = size.get("storageEncoding")
            if encoding and encoding.upper() not in ("UTF-8", "UTF8"):
                out.append(f"its: storage-encoding={encoding}")
            line_break = size.get("lineBreakType")
            if line_break and line_break != "lf":
                out.append(f"its: line-break-type={line_break}")
        allowed = self.get(element, "allowedcharacters", attribute).get("allowedCharacters")
        if allowed:
            out.append(f"its: allowed-characters={allowed}")
        return tuple(dict.fromkeys(out))


class _RunState:
    __slots__ = ("tokens", "tags", "elements", "comments", "anchor")

    def __init__(self) -> None:
        self.tokens: list[Token] = []
        self.tags: dict[int, Tag] = {}
        self.elements: dict[int, Any] = {}
        self.comments: list = []
        self.anchor: tuple | None = None

    def text(self, text: str | None) -> None:
        if text:
            if self.tokens and self.tokens[-1][0] == "t":
                self.tokens[-1] = ("t", self.tokens[-1][1] + text)
            else:
                self.tokens.append(("t", text))

    def add(self, element, name: str, *, empty: bool, protected: bool) -> int:
        ordinal = len(self.tags) + 1
        self.tags[ordinal] = Tag(ordinal, name, empty, protected)
        self.elements[ordinal] = element
        return ordinal


def _normalize(tokens: list[Token], preserve: bool) -> tuple[list[Token], str, str]:
    """Collapse whitespace (unless preserved); the run's outer whitespace is returned apart."""
    if preserve:
        return tokens, "", ""
    out = [("t", _WHITESPACE.sub(" ", t[1])) if t[0] == "t" else t for t in tokens]
    lead = trail = ""
    if out and out[0][0] == "t":
        match = _LEADING.match(tokens[0][1])
        lead = match.group(0) if match else ""
        out[0] = ("t", out[0][1].lstrip(" "))
    if out and out[-1][0] == "t":
        match = _TRAILING.search(tokens[-1][1])
        trail = match.group(0) if match else ""
        out[-1] = ("t", out[-1][1].rstrip(" "))
    if len(tokens) == 1 and tokens[0][0] == "t" and not tokens[0][1].strip():
        lead, trail = tokens[0][1], ""
    return [t for t in out if t[0] != "t" or t[1]], lead, trail


def _has_text(tokens: Sequence[Token], tags: dict[int, Tag]) -> bool:
    """Whether a run has translatable text (outside protected elements)."""
    depth = 0
    for token in tokens:
        kind = token[0]
        if kind == "t":
            if depth == 0 and token[1].strip():
                return True
        elif kind == "o" and tags[token[1]].protected:
            depth += 1
        elif kind == "c" and tags[token[1]].protected:
            depth -= 1
    return False


# ── sentences ──────────────────────────────────────────────────────────────────────────

def _split_sentences(run: _Run, language: str) -> list[_Sentence]:
    """The run's sentences, never cutting inside an inline element; [] when it is one sentence."""
    from .sentences import boundaries

    tokens = run.tokens
    text = inline.plain_text(tokens)
    cuts = boundaries(text, language)
    if not cuts:
        return []
    pieces: list[list[Token]] = []
    current: list[Token] = []
    depth = 0
    position = 0
    index = 0
    for token in tokens:
        kind = token[0]
        if kind == "t":
            value = token[1]
            start = 0
            end = position + len(value)
            while index < len(cuts) and cuts[index] < end:
                offset = cuts[index] - position
                index += 1
                if depth == 0 and offset >= start:
                    if offset > start:
                        current.append(("t", value[start:offset]))
                    if current:
                        pieces.append(current)
                    current = []
                    start = offset
            if start < len(value):
                current.append(("t", value[start:]))
            position = end
            continue
        if kind == "o":
            while index < len(cuts) and cuts[index] < position:
                index += 1
            if index < len(cuts) and cuts[index] == position and depth == 0:
                index += 1
                if current:
                    pieces.append(current)
                current = []
            depth += 1
        elif kind == "c":
            depth -= 1
        current.append(token)
    if current:
        pieces.append(current)
    # a piece without translatable text (a lone tag, protected words) joins its neighbour
    merged: list[list[Token]] = []
    for piece in pieces:
        if merged and not _has_text(piece, run.tags):
            merged[-1].extend(piece)
        elif merged and not _has_text(merged[-1], run.tags):
            merged[-1].extend(piece)
        else:
            merged.append(list(piece))
    if len(merged) < 2:
        return []
    sentences: list[_Sentence] = []
    for piece in merged:
        separator = ""
        if piece and piece[-1][0] == "t":
            value = piece[-1][1]
            stripped = value.rstrip(" ")
            separator = value[len(stripped):]
            piece = piece[:-1] + ([("t", stripped)] if stripped else [])
        local, back = inline.renumber(piece)
        tags = {n: Tag(n, run.tags[old].name, run.tags[old].empty, run.tags[old].protected) for n, old in back.items()}
        unit = Unit(msgid=inline.encode(local), msgctxt=run.unit.msgctxt, locations=run.unit.locations,
                    comments=run.unit.comments, flags=run.unit.flags, language=run.unit.language)
        sentences.append(_Sentence(unit, local, tags, back, separator))
    return sentences


# ── extract ────────────────────────────────────────────────────────────────────────────

def plan(document: Document, annotations: Any, *, mode: str = "paragraph", source_language: str = "en",
         use_id_as_context: bool = False) -> list[_Attribute | _Run]:
    planner = _Planner(document, annotations, mode, source_language, use_id_as_context)
    planner.visit(document.root)
    return planner.items


def extract_units(document: Document, annotations: Any, *, mode: str = "paragraph", source_language: str = "en",
                  use_id_as_context: bool = False) -> list[Unit]:
    """The document's units in document order. Units with the same msgid and msgctxt are
    merged here, within the document (locations, comments and flags joined); the template
    builder merges across documents."""
    units: list[Unit] = []
    for item in plan(document, annotations, mode=mode, source_language=source_language,
                     use_id_as_context=use_id_as_context):
        if isinstance(item, _Run) and item.sentences:
            units.extend(sentence.unit for sentence in item.sentences)
        else:
            units.append(item.unit)
    return merge_units(units)


def merge_units(units: Sequence[Unit]) -> list[Unit]:
    """One unit per (msgctxt, msgid), first occurrence first, with locations etc. joined."""
    merged: dict[tuple[str | None, str], Unit] = {}
    for unit in units:
        key = (unit.msgctxt, unit.msgid)
        seen = merged.get(key)
        if seen is None:
            merged[key] = unit
        else:
            merged[key] = Unit(
                msgid=seen.msgid, msgctxt=seen.msgctxt,
                locations=tuple(dict.fromkeys(seen.locations + unit.locations)),
                comments=tuple(dict.fromkeys(seen.comments + unit.comments)),
                flags=tuple(dict.fromkeys(seen.flags + unit.flags)),
                language=seen.language if seen.language == unit.language else seen.language or unit.language)
    return list(merged.values())


# ── localize ───────────────────────────────────────────────────────────────────────────

def localize(document: Document, annotations: Any, lookup: Lookup, *, language: str, source_language: str = "en",
             mode: str = "paragraph", use_id_as_context: bool = False) -> LocalizeResult:
    """A copy of ``document`` with every unit replaced by ``lookup(unit)``.

    ``lookup`` returns the translation in msgid notation, or None. Without a translation the
    source text stays and is marked with its language (HTML: ``lang`` and the class
    ``yzi18n-fallback``; XML: ``xml:lang``). A translation whose markup does not match its
    source unit, or that carries markup, entity or script text its source does not, is not
    published: the source text stays and a ``Problem`` names the unit. Elements that ITS
    Locale Filter excludes for ``language`` are removed.
    """
    items = plan(document, annotations, mode=mode, source_language=source_language,
                 use_id_as_context=use_id_as_context)
    tree = copy.deepcopy(document.tree)
    copy_of = dict(zip(document.root.iter(), tree.getroot().iter()))
    build = _Builder(document, copy_of, lookup, language, source_language)
    for item in reversed(items):  # nested content is localized before the run that holds it
        if isinstance(item, _Attribute):
            build.attribute(item)
        else:
            build.run(item)
    removed = _apply_locale_filter(document, annotations, copy_of, language)
    result = dataclasses.replace(document, tree=tree)
    return LocalizeResult(result, tuple(reversed(build.problems)), build.units, build.translated,
                          build.fallback, build.rejected, removed)


class _Builder:
    def __init__(self, document: Document, copy_of: dict, lookup: Lookup, language: str, source_language: str):
        self.html = document.kind == "html"
        self.copy_of = copy_of
        self.lookup = lookup
        self.language = language
        self.source_language = source_language
        self.problems: list[Problem] = []
        self.units = self.translated = self.fallback = self.rejected = 0

    def _translation(self, unit: Unit) -> str | None:
        self.units += 1
        text = self.lookup(unit)
        return text if text else None

    def _problem(self, error: TranslationError | str, unit: Unit, translation: str, message: str = "") -> None:
        if isinstance(error, TranslationError):
            code, message = error.code, error.message
        else:
            code = error
        self.problems.append(Problem(code, message, unit, translation, self.language))

    def attribute(self, item: _Attribute) -> None:
        translation = self._translation(item.unit)
        if translation is None:
            self.fallback += 1
            return
        try:
            inline.check_plain(translation, item.unit.msgid)
        except TranslationError as error:
            self.rejected += 1
            self._problem(error, item.unit, translation)
            return
        self.translated += 1
        self.copy_of[item.element].set(item.name, translation)

    def _decode(self, unit: Unit, tokens: list, tags: dict) -> tuple[list | None, bool]:
        """Tokens of the unit's translation (None: keep the source) and whether it is a fallback."""
        translation = self._translation(unit)
        if translation is None:
            self.fallback += 1
            return None, True
        try:
            decoded, edited = inline.decode(translation, tokens, tags)
        except TranslationError as error:
            self.rejected += 1
            self._problem(error, unit, translation)
            return None, False
        for ordinal in edited:
            tag = tags[ordinal]
            self._problem("protected.edited", unit, translation,
                          f"the content of <{tag.name}_{ordinal}> is not to be translated; the source is kept")
        self.translated += 1
        return decoded, False

    def run(self, run: _Run) -> None:
        mark = self.language.lower() != run.language.lower()
        if not run.sentences:
            decoded, fallback = self._decode(run.unit, run.tokens, run.tags)
            if decoded is None:
                if fallback and mark:
                    if run.whole:
                        self._mark(self.copy_of[run.parent], run.language)
                    elif self._can_wrap(run.parent):
                        self._rebuild(run, [("w+", run.language), *run.tokens, ("w-",)])
                return
            self._rebuild(run, decoded)
            return
        combined: list = []
        fallbacks = 0
        for sentence in run.sentences:
            decoded, fallback = self._decode(sentence.unit, sentence.tokens, sentence.tags)
            if decoded is None:
                decoded = sentence.tokens
                if fallback:
                    fallbacks += 1
                    if mark and not run.whole or mark and fallbacks != len(run.sentences):
                        decoded = [("w+", run.language), *decoded, ("w-",)]
            for token in decoded:
                if token[0] in ("o", "c", "e"):
                    combined.append((token[0], sentence.back[token[1]], token[2]))
                else:
                    combined.append(token)
            if sentence.separator:
                combined.append(("t", sentence.separator))
        if fallbacks == len(run.sentences) and mark:
            if run.whole:
                self._mark(self.copy_of[run.parent], run.language)
                return
        if not self._can_wrap(run.parent):
            combined = [t for t in combined if t[0] not in ("w+", "w-")]
        self._rebuild(run, combined)

    def _can_wrap(self, parent) -> bool:
        return self.html or (isinstance(parent.tag, str) and parent.tag.startswith("{" + XHTML_NS + "}"))

    def _mark(self, element, language: str) -> None:
        if self.html:
            element.set("lang", language)
            classes = (element.get("class") or "").split()
            if FALLBACK_CLASS not in classes:
                element.set("class", " ".join([*classes, FALLBACK_CLASS]))
        elif element.tag.startswith("{" + XHTML_NS + "}"):
            element.set("lang", language)
            element.set(XML_LANG, language)
            classes = (element.get("class") or "").split()
            if FALLBACK_CLASS not in classes:
                element.set("class", " ".join([*classes, FALLBACK_CLASS]))
        else:
            element.set(XML_LANG, language)

    def _rebuild(self, run: _Run, tokens: list) -> None:
        """Replace the run's nodes in the copy by ``tokens``, reusing the copy's inline elements."""
        copy_of = self.copy_of
        parent = copy_of[run.parent]
        children = [copy_of[child] for child in run.children]
        for child in children:
            parent.remove(child)
        for ordinal, element in run.elements.items():
            tag = run.tags[ordinal]
            if not tag.empty and not tag.protected:
                target = copy_of[element]
                target.text = None
                for child in list(target):
                    target.remove(child)
        if run.owner is None:
            parent.text = None
            cursor: list = [parent, "text"]
            position = 0
        else:
            owner = copy_of[run.owner]
            owner.tail = None
            cursor = [owner, "tail"]
            position = parent.index(owner) + 1
        anchored: dict = {}
        for anchor, node in run.comments:
            anchored.setdefault(anchor, []).append(copy_of[node])
        stack = [parent]
        inserted = 0
        skip_until = None

        def put_text(text: str) -> None:
            node, slot = cursor
            if slot == "text":
                node.text = (node.text or "") + text
            else:
                node.tail = (node.tail or "") + text

        def append(node) -> None:
            nonlocal inserted
            container = stack[-1]
            node.tail = None
            if container is parent:
                parent.insert(position + inserted, node)
                inserted += 1
            else:
                container.append(node)
            cursor[0], cursor[1] = node, "tail"

        def after(key) -> None:
            for node in anchored.pop(key, ()):
                append(node)

        if run.lead:
            put_text(run.lead)
        after(None)
        for token in tokens:
            kind = token[0]
            if skip_until is not None:
                if kind == "c" and token[1] == skip_until:
                    skip_until = None
                    after(("c", token[1]))
                continue
            if kind == "t":
                put_text(token[1])
            elif kind == "o":
                node = copy_of[run.elements[token[1]]]
                append(node)
                if run.tags[token[1]].protected:
                    skip_until = token[1]  # kept whole from the source
                    continue
                stack.append(node)
                cursor[0], cursor[1] = node, "text"
                after(("o", token[1]))
            elif kind == "c":
                node = stack.pop()
                cursor[0], cursor[1] = node, "tail"
                after(("c", token[1]))
            elif kind == "e":
                append(copy_of[run.elements[token[1]]])
                after(("e", token[1]))
            elif kind == "w+":
                wrapper = parent.makeelement("span" if self.html else f"{{{XHTML_NS}}}span")
                wrapper.set("lang", token[1])
                wrapper.set("class", FALLBACK_CLASS)
                append(wrapper)
                stack.append(wrapper)
                cursor[0], cursor[1] = wrapper, "text"
            elif kind == "w-":
                node = stack.pop()
                cursor[0], cursor[1] = node, "tail"
        for nodes in anchored.values():  # anchors the translation dropped (cannot happen for tags)
            for node in nodes:
                append(node)
        if run.trail:
            put_text(run.trail)


# ── locale filter ──────────────────────────────────────────────────────────────────────

def _apply_locale_filter(document: Document, annotations: Any, copy_of: dict, language: str) -> int:
    removed = 0
    for element in document.root.iter():
        if not isinstance(element.tag, str):
            continue
        fields = annotations.get(element, "localefilter")
        if language_allowed(fields.get("localeFilterList", "*"), fields.get("localeFilterType", "include"), language):
            continue
        parent = element.getparent()
        if parent is not None and not language_allowed(
                *_filter_of(annotations, parent), language):
            continue  # an ancestor goes already
        target = copy_of[element]
        if target.getparent() is not None:
            _remove_keeping_tail(target)
            removed += 1
    return removed


def _filter_of(annotations: Any, element) -> tuple[str, str]:
    fields = annotations.get(element, "localefilter")
    return fields.get("localeFilterList", "*"), fields.get("localeFilterType", "include")


def language_allowed(ranges: str, kind: str, language: str) -> bool:
    """ITS Locale Filter: whether ``language`` keeps content with this list and type."""
    matched = any(_range_matches(r.strip(), language) for r in ranges.split(",") if r.strip())
    return matched if kind != "exclude" else not matched


def _range_matches(language_range: str, tag: str) -> bool:
    """RFC 4647 extended filtering (what ITS Locale Filter uses)."""
    wanted = language_range.lower().split("-")
    parts = tag.lower().replace("_", "-").split("-")
    if wanted[0] != "*" and wanted[0] != parts[0]:
        return False
    i = j = 1
    while i < len(wanted):
        if wanted[i] == "*":
            i += 1
        elif j >= len(parts):
            return False
        elif wanted[i] == parts[j]:
            i += 1
            j += 1
        elif len(parts[j]) == 1:
            return False
        else:
            j += 1
    return True


def _remove_keeping_tail(element) -> None:
    parent = element.getparent()
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


__all__ = ["LocalizeResult", "MODES", "Problem", "extract_units", "language_allowed", "localize", "merge_units",
           "plan"]
