"""``yzi18n build``: the localized site in ``dist/`` — the I/O shell around the pure page functions.

For every source document and every language that passes the completeness threshold (site-wide,
then per page) it writes ``dist/<bcp47>/<path>`` with translations put back by the segmenter,
``lang``/``dir``, the language switcher, hreflang and canonical links; then the assets,
``dist/sitemap.xml`` and the landing ``dist/index.html``. Files whose bytes did not change are
not rewritten, so a second build with nothing changed touches nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..documents import Document, serialize_document
from ..errors import BuildError, ConfigError
from ..fileio import write_if_changed
from ..langtags import fallback_chain, to_bcp47
from ..model import Catalog, Finding, Severity, Unit
from ..project import Project
from .fallback import TranslationTable, completeness, translation_table
from .pages import (LanguageLink, PageContext, absolute_url, language_links, localize_html_chrome,
                    localize_xml_chrome, render_landing, retarget_missing_pages)
from .sitemap import SitemapPage, render_sitemap

Progress = Callable[[str], None] | None

REFUSED = "build.refused-translation"  # the code of the finding that names a refused entry


@dataclass(frozen=True)
class LanguageStatus:
    language: str
    completeness: float  # site-wide share of the source's units translated (fallback chain included)
    built: bool
    pages: tuple[str, ...] = ()  # pages (paths under source/) built in this language
    skipped_pages: tuple[tuple[str, float], ...] = ()  # pages below the threshold, with their share


@dataclass(frozen=True)
class BuildResult:
    dist: Path
    source_language: str
    threshold: float
    languages: tuple[LanguageStatus, ...]  # the source language first, then every target language
    written: tuple[Path, ...] = ()
    unchanged: int = 0
    removed: tuple[Path, ...] = ()
    findings: tuple[Finding, ...] = ()  # translations refused as unsafe, each naming its entry
    notes: tuple[str, ...] = ()

    @property
    def built_languages(self) -> list[str]:
        return [status.language for status in self.languages if status.built]

    def summary(self) -> str:
        """One line, then one line per refused translation or note (the CLI prints it to stderr)."""
        targets = [s for s in self.languages if s.language != self.source_language]
        built = [s for s in targets if s.built]
        below = [s for s in targets if not s.built]
        text = (f"build: {len(built) + 1} languages ({self.source_language} + {len(built)} at or above "
                f"{self.threshold:.0%}) → {self.dist.name}/: {len(self.written)} files written, "
                f"{self.unchanged} unchanged")
        if self.removed:
            text += f", {len(self.removed)} stale removed"
        if below:
            text += "; not built: " + ", ".join(f"{s.language} {s.completeness:.0%}" for s in below)
        partial = [f"{s.language} ({', '.join(p for p, _ in s.skipped_pages)})" for s in built if s.skipped_pages]
        if partial:
            text += "; pages below the threshold not built: " + "; ".join(partial)
        if self.findings:
            refused = sum(1 for f in self.findings if f.severity == Severity.ERROR)
            text += f"; {refused} translations refused (source text published instead)"
            if len(self.findings) > refused:
                text += f", {len(self.findings) - refused} with protected text restored"
        lines = [text]
        lines += [f"{f.location}: {f.message} [{f.code}]" for f in self.findings[:50]]
        if len(self.findings) > 50:
            lines.append(f"… and {len(self.findings) - 50} more")
        lines += [f"note: {note}" for note in self.notes]
        return "\n".join(lines)


@dataclass
class _Page:
    """A parsed source document and its units."""

    path: Path
    name: str  # under source/, with slashes
    document: Document
    annotations: object
    units: list[Unit]
    languages: list[str] = field(default_factory=list)  # built in, switcher order


def build_site(project: Project, languages: Sequence[str] = (), include_fuzzy: bool = False,
               progress: Progress = None) -> BuildResult:
    """Write ``dist/`` for the source language and every language at or above ``min-completeness``.

    ``languages`` limits which languages are written (the switchers still list every language
    that qualifies, so a partial build links to the other editions as a full one does).
    """
    config = project.config
    source_language = to_bcp47(config.source_language)
    threshold = config.min_completeness
    targets = [lang for lang in project.languages() if lang != source_language]
    wanted = {to_bcp47(lang) for lang in languages}
    unknown = wanted - set(targets) - {source_language}
    if unknown:
        raise ConfigError(f"no catalog for {', '.join(sorted(unknown))}",
                          hint=f"languages with a catalog: {', '.join(targets) or 'none'}")
    write_languages = wanted or {source_language, *targets}

    pages = [_read_page(project, path, source_language) for path in project.source_files()]
    catalogs = _read_catalogs(project, targets, source_language)
    all_units = [unit for page in pages for unit in page.units]

    tables: dict[str, TranslationTable] = {}
    statuses = [LanguageStatus(source_language, 1.0, True, tuple(p.name for p in pages))]
    for language in targets:
        chain = [member for member in fallback_chain(language, config.fallback) if member != source_language]
        table = translation_table(language, chain, catalogs, include_fuzzy=include_fuzzy)
        share = completeness(all_units, table)
        if share < threshold:
            statuses.append(LanguageStatus(language, share, False))
            continue
        tables[language] = table
        built, skipped = [], []
        for page in pages:
            page_share = completeness(page.units, table)
            (built if page_share >= threshold else skipped).append((page.name, page_share))
        statuses.append(LanguageStatus(language, share, True, tuple(n for n, _ in built), tuple(skipped)))
    for page in pages:
        page.languages = sorted(s.language for s in statuses if s.built and page.name in s.pages)

    written: list[Path] = []
    kept = 0
    findings: dict[tuple, Finding] = {}
    notes: list[str] = []
    produced: set[Path] = set()

    def emit(path: Path, data: bytes) -> None:
        nonlocal kept
        produced.add(path)
        try:
            changed = write_if_changed(path, data)
        except OSError as error:
            raise BuildError(f"cannot write: {error.strerror or error}", project.relative(path)) from None
        if changed:
            written.append(path)
        else:
            kept += 1

    x_default_language = source_language
    built_for = {page.name: set(page.languages) for page in pages}
    for page in pages:
        for language in page.languages:
            if language not in write_languages:
                continue
            if progress:
                progress(f"build {language}/{page.name}")
            document = page.document
            if language != source_language:
                document = _localize(page, tables[language], language, source_language, project, findings)
            if language != source_language:
                document, _ = retarget_missing_pages(document, page.name, language, built_for, source_language)
            links = language_links(page.name, language, page.languages, config.site_url)
            x_default = next(link for link in links if link.language == x_default_language)
            context = PageContext(language, links, x_default)
            if document.kind == "html":
                document, page_notes = localize_html_chrome(document, context, switcher=config.switcher)
                notes.extend(f"{project.relative(page.path)}: {note}" for note in page_notes
                             if language == source_language)
            else:
                document = localize_xml_chrome(document, context)
            emit(project.dist_path(language, page.path), serialize_document(document))

    built_languages = [s.language for s in statuses if s.built]
    for asset in _assets(project, pages):
        data = asset.read_bytes()
        for language in built_languages:
            if language in write_languages:
                emit(project.dist_path(language, asset), data)

    html_pages = [page for page in pages if page.document.kind == "html"]
    if config.site_url:
        emit(project.dist_dir / "sitemap.xml", render_sitemap(_sitemap_pages(html_pages, config.site_url,
                                                                             x_default_language)))
    else:
        notes.append("no site-url in [tool.yzi18n]: no sitemap.xml, and hreflang/canonical links are relative")
    landing = _landing(project, html_pages, source_language)
    if landing is not None:
        emit(project.dist_dir / "index.html", landing)

    removed = _remove_stale(project, pages, write_languages, produced)
    return BuildResult(project.dist_dir, source_language, threshold, tuple(statuses), tuple(written), kept,
                       tuple(removed), tuple(findings.values()), tuple(notes))


# ── steps ──────────────────────────────────────────────────────────────────────────────

def _read_page(project: Project, path: Path, source_language: str) -> _Page:
    from .. import its, segment

    document = project.read_document(path)  # as extract reads it: linked ITS rules resolve alike
    annotations = its.annotate(document)
    units = segment.extract_units(document, annotations, mode=project.config.segmentation,
                                  source_language=source_language)
    return _Page(path, path.relative_to(project.source_dir).as_posix(), document, annotations, units)


def _read_catalogs(project: Project, targets: Sequence[str], source_language: str) -> dict[str, Catalog]:
    """Every catalog a target language or its fallback chain needs, by BCP 47 tag."""
    from ..catalog.pofile import read_po, to_catalog

    needed: set[str] = set()
    for language in targets:
        needed.update(fallback_chain(language, project.config.fallback))
    needed.discard(source_language)
    catalogs = {}
    for language in sorted(needed):
        path = project.catalog_path(language)
        if path.is_file():
            display = project.relative(path)
            catalogs[language] = to_catalog(read_po(path, display), display, language=language)
    return catalogs


def _localize(page: _Page, table: TranslationTable, language: str, source_language: str, project: Project,
              findings: dict[tuple, Finding]) -> Document:
    """The page with ``table``'s translations put back; refused ones become findings naming the entry."""
    from .. import segment

    result = segment.localize(page.document, page.annotations, table.text, language=language,
                              source_language=source_language, mode=project.config.segmentation)
    for problem in getattr(result, "problems", ()) or ():
        finding = _finding_for(problem, table, language, project.relative(page.path))
        key = (finding.path, finding.line, finding.msgctxt, finding.msgid, finding.severity)
        seen = findings.get(key)
        if seen is None:
            findings[key] = finding
        else:  # the same entry refused on another page: one finding that names every page
            pages = dict(seen.data)["page"] + ", " + project.relative(page.path)
            message = seen.message.rsplit(" (in ", 1)[0] + f" (in {pages})"
            data = tuple(sorted({**dict(seen.data), "page": pages}.items()))
            findings[key] = dataclasses.replace(seen, message=message, data=data)
    return result.document


def _finding_for(problem: object, table: TranslationTable, language: str, page: str) -> Finding:
    """A segmenter problem as a finding located at the catalog entry that supplied the translation.

    ``protected.edited`` is a warning (the translation is published, the protected part restored
    from the source); every other problem means the translation was refused.
    """
    unit = getattr(problem, "unit", None)
    code = getattr(problem, "code", "markup")
    message = getattr(problem, "message", None) or str(problem)
    published = code == "protected.edited"
    severity = Severity.WARNING if published else Severity.ERROR
    what = message if published else f"translation not published: {message}"
    translation = table.lookup(unit) if unit is not None else None
    data = {"reason": code, "page": page}
    if translation is None:
        return Finding(REFUSED, severity, f"{what} (in {page})", page, None, language,
                       unit.msgid if unit else None, unit.msgctxt if unit else None, data=tuple(data.items()))
    entry = translation.entry
    return Finding(REFUSED, severity, f"{what} (in {page})", translation.path, entry.msgstr_line or entry.line,
                   translation.language, entry.msgid, entry.msgctxt, entry.msgstr,
                   hint=None if published else "use only the source unit's inline tags, written <name_N>…</name_N>",
                   source_locations=entry.locations, data=tuple(sorted(data.items())))


def _assets(project: Project, pages: Sequence[_Page]) -> list[Path]:
    """Every file under source/ that is not a source document (stylesheets, images), sorted."""
    documents = {page.path for page in pages}
    return sorted(path for path in project.source_dir.rglob("*")
                  if path.is_file() and path not in documents
                  and not any(part.startswith(".") for part in path.relative_to(project.source_dir).parts))


def _sitemap_pages(pages: Sequence[_Page], site_url: str, x_default: str) -> list[SitemapPage]:
    entries = []
    for page in pages:
        alternates = [(lang, absolute_url(site_url, f"{lang}/{page.name}")) for lang in page.languages]
        alternates.append(("x-default", absolute_url(site_url, f"{x_default}/{page.name}")))
        for language in page.languages:
            entries.append(SitemapPage(absolute_url(site_url, f"{language}/{page.name}"), tuple(alternates)))
    return entries


def _landing(project: Project, html_pages: Sequence[_Page], source_language: str) -> bytes | None:
    """``dist/index.html`` listing the editions of the home page (``index.html``, else the first page)."""
    if not html_pages:
        return None
    home = next((p for p in html_pages if p.name == "index.html"), html_pages[0])
    links = tuple(LanguageLink(lang, f"{lang}/{home.name}",
                               absolute_url(project.config.site_url, f"{lang}/{home.name}") or f"{lang}/{home.name}")
                  for lang in home.languages)
    title = (home.document.root.findtext(".//title") or project.config.domain).strip()
    stylesheet = None
    for link in home.document.root.iter("link"):
        href = link.get("href") or ""
        if "stylesheet" in (link.get("rel") or "").lower().split() and href and ":" not in href \
                and not href.startswith("/"):
            stylesheet = f"{source_language}/{href}"
            break
    x_default = next(link for link in links if link.language == source_language)
    return render_landing(title, source_language, links, stylesheet=stylesheet, x_default=x_default)


def _remove_stale(project: Project, pages: Sequence[_Page], languages: set[str], produced: set[Path]) -> list[Path]:
    """Pages an earlier build wrote for a language that no longer gets them (fell below the threshold)."""
    removed = []
    for language in sorted(languages):
        for page in pages:
            path = project.dist_path(language, page.path)
            if path not in produced and path.is_file():
                path.unlink()
                removed.append(path)
    return removed
