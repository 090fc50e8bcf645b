"""Consistency within a language (``consistency.target``, ``consistency.source``) and across
languages (``consistency.languages``: what most languages agree on for one source unit)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from ..model import Catalog, Entry, Finding, Severity
from .crosslang_names import name_slips
from .names import strip_inline_tags
from .registry import check
from .runner import CheckContext, checked_entries

_SPACES = re.compile(r"\s+")
_TRAILING = re.compile(r"[\s.!?:;,。！？：；，…]+$")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'«»“”）)]+", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][\w.-]*_\d+\s*/?>")


def _normal(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _loose(text: str) -> str:
    """Case, spacing, inline-tag numbering and final punctuation aside."""
    text = re.sub(r"_\d+", "", text)
    return _TRAILING.sub("", _normal(text)).casefold()


# ── consistency.target ─────────────────────────────────────────────────────────────────

def _where(entry: Entry) -> str:
    context = f" (msgctxt {entry.msgctxt!r})" if entry.msgctxt is not None else ""
    return f"line {entry.line}{context}" if entry.line else f"another entry{context}"


@check("consistency.target", severity=Severity.WARNING, scope="catalog")
def consistency_target(catalog: Catalog, ctx: CheckContext) -> Iterator[Finding]:
    """One source text is translated differently in two places of the catalog."""
    by_source: dict[str, list[Entry]] = defaultdict(list)
    for entry in checked_entries(catalog):
        if entry.msgid_plural is None:
            by_source[_normal(entry.msgid)].append(entry)
    for entries in by_source.values():
        if len(entries) < 2:
            continue
        readings = Counter(_normal(e.msgstr) for e in entries)
        if len(readings) < 2:
            continue
        majority, count = readings.most_common(1)[0]
        if count == 1:  # no majority: the first in the file is the reference
            majority = _normal(entries[0].msgstr)
        reference = next(e for e in entries if _normal(e.msgstr) == majority)
        for entry in entries:
            if _normal(entry.msgstr) == majority:
                continue
            yield ctx.finding(entry, f"translated differently at {_where(reference)}: {reference.msgstr!r}",
                              hint="use one translation, or silence this entry if its context needs another",
                              target_marks=[entry.msgstr])


# ── consistency.source ─────────────────────────────────────────────────────────────────

@check("consistency.source", severity=Severity.WARNING, scope="catalog")
def consistency_source(catalog: Catalog, ctx: CheckContext) -> Iterator[Finding]:
    """One translation is used for different source texts."""
    by_target: dict[str, list[Entry]] = defaultdict(list)
    for entry in checked_entries(catalog):
        if entry.msgid_plural is None and _normal(entry.msgstr) != _normal(entry.msgid):
            by_target[_loose(entry.msgstr)].append(entry)
    for entries in by_target.values():
        sources = {_loose(e.msgid) for e in entries}
        if len(sources) < 2:
            continue
        first = entries[0]
        for entry in entries[1:]:
            if _loose(entry.msgid) == _loose(first.msgid):
                continue
            yield ctx.finding(entry, f"the same translation serves {first.msgid!r} at {_where(first)}",
                              hint="one of the two is probably a copy-paste slip",
                              source_marks=[entry.msgid], target_marks=[entry.msgstr])


# ── consistency.languages ──────────────────────────────────────────────────────────────

@dataclass(frozen=True)
class Reading:
    """What one language's translation of a unit says: numbers, names, URLs, inline tags."""

    language: str
    numbers: tuple[tuple[Decimal, frozenset[Decimal], str], ...]  # (value, values it may stand for, as written)
    urls: frozenset[str]
    tags: tuple[str, ...]


def number_readings(source: str, target: str, source_language: str, language: str):
    """The numbers of ``target`` read with the numbers engineer's parser, each token in the
    reading that agrees best with the source's values."""
    from ..numbers.parse import combine, han_numbers, numbers, parse

    pool = frozenset(v for n in numbers(source, source_language, is_source=True) for v in n.values)
    chosen = []
    for token in parse(target, language):
        chosen.extend(max(token.readings, key=lambda reading: sum(bool(n.values & pool) for n in reading)))
    found = list(combine(target, language, chosen))
    covered = [(n.start, n.end) for n in found]
    if re.search("[〇零一二两兩三四五六七八九十百千万萬亿億]", target):
        found += [h for h in han_numbers(target) if not any(s <= h.start < e for s, e in covered)]
    return tuple((n.value, n.values, n.text) for n in found), pool


def _urls(text: str) -> frozenset[str]:
    return frozenset(u.rstrip(".,;:!?") for u in _URL.findall(text))


def _tags(text: str) -> tuple[str, ...]:
    return tuple(sorted(_TAG.findall(text)))


def _plural(count: int, total: int) -> str:
    return f"{count} of {total} languages"


def _vote_numbers(readings: dict[str, Reading], pool: dict[str, frozenset[Decimal]]):
    """Per language, (majority values it lacks, its values no majority or source supports)."""
    voters = [lang for lang, r in readings.items() if r.numbers]
    if len(voters) < 3:
        return {}
    counts: Counter[Decimal] = Counter()
    for lang in voters:
        counts.update({v for value, values, _ in readings[lang].numbers for v in {value}})
    needed = max(3, -(-len(voters) * 3 // 5))
    majority = {v for v, c in counts.items() if c >= needed}
    out = {}
    for lang in voters:
        have = set().union(*(values for _, values, _ in readings[lang].numbers))
        lacking = sorted(v for v in majority if v not in have)
        extra = [(value, text) for value, values, text in readings[lang].numbers
                 if not values & majority and not values & pool[lang]]
        if lacking and extra:
            out[lang] = (lacking, extra, {v: counts[v] for v in lacking}, len(voters))
    return out


@check("consistency.languages", severity=Severity.WARNING, scope="project")
def consistency_languages(catalogs: Sequence[Catalog], ctx: CheckContext) -> Iterator[Finding]:
    """A translation disagrees with what most languages say for the same source: a number, a name,
    a URL or an inline tag."""
    units: dict[tuple[str | None, str], list[tuple[Catalog, Entry]]] = defaultdict(list)
    for catalog in catalogs:
        if not catalog.language:
            continue
        for entry in checked_entries(catalog):
            units[(entry.msgctxt, entry.msgid)].append((catalog, entry))
    glossary = ctx.options.get("glossary")
    for (_, msgid), members in units.items():
        if len(members) < 4:  # three that agree and one that does not, at the least
            continue
        yield from _unit_findings(msgid, members, ctx, glossary)


def _unit_findings(msgid: str, members, ctx: CheckContext, glossary) -> Iterator[Finding]:
    source_language = ctx.source_language
    readings: dict[str, Reading] = {}
    pools: dict[str, frozenset[Decimal]] = {}
    by_language: dict[str, tuple[Catalog, Entry]] = {}
    for catalog, entry in members:
        language = catalog.language
        text = entry.translations[0]
        try:
            numbers, pool = number_readings(msgid, strip_inline_tags(text), source_language, language)
        except Exception:  # noqa: BLE001 - a language the numbers parser cannot read votes no numbers
            numbers, pool = (), frozenset()
        readings[language] = Reading(language, numbers, _urls(text), _tags(text))
        pools[language] = pool
        by_language[language] = (catalog, entry)

    # numbers
    for language, (lacking, extra, counts, total) in sorted(_vote_numbers(readings, pools).items()):
        catalog, entry = by_language[language]
        shown = ", ".join(text for _, text in extra[:3])
        majority = ", ".join(f"{v.normalize():f}" for v in lacking[:3])
        yield ctx.finding(entry, f"has {shown} where {_plural(max(counts.values()), total)} read {majority}",
                          catalog=catalog, hint="check the number against the source and the other languages",
                          target_marks=[t for _, t in extra[:3]])

    # URLs and inline tags: the set most languages share
    for kind, get in (("URL", lambda r: r.urls), ("inline tags", lambda r: r.tags)):
        values = {lang: get(r) for lang, r in readings.items()}
        counter = Counter(values.values())
        if len(counter) < 2:
            continue
        top, count = counter.most_common(1)[0]
        if count < 3 or count * 3 < len(values) * 2:
            continue
        for language, value in sorted(values.items()):
            if value == top:
                continue
            catalog, entry = by_language[language]
            if kind == "URL":
                differs = ", ".join(sorted(set(value) - set(top))) or "no URL"
                said = ", ".join(sorted(top)) or "no URL"
            else:
                differs = " ".join(value) or "no tags"
                said = " ".join(top) or "no tags"
            yield ctx.finding(entry, f"{kind}: {differs} where {_plural(count, len(values))} have {said}",
                              catalog=catalog, target_marks=sorted(set(value) - set(top)) if kind == "URL" else [])

    yield from _name_findings(msgid, by_language, ctx, glossary)


def _name_findings(msgid: str, by_language: dict[str, tuple[Catalog, Entry]], ctx: CheckContext,
                   glossary) -> Iterator[Finding]:
    """Names (people, places, acronyms, codes): a near miss of what the other languages write."""
    for slip in name_slips(msgid, by_language, glossary):
        catalog, entry = by_language[slip.language]
        yield ctx.finding(entry, f"{slip.variant!r} where {_plural(slip.writers, slip.voters)} write {slip.name!r}",
                          catalog=catalog, hint=f"write {slip.name!r}", source_marks=[slip.name],
                          target_marks=[slip.variant])


__all__ = ["consistency_target", "consistency_source", "consistency_languages", "number_readings"]
