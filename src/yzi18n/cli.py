"""Command-line wiring only: parse arguments, call ``api``, print, return an exit code.

Exit codes: 0 clean, 1 findings at or above --fail-on (or --check would change files),
2 usage, configuration or input error, 3 internal error. Machine output goes to stdout;
summaries, errors and progress to stderr.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
from pathlib import Path

from . import __version__, api
from .errors import YzError

FORMATS = ("text", "json", "sarif", "junit", "github", "html")


class Console:
    """Human output on stderr: summaries unless -q, details with -v, progress on a terminal only."""

    def __init__(self, verbosity: int) -> None:
        self.verbosity = verbosity
        self.live = sys.stderr.isatty() and verbosity >= 0
        self._progress_shown = False

    def say(self, text: str) -> None:
        if self.verbosity >= 0:
            self._clear()
            print(text, file=sys.stderr)

    def detail(self, text: str) -> None:
        if self.verbosity > 0:
            self.say(text)

    def progress(self, text: str) -> None:
        if self.live:
            sys.stderr.write("\r\x1b[K" + text[-100:])
            sys.stderr.flush()
            self._progress_shown = True

    def _clear(self) -> None:
        if self._progress_shown:
            sys.stderr.write("\r\x1b[K")
            self._progress_shown = False


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", type=Path, help="pyproject.toml to read [tool.yzi18n] from")
    common.add_argument("-v", "--verbose", action="count", default=0, help="say more")
    common.add_argument("-q", "--quiet", action="store_true", help="say nothing but errors")

    parser = argparse.ArgumentParser(
        prog="yzi18n", parents=[common],
        description="Segment HTML and XML into gettext catalogs, check translations, build localized pages.")
    parser.add_argument("--version", action="version", version=f"yzi18n {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    sub = commands.add_parser("extract", parents=[common], help="write locale/<domain>.pot from the source documents")
    sub.add_argument("--check", action="store_true", help="write nothing; exit 1 if the template would change")
    sub.set_defaults(run=run_extract)

    sub = commands.add_parser("update", parents=[common], help="merge the template into every language's catalog")
    sub.add_argument("--check", action="store_true", help="write nothing; exit 1 if a catalog would change")
    sub.add_argument("-l", "--language", action="append", default=[], help="only this language (repeatable)")
    sub.set_defaults(run=run_update)

    sub = commands.add_parser("check", parents=[common], help="check translations; exit 1 on findings")
    sub.add_argument("paths", nargs="*", type=Path, metavar="FILE_OR_DIR",
                     help="PO files or folders (default: the project's catalogs)")
    sub.add_argument("--select", action="append", default=[], metavar="CODE",
                     help="only these checks, by code or family (repeatable, or comma-separated)")
    sub.add_argument("--ignore", action="append", default=[], metavar="CODE", help="skip these checks")
    sub.add_argument("--language", help="the catalogs' language when their header does not say")
    sub.add_argument("--source-language", help="the msgids' language (default: config, else en)")
    sub.add_argument("--format", choices=FORMATS, default="text")
    sub.add_argument("-o", "--output", type=Path, help="write the report here instead of stdout")
    sub.add_argument("--fail-on", choices=("error", "warning", "info", "never"), help="default: config, else error")
    sub.add_argument("--baseline", type=Path, metavar="FILE",
                     help="accept the findings recorded in FILE: only new ones fail; fixed ones are listed")
    sub.add_argument("--write-baseline", type=Path, metavar="FILE",
                     help="record today's unsuppressed findings in FILE as accepted, and exit 0")
    sub.add_argument("-j", "--jobs", type=_jobs, metavar="N",
                     help="worker processes (default: config, else 0: one per CPU for a large run; 1: none)")
    sub.set_defaults(run=run_check)

    sub = commands.add_parser("build", parents=[common], help="write the localized site into dist/")
    sub.add_argument("-l", "--language", action="append", default=[], help="only this language (repeatable)")
    sub.add_argument("--include-fuzzy", action="store_true", default=None, help="publish fuzzy translations")
    sub.set_defaults(run=run_build)

    sub = commands.add_parser("stats", parents=[common], help="translated / fuzzy / untranslated per language")
    sub.add_argument("paths", nargs="*", type=Path, metavar="FILE_OR_DIR")
    sub.add_argument("--format", choices=("table", "json"), default="table")
    sub.set_defaults(run=run_stats)

    sub = commands.add_parser("its", parents=[common], help="print the W3C ITS 2.0 test-suite dump of a document")
    sub.add_argument("file", type=Path)
    sub.add_argument("--category", required=True, help="data category, e.g. translate, localizationnote")
    sub.add_argument("--rules", type=Path, action="append", default=[], help="an extra ITS rules file")
    sub.set_defaults(run=run_its)

    sub = commands.add_parser("checks", parents=[common], help="list every registered check")
    sub.add_argument("--format", choices=("table", "json"), default="table")
    sub.set_defaults(run=run_checks_list)

    sub = commands.add_parser("all", parents=[common], help="extract, update, check and build: the main job")
    sub.set_defaults(run=run_all)
    return parser


def _split(values: list[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def run_extract(args, console: Console) -> int:
    project = api.open_project(args.config)
    result = api.extract(project, check_only=args.check, progress=console.progress)
    verb = ("would change" if result.changed else "up to date") if args.check else \
        ("written" if result.changed else "unchanged")
    console.say(f"extract: {result.units} units from {result.documents} documents → "
                f"{project.relative(result.template)} ({verb})")
    return 1 if args.check and result.changed else 0


def run_update(args, console: Console) -> int:
    project = api.open_project(args.config)
    results = api.update(project, languages=args.language, check_only=args.check, progress=console.progress)
    for result in results:
        counts = ", ".join(f"{value} {key}" for key, value in result.counts.items() if value)
        state = ("would change" if result.changed else "up to date") if args.check else \
            ("written" if result.changed else "unchanged")
        console.detail(f"  {result.language}: {project.relative(result.path)} ({state}; {counts})")
    changed = sum(r.changed for r in results)
    console.say(f"update: {len(results)} catalogs, {changed} {'would change' if args.check else 'written'}")
    return 1 if args.check and changed else 0


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number, 0 or more")
    return value


def run_check(args, console: Console) -> int:
    # The cyclic collector is off for the run: otherwise it walks every entry of every catalog
    # again and again to find a few thousand small cycles — 0.8 s of 6 s over the 124 NTREX
    # catalogs (about 10 MB more at the peak). An in-process caller gets it back after the run.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _run_check(args, console)
    finally:
        if enabled:
            gc.enable()


def _run_check(args, console: Console) -> int:
    from .report import exit_code, render

    project = api.open_project(args.config)
    result = api.check(project, args.paths, select=_split(args.select), ignore=_split(args.ignore),
                       language=args.language, source_language=args.source_language,
                       baseline=getattr(args, "baseline", None), progress=console.progress,
                       jobs=getattr(args, "jobs", None))
    write_baseline = getattr(args, "write_baseline", None)
    if write_baseline:
        accepted = api.write_baseline(project, result, write_baseline)
        console.say(f"baseline: {accepted} findings recorded in {project.relative(write_baseline)}")
    output = render(args.format, result)
    if args.output:
        from .fileio import write_atomic

        write_atomic(args.output, output.encode("utf-8"))
    elif output:
        sys.stdout.write(output)
    fail_on = args.fail_on or project.config.fail_on
    console.say(summary_line(result))
    if write_baseline:
        return 0  # every finding the report shows is now accepted
    return exit_code(result.findings, fail_on)


def summary_line(result) -> str:
    from collections import Counter

    active = [f for f in result.findings if not f.suppressed]
    by_severity = Counter(str(f.severity) for f in active)
    suppressed = len(result.findings) - len(active)
    parts = [f"{by_severity.get(s, 0)} {s}{'s' if by_severity.get(s, 0) != 1 else ''}"
             for s in ("error", "warning", "info")]
    text = f"check: {len(result.catalogs)} catalogs, {len(result.checks)} checks: {', '.join(parts)}"
    baseline = getattr(result, "baseline", None)
    if baseline is not None:
        accepted = len(result.findings) - len(active) - suppressed_in_place(result)
        suppressed -= accepted
        text += f"; baseline {baseline.path}: {baseline.new} new, {accepted} accepted"
        if baseline.gone:
            text += f", {len(baseline.gone)} gone (write it again to shrink it)"
    return text + (f" ({suppressed} suppressed)" if suppressed else "")


def suppressed_in_place(result) -> int:
    from .report.common import accepted_by_baseline

    return sum(1 for f in result.findings if f.suppressed and not accepted_by_baseline(f, result.baseline))


def run_build(args, console: Console) -> int:
    project = api.open_project(args.config)
    result = api.build(project, languages=args.language, include_fuzzy=args.include_fuzzy,
                       progress=console.progress)
    console.say(result.summary())
    return 0


def run_stats(args, console: Console) -> int:
    project = api.open_project(args.config)
    rows = api.stats(project, args.paths)
    from .catalog.stats import render_stats_json, render_stats_table

    sys.stdout.write(render_stats_json(rows) if args.format == "json" else render_stats_table(rows))
    return 0


def run_its(args, console: Console) -> int:
    sys.stdout.write(api.its_dump(args.file, args.category, args.rules))
    return 0


def run_checks_list(args, console: Console) -> int:
    from .checks.registry import load_checks

    specs = sorted(load_checks().values(), key=lambda s: s.code)
    if args.format == "json":
        rows = [{"code": s.code, "family": s.family, "severity": str(s.severity), "scope": s.scope,
                 "opt_in": s.opt_in, "summary": s.summary} for s in specs]
        sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(render_checks_table(specs))
        families = len({s.family for s in specs})
        opt_in = [s.code for s in specs if s.opt_in]
        console.say(f"checks: {len(specs)} in {families} families"
                    + (f" ({', '.join(opt_in)} opt-in: run only where --select names it)" if opt_in else "")
                    + "; select or ignore by code or family (--select numbers, --ignore names.endonym)")
    return 0


def render_checks_table(specs) -> str:
    """Code, default severity, scope and summary, one check a line under a header, families apart."""
    rows = [("CODE", "SEVERITY", "SCOPE", "SUMMARY")]
    rows += [(s.code, str(s.severity), s.scope, s.summary) for s in specs]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    lines, family = [], None
    for number, row in enumerate(rows):
        current = row[0].split(".", 1)[0]
        if number > 1 and current != family:
            lines.append("")
        if number:
            family = current
        lines.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:3])) + "  " + row[3])
    return "\n".join(lines) + "\n"


def run_all(args, console: Console) -> int:
    """The main job: extract → update → check → build; the exit code is the check's."""
    args.check = False
    args.language = []
    run_extract(args, console)
    run_update(args, console)
    check_args = argparse.Namespace(**vars(args), paths=[], select=[], ignore=[], source_language=None,
                                    format="text", output=None, fail_on=None)
    check_args.language = None
    status = run_check(check_args, console)
    build_args = argparse.Namespace(**vars(args), include_fuzzy=None)
    build_args.language = []
    run_build(build_args, console)
    return status


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse exits 2 on usage errors, 0 on --help
        return int(exit_.code or 0)
    console = Console(-1 if args.quiet else args.verbose)
    try:
        return args.run(args, console)
    except YzError as error:
        print(f"error: {error}" if not error.path else str(error), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception:  # noqa: BLE001 - the one place that turns a bug into exit code 3
        import traceback  # only here: ~5 ms a run that has no bug need not pay

        traceback.print_exc()
        print("yzi18n: internal error (a bug): please report it with the traceback above", file=sys.stderr)
        return 3


def main_entry() -> None:
    code = main()
    gc.freeze()  # the process ends: its last collection need not walk what the command made
    sys.exit(code)
