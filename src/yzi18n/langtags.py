"""Language tags: BCP 47 ↔ POSIX, CLDR endonyms, text direction, gettext plural headers, fallbacks."""

from __future__ import annotations

import functools
import re

from babel import Locale, UnknownLocaleError


def to_bcp47(tag: str) -> str:
    """``zh_Hans`` → ``zh-Hans``, ``pt_BR`` → ``pt-BR``, ``sr@latin`` → ``sr-Latn``."""
    tag = tag.strip().replace("_", "-")
    if "@" in tag:
        tag, _, modifier = tag.partition("@")
        if modifier.lower() == "latin":
            tag += "-Latn"
        elif modifier.lower() == "cyrillic":
            tag += "-Cyrl"
    tag = tag.split(".", 1)[0]
    parts = tag.split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            out.append(part.title())
        elif len(part) in (2, 3):
            out.append(part.upper())
        else:
            out.append(part)
    return "-".join(out)


_TAG_SHAPE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")


@functools.lru_cache(maxsize=None)
def header_language(value: str) -> str:
    """The BCP 47 tag of a PO header's ``Language`` value: a tag (``pt_BR``, ``sr@latin``), or the
    English name of a language that some editors write there instead (``Estonian`` → ``et``)."""
    tag = to_bcp47(value)
    if _TAG_SHAPE.fullmatch(tag):
        return tag
    name = value.strip().casefold()
    for code, english in Locale("en").languages.items():
        if english.casefold() == name:
            return to_bcp47(code)
    return tag


def primary_language(tag: str) -> str:
    """The primary language subtag, lower case: ``pt`` for ``pt-BR``, ``pt_BR`` or ``PT``."""
    return tag.replace("_", "-").split("-")[0].lower()


# written standards of one language (members of one ISO 639 macrolanguage, mutually
# intelligible): Norwegian Bokmål and Nynorsk; Bosnian, Croatian, Montenegrin and Serbian;
# Malay and Indonesian
_ONE_LANGUAGE = {"nb": "no", "nn": "no", "no": "no", "bs": "sh", "hr": "sh", "sr": "sh", "cnr": "sh", "sh": "sh",
                 "ms": "ms", "id": "ms", "zsm": "ms"}


def independent_language(tag: str) -> str:
    """The language a translation counts as when translations in several languages are evidence
    for each other: the primary subtag, with the standards of one language as one (``nb`` and
    ``nn`` are ``no``; ``bs``, ``hr`` and ``sr`` are ``sh``; ``id`` is ``ms``)."""
    base = primary_language(tag)
    return _ONE_LANGUAGE.get(base, base)


def to_posix(tag: str) -> str:
    """``pt-BR`` → ``pt_BR``, the form gettext folders use."""
    return to_bcp47(tag).replace("-", "_")


@functools.lru_cache(maxsize=None)
def locale(tag: str) -> Locale | None:
    """The babel Locale for a tag, or None when CLDR does not know it."""
    try:
        return Locale.parse(to_posix(tag))
    except (UnknownLocaleError, ValueError):
        try:
            return Locale.parse(to_posix(tag).split("_")[0])
        except (UnknownLocaleError, ValueError):
            return None


# CLDR's localeDisplayPattern (pattern, separator) where it is not "{0} ({1})" / "{0}, {1}";
# Babel does not ship this part of CLDR (cldr-json localeDisplayNames/zh, yue, ja).
_DISPLAY_PATTERNS = {"zh": ("{0}（{1}）", "{0}，{1}"), "yue": ("{0}（{1}）", "{0}，{1}"), "ja": ("{0} ({1})", "{0}、{1}")}


@functools.lru_cache(maxsize=None)
def endonym(tag: str) -> str:
    """The language's name in itself, from CLDR: ``fi`` → suomi, ``zh-Hans`` → 中文（简体）.

    A script or region in the tag is named too, in the language's own words
    (``pt-PT`` → português (Portugal)): a project that keeps a regional catalog means it.
    """
    loc = locale(tag)
    if loc is None:
        return tag
    name = loc.languages.get(loc.language) or tag
    qualifiers = []
    if loc.script:
        qualifiers.append(loc.scripts.get(loc.script, loc.script))
    if loc.territory and "-" in tag and len(tag.split("-")[-1]) == 2:
        qualifiers.append(loc.territories.get(loc.territory, loc.territory))
    if qualifiers:
        pattern, separator = _DISPLAY_PATTERNS.get(loc.language, ("{0} ({1})", "{0}, {1}"))
        joined = qualifiers[0]
        for more in qualifiers[1:]:
            joined = separator.replace("{0}", joined).replace("{1}", more)
        name = pattern.replace("{0}", name).replace("{1}", joined)
    return name


def direction(tag: str) -> str:
    """``rtl`` or ``ltr``, from CLDR's character order."""
    loc = locale(tag)
    return "rtl" if loc is not None and loc.text_direction == "rtl" else "ltr"


def plural_forms(tag: str) -> str:
    """The gettext ``Plural-Forms`` header value for a language, from CLDR's plural rules."""
    from babel.messages.plurals import get_plural  # here: ~15 ms to import, check never needs it

    plural = get_plural(to_posix(tag))
    return f"nplurals={plural.num_plurals}; plural={plural.plural_expr};"


def fallback_chain(tag: str, configured: dict[str, tuple[str, ...]] | None = None) -> list[str]:
    """Where to look for a translation, best first: ``pt-BR`` → ``pt-BR``, ``pt`` (source last)."""
    tag = to_bcp47(tag)
    chain = [tag]
    for extra in (configured or {}).get(tag, ()):
        if to_bcp47(extra) not in chain:
            chain.append(to_bcp47(extra))
    parts = tag.split("-")
    while len(parts) > 1:
        parts = parts[:-1]
        if "-".join(parts) not in chain:
            chain.append("-".join(parts))
    return chain


def is_known(tag: str) -> bool:
    return locale(tag) is not None
