"""The W3C ITS 2.0 test-suite output: one line per element and attribute, in document order
(attributes sorted by printed name), ``PATH<TAB>name="value"…`` with whitespace collapsed
and no escaping (../shared/its-2.0-testsuite/FORMAT.md)."""

from __future__ import annotations

import re

import lxml.etree as etree

from .engine import Annotations
from .rules import XML_NS

_WHITESPACE = re.compile(r"[ \t\r\n]+")


def render(annotations: Annotations, category: str) -> str:
    root = annotations.document.root
    html = annotations.document.kind == "html"
    lines: list[str] = []
    paths: dict[etree._Element, str] = {}
    counters: dict[etree._Element, dict[str, int]] = {}
    for element in annotations.elements():
        name = printed_name(element, html)
        parent = element.getparent()
        if parent is None or element is root:
            path = "/" + name
        else:
            counter = counters.setdefault(parent, {})
            counter[name] = counter.get(name, 0) + 1
            path = f"{paths[parent]}/{name}[{counter[name]}]"
        paths[element] = path
        lines.append(path + fields_text(annotations.get(element, category)))
        attributes = sorted((printed_attribute(element, key, html), key) for key in element.keys()
                            if not _is_namespace_declaration(key, html))
        for printed, key in attributes:
            lines.append(f"{path}/@{printed}" + fields_text(annotations.get(element, category, key)))
    return "\n".join(lines) + "\n"


def fields_text(fields: dict[str, str]) -> str:
    return "".join(f'\t{name}="{normalize(fields[name])}"' for name in sorted(fields))


def normalize(value: str) -> str:
    return _WHITESPACE.sub(" ", value).strip(" ")


def printed_name(element: etree._Element, html: bool) -> str:
    if html:
        return element.tag
    qname = etree.QName(element)
    return f"{element.prefix}:{qname.localname}" if element.prefix else qname.localname


def printed_attribute(element: etree._Element, key: str, html: bool) -> str:
    if html or not key.startswith("{"):
        return key
    qname = etree.QName(key)
    if qname.namespace == XML_NS:
        return f"xml:{qname.localname}"
    for prefix, uri in element.nsmap.items():
        if uri == qname.namespace and prefix:
            return f"{prefix}:{qname.localname}"
    return qname.localname


def _is_namespace_declaration(key: str, html: bool) -> bool:
    return html and (key == "xmlns" or key.startswith("xmlns:"))
