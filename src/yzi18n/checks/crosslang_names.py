"""Names across languages: for one source unit, how the languages write each source name, and the
translation that writes a near miss of what several others write (a slip, not a convention).

Used by ``consistency.languages``. Every language votes: a Latin-script translation with its own
spelling, a translation in another script through its romanization (``Кун Лэй`` → ``Kun Ley``,
``Ливингстон`` → ``Livingston``), and each language's own catalog witnesses its usual rendering.
A near miss is flagged when

- most Latin-script languages keep the name and the variant reads as a misspelling (the rule of
  ``names.missing``), or
- at least three other languages write the name and no other language writes the variant, the
  language's catalog does not use the variant elsewhere, and either the language is not one that
  respells foreign names or its catalog writes the name as the source does in other units, or
- the translation keeps the name in one place and misspells it in another.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from anyascii import anyascii

from ..model import Catalog, Entry
from .names import (Affixes, SourceName, catalog_source_names, contains_any, contains_form, edit_budget,
                    edit_distance, exonyms, find_all_forms, fold_accents, is_derived_form, is_mangled,
                    is_misspelling, language_script, learned_affixes, name_endings, near_miss, recurs_in_catalog,
                    respells_names, source_names, split_prefixes, stem_word, strip_inline_tags, text_words)
from .runner import checked_entries

MIN_LETTERS = 4  # EU, UK, UN: short acronyms are localized (UE, ЕС, DU)
MIN_WRITERS = 3  # languages that must write a rendering before a near miss of it is a slip


@dataclass(frozen=True)
class NameSlip:
    """A translation's near miss of a name that other languages of the same unit write."""

    language: str
    name: str  # the source name
    variant: str  # as the translation writes it
    writers: int  # languages that write the name
    voters: int  # languages that write the name or a variant of it


class _Voter:
    """One language's translation of the unit, as a voter."""

    __slots__ = ("language", "catalog", "entry", "text", "latin", "_key_text")

    def __init__(self, language: str, catalog: Catalog, entry: Entry) -> None:
        self.language, self.catalog, self.entry = language, catalog, entry
        self.text = strip_inline_tags(entry.translations[0])
        self.latin = language_script(language) == "Latn"
        self._key_text: str | None = None

    @property
    def key_text(self) -> str:
        """Folded (accents, case) and romanized: where other languages' forms are sought."""
        if self._key_text is None:
            self._key_text = _key(self.text)
        return self._key_text


@functools.lru_cache(maxsize=65536)
def _key(text: str) -> str:
    """``Ливингстон`` → ``livingston``, ``Agüero`` → ``aguero``."""
    return (text if text.isascii() else anyascii(text)).casefold()


def _writes(voter: _Voter, key: str, whole: bool = False) -> bool:
    """Whether ``key`` (a folded form) starts a word of the voter's (romanized) text — or, when
    ``whole``, is a whole word of it."""
    text = voter.key_text
    end = r"(?![^\W_])" if whole else ""
    return key in text and re.search(r"(?<![^\W_])" + re.escape(key) + end, text) is not None


def unit_names(msgid: str, catalog: Catalog | None) -> tuple[SourceName, ...]:
    """The source names of a unit worth a vote: those the names checks see in the catalog, and the
    capitalized runs the catalog's lexicon would split (``Home Depot``, ``Eden Hazard``) — the vote
    itself tells whether languages keep them. Four letters or more."""
    names: list[SourceName] = []
    if catalog is not None and catalog.entries:
        names.extend(catalog_source_names(catalog).get(msgid, ()))
    known = {n.text for n in names}
    names.extend(n for n in source_names(msgid) if n.text not in known)
    return tuple(n for n in names if sum(ch.isalpha() for ch in n.text) >= MIN_LETTERS)


_GLUED_PREFIX = re.compile(r"(?<![^\W\d_])[A-Za-z][a-z]{0,2}(?=[A-Z][a-z])")
_PARTICLE = re.compile(r"(?<=[^\W\d_]) [a-z]{1,2} (?=[A-Z])")


def _unglued(text: str) -> str:
    """``koKepa Arrizabalaga`` → ``Kepa Arrizabalaga``, ``ULivingston`` → ``Livingston``, ``Baja e
    California`` → ``Baja California``:
    a name kept whole behind a short lower-case prefix or around a particle (Bantu noun classes)."""
    return _PARTICLE.sub(" ", _GLUED_PREFIX.sub("", text))


def _affixes(catalog: Catalog, language: str) -> Affixes:
    return learned_affixes(catalog, language) if catalog.entries else Affixes()


def _inflected_near_miss(form: str, text: str, language: str, endings: frozenset[str]) -> tuple[str, str] | None:
    """A run of words in ``text`` that is ``form`` misspelt and inflected (``Robiesonas`` for
    Robinson, ``Valną`` for Vann): word by word, the distance after taking off one of the
    language's endings is within the edit budget. Returns (the run as written, its stem key)."""
    form_words = [w for w, _, _ in text_words(form)]
    words = text_words(text)
    n = len(form_words)
    if not n or len(words) < n:
        return None
    budget = edit_budget(form)
    best: tuple[int, str, str] | None = None
    initial = form_words[0][:1]
    for index in range(len(words) - n + 1):
        if words[index][0][:1] != initial:
            continue  # a slip keeps the first letter here; near_miss covers the others
        run = words[index:index + n]
        start, end = run[0][1], run[-1][2]
        if form[:1].isupper() and not any(text[s].isupper() for _, s, _ in run):
            continue  # big Boa (Big Boy): a name partly lower-cased, but not a common word
        total, stems = 0, []
        for (word, _, _), target in zip(run, form_words):
            stems_of_word = {word, stem_word(word, language)} | {
                word[: -len(e)] for e in endings if word.endswith(e) and len(word) - len(e) >= 2}
            targets = {target, stem_word(target, language)}  # Rosa → Ros(y), Aguero → Aguer(u)
            distance, _, stem = min((edit_distance(s, t, budget), -len(s), s) for s in stems_of_word for t in targets)
            total += distance
            stems.append(stem)
            if total > budget:
                break
        if not 1 <= total <= budget:
            continue
        chunk = text[start:end]
        if contains_form(form, chunk, language, endings):
            continue
        if best is None or total < best[0]:
            best = (total, chunk, " ".join(stems))
    return (best[1], best[2]) if best else None


def _witness_keeps(catalog: Catalog, language: str, name: str, msgid: str) -> bool:
    """The language's catalog writes ``name`` as the source does in another unit (its usual rendering)."""
    if not catalog.entries:
        return False
    affixes = _affixes(catalog, language)
    names_of = catalog_source_names(catalog)
    for entry in checked_entries(catalog):
        if entry.msgid == msgid or not any(n.text == name for n in names_of.get(entry.msgid, ())):
            continue
        if contains_form(name, strip_inline_tags(entry.translations[0]), language, affixes.endings, affixes.prefixes):
            return True
    return False


_APOSTROPHE_TAIL = re.compile(r"['’‘ʼ`´]([^\W\d_]{1,3})(?![^\W_])")


def _odd_ending(name: SourceName, voter: _Voter) -> str | None:
    """The word where a Latin-script translation puts on the name's last word an ending its catalog
    puts on no other name (``Sterlingtm``, ``Livingstontrl``, ``Steele‘ar``): a slip that reads as
    an inflection. None when the translation also writes the name bare or with an ending the
    catalog puts on other names, and when the catalog inflects fewer than ten names (too little
    to know its endings)."""
    catalog = voter.catalog
    last = name.text.split()[-1].casefold()
    if name.kind not in ("name", "term") or not catalog.entries or len(last) < 5 or not last.isalpha() \
            or last[:4] not in voter.text.casefold():
        return None
    used = name_endings(catalog, voter.language)
    if len(frozenset().union(*used.values())) < 10:
        return None
    odd = None
    text = voter.text
    for word, start, end in text_words(text):
        if not word.startswith(last[:4]):
            continue
        common = len(os.path.commonprefix([word, last]))
        drop, added = len(last) - common, word[common:]
        if drop > 1:
            continue
        tail = _APOSTROPHE_TAIL.match(text, end) if not added else None
        if tail:
            added, end = tail.group(1).casefold(), tail.end()
        if not added:
            if drop == 0:
                return None  # the name bare
            continue
        if len(added) > 4 or not added.isalpha():
            continue
        if any(used.get((d, added), frozenset()) - {name.text} for d in (0, 1, 2)):
            return None  # an ending the catalog puts on other names
        odd = odd or text[start:end]
    return odd


def _second_spelling(name: SourceName, voter: _Voter, forms: Sequence[str], affixes: Affixes,
                     mentions: int) -> str | None:
    """A near miss of the name elsewhere in a translation that also writes it right: sought when the
    translation writes it right fewer times than the source (``mentions``) has it, or another word
    starts with the name's first two letters."""
    text = voter.text
    written = 0
    for form in forms:
        for start, end in find_all_forms(form, text, voter.language, affixes.endings, affixes.prefixes):
            text = text[:start] + " " * (end - start) + text[end:]
            written += 1
    if text == voter.text or written >= mentions and not re.search(
            r"(?<![^\W\d_])" + re.escape(name.text[:2]), text):
        return None
    text = split_prefixes(text, affixes.prefixes)
    found = near_miss(name.text, text, voter.language)
    if found is None:
        inflected = _inflected_near_miss(name.text, text, voter.language, affixes.endings)
        found = inflected[0] if inflected else None
    return found


def name_slips(msgid: str, members: Mapping[str, tuple[Catalog, Entry]], glossary=None) -> list[NameSlip]:
    """The near misses of the unit's source names, one per (language, name), in language order."""
    if len(members) < 4:  # three that agree and one that does not, at the least
        return []
    voters = [_Voter(language, catalog, entry) for language, (catalog, entry) in members.items()]
    first_catalog = voters[0].catalog
    latin_total = sum(v.latin for v in voters)
    slips: list[NameSlip] = []
    for name in unit_names(msgid, first_catalog):
        name_key = _key(name.text)
        mentions = len(find_all_forms(name.text, strip_inline_tags(msgid), "en"))
        writers: list[_Voter] = []
        variants: dict[str, tuple[_Voter, str, str, bool]] = {}  # language → (voter, variant, key, inflected)
        doubled: dict[str, tuple[_Voter, str]] = {}
        odd: dict[str, tuple[_Voter, str]] = {}  # an ending the language's catalog puts on no other name
        as_written = 0  # translations in other scripts that keep the name in Latin letters
        for voter in voters:
            forms = (name.text,)
            if glossary is not None:
                rule = glossary.rule(name.text, voter.language)
                if rule is not None and rule.approved:
                    forms = tuple(rule.approved)
            forms = forms + exonyms(voter.language).get(name.text, ())
            affixes = _affixes(voter.catalog, voter.language)
            if contains_any(forms, voter.text, voter.language, affixes.endings, affixes.prefixes) or \
                    contains_form(name.text, fold_accents(voter.text), voter.language, affixes.endings,
                                  affixes.prefixes) or (voter.latin and _unglued(voter.text) != voter.text
                                                        and contains_form(name.text, _unglued(voter.text),
                                                                          voter.language, affixes.endings)):
                writers.append(voter)
                if not voter.latin and contains_form(name.text, voter.text, voter.language):
                    as_written += 1
                if voter.latin:
                    second = _second_spelling(name, voter, forms, affixes, mentions)
                    if second:
                        doubled[voter.language] = (voter, second)
                    else:
                        _note_odd_ending(odd, name, voter)
                continue
            if not voter.latin:
                if _writes(voter, name_key):
                    writers.append(voter)  # Ливингстон → Livingston
                continue
            _note_odd_ending(odd, name, voter)
            plain = split_prefixes(voter.text, affixes.prefixes)
            variant = near_miss(name.text, plain, voter.language)
            if variant:
                variants[voter.language] = (voter, variant, _key(variant), False)
                continue
            inflected = _inflected_near_miss(name.text, plain, voter.language, affixes.endings)
            if inflected:
                variants[voter.language] = (voter, inflected[0], _key(inflected[1]), True)
        if len(writers) < MIN_WRITERS:
            continue
        total = len(writers) + len(variants)
        majority = len(writers) >= 3 * len(variants) and len(writers) >= 0.5 * latin_total
        kept_everywhere = as_written >= MIN_WRITERS  # a name nobody respells (MerPolCC, WhatsApp)

        def respelling(voter: _Voter) -> bool:
            return not kept_everywhere and bool(voter.catalog.entries) and respells_names(voter.catalog,
                                                                                           voter.language)

        for language, (voter, variant, key, inflected) in sorted(variants.items()):
            catalog, entry = voter.catalog, voter.entry
            written_elsewhere = any(_writes(other, key, not inflected) for other in voters if other is not voter)
            slip = majority and not inflected and not (written_elsewhere and not is_mangled(variant)) \
                and is_misspelling(name, variant, (name.text,), respelling(voter),
                                   catalog if catalog.entries else None, entry)
            if not slip:
                slip = _unique_slip(name, voter, variant, key, voters, respelling(voter), msgid, inflected)
            if slip:
                slips.append(NameSlip(language, name.text, variant, len(writers), total))
                odd.pop(language, None)
        for language, (voter, variant) in sorted(doubled.items()):
            if variant in msgid or any(_writes(other, _key(variant), True) for other in voters if other is not voter):
                continue
            # the translation writes the name right elsewhere: no respelling convention excuses this one
            if is_misspelling(name, variant, (name.text,), False,
                            voter.catalog if voter.catalog.entries else None, voter.entry):
                slips.append(NameSlip(language, name.text, variant, len(writers), total))
        for language, (voter, word) in sorted(odd.items()):
            if word in msgid or recurs_in_catalog(voter.catalog, word, voter.entry) or any(
                    _writes(other, _key(word), True) for other in voters if other is not voter):
                continue
            slips.append(NameSlip(language, name.text, word, len(writers), total))
    return sorted(slips, key=lambda s: (s.language, s.name))


def _note_odd_ending(odd: dict[str, tuple[_Voter, str]], name: SourceName, voter: _Voter) -> None:
    word = _odd_ending(name, voter)
    if word:
        odd[voter.language] = (voter, word)


def _unique_slip(name: SourceName, voter: _Voter, variant: str, key: str, voters: Sequence[_Voter],
                 respelling: bool, msgid: str, inflected: bool = False) -> bool:
    """A near miss no other language writes and the language's catalog does not use elsewhere.
    ``key`` is the variant folded (its stem when ``inflected``: Waltoi of Waltoiek)."""
    if name.kind == "acronym" or (name.text.isupper() and len(name.text) <= 5):
        return False  # localized acronyms (UE, IA): the majority rule alone decides
    if is_derived_form(key if inflected else variant, (name.text,)) or variant in msgid:
        return False
    if any(_writes(other, key, not inflected) for other in voters if other is not voter):
        return False
    catalog = voter.catalog if voter.catalog.entries else None
    if recurs_in_catalog(catalog, variant, voter.entry):
        return False
    if respelling and not is_mangled(variant):
        return catalog is not None and _witness_keeps(catalog, voter.language, name.text, msgid)
    return True


__all__ = ["NameSlip", "name_slips", "unit_names"]
