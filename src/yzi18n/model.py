"""The project's vocabulary as frozen dataclasses; this module imports nothing from the package.

unit     a translatable segment of a source document (what extract finds, what build replaces)
entry    one PO entry, as the checks see it
catalog  one PO/POT file in memory, as the checks see it (the lossless on-disk form lives
         in ``yzi18n.catalog.pofile``)
finding  one result of a check
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Severity(enum.IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {text!r} (use error, warning or info)") from None


@dataclass(frozen=True, order=True)
class Location:
    """A place in a file; ``line`` is 1-based, None when unknown."""

    path: str
    line: int | None = None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path


@dataclass(frozen=True)
class Unit:
    """A translatable segment of a source document, in the inline notation of DESIGN.md."""

    msgid: str
    msgctxt: str | None = None
    locations: tuple[Location, ...] = ()
    comments: tuple[str, ...] = ()  # extracted comments: ITS locNote, "its: key=value" lines
    flags: tuple[str, ...] = ()  # e.g. "no-wrap" for ITS preserveSpace
    language: str | None = None  # content language when it differs from the document's


@dataclass(frozen=True)
class Entry:
    """One PO entry as the checks see it. ``line`` is the line of its ``msgid`` keyword."""

    msgid: str
    msgstr: str = ""
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr_plural: tuple[tuple[int, str], ...] = ()
    flags: tuple[str, ...] = ()
    extracted_comments: tuple[str, ...] = ()  # "#." lines
    translator_comments: tuple[str, ...] = ()  # "# " lines
    locations: tuple[Location, ...] = ()  # "#:" lines
    previous_msgid: str | None = None  # "#| msgid"
    obsolete: bool = False
    line: int | None = None
    msgstr_line: int | None = None

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags

    @property
    def translations(self) -> tuple[str, ...]:
        """Every msgstr of the entry (one, or one per plural form)."""
        if self.msgid_plural is not None:
            return tuple(text for _, text in sorted(self.msgstr_plural))
        return (self.msgstr,)

    def pairs(self) -> list[tuple[str, str, int | None]]:
        """(source, translation, plural index or None) for every translation of the entry."""
        if self.msgid_plural is None:
            return [(self.msgid, self.msgstr, None)]
        return [(self.msgid if index == 0 else self.msgid_plural, text, index)
                for index, text in sorted(self.msgstr_plural)]

    @property
    def translated(self) -> bool:
        return all(self.translations) and bool(self.translations)

    @property
    def its(self) -> dict[str, str]:
        """ITS values recorded by extract as ``#. its: key=value`` comments."""
        values: dict[str, str] = {}
        for comment in self.extracted_comments:
            if comment.startswith("its: "):
                key, _, value = comment[5:].partition("=")
                values[key.strip()] = value.strip()
        return values


@dataclass(frozen=True)
class Catalog:
    """A PO or POT file as the checks see it. ``language`` is a BCP 47 tag (None for a template)."""

    path: str
    language: str | None
    entries: tuple[Entry, ...] = ()
    headers: tuple[tuple[str, str], ...] = ()

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None


@dataclass(frozen=True)
class Finding:
    """One result of a check, located at a catalog entry (or a file when ``line`` is None)."""

    code: str
    severity: Severity
    message: str
    path: str
    line: int | None = None
    language: str | None = None
    msgid: str | None = None
    msgctxt: str | None = None
    msgstr: str | None = None
    hint: str | None = None
    source_locations: tuple[Location, ...] = ()
    # substrings of msgid / msgstr a report highlights (the mismatched number or name)
    source_marks: tuple[str, ...] = ()
    target_marks: tuple[str, ...] = ()
    suppressed: str | None = None  # the reason, when a "yzi18n: ignore" comment silences it
    data: tuple[tuple[str, str], ...] = field(default=(), compare=False)

    @property
    def location(self) -> Location:
        return Location(self.path, self.line)
