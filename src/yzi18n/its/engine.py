"""Per-node ITS 2.0 values with the spec's precedence, computed once per data category.

For one category the work is: evaluate each global rule's selector once (later rules
override earlier ones), then walk the elements once in document order taking, for each
element, local markup, else the last rule that selected it, else a built-in default
rule, else (if the category inherits) its parent's value, else the category default.
Attributes are resolved on demand from their element. Inherited values are shared dict
objects, so a category costs one dict entry per element.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import lxml.etree as etree

from ..documents import Document
from ..errors import ItsRuleError
from . import html as html_defaults
from .rules import ENUMERATIONS, ITS_NS, XHTML_NS, XML_NS, Rule

Fields = dict[str, str]

CATEGORIES = (
    "translate", "elementswithintext", "localizationnote", "preservespace", "localefilter",
    "idvalue", "languageinformation", "directionality", "terminology", "domain",
    "externalresource", "storagesize", "allowedcharacters",
)


@dataclass(frozen=True)
class CategorySpec:
    inherit_elements: bool
    inherit_attributes: bool
    element_default: Fields | None
    attribute_default: Fields | None
    attributes_printed: bool = True


SPECS: dict[str, CategorySpec] = {
    "translate": CategorySpec(True, False, {"translate": "yes"}, {"translate": "no"}),
    "localizationnote": CategorySpec(True, False, None, None),
    "terminology": CategorySpec(False, False, {"term": "no"}, {"term": "no"}),
    "directionality": CategorySpec(True, True, {"dir": "ltr"}, {"dir": "ltr"}),
    "languageinformation": CategorySpec(True, True, None, None),
    "elementswithintext": CategorySpec(False, False, {"withinText": "no"}, None, attributes_printed=False),
    "domain": CategorySpec(True, True, None, None),
    "localefilter": CategorySpec(True, True, {"localeFilterList": "*", "localeFilterType": "include"},
                                 {"localeFilterList": "*", "localeFilterType": "include"}),
    "externalresource": CategorySpec(False, False, None, None),
    "idvalue": CategorySpec(False, False, None, None, attributes_printed=False),
    "preservespace": CategorySpec(True, True, {"space": "default"}, {"space": "default"}),
    "storagesize": CategorySpec(False, False, None, None),
    "allowedcharacters": CategorySpec(True, False, None, None),
}

EMPTY: Fields = {}
_XML_LANG = f"{{{XML_NS}}}lang"
_XML_SPACE = f"{{{XML_NS}}}space"
_XML_ID = f"{{{XML_NS}}}id"
_ITS_SPAN = f"{{{ITS_NS}}}span"
#: Pointer fields a rule can do without: a pointer that finds nothing drops the field, not the rule.
_OPTIONAL_POINTERS = frozenset({"termInfo", "termInfoRef", "storageEncoding"})
_TOP_LEVEL_UNION = re.compile(r"""\|(?=(?:[^'"\[\]]|'[^']*'|"[^"]*"|\[[^\]]*\])*$)""")


_LOCAL_NAMES = ("translate", "locNote", "locNoteRef", "locNoteType", "term", "termInfoRef", "termConfidence",
                "dir", "withinText", "localeFilterList", "localeFilterType", "storageSize", "storageEncoding",
                "lineBreakType", "allowedCharacters", "annotatorsRef")
#: ITS local attribute → its name in HTML (``locNote`` → ``its-loc-note``) and in XML.
HTML_LOCAL = {name: "its-" + re.sub(r"([A-Z])", r"-\1", name).lower() for name in _LOCAL_NAMES}
XML_LOCAL = {name: f"{{{ITS_NS}}}{name}" for name in _LOCAL_NAMES}


class Annotations:
    """ITS values of every element and attribute of one document (see ``get``)."""

    def __init__(self, document: Document, rules: Sequence[Rule], *, site_defaults: bool) -> None:
        self.document = document
        self._root = document.root
        self._html = document.kind == "html"
        self._site = site_defaults
        # Keeping every element proxy alive keeps lxml handing out the same objects, so
        # elements can be dictionary keys.
        self._elements = [element for element in self._root.iter() if isinstance(element.tag, str)]
        self._rules: dict[str, list[Rule]] = {category: [] for category in CATEGORIES}
        for rule in rules:
            self._rules[rule.category].append(rule)
        # HTML defaults apply to HTML elements wherever they are: a page, XHTML content in an
        # Atom feed, an XHTML document read as XML (the HTML5 defaults hold for its XML syntax).
        self._html_names = self._html or any(
            isinstance(element.tag, str) and element.tag.startswith(f"{{{XHTML_NS}}}") for element in self._elements)
        self._values: dict[str, dict[etree._Element, Fields]] = {}
        self._attribute_rules: dict[str, dict[tuple[etree._Element, str], Fields]] = {}
        self._annotators: dict[etree._Element, str] | None = None
        self._computing: dict[etree._Element, Fields] = {}
        self._view: tuple[etree._Element, dict[etree._Element, etree._Element] | None] | None = None
        self._foreign: frozenset[etree._Element] | None = None

    # ── public ──────────────────────────────────────────────────────────────────────────
    def get(self, node: etree._Element, category: str, attribute: str | None = None) -> Fields:
        """The fields of ``category`` for ``node`` (or its attribute ``attribute``, named as
        lxml names it), exactly as the test-suite dump prints them; {} when none."""
        values = self._category(category)
        try:
            value = values[node]
        except KeyError:
            raise ValueError(f"{node!r} is not an element of the annotated document") from None
        if attribute is None:
            return dict(value)
        return dict(self._attribute(category, node, attribute, value))

    def elements(self) -> list[etree._Element]:
        """Every element of the document in document order."""
        return list(self._elements)

    # ── one category ────────────────────────────────────────────────────────────────────
    def _category(self, category: str) -> dict[etree._Element, Fields]:
        values = self._values.get(category)
        if values is None:
            if category not in SPECS:
                raise ValueError(f"unknown ITS data category {category!r} (one of {', '.join(CATEGORIES)})")
            values = self._compute(category)
            self._values[category] = values
        return values

    def _compute(self, category: str) -> dict[etree._Element, Fields]:
        spec = SPECS[category]
        selected, selected_attributes = self._select(category)
        self._attribute_rules[category] = selected_attributes
        local = self._local_reader(category)
        default_rule = self._default_rule(category)
        element_default = spec.element_default or EMPTY
        inherit = spec.inherit_elements
        values: dict[etree._Element, Fields] = {}
        self._computing = values
        for element in self._elements:
            value = local(element)
            if value is None:
                value = selected.get(element)
            if value is None and default_rule is not None:
                value = default_rule(element)
            if value is None:
                parent = element.getparent() if inherit else None
                value = values[parent] if parent is not None else element_default
            values[element] = value
        if category == "terminology":
            annotators = self._annotators_in_scope()
            for element, value in values.items():
                if annotators.get(element):
                    values[element] = {**value, "annotatorsRef": annotators[element]}
        return values

    def _attribute(self, category: str, element: etree._Element, name: str, element_value: Fields) -> Fields:
        spec = SPECS[category]
        if not spec.attributes_printed:
            return EMPTY
        value = self._attribute_rules[category].get((element, name))
        if value is None:
            if category == "translate":
                tag = self._html_tag(element)
                value = (element_value if tag is not None and tag not in ("svg", "math")
                         and html_defaults.translatable_attribute(tag, name, element, site=self._site)
                         else spec.attribute_default)
            elif spec.inherit_attributes:
                value = element_value
            else:
                value = spec.attribute_default or EMPTY
        if category == "terminology":
            annotators = self._annotators_in_scope().get(element)
            if annotators:
                value = {**value, "annotatorsRef": annotators}
        return value

    # ── global rules ────────────────────────────────────────────────────────────────────
    def _select(self, category: str) -> tuple[dict, dict]:
        selected: dict[etree._Element, Fields] = {}
        selected_attributes: dict[tuple[etree._Element, str], Fields] = {}
        rules = self._rules[category]
        if not rules:
            return selected, selected_attributes
        root, mapping = self._xpath_view()
        for rule in rules:
            result = rule.evaluate(rule.selector, root)
            if not isinstance(result, list):
                raise ItsRuleError(f"selector {rule.selector!r} does not select nodes", rule.path, rule.line)
            for node in result:
                if isinstance(node, etree._Element):
                    if not isinstance(node.tag, str):
                        continue
                    fields = self._rule_fields(rule, node, None)
                    if fields is not None:
                        selected[mapping[node] if mapping else node] = fields
                elif getattr(node, "is_attribute", False):
                    owner = node.getparent()
                    fields = self._rule_fields(rule, owner, node.attrname)
                    if fields is not None:
                        selected_attributes[(mapping[owner] if mapping else owner, node.attrname)] = fields
        return selected, selected_attributes

    def _xpath_view(self) -> tuple[etree._Element, dict | None]:
        """The tree selectors run on: the document itself for XML; for HTML a copy with the
        namespaces an HTML5 parser gives the DOM (XHTML, SVG inside svg, MathML inside math;
        SVG names in camelCase), mapped back to the document's elements."""
        if self._view is None:
            if not self._html:
                self._view = (self._root, None)
            else:
                view = copy.deepcopy(self._root)
                namespaces = html_defaults.dom_namespaces(view)
                mapping: dict[etree._Element, etree._Element] = {}
                for original, copied in zip(self._root.iter(), view.iter()):
                    if isinstance(copied.tag, str):
                        namespace = namespaces[copied]
                        name = copied.tag
                        if namespace == html_defaults.SVG_NS:
                            name = html_defaults.SVG_TAG_NAMES.get(name, name)
                        try:
                            copied.tag = f"{{{namespace}}}{name}"
                        except ValueError:
                            pass  # a name XML cannot hold; no selector can name it either
                        mapping[copied] = original
                self._view = (view, mapping)
        return self._view

    def _rule_fields(self, rule: Rule, context: etree._Element, attribute: str | None) -> Fields | None:
        """The fields ``rule`` gives the selected node; None when a pointer finds nothing."""
        fields = dict(rule.values)
        for name, pointer in rule.pointers:
            strings = _strings(self._evaluate_pointer(rule, pointer, context, attribute))
            if name == "domains":
                value = _domains(strings, rule.mapping)
            else:
                value = strings[0].strip() if strings and name not in ("locNote", "termInfo") else (
                    strings[0] if strings else None)
            if not value:
                if name in _OPTIONAL_POINTERS:
                    continue  # the rule still applies, without this field (storageEncoding: UTF-8 below)
                return None
            fields[name] = value
        if rule.expression is not None:
            if attribute is not None:
                return None
            strings = _strings(rule.evaluate(rule.expression, context))
            if not strings or not strings[0]:
                return None
            fields["idValue"] = strings[0]
        if rule.category == "storagesize" and "storageEncoding" not in fields:
            fields["storageEncoding"] = "UTF-8"
        return fields

    def _evaluate_pointer(self, rule: Rule, pointer: str, context: etree._Element, attribute: str | None):
        if attribute is None:
            return rule.evaluate(pointer, context)
        # A pointer relative to an attribute: lxml evaluates XPath on elements only, so
        # `P` from attribute `a` becomes `@a/P` from its owner element.
        qname = etree.QName(attribute)
        prefix = "yzattr"
        name = f"{prefix}:{qname.localname}" if qname.namespace else qname.localname
        parts = [part.strip() for part in _TOP_LEVEL_UNION.split(pointer)]
        if all(part and (part[0] in "./@" or part[0].isalpha() or part[0] in "*_") and "(" not in part.split("/")[0]
               for part in parts):
            expression = " | ".join(part if part.startswith("/") else f"@{name}/{part}" for part in parts)
            namespaces = dict(rule.namespaces)
            if qname.namespace:
                namespaces[prefix] = qname.namespace
            try:
                return etree.XPath(expression, namespaces=namespaces)(context, **dict(rule.params))
            except etree.XPathError as error:
                raise ItsRuleError(f"cannot evaluate pointer {pointer!r}: {error}", rule.path, rule.line) from None
        return rule.evaluate(pointer, context)

    # ── built-in defaults ───────────────────────────────────────────────────────────────
    def _html_tag(self, element: etree._Element) -> str | None:
        """The HTML element name, or None when the element is not HTML."""
        if not self._html_names:
            return None
        tag = element.tag
        if self._html:
            if tag[0] == "{" or element in self._foreign_elements():
                return None
            return tag
        return tag[len(XHTML_NS) + 2:] if tag.startswith(f"{{{XHTML_NS}}}") else None

    def _foreign_elements(self) -> frozenset[etree._Element]:
        """Elements of an HTML page inside ``svg`` or ``math`` (not those roots themselves,
        which HTML lists as phrasing content): SVG or MathML, not HTML, in the HTML5 DOM, so
        the HTML defaults (within text, translatable attributes) do not apply to them."""
        if self._foreign is None:
            self._foreign = frozenset(
                element for element, namespace in html_defaults.dom_namespaces(self._root).items()
                if namespace != XHTML_NS and element.tag not in ("svg", "math"))
        return self._foreign

    def _default_rule(self, category: str) -> Callable[[etree._Element], Fields | None] | None:
        if not self._html_names:
            return None
        html_tag = self._html_tag
        if category == "elementswithintext":
            yes, nested = {"withinText": "yes"}, {"withinText": "nested"}

            def within_text(element: etree._Element) -> Fields | None:
                tag = html_tag(element)
                if tag is None:
                    return None
                default = html_defaults.within_text_default(tag)
                return yes if default == "yes" else nested if default == "nested" else None
            return within_text
        if not self._site:
            return None
        if category == "translate":
            no = {"translate": "no"}
            return lambda element: no if html_tag(element) in html_defaults.SITE_NOT_TRANSLATABLE else None
        if category == "preservespace":
            preserve = {"space": "preserve"}
            return lambda element: preserve if html_tag(element) in html_defaults.SITE_PRESERVE_SPACE else None
        return None

    # ── local markup ────────────────────────────────────────────────────────────────────
    def _local_reader(self, category: str) -> Callable[[etree._Element], Fields | None]:
        html = self._html
        path = self.document.path

        names = HTML_LOCAL if html else XML_LOCAL

        def its(element: etree._Element, name: str) -> str | None:
            if not html and element.tag == _ITS_SPAN:
                return element.get(name)
            return element.get(names[name])

        def enumerated(element: etree._Element, name: str, value: str | None) -> str | None:
            if value is None:
                return None
            canonical = value.strip().lower()
            if canonical in ENUMERATIONS[name]:
                return canonical
            if html:
                return None  # HTML: an invalid value is ignored, as HTML does
            raise ItsRuleError(f"its:{name}={value!r} is not one of {', '.join(sorted(ENUMERATIONS[name]))}",
                               path, element.sourceline)

        xhtml_prefix = f"{{{XHTML_NS}}}"

        def xhtml(element: etree._Element) -> bool:
            """An XHTML element of an XML document: HTML's own attributes count there too."""
            return not html and element.tag.startswith(xhtml_prefix)

        if category == "translate":
            def html_translate(element):
                value = element.get("translate")
                if value is None:
                    return None
                # "" and a bare attribute (libxml2 stores `translate` as "translate") mean yes
                value = value.strip().lower()
                value = "yes" if value in ("", "translate") else value
                return {"translate": value} if value in ("yes", "no") else None

            def translate(element):
                if html:
                    return html_translate(element)
                value = enumerated(element, "translate", its(element, "translate"))
                if value:
                    return {"translate": value}
                return html_translate(element) if xhtml(element) else None
            return translate
        if category == "localizationnote":
            def note(element):
                text, ref = its(element, "locNote"), its(element, "locNoteRef")
                if text is None and ref is None:
                    return None
                kind = enumerated(element, "locNoteType", its(element, "locNoteType")) or "description"
                return {"locNote": text, "locNoteType": kind} if text is not None else {
                    "locNoteRef": ref, "locNoteType": kind}
            return note
        if category == "terminology":
            def term(element):
                value = enumerated(element, "term", its(element, "term"))
                if value is None:
                    return None
                fields = {"term": value}
                for name in ("termInfoRef", "termConfidence"):
                    extra = its(element, name)
                    if extra is not None:
                        fields[name] = extra
                return fields
            return term
        if category == "directionality":
            def html_direction(element, tag):
                value = (element.get("dir") or "").strip().lower()
                if value not in ("ltr", "rtl"):
                    return None
                if tag == "bdo":
                    value = "lro" if value == "ltr" else "rlo"
                return {"dir": value}

            def direction(element):
                if html:
                    return html_direction(element, element.tag)
                value = enumerated(element, "dir", its(element, "dir"))
                if value:
                    return {"dir": value}
                return html_direction(element, element.tag[len(xhtml_prefix):]) if xhtml(element) else None
            return direction
        if category == "languageinformation":
            key = "lang" if html else _XML_LANG

            def language(element):
                value = element.get(key)
                if value is None and xhtml(element):
                    value = element.get("lang")  # xml:lang first, as HTML5 says for XHTML
                return {"lang": value.strip()} if value is not None else None
            return language
        if category == "elementswithintext":
            def within_text(element):
                value = enumerated(element, "withinText", its(element, "withinText"))
                return {"withinText": value} if value else None
            return within_text
        if category == "localefilter":
            def locale_filter(element):
                listed = its(element, "localeFilterList")
                kind = enumerated(element, "localeFilterType", its(element, "localeFilterType"))
                if listed is None and kind is None:
                    return None
                if listed is None:
                    parent = element.getparent()
                    inherited = (self._values_in_progress(parent) if parent is not None else None) or {}
                    listed = inherited.get("localeFilterList", "*")
                return {"localeFilterList": listed, "localeFilterType": kind or "include"}
            return locale_filter
        if category == "idvalue":
            key = "id" if html else _XML_ID

            def id_value(element):
                value = element.get(key) or (element.get("id") if xhtml(element) else None)
                return {"idValue": value} if value else None
            return id_value
        if category == "preservespace":
            if html:
                return lambda element: None
            def space(element):
                value = enumerated(element, "space", element.get(_XML_SPACE))
                return {"space": value} if value else None
            return space
        if category == "storagesize":
            def storage(element):
                size = its(element, "storageSize")
                if size is None:
                    return None
                return {"storageSize": size.strip(),
                        "storageEncoding": (its(element, "storageEncoding") or "UTF-8").strip(),
                        "lineBreakType": enumerated(element, "lineBreakType", its(element, "lineBreakType")) or "lf"}
            return storage
        if category == "allowedcharacters":
            def allowed(element):
                value = its(element, "allowedCharacters")
                return {"allowedCharacters": value} if value is not None else None
            return allowed
        return lambda element: None  # domain, externalresource: global rules only

    def _values_in_progress(self, element: etree._Element) -> Fields | None:
        """The locale-filter value already computed for an ancestor (used while computing)."""
        return self._computing.get(element)

    def _annotators_in_scope(self) -> dict[etree._Element, str]:
        """annotatorsRef in scope per element: category|IRI pairs inherited from ancestors,
        a nearer declaration replacing a farther one for the same category."""
        if self._annotators is None:
            key = "its-annotators-ref" if self._html else None
            scopes: dict[etree._Element, dict[str, str]] = {}
            printed: dict[etree._Element, str] = {}
            for element in self._elements:
                parent = element.getparent()
                scope = scopes[parent] if parent is not None else {}
                if key:
                    declared = element.get(key)
                elif element.tag == _ITS_SPAN:
                    declared = element.get("annotatorsRef")
                else:
                    declared = element.get(f"{{{ITS_NS}}}annotatorsRef")
                if declared:
                    scope = dict(scope)
                    for pair in declared.split():
                        category, _, iri = pair.partition("|")
                        if category and iri:
                            scope[category] = iri
                scopes[element] = scope
                if scope:
                    printed[element] = " ".join(f"{name}|{scope[name]}" for name in sorted(scope))
            self._annotators = printed
        return self._annotators


def _strings(result: object) -> list[str]:
    """An XPath result as strings (XPath string-value of each node)."""
    if isinstance(result, list):
        strings = []
        for item in result:
            if isinstance(item, etree._Element):
                strings.append(item.xpath("string()"))
            else:
                strings.append(str(item))
        return strings
    if isinstance(result, bool):
        return ["true" if result else "false"]
    if isinstance(result, float):
        return [str(int(result)) if result.is_integer() else repr(result)]
    return [str(result)]


def _domains(strings: list[str], mapping: tuple[tuple[str, str], ...]) -> str:
    """Domain values: split on commas, trimmed, mapped (exact left side), duplicates dropped."""
    table = dict(mapping)
    seen: list[str] = []
    for string in strings:
        for part in string.split(","):
            value = part.strip()
            if not value:
                continue
            value = table.get(value, value)
            if value not in seen:
                seen.append(value)
    return ", ".join(seen)
