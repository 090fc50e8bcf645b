"""ITS 2.0 global rules: read ``its:rules`` elements (embedded, linked, given by the caller)
into frozen ``Rule`` values with compiled XPath selectors, in the spec's precedence order.

Linked rules (``xlink:href`` in XML, ``<link rel="its-rules">`` in HTML) are read from the
local file system relative to the linking file; a URL with a network scheme is refused,
never fetched. A rules file that links itself (directly or not) is read once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.etree as etree

from ..documents import Document, parse_document
from ..errors import DocumentError, ItsRuleError

ITS_NS = "http://www.w3.org/2005/11/its"
XLINK_NS = "http://www.w3.org/1999/xlink"
XHTML_NS = "http://www.w3.org/1999/xhtml"
XML_NS = "http://www.w3.org/XML/1998/namespace"

#: Rule element (local name in the ITS namespace) → data category (test-suite folder name).
RULE_CATEGORIES: dict[str, str] = {
    "translateRule": "translate",
    "locNoteRule": "localizationnote",
    "termRule": "terminology",
    "dirRule": "directionality",
    "langRule": "languageinformation",
    "withinTextRule": "elementswithintext",
    "domainRule": "domain",
    "localeFilterRule": "localefilter",
    "externalResourceRefRule": "externalresource",
    "idValueRule": "idvalue",
    "preserveSpaceRule": "preservespace",
    "storageSizeRule": "storagesize",
    "allowedCharactersRule": "allowedcharacters",
}

#: Enumerated fields and their allowed values (compared in lowercase, printed in lowercase).
ENUMERATIONS: dict[str, frozenset[str]] = {
    "translate": frozenset({"yes", "no"}),
    "locNoteType": frozenset({"alert", "description"}),
    "term": frozenset({"yes", "no"}),
    "dir": frozenset({"ltr", "rtl", "lro", "rlo"}),
    "withinText": frozenset({"yes", "no", "nested"}),
    "localeFilterType": frozenset({"include", "exclude"}),
    "space": frozenset({"default", "preserve"}),
    "lineBreakType": frozenset({"cr", "lf", "crlf"}),
}

# Per rule element: attributes copied as literal fields, and pointer attributes → the field
# their (resolved) value is printed under. ``locNote`` as a child element is handled apart.
_LITERALS: dict[str, tuple[str, ...]] = {
    "translate": ("translate",),
    "localizationnote": ("locNoteType", "locNoteRef"),
    "terminology": ("term", "termInfoRef"),
    "directionality": ("dir",),
    "languageinformation": (),
    "elementswithintext": ("withinText",),
    "domain": (),
    "localefilter": ("localeFilterList", "localeFilterType"),
    "externalresource": (),
    "idvalue": (),
    "preservespace": ("space",),
    "storagesize": ("storageSize", "storageEncoding", "lineBreakType"),
    "allowedcharacters": ("allowedCharacters",),
}
_POINTERS: dict[str, dict[str, str]] = {
    "localizationnote": {"locNotePointer": "locNote", "locNoteRefPointer": "locNoteRef"},
    "terminology": {"termInfoPointer": "termInfo", "termInfoRefPointer": "termInfoRef"},
    "languageinformation": {"langPointer": "lang"},
    "domain": {"domainPointer": "domains"},
    "externalresource": {"externalResourceRefPointer": "externalResourceRef"},
    "storagesize": {"storageSizePointer": "storageSize", "storageEncodingPointer": "storageEncoding"},
    "allowedcharacters": {"allowedCharactersPointer": "allowedCharacters"},
}
# Fields a rule of the category must define (directly or through a pointer).
_REQUIRED: dict[str, tuple[str, ...]] = {
    "translate": ("translate",),
    "terminology": ("term",),
    "directionality": ("dir",),
    "languageinformation": ("lang",),
    "elementswithintext": ("withinText",),
    "domain": ("domains",),
    "localefilter": ("localeFilterList",),
    "externalresource": ("externalResourceRef",),
    "preservespace": ("space",),
    "storagesize": ("storageSize",),
    "allowedcharacters": ("allowedCharacters",),
}
_NETWORK_SCHEMES = frozenset({"http", "https", "ftp", "ftps"})


@dataclass(frozen=True)
class Rule:
    """One global rule: ``selector`` picks nodes; ``values`` are literal fields; ``pointers``
    map a field to a relative XPath evaluated on each selected node; ``expression`` is the
    Id Value XPath; ``mapping`` the Domain mapping. ``params`` are the its:param variables."""

    category: str
    selector: str
    values: tuple[tuple[str, str], ...]
    pointers: tuple[tuple[str, str], ...]
    namespaces: tuple[tuple[str, str], ...]
    params: tuple[tuple[str, str], ...]
    path: str
    line: int | None
    expression: str | None = None
    mapping: tuple[tuple[str, str], ...] = ()
    compiled: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def xpath(self, expression: str) -> etree.XPath:
        """``expression`` compiled with this rule's namespaces (cached on the rule)."""
        found = self.compiled.get(expression)
        if found is None:
            try:
                found = etree.XPath(expression, namespaces=dict(self.namespaces))
            except etree.XPathSyntaxError as error:
                raise ItsRuleError(f"invalid XPath {expression!r}: {error}", self.path, self.line) from None
            self.compiled[expression] = found
        return found

    def evaluate(self, expression: str, context: etree._Element) -> object:
        try:
            return self.xpath(expression)(context, **dict(self.params))
        except etree.XPathError as error:
            raise ItsRuleError(f"cannot evaluate XPath {expression!r}: {error}", self.path, self.line) from None


def read_rules_element(rules: etree._Element, path: str, *, line_offset: int = 0,
                       seen: frozenset[str] = frozenset(), inherited_params: Mapping[str, str] | None = None
                       ) -> list[Rule]:
    """The rules of one ``its:rules`` element in precedence order: the rules of the file it
    links (``xlink:href``) first, then its own (ITS 2.0 §5.4: a linked file's rules are
    processed as if they were at the top of the linking element). Params follow the same
    order, the last of one name winning: the linking element's own params override the linked
    file's, and the linked file's params are in scope for the linking element's rules too."""
    return _read_rules_element(rules, path, line_offset, seen, inherited_params or {})[0]


def _read_rules_element(rules: etree._Element, path: str, line_offset: int, seen: frozenset[str],
                        inherited_params: Mapping[str, str]) -> tuple[list[Rule], dict[str, str]]:
    """The rules of one ``its:rules`` element and the params in scope at its end."""
    _check_query_language(rules, path, line_offset)
    own: dict[str, str] = {}
    for param in rules.iterchildren(f"{{{ITS_NS}}}param"):
        name = param.get("name")
        if not name:
            raise ItsRuleError("its:param needs a name", path, _line(param, line_offset))
        own[name] = param.text or ""
    found: list[Rule] = []
    params: dict[str, str] = {}
    href = rules.get(f"{{{XLINK_NS}}}href")
    if href:
        linked_rules, linked_params = _read_rules_file(
            resolve_href(href, path, _line(rules, line_offset)), seen, {**own, **inherited_params})
        found.extend(linked_rules)
        params.update(linked_params)
    params.update(own)
    params.update(inherited_params)
    frozen_params = tuple(sorted(params.items()))
    for element in rules.iterchildren(etree.Element):
        if not isinstance(element.tag, str) or not element.tag.startswith(f"{{{ITS_NS}}}"):
            continue
        local = etree.QName(element).localname
        category = RULE_CATEGORIES.get(local)
        if category is None:
            continue  # param, and data categories this tool does not process (provenance, …)
        # XPath prefixes are those in scope on the rule element itself (ITS 2.0 §5.3.2), which
        # includes any the rule declares; the default namespace never applies to XPath 1.0 names.
        namespaces = tuple(sorted((prefix, uri) for prefix, uri in element.nsmap.items() if prefix))
        found.append(_read_rule(element, category, namespaces, frozen_params, path, line_offset))
    return found, params


def read_rules_file(path: Path, *, seen: frozenset[str] = frozenset(),
                    params: Mapping[str, str] | None = None) -> list[Rule]:
    """Every ``its:rules`` element of a rules file, in document order (a file whose root is
    not ``its:rules`` contributes the ``its:rules`` elements it contains)."""
    return _read_rules_file(path, seen, params or {})[0]


def _read_rules_file(path: Path, seen: frozenset[str], params: Mapping[str, str]
                     ) -> tuple[list[Rule], dict[str, str]]:
    """The rules of a rules file and the params its ``its:rules`` elements declare."""
    key = str(path.resolve())
    if key in seen:
        return [], {}
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ItsRuleError(f"cannot read ITS rules: {error.strerror or error}", str(path)) from None
    document = parse_document(data, str(path), "xml")
    found: list[Rule] = []
    declared: dict[str, str] = {}
    for rules in rules_elements(document.root):
        more, scope = _read_rules_element(rules, str(path), 0, seen | {key}, params)
        found.extend(more)
        declared.update(scope)
    return found, declared


def rules_elements(root: etree._Element) -> Iterator[etree._Element]:
    if root.tag == f"{{{ITS_NS}}}rules":
        yield root
    else:
        yield from root.iter(f"{{{ITS_NS}}}rules")


def document_rules(document: Document) -> list[Rule]:
    """The global rules a document carries or links, in document order."""
    if document.kind == "html":
        return list(_html_rules(document))
    found: list[Rule] = []
    for rules in rules_elements(document.root):
        found.extend(read_rules_element(rules, _base_path(document)))
    return found


def _html_rules(document: Document) -> Iterator[Rule]:
    base = _base_path(document)
    for element in document.root.iter("link", "script"):
        if element.tag == "link":
            if "its-rules" in (element.get("rel") or "").lower().split() and element.get("href"):
                yield from read_rules_file(resolve_href(element.get("href"), base, element.sourceline))
        elif (element.get("type") or "").strip().lower() == "application/its+xml":
            text = (element.text or "").strip()
            if not text:
                continue
            offset = (element.sourceline or 1) - 1 + _leading_lines(element.text or "")
            try:
                embedded = parse_document(text.encode("utf-8"), document.path, "xml")
            except DocumentError as error:
                raise ItsRuleError(f"invalid ITS rules in <script>: {error.message}", document.path,
                                   (error.line or 1) + offset) from None
            for rules in rules_elements(embedded.root):
                yield from read_rules_element(rules, base, line_offset=offset)


def resolve_href(href: str, base_path: str, line: int | None) -> Path:
    """A linked rules file as a local path; network URLs are refused, never fetched."""
    parts = urlsplit(href)
    scheme = parts.scheme.lower()
    if scheme in _NETWORK_SCHEMES or parts.netloc:
        raise ItsRuleError(f"linked ITS rules {href!r} are not fetched over the network", base_path, line,
                           hint="download the rules file and link it by a relative path, or pass it with --rules")
    if scheme == "file":
        return Path(unquote(parts.path))
    if scheme and len(scheme) > 1:
        raise ItsRuleError(f"linked ITS rules {href!r}: unsupported URL scheme", base_path, line)
    return Path(base_path).parent / unquote(parts.path if not scheme else href)


def _base_path(document: Document) -> str:
    directory = getattr(document, "directory", None)
    if directory:
        return str(Path(directory) / Path(document.path).name)
    return document.path


def _read_rule(element: etree._Element, category: str, namespaces: tuple[tuple[str, str], ...],
               params: tuple[tuple[str, str], ...], path: str, line_offset: int) -> Rule:
    line = _line(element, line_offset)
    selector = element.get("selector")
    if not selector:
        raise ItsRuleError(f"its:{etree.QName(element).localname} needs a selector", path, line)
    values: dict[str, str] = {}
    for name in _LITERALS[category]:
        value = element.get(name)
        if value is not None:
            values[name] = value
    pointers: dict[str, str] = {}
    for attribute, name in _POINTERS.get(category, {}).items():
        value = element.get(attribute)
        if value is not None:
            if name in values or name in pointers:
                raise ItsRuleError(f"{attribute} and {name} cannot both be set on one rule", path, line)
            pointers[name] = value
    expression = None
    mapping: tuple[tuple[str, str], ...] = ()
    if category == "localizationnote":
        note = element.find(f"{{{ITS_NS}}}locNote")
        if note is not None:
            values["locNote"] = "".join(note.itertext())
        if not ({"locNote", "locNoteRef"} & (values.keys() | pointers.keys())):
            raise ItsRuleError("its:locNoteRule needs its:locNote, locNotePointer, locNoteRef or "
                               "locNoteRefPointer", path, line)
        values.setdefault("locNoteType", "description")
    elif category == "idvalue":
        expression = element.get("idValue")
        if not expression:
            raise ItsRuleError("its:idValueRule needs an idValue expression", path, line)
    elif category == "domain":
        mapping = parse_domain_mapping(element.get("domainMapping") or "", path, line)
    elif category == "localefilter":
        values.setdefault("localeFilterType", "include")
    elif category == "storagesize":
        if "storageEncoding" not in pointers:
            values.setdefault("storageEncoding", "UTF-8")
        values.setdefault("lineBreakType", "lf")
    for name in _REQUIRED.get(category, ()):
        if name not in values and name not in pointers:
            raise ItsRuleError(f"its:{etree.QName(element).localname} needs {name}", path, line)
    for name, value in list(values.items()):
        if name in ENUMERATIONS:
            values[name] = check_enumeration(name, value, path, line)
    rule = Rule(category, selector, tuple(values.items()), tuple(pointers.items()), namespaces, params,
                path, line, expression, mapping)
    rule.xpath(selector)  # report a bad selector where the rule is, not where it is used
    for pointer in pointers.values():
        rule.xpath(pointer)
    if expression:
        rule.xpath(expression)
    return rule


def check_enumeration(name: str, value: str, path: str, line: int | None) -> str:
    canonical = value.strip().lower()
    if canonical not in ENUMERATIONS[name]:
        allowed = ", ".join(sorted(ENUMERATIONS[name]))
        raise ItsRuleError(f"{name}={value!r} is not one of {allowed}", path, line)
    return canonical


_MAPPING_TOKEN = re.compile(r"""\s*(?:'([^']*)'|"([^"]*)"|(,)|([^\s,'"]+))""")


def parse_domain_mapping(text: str, path: str = "", line: int | None = None) -> tuple[tuple[str, str], ...]:
    """``"automotive auto, 'criminal law' law"`` → (("automotive", "auto"), ("criminal law", "law")).

    ITS 2.0 §8.7: comma-separated pairs, a value with spaces quoted with ``'`` or ``"``. Empty
    entries are skipped, and an entry of four values is read as two pairs (a missing comma)."""
    pairs: list[tuple[str, str]] = []
    entry: list[str] = []
    position, text = 0, text.strip()

    def close_entry() -> None:
        if len(entry) % 2:
            raise ItsRuleError(f"invalid domainMapping {text!r}: {' '.join(entry)!r} is not a pair of values",
                               path, line)
        pairs.extend(zip(entry[0::2], entry[1::2]))
        entry.clear()

    while position < len(text):
        match = _MAPPING_TOKEN.match(text, position)
        if not match or match.end() == position:
            raise ItsRuleError(f"invalid domainMapping {text!r}", path, line)
        position = match.end()
        single, double, comma, bare = match.groups()
        if comma:
            close_entry()
        else:
            entry.append(next(value for value in (single, double, bare) if value is not None))
    close_entry()
    return tuple(pairs)


def _check_query_language(rules: etree._Element, path: str, line_offset: int) -> None:
    language = (rules.get("queryLanguage") or "xpath").strip().lower()
    if language != "xpath":
        raise ItsRuleError(f"queryLanguage {language!r} is not supported (only XPath 1.0)", path,
                           _line(rules, line_offset))


def _line(element: etree._Element, offset: int) -> int | None:
    return element.sourceline + offset if element.sourceline else None


def _leading_lines(text: str) -> int:
    """How many line breaks precede the first non-blank character."""
    stripped = text.lstrip()
    return text[: len(text) - len(stripped)].count("\n")
