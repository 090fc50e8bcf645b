"""The inline-tag codec: a unit's text and inline elements ⇄ the msgid notation of DESIGN.md.

    Click <a_1>here</a_1> to read the <em_2>docs</em_2>.<br_3/>Next

A unit is a list of tokens: text, or the opening, closing or empty form of the inline element
with ordinal N. Attributes never appear: build restores each element from the source by its
ordinal. Text is kept raw in the msgid (no ``&lt;``), so decoding a translation is a strict
tokenizer that knows only the ``<name_N>``, ``</name_N>`` and ``<name_N/>`` forms; anything
else in a translation that looks like markup, an entity reference or a script URL must
already be in the source, or the translation is refused (``TranslationError``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

# Tokens are tuples, cheap to build and compare:
#   ("t", text) | ("o", ordinal, name) | ("c", ordinal, name) | ("e", ordinal, name)
Token = tuple

TAG = re.compile(r"<(/?)([^\W\d][\w.-]*?)_([1-9][0-9]*)(/?)>")
# What a hostile or broken translation uses to smuggle markup past the codec.
MARKUP_LIKE = re.compile(r"<(?:[!?]|/?[^\W\d_])[^\s<>]*")  # how an HTML or XML tag, comment or PI starts
ENTITY_LIKE = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
SCRIPT_LIKE = re.compile(r"(?:java|vb|live)script\s*:|data\s*:\s*text/html|\bon[a-z]{3,}\s*=", re.IGNORECASE)
_TRIGGERS = re.compile("[<&:=]")  # every suspicious pattern holds one of these
# Characters XML 1.0 (and so lxml) cannot hold in text.
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class Tag:
    """One inline element of a unit: its ordinal, its name in the msgid and how it is written."""

    ordinal: int
    name: str
    empty: bool  # written <name_N/>: no content (void, nested placeholder, opaque)
    protected: bool = False  # translate="no": content shown to the translator, restored from the source


class TranslationError(ValueError):
    """A translation that must not be published; ``code`` says why (``markup.*``)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def encode(tokens: Sequence[Token]) -> str:
    """The msgid notation of a token list."""
    out = []
    for token in tokens:
        kind = token[0]
        if kind == "t":
            out.append(token[1])
        elif kind == "o":
            out.append(f"<{token[2]}_{token[1]}>")
        elif kind == "c":
            out.append(f"</{token[2]}_{token[1]}>")
        else:
            out.append(f"<{token[2]}_{token[1]}/>")
    return "".join(out)


def tokenize(text: str) -> list[Token]:
    """Split msgid notation into tokens (no validation beyond the tag syntax)."""
    tokens: list[Token] = []
    position = 0
    for match in TAG.finditer(text):
        if match.start() > position:
            tokens.append(("t", text[position:match.start()]))
        closing, name, ordinal, empty = match.groups()
        if closing and empty:
            tokens.append(("t", match.group(0)))
        elif closing:
            tokens.append(("c", int(ordinal), name))
        elif empty:
            tokens.append(("e", int(ordinal), name))
        else:
            tokens.append(("o", int(ordinal), name))
        position = match.end()
    if position < len(text):
        tokens.append(("t", text[position:]))
    return tokens


def plain_text(tokens: Sequence[Token]) -> str:
    return "".join(token[1] for token in tokens if token[0] == "t")


def renumber(tokens: Sequence[Token], start: int = 1) -> tuple[list[Token], dict[int, int]]:
    """Tokens with ordinals renumbered from ``start`` in order of appearance, and new → old."""
    mapping: dict[int, int] = {}
    back: dict[int, int] = {}
    out: list[Token] = []
    for token in tokens:
        if token[0] == "t":
            out.append(token)
            continue
        old = token[1]
        if old not in mapping:
            mapping[old] = start + len(mapping)
            back[mapping[old]] = old
        out.append((token[0], mapping[old], token[2]))
    return out, back


SUSPICIOUS = re.compile("|".join(f"(?:{p.pattern})" for p in (MARKUP_LIKE, ENTITY_LIKE, SCRIPT_LIKE)), re.IGNORECASE)


def _suspicious(text: str) -> Counter:
    """Markup-, entity- and script-like substrings of a text, counted."""
    if not _TRIGGERS.search(text):
        return Counter()
    return Counter(match.lower() for match in SUSPICIOUS.findall(text))


# Element names a browser acts on (WHATWG HTML, obsolete ones it still parses, SVG and MathML roots).
HTML_ELEMENTS = frozenset("""
a abbr acronym address applet area article aside audio b base basefont bdi bdo bgsound big blink
blockquote body br button canvas caption center cite code col colgroup data datalist dd del details
dfn dialog dir div dl dt em embed fieldset figcaption figure font footer form frame frameset h1 h2
h3 h4 h5 h6 head header hgroup hr html i iframe image img input ins isindex kbd keygen label legend
li link listing main map mark marquee math menu menuitem meta meter nav nobr noembed noframes
noscript object ol optgroup option output p param picture plaintext pre progress q rb rp rt rtc
ruby s samp script search section select slot small source span strike strong style sub summary
sup svg table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr
xmp""".split())
_BRACKETED_WORD = re.compile(r"<([^\W\d_][^\s<>/=:;&\"'!?_]*)")  # "<original" of "<<original entry>>": no tag syntax


def _translated_brackets(extra: Counter, source_only: Counter) -> Counter:
    """``extra`` less the bracketed words that translate the source's own (``<<entrée>>`` for
    ``<<entry>>``): a bracketed word that is no element name, paired with one of the source's
    that the translation lacks. Element names, comments, entities and script stay suspicious."""
    pairable = sum(count for text, count in source_only.items() if _is_bracketed_word(text))
    if not pairable:
        return extra
    left = Counter(extra)
    for text, count in extra.items():
        if _is_bracketed_word(text):
            taken = min(count, pairable)
            left[text] -= taken
            pairable -= taken
    return +left


def _is_bracketed_word(text: str) -> bool:
    match = _BRACKETED_WORD.fullmatch(text)
    return bool(match) and match.group(1).lower() not in HTML_ELEMENTS


def _unexplained(translation_text: str, source_text: str) -> Counter:
    """Markup-, entity- and script-like text of a translation that its source does not explain."""
    found = _suspicious(translation_text)
    if not found:
        return found
    in_source = _suspicious(source_text)
    return _translated_brackets(found - in_source, in_source - found)


def decode(translation: str, source_tokens: Sequence[Token], tags: dict[int, Tag]) -> tuple[list[Token], list[int]]:
    """Validate a translation against its source unit and return its tokens.

    ``tags`` are the source unit's inline elements by ordinal. Raises ``TranslationError``
    when the translation is not safe to publish: a tag the source unit does not have, a
    missing or duplicated tag, bad nesting, the wrong form (``<br_1>`` for ``<br_1/>``), or
    markup-, entity- or script-like text the source does not have. Returns the tokens with the
    content of protected (translate="no") elements put back from the source, and the
    ordinals of the protected elements whose content the translation changed.
    """
    if XML_INVALID.search(translation):
        raise TranslationError("markup.invalid-character", "the translation contains control characters")
    tokens = tokenize(translation)
    extra = _unexplained("\n".join(token[1] for token in tokens if token[0] == "t"), plain_text(source_tokens))
    if extra:
        _refuse(extra)
    seen: set[tuple[str, int]] = set()
    stack: list[int] = []
    for token in tokens:
        kind = token[0]
        if kind == "t":
            continue
        ordinal, name = token[1], token[2]
        tag = tags.get(ordinal)
        if tag is None or tag.name != name:
            raise TranslationError("markup.unknown-tag",
                                   f"the translation uses <{name}_{ordinal}>, which its source does not have")
        if (kind, ordinal) in seen:
            raise TranslationError("markup.duplicate-tag", f"<{name}_{ordinal}> appears twice")
        seen.add((kind, ordinal))
        if kind == "e":
            if not tag.empty:
                raise TranslationError("markup.tag-form", f"<{name}_{ordinal}/> must be written "
                                       f"<{name}_{ordinal}>…</{name}_{ordinal}>")
        elif tag.empty:
            raise TranslationError("markup.tag-form", f"<{name}_{ordinal}> must be written <{name}_{ordinal}/>")
        elif kind == "o":
            stack.append(ordinal)
        else:
            if not stack or stack[-1] != ordinal:
                raise TranslationError("markup.not-well-formed", f"</{name}_{ordinal}> closes an element "
                                       "that is not the one open")
            stack.pop()
    if stack:
        tag = tags[stack[-1]]
        raise TranslationError("markup.not-well-formed", f"<{tag.name}_{tag.ordinal}> is never closed")
    exempt = inside_protected(source_tokens, tags)
    for ordinal, tag in tags.items():
        if ordinal in exempt:
            continue
        for kind in ("e",) if tag.empty else ("o", "c"):
            if (kind, ordinal) not in seen:
                raise TranslationError("markup.missing-tag", f"the translation lacks <{tag.name}_{ordinal}>")
    tokens, edited = _restore_protected(tokens, source_tokens, tags)
    if exempt:
        counts = Counter((token[0], token[1]) for token in tokens if token[0] != "t")
        if any(count > 1 for count in counts.values()):
            raise TranslationError("markup.duplicate-tag", "a tag of protected content appears outside it")
    return tokens, edited


def inside_protected(source_tokens: Sequence[Token], tags: dict[int, Tag]) -> set[int]:
    """Ordinals of the elements inside a protected element (restored with it from the source)."""
    inside: set[int] = set()
    depth = 0
    for token in source_tokens:
        kind = token[0]
        if kind == "t":
            continue
        if depth:
            if kind != "c" or not tags[token[1]].protected:
                inside.add(token[1])
        if kind == "o" and tags[token[1]].protected:
            depth += 1
        elif kind == "c" and tags[token[1]].protected:
            depth -= 1
    return inside


def _restore_protected(tokens: list[Token], source_tokens: Sequence[Token],
                       tags: dict[int, Tag]) -> tuple[list[Token], list[int]]:
    protected = [ordinal for ordinal, tag in tags.items() if tag.protected and not tag.empty]
    if not protected:
        return tokens, []
    edited: list[int] = []
    for ordinal in protected:
        source_inner = _inner(source_tokens, ordinal)
        start, end = _span(tokens, ordinal)
        if start is None:
            continue
        if tokens[start + 1:end] != source_inner:
            edited.append(ordinal)
            tokens = tokens[:start + 1] + list(source_inner) + tokens[end:]
    return tokens, edited


def _span(tokens: Sequence[Token], ordinal: int) -> tuple[int | None, int | None]:
    start = end = None
    for index, token in enumerate(tokens):
        if token[0] in ("o", "c") and token[1] == ordinal:
            if token[0] == "o":
                start = index
            else:
                end = index
    return start, end


def _inner(tokens: Sequence[Token], ordinal: int) -> list[Token]:
    start, end = _span(tokens, ordinal)
    return list(tokens[start + 1:end]) if start is not None and end is not None else []


def check_plain(translation: str, source: str) -> None:
    """Validate a translation of a unit that holds no inline elements (an attribute value)."""
    if XML_INVALID.search(translation):
        raise TranslationError("markup.invalid-character", "the translation contains control characters")
    extra = _unexplained(translation, source)
    if extra:
        _refuse(extra)


def _refuse(extra: Counter) -> None:
    sample = next(iter(extra))
    code = ("markup.script" if SCRIPT_LIKE.fullmatch(sample)
            else "markup.entity" if sample.startswith("&") else "markup.unknown")
    raise TranslationError(code, f"the translation contains {sample!r}, which its source does not")
