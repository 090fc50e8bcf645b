"""Building every language of a site: ``yzi18n build`` against po2html run once per language (issue 8).

    python benchmarks/bench_site_build.py                 # both sites, best of 3 runs
    python benchmarks/bench_site_build.py --runs 5 --sections 200

Two sites, each in the 14 languages of the bundled site:

* ``bundled``: the bundled article (source/index.html) with its stylesheet and illustration;
* ``large``: one page of about 2,000 units from ``bench_extract_build.make_page`` (the
  segmenter benchmark's generator, reused).

Every catalog is the same pseudo-translation (``⟦msgid⟧``) of each tool's own template, so
both tools translate every unit in every language. yzi18n runs as one process,
``python -m yzi18n build``, which writes ``dist/<language>/`` with lang/dir, the switcher,
hreflang and canonical links, the assets, the sitemap and the landing page. po2html (Translate
Toolkit, GPL, only in ``benchmarks/.work/ttk-venv``, never imported) runs once per language,
as its users do: ``po2html -t page.html -i <lang>.po -o <lang>/page.html``; its time is the
sum over languages. Wall-clock, best of N; both pay interpreter start-up. A second yzi18n
build with nothing changed is timed too (it rewrites nothing).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
WORK = BENCH / ".work" / "site-build"
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT / "src"))

from bench_extract_build import ensure_ttk, make_page, translate_po, write_po  # noqa: E402

LANGUAGES = ("ar", "de", "el", "es", "fi", "fr", "id", "it", "ja", "la", "pt", "ru", "sa", "zh-Hans")


def units_of(page: Path) -> list:
    from yzi18n import its, segment
    from yzi18n.documents import parse_document

    document = parse_document(page.read_bytes(), page.name)
    return segment.extract_units(document, its.annotate(document))


def make_site(name: str, page_text: str, assets: dict[str, bytes]) -> Path:
    """A yzi18n project with one page and a pseudo-translated catalog per language."""
    from yzi18n.langtags import to_posix

    root = WORK / name
    shutil.rmtree(root, ignore_errors=True)
    (root / "source").mkdir(parents=True)
    (root / "pyproject.toml").write_text(
        '[project]\nname = "bench"\n\n[tool.yzi18n]\nsource-language = "en"\ndomain = "site"\n'
        'min-completeness = 0.0\nsite-url = "https://example.org/"\n'
        f"languages = [{', '.join(repr(tag) for tag in LANGUAGES)}]\n".replace("'", '"'), encoding="utf-8")
    (root / "source" / "index.html").write_text(page_text, encoding="utf-8")
    for asset, data in assets.items():
        (root / "source" / asset).parent.mkdir(parents=True, exist_ok=True)
        (root / "source" / asset).write_bytes(data)
    units = units_of(root / "source" / "index.html")
    for language in LANGUAGES:
        path = root / "locale" / to_posix(language) / "LC_MESSAGES" / "site.po"
        path.parent.mkdir(parents=True)
        write_po([(u.msgid, f"⟦{u.msgid}⟧", [], []) for u in units if u.msgctxt is None], path)
    return root


def timed(command: list[str], cwd: Path | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=cwd)
    return time.perf_counter() - start


def run_yzi18n(root: Path, runs: int) -> tuple[float, float]:
    full, again = [], []
    for _ in range(runs):
        shutil.rmtree(root / "dist", ignore_errors=True)
        full.append(timed([sys.executable, "-m", "yzi18n", "build", "-q"], cwd=root))
        before = {p: p.stat().st_mtime_ns for p in (root / "dist").rglob("*") if p.is_file()}
        again.append(timed([sys.executable, "-m", "yzi18n", "build", "-q"], cwd=root))
        after = {p: p.stat().st_mtime_ns for p in (root / "dist").rglob("*") if p.is_file()}
        assert before == after, "the second build rewrote files"
    return min(full), min(again)


def run_po2html(root: Path, ttk: Path, runs: int) -> float:
    page = root / "source" / "index.html"
    pot, work = root / "ttk.pot", root / "ttk"
    subprocess.run([str(ttk / "html2po"), "--pot", str(page), str(pot)], check=True, capture_output=True)
    work.mkdir(exist_ok=True)
    translate_po(pot, work / "pseudo.po")
    totals = []
    for _ in range(runs):
        shutil.rmtree(work / "out", ignore_errors=True)
        total = 0.0
        for language in LANGUAGES:
            (work / "out" / language).mkdir(parents=True)
            total += timed([str(ttk / "po2html"), "-t", str(page), "-i", str(work / "pseudo.po"),
                            "-o", str(work / "out" / language / "index.html")])
        totals.append(total)
    return min(totals)


def translated(path: Path) -> int:
    return path.read_text(encoding="utf-8").count("⟦")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sections", type=int, default=160, help="size of the large page (about 13 units a section)")
    args = parser.parse_args()
    ttk = ensure_ttk()
    bundled_assets = {"style.css": (ROOT / "source/style.css").read_bytes(),
                      "images/yizhuang-parks.svg": (ROOT / "source/images/yizhuang-parks.svg").read_bytes()}
    sites = {
        "bundled": make_site("bundled", (ROOT / "source/index.html").read_text(encoding="utf-8"), bundled_assets),
        "large": make_site("large", make_page(args.sections), {}),
    }
    print(f"{len(LANGUAGES)} languages; best of {args.runs} runs; wall-clock seconds (interpreter start-up included)")
    print("| site | units | yzi18n build (all languages) | rebuild, nothing changed | po2html × 14 | "
          "speed-up | units translated in the output (yzi18n / po2html, per language) |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for name, root in sites.items():
        units = len(units_of(root / "source" / "index.html"))
        full, again = run_yzi18n(root, args.runs)
        po2html = run_po2html(root, ttk, args.runs)
        ours = translated(root / "dist" / "fr" / "index.html")
        theirs = translated(root / "ttk" / "out" / "fr" / "index.html")
        print(f"| {name} | {units} | {full:.2f} | {again:.2f} | {po2html:.2f} | {po2html / full:.1f}× | "
              f"{ours} / {theirs} |")


if __name__ == "__main__":
    main()
