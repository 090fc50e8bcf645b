"""``names.glossary``: the glossary's approved forms, forbidden forms and do-not-translate terms."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Entry, Finding, Severity
from .names import contains_any, find_all_forms, near_miss, strip_inline_tags
from .registry import check
from .runner import CheckContext


def source_occurrences(rules, msgid: str, source_language: str):
    """The rules whose term occurs in ``msgid``, longest term first; a term inside a longer
    matched term (``Beijing`` inside ``Beijing Yizhuang``) does not count there."""
    plain = strip_inline_tags(msgid)
    taken: list[tuple[int, int]] = []
    found = []
    for rule in sorted(rules, key=lambda r: -max(len(form) for form in r.term)):
        spans = [span for form in rule.term for span in find_all_forms(form, plain, source_language)]
        free = [s for s in spans if not any(t[0] <= s[0] and s[1] <= t[1] for t in taken)]
        if free:
            found.append(rule)
            taken.extend(free)
    return found


@check("names.glossary", severity=Severity.ERROR)
def names_glossary(entry: Entry, ctx: CheckContext) -> Iterator[Finding]:
    """A glossary term of the source lacks its approved form in the translation, or uses a forbidden one."""
    glossary = ctx.options.get("glossary")
    if glossary is None or not ctx.language:
        return
    language = ctx.language
    rules = [r for r in glossary.rules_for(language) if r.approved or r.forbidden]
    if not rules:
        return
    for rule in source_occurrences(rules, entry.msgid, glossary.source_language or ctx.source_language):
        where = f" (glossary line {rule.line})" if rule.line else ""
        for translation in entry.translations:
            plain = strip_inline_tags(translation)
            approved_spans = [s for form in rule.approved for s in find_all_forms(form, plain, language)]
            for form in rule.forbidden:
                bad = [s for s in find_all_forms(form, plain, language)
                       if not any(a[0] <= s[0] and s[1] <= a[1] for a in approved_spans)]
                if bad:
                    shown = plain[bad[0][0]:bad[0][1]]
                    hint = f"write {rule.approved[0]!r}" if rule.approved else "see the glossary"
                    yield ctx.finding(entry, f"{shown!r} is a forbidden rendering of {rule.headword!r}{where}",
                                      hint=hint, source_marks=[rule.headword], target_marks=[shown])
                    break
            if rule.approved and not approved_spans and not contains_any(rule.approved, plain, language):
                wanted = " or ".join(repr(form) for form in rule.approved[:3])
                misspelt = next((m for m in (near_miss(f, plain, language) for f in rule.approved) if m), None)
                kind = "do-not-translate term" if rule.dnt else "term"
                message = f"{kind} {rule.headword!r} must appear as {wanted}{where}"
                if misspelt:
                    message += f"; the translation has {misspelt!r}"
                yield ctx.finding(entry, message, hint=rule.note or None, source_marks=[rule.headword],
                                  target_marks=[misspelt] if misspelt else [])
