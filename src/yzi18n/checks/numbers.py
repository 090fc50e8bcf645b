"""The ``numbers.*`` checks: the translation's numbers compared with the source's as values.

Each side is read in its own language's CLDR conventions (``yzi18n.numbers``); each check
reports one kind of difference, so a project can select or ignore it on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import compress
from operator import attrgetter

from ..langtags import independent_language
from ..model import Catalog, Entry, Finding, Severity
from ..numbers.agree import certainly_agrees, has_digit, may_disagree
from ..numbers.compare import HUNDRED_PERCENT, UNREADABLE_WORDS, Discrepancy, compare, read_target, spells_numbers_out
from ..numbers.learned_cache import cached_learn_number_words
from ..numbers.order import in_order, reversed_pairs, source_pairs
from ..numbers.parse import Number, numbers
from ..numbers.render import render
from ..numbers.words import LearnedWords
from .registry import CatalogPrecondition, check
from .runner import CheckContext, SiblingTranslations


_DIGIT = re.compile(r"\d")
# id(catalog) → (catalog, value), the catalog kept alive beside it: a few catalogs for a caller
# without a run; in a run (``ctx.siblings``), every catalog of it, in the run's own cache
_STYLE: dict[int, tuple[Catalog, bool]] = {}
_LEARNED: dict[tuple[int, bool], tuple[Catalog, LearnedWords]] = {}  # keyed by (id, English source)


def _store(name: str, fallback: dict, siblings: SiblingTranslations | None) -> dict:
    if siblings is None:
        if len(fallback) > 8:
            fallback.clear()
        return fallback
    return siblings.cache.setdefault(name, {})


def _per_catalog(name: str, fallback: dict, catalog: Catalog, siblings: SiblingTranslations | None, read):
    """``read(catalog)``, computed once per catalog and kept in the run's cache (``_store``)."""
    store = _store(name, fallback, siblings)
    cached = store.get(id(catalog))
    if cached is None or cached[0] is not catalog:
        cached = store[id(catalog)] = (catalog, read(catalog))
    return cached[1]


def _spells_out(catalog: Catalog | None, siblings: SiblingTranslations | None = None) -> bool:
    """Whether the catalog's translator writes numbers as words, computed once per catalog."""
    if catalog is None:
        return False
    return _per_catalog("numbers.style", _STYLE, catalog, siblings, lambda catalog: spells_numbers_out(
        (e.msgid, e.msgstr) for e in catalog.entries if e.msgid and e.msgstr and e.msgid_plural is None))


def _learned(catalog: Catalog | None, english: bool = True,
             siblings: SiblingTranslations | None = None) -> LearnedWords | None:
    """The number words the catalog's translations use, learned from the catalog once, on the
    first lookup (``yzi18n.numbers.words.learn_number_words``, kept on disk by the catalog's content:
    ``yzi18n.numbers.learned_cache``); ``english``: the source language
    is English, whose number words count as values."""
    if catalog is None:
        return None
    store = _store("numbers.learned", _LEARNED, siblings)
    key = (id(catalog), english)
    cached = store.get(key)
    if cached is None or cached[0] is not catalog:
        entries = catalog.entries
        cached = store[key] = (catalog, LearnedWords(pairs=lambda: (
            (e.msgid, e.msgstr) for e in entries if e.msgid and e.msgstr and e.msgid_plural is None),
            english=english, learner=cached_learn_number_words))
    return cached[1]


def _discrepancies(entry: Entry, ctx: CheckContext) -> Iterator[Discrepancy]:
    """The differences of one entry; ``ctx.options["numbers_strict"]`` makes every unexplained
    missing number an error (see ``compare``)."""
    if not has_digit(entry):  # the runner's precondition, for a caller that runs checks without it
        return  # no digit on either side (numbers written as words only are never reported)
    language = ctx.language or "en"
    strict = bool(ctx.options.get("numbers_strict", False))
    learned = _learned(ctx.catalog, ctx.source_language.split("-")[0] == "en", ctx.siblings)
    # plural forms: the singular msgid for form 0, the plural msgid for the others; a form that
    # serves several counts writes "%d" where the English singular says "1"
    for source, translation, index in entry.pairs():
        # the catalog's style only matters to a translation without a digit: it is read only then
        spells_out = not _DIGIT.search(translation) and _spells_out(ctx.catalog, ctx.siblings)
        for item in compare(source, translation, ctx.source_language, language, spells_out=spells_out,
                            strict=strict, learned=learned):
            if index is not None and item.kind == "missing" and item.source and item.source.value == 1:
                continue
            if item.why == HUNDRED_PERCENT and learned is not None and index is None:
                item = _weighed_in_catalog(item, source, learned, ctx, language)
            if item.why is not None and ctx.siblings is not None and index is None:
                item = _weighed_across_languages(item, entry, ctx, language)
            yield item


# Evidence in the catalog. "100 percent sure" may fairly become "completely sure", but not in a
# catalog whose translator keeps "100 percent sure" as 100 in most of its other units: translators
# are consistent (in NTREX, 115 of the 124 catalogs treat its two such sentences alike). Only the
# idiom counts, on both sides: "Zoom 100%" is always kept and says nothing of how a translator
# writes "100 percent certain". This evidence is the translator's own: other languages' habits,
# weighed after it, do not calm it.
_CERTAIN_AFTER = re.compile(r"[\s\u00a0]*(?:sure|certain|confident|convinced|positive|committed)\b", re.IGNORECASE)


def _certainty_idiom(source: str, number: Number) -> bool:
    """True when ``number`` is a 100 percent followed by a word of certainty ("100% sure")."""
    return number.percent and number.value == 100 and _CERTAIN_AFTER.match(source, number.end) is not None


def _weighed_in_catalog(item: Discrepancy, source: str, learned: LearnedWords, ctx: CheckContext,
                        language: str) -> Discrepancy:
    """``item`` (a "100 percent sure" left out) made an error when the catalog's other live
    translations of the idiom keep it with digits in more than half of them; otherwise ``item``.
    The message does not change with the count (a baseline keeps accepting it); the hint gives it."""
    number = item.source
    if not _certainty_idiom(source, number):
        return item
    units = _idioms_kept(learned, ctx, language)
    others = [kept for text, kept in units if text != source]
    kept = sum(others)
    if 2 * kept <= len(others):
        return item
    return Discrepancy("missing", Severity.ERROR,
                       f"{number.text} is not in the translation, though the catalog's other translations keep it",
                       hint=f"{render(number, language)} in {language}; kept in {kept} of the catalog's "
                            f"{len(others)} other translations of 100 percent", source=number)


def _idioms_kept(learned: LearnedWords, ctx: CheckContext, language: str) -> list[tuple[str, bool]]:
    """(source, whether its translation writes the 100 percent with digits) for each of the
    catalog's translated units (not fuzzy, not obsolete, not left as the source) whose source has
    a "100 percent sure"; read once per catalog, from the pairs ``learned`` was given (a
    benchmark gives a clean catalog's). A percentage with another value counts as written with
    digits: the habit is the translator's way of writing it, and a changed value is an error of
    its own; a 100 or a percentage the source has besides the idiom is not counted."""
    key = ("hundred percent kept", ctx.source_language, language)
    units = learned.derived.get(key)
    if units is None:
        units = learned.derived[key] = []
        live = {e.msgid for e in ctx.catalog.entries if e.msgstr and not e.obsolete and not e.fuzzy}
        for source, text in learned.pairs():
            if "100" not in source or text == source or source not in live:
                continue
            src = numbers(source, ctx.source_language, is_source=True)
            idioms = sum(1 for n in src if _certainty_idiom(source, n))
            if idioms:
                besides = sum(1 for n in src if (n.percent or 100 in n.values) and not _certainty_idiom(source, n))
                found = sum(1 for n in read_target(src, text, language) if n.percent or 100 in n.values)
                units.append((source, found - besides >= idioms))
    return units


# Evidence across languages. A number missing for a reason other translators would share ("100
# percent sure" → "completely sure"; a small number written in words nothing here can read) is a
# warning alone; when the run holds the other languages' translations of the same source and
# nearly all of them keep the number, this translation's is one language's slip: an error. A
# reason of this language's own (a catalog that writes numbers as words, a word of its own found,
# a clock moved to its time zone) is not overruled: the other languages cannot speak to it.
SIBLINGS_AT_LEAST = 20  # other languages whose evidence counts, at least (one catalog alone: no change)
SIBLINGS_KEEPING = 0.9  # the share of them that must keep the number
_OVERRULED = frozenset({UNREADABLE_WORDS, HUNDRED_PERCENT})


def _weighed_across_languages(item: Discrepancy, entry: Entry, ctx: CheckContext, language: str) -> Discrepancy:
    """``item`` made an error when ``SIBLINGS_KEEPING`` of at least ``SIBLINGS_AT_LEAST`` other
    languages of the run keep its number; otherwise ``item``. A language is counted once however
    many of its catalogs (domains, regional variants, standards of one language such as nb and nn:
    ``langtags.independent_language``) the run holds, and the catalog's own language not at all.
    The message does not change with the count (a baseline keeps accepting it when a language is
    added); the hint gives the count."""
    siblings = ctx.siblings
    if item.why not in _OVERRULED or len(siblings) <= SIBLINGS_AT_LEAST \
            or _spells_out(ctx.catalog, siblings) or ctx.options.get("numbers_strict", False):
        return item
    number = item.source
    by_unit = siblings.cache.setdefault("numbers.verdicts", {})
    key = (entry.msgctxt, entry.msgid, number.start, ctx.source_language)
    verdicts = by_unit.get(key)
    if verdicts is None:
        verdicts = by_unit[key] = _verdicts(entry, number, ctx)
    own = independent_language(language)
    by_language: dict[str, bool | None] = {}
    for other, verdict in verdicts.items():
        if other == own or verdict is None:
            continue
        by_language[other] = verdict
    kept = sum(1 for verdict in by_language.values() if verdict)
    counted = len(by_language)
    if counted < SIBLINGS_AT_LEAST or kept < SIBLINGS_KEEPING * counted:
        return item
    return Discrepancy("missing", Severity.ERROR,
                       f"{number.text} is not in the translation, though nearly all other languages keep it",
                       hint=f"{render(number, language)} in {language}; kept by {kept} of {counted} other languages",
                       source=number)


_LITERAL: dict[str, re.Pattern] = {}  # the digits of a source number → a pattern for them as a number of their own


def _verdicts(entry: Entry, number: Number, ctx: CheckContext) -> dict[str, bool | None]:
    """Per language (``independent_language``) of the run's catalogs that translate ``entry``'s source, its own
    included: True when a translation writes ``number``'s value with digits as often as the source
    does, or its conversion to another unit in digits ("10 miles" as "16 km": the translator wrote
    digits there), False when it leaves it out (or writes it, or its conversion, in words), None
    when its own comparison reports an error on that number (a slip of its own — a digit changed,
    the number lost where that is an error — says nothing of whether translators leave it out).
    A language whose catalogs differ counts as keeping the
    number if one of them does, and as leaving it out if one does and none keeps it.
    A number written once in the source with plain ASCII digits counts as kept where those digits
    stand as a number of their own (``12``, not ``120``, ``2012`` or ``1,12``): the other
    translations' numbers are read in full only where that fails."""
    source, source_language = entry.msgid, ctx.source_language
    src = numbers(source, source_language, is_source=True)
    values = number.values
    need = sum(1 for n in src if n.values & values)
    literal = None
    if need == 1 and number.digits.isdigit() and not number.exponent:
        literal = _LITERAL.get(number.digits)
        if literal is None:
            if len(_LITERAL) > 4096:
                _LITERAL.clear()
            literal = _LITERAL[number.digits] = re.compile(
                r"(?<!\d)(?<!\d[.,])" + number.digits + r"(?!\d)(?![.,]\d)")
    siblings = ctx.siblings
    english = source_language.split("-")[0] == "en"
    verdicts: dict[str, bool | None] = {}
    for catalog, text in siblings.translations(entry, ctx.catalog, with_own=True):
        language = catalog.language
        base = independent_language(language)
        if verdicts.get(base):
            continue  # another catalog of this language keeps it
        if (literal is not None and literal.search(text)) \
                or sum(1 for n in read_target(src, text, language) if n.values & values) >= need:
            verdicts[base] = True
            continue
        found = compare(source, text, source_language, language,
                        spells_out=not _DIGIT.search(text) and _spells_out(catalog, siblings),
                        learned=_learned(catalog, english, siblings))
        mine = [d for d in found if d.source is not None and d.source.start == number.start]
        if any(d.severity >= Severity.ERROR for d in mine):
            verdicts.setdefault(base, None)
        elif any(d.kind == "conversion" and d.target is not None and not d.target.spelled for d in mine):
            verdicts[base] = True  # "10 miles" as "16 km": converted, in digits (not "sechzehn Kilometer")
        else:
            verdicts[base] = False
    return verdicts


# the eight checks ask for the same entry in turn: its discrepancies are kept for the catalog
# (keyed by the entry's id, the entry kept alive beside its result); a run is one catalog in one
# mode, among the same other catalogs (the evidence across languages depends on them). A list,
# not a dict, so the per-entry test is a few identity comparisons.
_SEEN: list = [None, None, None, {}, None]  # catalog, strict, source language, id → (entry, discrepancies), siblings


def _all_discrepancies(entry: Entry, ctx: CheckContext) -> tuple[Discrepancy, ...]:
    seen = _SEEN
    if seen[0] is not ctx.catalog or seen[2] != ctx.source_language \
            or seen[1] != ctx.options.get("numbers_strict", False) or seen[4] is not ctx.siblings:
        seen[:] = [ctx.catalog, ctx.options.get("numbers_strict", False), ctx.source_language, {}, ctx.siblings]
    entries = seen[3]
    cached = entries.get(id(entry))
    if cached is None or cached[0] is not entry:
        cached = entries[id(entry)] = (entry, tuple(_discrepancies(entry, ctx)))
    return cached[1]


def _report(entry: Entry, ctx: CheckContext, kind: str) -> list[Finding] | tuple[()]:
    """The findings of one kind: a list (not a generator), since most entries have none and the
    runner asks eight times per entry."""
    seen = _SEEN  # the cache test of _all_discrepancies inlined: this runs eight times per entry
    cached = seen[3].get(id(entry)) if seen[0] is ctx.catalog and seen[4] is ctx.siblings else None
    if cached is not None and cached[0] is entry and seen[2] == ctx.source_language \
            and seen[1] == ctx.options.get("numbers_strict", False):
        items = cached[1]
    else:
        items = _all_discrepancies(entry, ctx)
    if not items:
        return ()
    return [
        ctx.finding(
            entry, item.message, hint=item.hint, severity=item.severity,
            source_marks=[item.source.text] if item.source else [],
            target_marks=[item.target.text] if item.target else [],
        )
        for item in items if item.kind == kind
    ]


# The runner calls the numbers checks only for entries with a digit on either side whose numbers
# do not certainly agree (tested once per entry for all eight; ``yzi18n.numbers.agree``): the full
# comparison reports nothing on the others (tests/test_numbers_agree.py proves it on NTREX,
# tests/test_runner_dispatch.py compares the runner with and without the shortcut).
NUMBERS_MAY_DISAGREE = CatalogPrecondition(has_digit, may_disagree)


@check("numbers.missing", severity=Severity.ERROR, applies=NUMBERS_MAY_DISAGREE)
def numbers_missing(entry: Entry, ctx: CheckContext) -> Iterable[Finding]:
    """A number of the source is not in the translation, as digits or as words."""
    return _report(entry, ctx, "missing")


@check("numbers.changed", severity=Severity.ERROR, applies=NUMBERS_MAY_DISAGREE)
def numbers_changed(entry: Entry, ctx: CheckContext) -> Iterable[Finding]:
    """A number of the source has another value in the translation."""
    return _report(entry, ctx, "changed")


@check("numbers.scale", severity=Severity.ERROR, applies=NUMBERS_MAY_DISAGREE)
def numbers_scale(entry: Entry, ctx: CheckContext) -> Iterable[Finding]:
    """A number keeps its digits but changes scale (billion → Millionen, 万 → 亿)."""
    return _report(entry, ctx, "scale")


@check("numbers.swapped", severity=Severity.ERROR, applies=NUMBERS_MAY_DISAGREE)
def numbers_swapped(entry: Entry, ctx: CheckContext) -> Iterable[Finding]:
    """Two numbers of different types (a percentage and an amount) traded places."""
    return _report(entry, ctx, "swapped")


@check("numbers.type", severity=Severity.WARNING, applies=NUMBERS_MAY_DISAGREE)
def numbers_type(entry: Entry, ctx: CheckContext) -> Iterable[Finding]:
    """A percentage lost its percent sign, or a plain number gained one."""
    return _report(entry, ctx, "type")


@check("numbers.added", severity=Severity.WARNING, applies=NUMBERS_MAY_DISAGREE)
def numbers_added(entry: Entry, ctx: CheckContext) -> Iterable[Finding]:
    """The translation has a number the source does not."""
    return _report(entry, ctx, "added")


@check("numbers.words", severity=Severity.INFO, applies=NUMBERS_MAY_DISAGREE)
def numbers_words(entry: Entry, ctx: CheckContext) -> Iterable[Finding]:
    """A number of the source is written out as words in the translation."""
    return _report(entry, ctx, "words")


@check("numbers.conversion", severity=Severity.INFO, applies=NUMBERS_MAY_DISAGREE)
def numbers_conversion(entry: Entry, ctx: CheckContext) -> Iterable[Finding]:
    """A number was converted to another unit (miles → km, °F → °C)."""
    return _report(entry, ctx, "conversion")


# Two numbers in the other order. A translation that writes the source's two numbers in the other
# order may have reordered its clauses, as many languages do, or swapped the numbers: where the
# run holds more than SIBLINGS_AT_LEAST other languages' translations of the source and
# SIBLINGS_KEEPING of those that write both numbers once keep the source's order, it is a warning.
# Not an error: on NTREX a hundred-odd professional translations, most of them in languages that
# put the verb last (Tamil, Malayalam, Sinhala, Turkmen), reorder where nearly all others do not.
# A catalog whose own translations write at least REORDERING of the pairs they write once the
# other way round reorders its sentences as a habit (NTREX: Tamil 33 %, Turkmen 29 %, Korean 22 %;
# Spanish, Russian 0 %, French 6 %): there the order says nothing, and the other languages are not
# asked. A catalog check, not an entry check: one pass over the entries, in C for the most.
# Opt-in (``--select numbers.order``): over NTREX's 124 catalogs it adds about 0.7 G instructions
# to the 14.5 G of the other numbers checks, which would take the run below three times
# pofilter's speed, the goal.
REORDERING = 0.10
_REORDERS: dict[int, tuple[Catalog, bool]] = {}


def _reorders(catalog: Catalog, siblings: SiblingTranslations | None = None) -> bool:
    """Whether ``catalog``'s translations reverse at least ``REORDERING`` of the source's pairs of
    numbers that they write once each (20 such pairs at least), computed once per catalog."""
    def read(catalog: Catalog) -> bool:
        orders = [order for entry in _with_pairs(catalog, siblings) for first, second in source_pairs(entry.msgid)
                  if (order := in_order(entry.msgstr, first, second)) is not None]
        return len(orders) >= 20 and orders.count(False) >= REORDERING * len(orders)

    return _per_catalog("numbers.reorders", _REORDERS, catalog, siblings, read)


_WITH_PAIRS: dict[int, tuple[Catalog, list[Entry]]] = {}
_MSGID = attrgetter("msgid")


def _with_pairs(catalog: Catalog, siblings: SiblingTranslations | None = None) -> list[Entry]:
    """The translated singular entries whose source has a pair of numbers (``source_pairs``),
    chosen without a Python step per entry (most have none), once per catalog."""
    return _per_catalog("numbers.with pairs", _WITH_PAIRS, catalog, siblings, lambda catalog: [
        entry for entry in compress(catalog.entries, map(source_pairs, map(_MSGID, catalog.entries)))
        if entry.msgstr and entry.msgid_plural is None and not entry.obsolete and not entry.fuzzy])


def _order_kept(entry: Entry, first: str, second: str, ctx: CheckContext) -> tuple[int, int]:
    """(languages that write ``first`` before ``second``, languages that write both once), over the
    run's other languages (``independent_language``, each once; this catalog's not at all)."""
    by_unit = ctx.siblings.cache.setdefault("numbers.order", {})
    key = (entry.msgctxt, entry.msgid, first, second)
    orders = by_unit.get(key)
    if orders is None:
        orders = by_unit[key] = {}
        for catalog, text in ctx.siblings.translations(entry, ctx.catalog, with_own=True):
            order = in_order(text, first, second)
            if order is not None:
                base = independent_language(catalog.language)
                orders[base] = orders.get(base, False) or order  # kept if one of its catalogs keeps it
    own = independent_language(ctx.language or "")
    votes = [order for language, order in orders.items() if language != own]
    return sum(votes), len(votes)


@check("numbers.order", severity=Severity.WARNING, scope="catalog", opt_in=True)
def numbers_order(catalog: Catalog, ctx: CheckContext) -> Iterable[Finding]:
    """Two numbers of the source come in the other order, where nearly all other languages'
    translations keep the source's order: swapped? Opt-in (select it by its code); needs the
    other languages' catalogs in the run."""
    siblings = ctx.siblings
    if siblings is None or len(siblings) <= SIBLINGS_AT_LEAST or _reorders(catalog, siblings):
        return ()
    found = []
    for entry in _with_pairs(catalog, siblings):
        for first, second in reversed_pairs(entry.msgid, entry.msgstr):
            kept, counted = _order_kept(entry, first, second, ctx)
            if counted < SIBLINGS_AT_LEAST or kept < SIBLINGS_KEEPING * counted:
                continue
            if not certainly_agrees(entry.msgid, entry.msgstr, ctx.source_language, ctx.language or "en") \
                    and any(item.kind == "swapped" for item in _all_discrepancies(entry, ctx)):
                break  # reported as a swap by the comparison, from the words beside the numbers
            found.append(ctx.finding(
                entry, f"{first} and {second} are in the other order than in the source, "
                       "where nearly all other languages keep it: swapped?",
                hint=f"{first} before {second}, as {kept} of {counted} other languages write them",
                source_marks=[first, second], target_marks=[second, first]))
    return found
