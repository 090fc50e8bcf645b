"""Helpers for the build tests: a small project on disk, PO files written from dicts."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from yzi18n import its, segment
from yzi18n.config import load_config
from yzi18n.documents import parse_document
from yzi18n.model import Unit
from yzi18n.project import Project


def po_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{escaped}"'


def write_po(path: Path, language: str, entries: Mapping[tuple[str | None, str], str], *,
             fuzzy: set[tuple[str | None, str]] = frozenset()) -> None:
    """A catalog with ``entries`` ((msgctxt, msgid) → msgstr); keys in ``fuzzy`` get the flag."""
    lines = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"',
             f'"Language: {language}\\n"', ""]
    for (msgctxt, msgid), msgstr in entries.items():
        if (msgctxt, msgid) in fuzzy:
            lines.append("#, fuzzy")
        if msgctxt is not None:
            lines.append(f"msgctxt {po_string(msgctxt)}")
        lines += [f"msgid {po_string(msgid)}", f"msgstr {po_string(msgstr)}", ""]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")


def units_of(path: Path, source_language: str = "en") -> list[Unit]:
    document = parse_document(path.read_bytes(), path.name)
    return segment.extract_units(document, its.annotate(document), source_language=source_language)


def make_project(root: Path, pages: Mapping[str, str], *, settings: str = "", assets: Mapping[str, bytes] = {},
                 domain: str = "site") -> Project:
    """A project under ``root`` with ``pages`` (path under source/ → text) and a pyproject.toml."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "pyproject.toml").write_text(
        '[project]\nname = "t"\n\n[tool.yzi18n]\nsource-language = "en"\ndomain = "' + domain + '"\n' + settings,
        encoding="utf-8")
    for name, text in pages.items():
        path = root / "source" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for name, data in assets.items():
        path = root / "source" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return Project(load_config(root / "pyproject.toml"))


def translate_catalog(project: Project, language: str, translate: Callable[[Unit], str | None], *,
                      fuzzy: Callable[[Unit], bool] = lambda unit: False) -> None:
    """Write ``language``'s catalog with ``translate(unit)`` for every unit of every source page."""
    entries: dict[tuple[str | None, str], str] = {}
    fuzzy_keys = set()
    for path in project.source_files():
        for unit in units_of(path):
            text = translate(unit)
            if text is not None:
                entries[(unit.msgctxt, unit.msgid)] = text
                if fuzzy(unit):
                    fuzzy_keys.add((unit.msgctxt, unit.msgid))
    write_po(project.catalog_path(language), language, entries, fuzzy=fuzzy_keys)


def mtimes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns for p in sorted(folder.rglob("*")) if p.is_file()}
