"""The use cases behind the commands: extract, update, check, build, stats, its.

Each orchestrates I/O around the pure core and returns a result dataclass; nothing here
prints or exits (the CLI does). ``progress`` callbacks report long runs to a terminal.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .config import Config
from .errors import ConfigError, InputError
from .langtags import to_bcp47
from .model import Catalog, Finding, Unit
from .project import Project

if TYPE_CHECKING:
    from .baseline import BaselineComparison

Progress = Callable[[str], None] | None


# ── extract ────────────────────────────────────────────────────────────────────────────

@dataclass(frozen=True)
class ExtractResult:
    template: Path
    units: int
    documents: int
    changed: bool


def extract_units_from(project: Project, progress: Progress = None) -> list[Unit]:
    """Every unit of every source document, in file and document order."""
    from . import its, segment

    units: list[Unit] = []
    for path in project.source_files():
        if progress:
            progress(project.relative(path))
        document = project.read_document(path)
        annotations = its.annotate(document)
        units.extend(segment.extract_units(document, annotations, mode=project.config.segmentation,
                                           source_language=project.config.source_language))
    return units


def extract(project: Project, *, check_only: bool = False, progress: Progress = None) -> ExtractResult:
    """Write ``locale/<domain>.pot`` from the source documents (not rewritten when only a date changed)."""
    from .catalog.pofile import read_po, write_po, would_change
    from .catalog.template import build_template

    units = extract_units_from(project, progress)
    previous = read_po(project.template_path, project.relative(project.template_path)) \
        if project.template_path.exists() else None
    template = build_template(units, domain=project.config.domain, previous=previous)
    if check_only:
        changed = would_change(template, project.template_path)
    else:
        project.template_path.parent.mkdir(parents=True, exist_ok=True)
        changed = write_po(template, project.template_path)
    return ExtractResult(project.template_path, len(template_entries(template)), len(project.source_files()), changed)


def template_entries(po) -> list:
    from .catalog.pofile import to_catalog

    return [e for e in to_catalog(po, "").entries if e.msgid and not e.obsolete]


# ── update ─────────────────────────────────────────────────────────────────────────────

@dataclass(frozen=True)
class LanguageUpdate:
    language: str
    path: Path
    changed: bool
    counts: dict[str, int] = field(default_factory=dict)  # kept, fuzzy, new, obsolete


def update(project: Project, *, languages: Sequence[str] = (), check_only: bool = False,
           progress: Progress = None) -> list[LanguageUpdate]:
    """Merge the template into every language's catalog (msgmerge-like, translations kept)."""
    from .catalog.merge import merge
    from .catalog.pofile import read_po, would_change, write_po

    if not project.template_path.exists():
        raise InputError("no template: run 'yzi18n extract' first", project.relative(project.template_path))
    template = read_po(project.template_path, project.relative(project.template_path))
    # read and merge every catalog before writing any: a bad catalog stops the run with nothing written
    merged_catalogs = []
    for language in languages or project.languages():
        path = project.catalog_path(language)
        if progress:
            progress(project.relative(path))
        existing = read_po(path, project.relative(path)) if path.exists() else None
        merged = merge(template, existing, language=language,
                       fuzzy_threshold=project.config.fuzzy_threshold,
                       keep_obsolete=project.config.keep_obsolete)
        merged_catalogs.append((language, path, merged))
    results = []
    for language, path, merged in merged_catalogs:
        if check_only:
            changed = would_change(merged.po, path)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            changed = write_po(merged.po, path)
        results.append(LanguageUpdate(to_bcp47(language), path, changed, dict(merged.counts)))
    return results


# ── catalogs ───────────────────────────────────────────────────────────────────────────

def load_catalogs(project: Project, paths: Sequence[Path] = (), *, language: str | None = None) -> list[Catalog]:
    """The project's catalogs, or the PO files named by ``paths`` (folders searched for *.po)."""
    from .catalog.fastread import read_catalog

    files: list[Path] = []
    if paths:
        for path in paths:
            if path.is_dir():
                found = sorted(path.rglob("*.po"))
                if not found:  # a mistyped folder must not pass a CI gate with nothing checked
                    raise InputError("no .po files in this folder", str(path))
                files.extend(found)
            elif path.exists():
                files.append(path)
            else:
                raise InputError("no such file or directory", str(path))
    else:
        files = [project.catalog_path(lang) for lang in project.languages()]
        files = [f for f in files if f.exists()]
    catalogs = []
    for file in files:
        display = project.relative(file)
        catalogs.append(read_catalog(file, display, language=language))  # read-only: the fast reader
    return catalogs


# ── check ──────────────────────────────────────────────────────────────────────────────

@dataclass(frozen=True)
class CheckResult:
    findings: list[Finding]
    catalogs: list[Catalog]
    checks: list[str]
    # set when run against a baseline: accepted findings are marked suppressed in ``findings``
    baseline: BaselineComparison | None = None


def check(project: Project, paths: Sequence[Path] = (), *, select: Iterable[str] = (),
          ignore: Iterable[str] = (), language: str | None = None, source_language: str | None = None,
          baseline: Path | None = None, progress: Progress = None, jobs: int | None = None) -> CheckResult:
    """Run the selected checks over the catalogs; findings silenced in place carry their reason.

    Config ignores (per file, per language) and ``yzi18n: ignore`` comments are applied here, once,
    after the runner; with ``baseline`` the findings it accepts are marked suppressed too.
    ``jobs``: worker processes (default: the config's ``jobs``; see ``runner.worker_count``).
    """
    from .checks.registry import load_checks, select as select_checks, unknown_patterns
    from .checks.runner import run_checks
    from .suppress import apply_suppressions, ignore_patterns

    select = list(select) or list(project.config.select)
    ignore = list(ignore) + list(project.config.ignore)
    config = project.config
    patterns = select + ignore + ignore_patterns(config.per_file_ignores, config.per_language_ignores)
    registry = load_checks(patterns if select else None)  # only the selected families' modules
    unknown = unknown_patterns(registry.values(), patterns)
    if unknown:
        raise ConfigError(f"no check matches {', '.join(map(repr, unknown))}",
                          hint="'yzi18n checks' lists the codes")
    specs = select_checks(registry.values(), select, ignore)
    catalogs = load_catalogs(project, paths, language=language)
    options = check_options(project)
    findings = run_checks(catalogs, specs, source_language=source_language or project.config.source_language,
                          options=options, progress=progress, jobs=config.jobs if jobs is None else jobs)
    findings = apply_suppressions(findings, catalogs, per_file_ignores=config.per_file_ignores,
                                  per_language_ignores=config.per_language_ignores)
    comparison = None
    if baseline is not None:
        from .baseline import compare, read_baseline

        comparison = compare(findings, read_baseline(baseline, project.relative(baseline)))
        findings = list(comparison.findings)
    return CheckResult(findings, catalogs, [spec.code for spec in specs], comparison)


def write_baseline(project: Project, result: CheckResult, path: Path) -> int:
    """Record the result's unsuppressed findings (the baseline's own included) as the baseline
    ``path``; returns how many it accepts."""
    from .baseline import accepted_reason, baseline_of, write_baseline as write

    accepted = accepted_reason(result.baseline.path) if result.baseline else None
    findings = [replace(f, suppressed=None) if accepted and f.suppressed == accepted else f
                for f in result.findings]
    recorded = baseline_of(findings, project.relative(path))
    write(path, recorded)
    return len(recorded.records)


def check_options(project: Project) -> dict:
    """The project-wide inputs some checks read (glossary, placeholder patterns, …)."""
    options: dict = {"config": project.config, "placeholders": project.config.placeholders,
                     "langid_backend": project.config.langid_backend,
                     "numbers_strict": project.config.numbers_strict}
    glossary_path = project.glossary_path()
    if glossary_path is not None and glossary_path.exists():
        from .glossary import load_glossary

        options["glossary"] = load_glossary(glossary_path, project.relative(glossary_path))
    # parsed on first use (names.endonym and the markup checks read the source pages)
    options["source_documents"] = functools.cache(lambda: tuple(
        project.read_document(path) for path in project.source_files()))
    return options


# ── stats ──────────────────────────────────────────────────────────────────────────────

def stats(project: Project, paths: Sequence[Path] = ()) -> list:
    """Per language: translated / fuzzy / untranslated entries and words."""
    from .catalog.stats import catalog_stats

    return [catalog_stats(catalog) for catalog in load_catalogs(project, paths)]


# ── build ──────────────────────────────────────────────────────────────────────────────

def build(project: Project, *, languages: Sequence[str] = (), include_fuzzy: bool | None = None,
          progress: Progress = None):
    """Write ``dist/<language>/…`` for the source language and every language above the threshold."""
    from .build.site import build_site

    return build_site(project, languages=languages,
                      include_fuzzy=project.config.include_fuzzy if include_fuzzy is None else include_fuzzy,
                      progress=progress)


# ── its ────────────────────────────────────────────────────────────────────────────────

def its_dump(path: Path, category: str, rules: Sequence[Path] = ()) -> str:
    """The W3C ITS 2.0 test-suite dump of one document for one data category."""
    from . import its
    from .documents import parse_document

    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(error.strerror or str(error), str(path)) from None
    document = parse_document(data, str(path))
    return its.dump(document, category, rules_paths=tuple(rules))


def open_project(config_path: Path | None = None, start: Path | None = None) -> Project:
    from .config import load_config

    return Project(load_config(config_path, start))


__all__ = ["Config", "Project", "open_project", "extract", "update", "check", "write_baseline", "build", "stats", "its_dump"]
