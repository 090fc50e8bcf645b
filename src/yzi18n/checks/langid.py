"""The ``langid.*`` checks: a translation that is not in the catalog's language.

``langid.identical`` needs no model: the source left in place of a translation. Text that is
legitimately the same in both languages (numbers, codes, URLs, names) is let through, and a
translator marks the rest with ``# yzi18n: ignore langid.identical — <reason>``.

``langid.mismatch`` asks the detector of ``langid-backend`` (``yzi18n.langid``); for a language
its model lacks it says so once per catalog and still catches the source language.
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import langid
from ..langtags import endonym
from ..model import Catalog, Entry, Finding, Severity
from .registry import check
from .runner import CheckContext, checked_entries


def _same_language(ctx: CheckContext) -> bool:
    """A catalog in the source language (en-GB from en): identical text is expected there."""
    return langid.base_language(ctx.language or ctx.source_language) in langid.kin(ctx.source_language)


def _name(tag: str | None) -> str:
    if not tag:
        return "another language"
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale("en").languages.get(langid.base_language(tag))
    except UnknownLocaleError:
        name = None
    return f"{name} ({tag})" if name else tag


_IDENTICAL_SEVERITY = {"sentence": Severity.ERROR, "phrase": Severity.WARNING, "word": Severity.INFO}


@check("langid.identical", severity=Severity.ERROR)
def langid_identical(entry: Entry, ctx: CheckContext) -> Iterator[Finding]:
    """The translation is the source text again: left untranslated.

    Sentences are errors, short phrases warnings, single words info; numbers, codes, URLs and
    names (every word capitalized) are not reported.
    """
    if _same_language(ctx):
        return
    for source, translation, _ in entry.pairs():
        if not langid.identical(source, translation):
            continue
        severity = _IDENTICAL_SEVERITY.get(langid.kind_of_identical(source))
        if severity is None:
            return
        yield ctx.finding(entry, f"the translation is the {_name(ctx.source_language)} source unchanged",
                          severity=severity,
                          hint="translate it, or mark it: # yzi18n: ignore langid.identical — <reason>")
        return


def _detector(ctx: CheckContext) -> langid.Detector:
    return langid.get_detector(ctx.options.get("langid_backend") or "py3langid")


@check("langid.mismatch", severity=Severity.ERROR, scope="catalog")
def langid_mismatch(catalog: Catalog, ctx: CheckContext) -> Iterator[Finding]:
    """The translation is in another language than the catalog's (the source left, or another pasted).

    The source language is an error (a warning on short strings), another language a warning
    (info on short strings), the other Chinese standard or the language in another script a
    warning. For a language the model lacks, "cannot check" is said once.
    """
    language = ctx.language
    if not language or _same_language(ctx):
        return
    entries = checked_entries(catalog)
    if not entries:
        return
    detector = _detector(ctx)
    if not langid.knows(language, detector):
        yield ctx.finding(None, f"cannot check the language of the translations: the {detector.name} model has no "
                          f"{_name(language)}; only text in the source language is caught",
                          severity=Severity.INFO, hint="langid-backend selects another model")
    for entry in entries:
        for source, translation, _ in entry.pairs():
            if langid.identical(source, translation):
                continue  # langid.identical's
            finding = _judge(entry, source, translation, language, ctx, detector)
            if finding is not None:
                yield finding
                break


def _judge(entry: Entry, source: str, translation: str, language: str, ctx: CheckContext,
           detector: langid.Detector) -> Finding | None:
    verdict = langid.identify(translation, language, ctx.source_language, detector, source=source)
    if verdict.outcome in ("target", "unknown"):
        return None
    short = langid.is_short(translation)
    expected = _name(language)
    data = {"found": verdict.language or "", "by": verdict.by, "confidence": f"{verdict.confidence:.2f}"}
    if verdict.outcome == "source":
        found = f"{_name(ctx.source_language)}, the source language"
        if langid.base_language(verdict.language or "") != langid.base_language(ctx.source_language):
            found += f" (read as its kin {_name(verdict.language)})"  # pcm for en: not the source itself
        return ctx.finding(entry, f"the translation looks like {found}, not {expected}", severity=Severity.WARNING if short else Severity.ERROR,
                           hint=f"translate it into {endonym(language)}", data=data)
    if verdict.outcome == "other":
        if verdict.language:
            what = f"looks like {_name(verdict.language)}"
        else:
            what = f"is written in {langid.script_name(verdict.script or '')} letters"
        return ctx.finding(entry, f"the translation {what}, not {expected}",
                           severity=Severity.INFO if short else Severity.WARNING, data=data)
    # variant: the language in the other Chinese standard, or in another script
    if verdict.by == "characters":
        standard = "Traditional" if verdict.language and verdict.language.endswith("Hant") else "Simplified"
        message = f"the translation is written in {standard} Chinese characters; the catalog is {language}"
    else:
        message = (f"the translation is written in {langid.script_name(verdict.script or '')} letters; "
                   f"the catalog is {language}")
    return ctx.finding(entry, message, severity=Severity.WARNING, data=data,
                       hint=f"write it as {language} does")


__all__ = ["langid_identical", "langid_mismatch"]
