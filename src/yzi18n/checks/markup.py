"""The ``markup.*`` checks: a translation's inline tags against its source's, read with the codec.

Tags lost, added or renamed are compared as the ``<name_N>`` notation of DESIGN.md; the rest
(nesting, the tag's form, markup-, entity- or script-like text, ``translate="no"`` content
edited) is what ``inline.decode`` refuses or reports at build time, found here before a build.
Which tags are protected the catalog does not say: the source documents do, when the project
passes them (``options["source_documents"]``); without them no tag is taken as protected.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

from .. import inline
from ..inline import Tag, TranslationError
from ..model import Entry, Finding, Severity
from .registry import check
from .runner import CheckContext

_UNSAFE = {"markup.script", "markup.entity", "markup.unknown", "markup.invalid-character"}
_MALFORMED = {"markup.duplicate-tag", "markup.tag-form", "markup.not-well-formed"}


def _element(name: str, ordinal: int, empty: bool) -> str:
    return f"<{name}_{ordinal}/>" if empty else f"<{name}_{ordinal}>…</{name}_{ordinal}>"


def source_tags(msgid: str, protected: frozenset[int] = frozenset()) -> dict[int, Tag]:
    """The inline elements of a msgid by ordinal (``protected``: the translate="no" ones)."""
    tags: dict[int, Tag] = {}
    for token in inline.tokenize(msgid):
        if token[0] in ("o", "e") and token[1] not in tags:
            tags[token[1]] = Tag(token[1], token[2], token[0] == "e", token[1] in protected)
    return tags


# ── protected elements, from the source documents ────────────────────────────────────────

_INDEX_CACHE: list[tuple[object, dict[str, frozenset[int]]]] = []


def protected_index(documents, mode: str = "paragraph", source_language: str = "en") -> dict[str, frozenset[int]]:
    """msgid → ordinals of its translate="no" elements, for every unit of ``documents`` that has any."""
    from .. import its, segment

    index: dict[str, frozenset[int]] = {}
    for document in documents:
        annotations = its.annotate(document)
        for item in segment.plan(document, annotations, mode=mode, source_language=source_language):
            pieces = getattr(item, "sentences", None) or ([item] if hasattr(item, "tags") else [])
            for piece in pieces:
                protected = frozenset(n for n, tag in piece.tags.items() if tag.protected)
                if protected:
                    index[piece.unit.msgid] = index.get(piece.unit.msgid, frozenset()) | protected
    return index


def _protected(ctx: CheckContext, msgid: str) -> frozenset[int]:
    if "<" not in msgid:
        return frozenset()
    index = ctx.options.get("protected_tags")
    if index is None:
        loader = ctx.options.get("source_documents")
        if loader is None:
            return frozenset()
        index = _index_for(loader, ctx)
    return index.get(msgid, frozenset())


def _index_for(loader: Callable | tuple, ctx: CheckContext) -> dict[str, frozenset[int]]:
    """The index of one check run's documents, built once (the loader identifies the run)."""
    for known, index in _INDEX_CACHE:
        if known is loader:
            return index
    config = ctx.options.get("config")
    documents = loader() if callable(loader) else loader
    index = protected_index(documents, getattr(config, "segmentation", "paragraph"), ctx.source_language)
    _INDEX_CACHE.append((loader, index))
    del _INDEX_CACHE[:-4]
    return index


# ── the comparison ───────────────────────────────────────────────────────────────────────


def _form(index: int | None) -> str:
    return "" if index is None else f" (plural form {index})"


def problems(source: str, translation: str, protected: frozenset[int] = frozenset()) -> list[tuple[str, str, list[str]]]:
    """(code, message, tags or text to mark) for every markup problem of a translation."""
    source_tokens = inline.tokenize(source)
    tags = source_tags(source, protected)
    exempt = inline.inside_protected(source_tokens, tags) if protected else set()
    ours: dict[int, list[str]] = {}
    empty: set[int] = set()
    for token in inline.tokenize(translation):
        if token[0] != "t" and token[2] not in ours.setdefault(token[1], []):
            ours[token[1]].append(token[2])
        if token[0] == "e":
            empty.add(token[1])
    out: list[tuple[str, str, list[str]]] = []
    for ordinal, tag in sorted(tags.items()):
        if ordinal in exempt:
            continue  # inside protected content: restored with it from the source
        names = ours.get(ordinal)
        if not names:
            out.append(("markup.missing", f"the translation lacks {_element(tag.name, ordinal, tag.empty)}", []))
        elif tag.name not in names:
            shown = _element(names[0], ordinal, tag.empty)
            out.append(("markup.renamed", f"{_element(tag.name, ordinal, tag.empty)} is {shown} in the translation",
                        [shown]))
    for ordinal, names in sorted(ours.items()):
        if ordinal not in tags:
            for name in names:
                shown = _element(name, ordinal, ordinal in empty)
                out.append(("markup.added", f"the translation has {shown}, which the source does not", [shown]))
    try:
        _, edited = inline.decode(translation, source_tokens, tags)
    except TranslationError as error:
        if error.code in _UNSAFE:
            out.append(("markup.unsafe", error.message, []))
        elif error.code in _MALFORMED:
            out.append(("markup.malformed", error.message, []))
        elif error.code == "markup.unknown-tag" and not any(code in ("markup.added", "markup.renamed")
                                                            for code, _, _ in out):
            out.append(("markup.added", error.message, []))
        elif error.code == "markup.missing-tag" and not any(code in ("markup.missing", "markup.renamed")
                                                            for code, _, _ in out):
            out.append(("markup.missing", error.message, []))
        return out
    for ordinal in edited:
        tag = tags[ordinal]
        out.append(("markup.protected", f"the content of <{tag.name}_{ordinal}> is not to be translated "
                    "(translate=\"no\"); the build puts the source's back", [f"<{tag.name}_{ordinal}>"]))
    return out


@functools.lru_cache(maxsize=4096)
def _problems(source: str, translation: str, protected: frozenset[int]) -> tuple:
    """``problems``, once per pair for the six checks that each report one kind."""
    return tuple(problems(source, translation, protected))


def _report(entry: Entry, ctx: CheckContext, code: str) -> Iterator[Finding]:
    protected = _protected(ctx, entry.msgid)
    for source, translation, index in entry.pairs():
        for found, message, marks in _problems(source, translation, protected):
            if found == code:
                yield ctx.finding(entry, message + _form(index), target_marks=marks, hint=_HINTS.get(code))


_HINTS = {
    "markup.missing": "keep every tag of the source; move it where the words it wraps are",
    "markup.added": "use only the source's tags",
    "markup.renamed": "keep the tag's name and number: build restores the element from the source",
    "markup.malformed": "close tags in the reverse order they open; write <name_N/> where the source does",
    "markup.unsafe": "remove it: only the source's <name_N> tags become markup",
    "markup.protected": "copy the words inside the tag from the source",
}


@check("markup.missing", severity=Severity.ERROR)
def markup_missing(entry: Entry, ctx: CheckContext) -> Iterator[Finding]:
    """An inline tag of the source is missing from the translation."""
    yield from _report(entry, ctx, "markup.missing")


@check("markup.added", severity=Severity.ERROR)
def markup_added(entry: Entry, ctx: CheckContext) -> Iterator[Finding]:
    """The translation has an inline tag its source does not."""
    yield from _report(entry, ctx, "markup.added")


@check("markup.renamed", severity=Severity.ERROR)
def markup_renamed(entry: Entry, ctx: CheckContext) -> Iterator[Finding]:
    """An inline tag keeps its number but changes its name (<em_1> for <b_1>)."""
    yield from _report(entry, ctx, "markup.renamed")


@check("markup.malformed", severity=Severity.ERROR)
def markup_malformed(entry: Entry, ctx: CheckContext) -> Iterator[Finding]:
    """The translation's tags are badly nested, duplicated or of the wrong form."""
    yield from _report(entry, ctx, "markup.malformed")


@check("markup.unsafe", severity=Severity.ERROR)
def markup_unsafe(entry: Entry, ctx: CheckContext) -> Iterator[Finding]:
    """The translation has markup-, entity- or script-like text its source does not (build refuses it)."""
    yield from _report(entry, ctx, "markup.unsafe")


@check("markup.protected", severity=Severity.WARNING)
def markup_protected(entry: Entry, ctx: CheckContext) -> Iterator[Finding]:
    """Content marked translate="no" was changed (the build restores it from the source)."""
    yield from _report(entry, ctx, "markup.protected")


__all__ = ["problems", "source_tags", "protected_index"]
