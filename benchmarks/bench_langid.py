"""Language identification on NTREX (../shared/data/ntrex-dev): false alarms, detection, throughput.

    python benchmarks/bench_langid.py                     # py3langid, every sentence; langdetect, every 5th
    python benchmarks/bench_langid.py --backends py3langid --every 1

Runs the real checks (``langid.mismatch``, ``langid.identical``) through ``run_checks`` on
in-memory catalogs, per NTREX language:

* false alarms: findings (any severity) on the professional translations, as a share of the
  full sentences (not ``is_short``) of the languages the model knows;
* detection: the English source pasted as the translation, caught by ``langid.mismatch`` alone
  (the model) and by the two checks together;
* the other Chinese standard: zho-TW lines checked as zh-Hans and zho-CN lines as zh-Hant;
* throughput: ``langid.mismatch`` entries per second over the real translations (one process);
* stability: langdetect's top answer on the same texts in two passes, seeded and unseeded.

Prints Markdown for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import ntrex  # noqa: E402

from yzi18n import langid  # noqa: E402
from yzi18n.checks.registry import load_checks, select  # noqa: E402
from yzi18n.checks.runner import run_checks  # noqa: E402
from yzi18n.model import Catalog, Entry  # noqa: E402


def catalog(language: str, sources, targets, every: int) -> Catalog:
    entries = tuple(Entry(msgid=s, msgstr=t, msgctxt=str(n), line=n)
                    for n, (s, t) in enumerate(zip(sources, targets), 1)
                    if s.strip() and t.strip() and (n - 1) % every == 0)
    return Catalog(f"{language}.po", language, entries)


def bench_backend(backend: str, every: int, languages) -> dict:
    specs = {code: select(load_checks().values(), [code]) for code in ("langid.mismatch", "langid.identical")}
    detector = langid.get_detector(backend)
    options = {"langid_backend": backend}
    sources = ntrex.source_lines()
    known = [lang for lang in languages if langid.knows(lang.bcp47, detector)]
    rows = []
    totals = Counter()
    elapsed = 0.0
    for lang in languages:
        real = catalog(lang.bcp47, sources, lang.lines, every)
        pasted = catalog(lang.bcp47, sources, sources, every)
        started = time.perf_counter()
        found = run_checks([real], specs["langid.mismatch"], options=options)
        elapsed += time.perf_counter() - started
        per_entry = [f for f in found if f.line is not None]
        flagged = {f.line for f in per_entry}
        full = {e.line for e in real.entries if not langid.is_short(e.msgstr)}
        identical_real = {f.line for f in run_checks([real], specs["langid.identical"], options=options)}
        # on pasted text langid.mismatch steps aside for langid.identical; ask the decision directly
        model_caught = {e.line for e in pasted.entries
                        if langid.identify(e.msgstr, lang.bcp47, "en", detector, source=e.msgid).outcome
                        in ("source", "other")}
        both = model_caught | {f.line for f in run_checks([pasted], specs["langid.identical"], options=options)}
        is_known = lang in known
        row = dict(code=lang.code, tag=lang.bcp47, known=is_known, entries=len(real.entries), full=len(full),
                   flagged=len(flagged), flagged_full=len(flagged & full), identical=len(identical_real),
                   outcomes=Counter(dict(f.data).get("found", "") or "?" for f in per_entry),
                   model=len(model_caught), both=len(both))
        rows.append(row)
        if is_known:
            totals.update(entries=row["entries"], full=row["full"], flagged=row["flagged"],
                          flagged_full=row["flagged_full"], model=row["model"], both=row["both"])
        else:
            totals.update(u_entries=row["entries"], u_flagged=row["flagged"], u_both=row["both"])
    return dict(backend=backend, every=every, rows=rows, totals=totals, known=len(known), sets=len(languages),
                per_second=sum(r["entries"] for r in rows) / elapsed if elapsed else 0.0,
                checked=sum(r["entries"] for r in rows), elapsed=elapsed)


def chinese_cross(detector, languages, every: int) -> dict:
    by_code = {lang.code: lang for lang in languages}
    out = {}
    for code, checked_as in (("zho-TW", "zh-Hans"), ("zho-CN", "zh-Hant"), ("yue", "zh-Hans")):
        lang = by_code.get(code)
        if lang is None:
            continue
        lines = [t for n, t in enumerate(lang.lines) if t.strip() and n % every == 0]
        hits = sum(langid.identify(t, checked_as, "en", detector).outcome == "variant" for t in lines)
        out[f"{code} as {checked_as}"] = (hits, len(lines))
    return out


def stability(sample: list[str]) -> dict:
    out = {}
    for label, seed in (("seeded (0)", 0), ("unseeded", None)):
        detector = langid.LangdetectDetector(seed=seed)
        first = [(detector.rank(t) or [("?", 0)])[0][0] for t in sample]
        second = [(detector.rank(t) or [("?", 0)])[0][0] for t in sample]
        out[label] = sum(a != b for a, b in zip(first, second))
    return out


def report(result: dict) -> None:
    t = result["totals"]
    print(f"\n### {result['backend']} (every {result['every']} line{'s' if result['every'] > 1 else ''})\n")
    print(f"- language sets the model knows: {result['known']} of {result['sets']}")
    print(f"- false alarms on real translations, full sentences: {t['flagged_full']} of {t['full']} "
          f"({100 * t['flagged_full'] / max(t['full'], 1):.2f}%); all sentences: {t['flagged']} of {t['entries']} "
          f"({100 * t['flagged'] / max(t['entries'], 1):.2f}%)")
    print(f"- English source pasted, caught by the model (langid.mismatch's decision): {t['model']} of {t['entries']} "
          f"({100 * t['model'] / max(t['entries'], 1):.2f}%); with langid.identical: {t['both']} of {t['entries']} "
          f"({100 * t['both'] / max(t['entries'], 1):.2f}%)")
    print(f"- languages the model lacks: {t['u_flagged']} findings on {t['u_entries']} real sentences; "
          f"pasted English caught {t['u_both']} of {t['u_entries']}")
    print(f"- throughput of langid.mismatch: {result['per_second']:,.0f} entries/s "
          f"({result['checked']} entries in {result['elapsed']:.1f} s)")
    noisy = sorted((r for r in result["rows"] if r["flagged"]), key=lambda r: -r["flagged"])
    if noisy:
        print("\n| NTREX set | tag | known | flagged / sentences | full sentences flagged | answers |")
        print("|---|---|---|---|---|---|")
        for r in noisy:
            answers = ", ".join(f"{k} {v}" for k, v in r["outcomes"].most_common(3))
            print(f"| {r['code']} | {r['tag']} | {'yes' if r['known'] else 'no'} | {r['flagged']} / {r['entries']} "
                  f"| {r['flagged_full']} / {r['full']} | {answers} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backends", nargs="+", default=list(langid.BACKENDS))
    parser.add_argument("--every", type=int, default=None, help="check every Nth line (default 1; langdetect 5)")
    parser.add_argument("--stability-sample", type=int, default=2000)
    args = parser.parse_args(argv)
    if not ntrex.available():
        print(f"{ntrex.NTREX_DIR} is absent", file=sys.stderr)
        return 2
    languages = list(ntrex.languages())
    for backend in args.backends:
        every = args.every or (5 if backend == "langdetect" else 1)
        try:
            result = bench_backend(backend, every, languages)
        except RuntimeError as error:
            print(f"{backend}: {error}", file=sys.stderr)
            continue
        report(result)
        cross = chinese_cross(langid.get_detector(backend), languages, every)
        print("\nThe other Chinese standard found (langid.mismatch variant): "
              + "; ".join(f"{k}: {h} of {n}" for k, (h, n) in cross.items()))
    if "langdetect" in args.backends:
        rng = random.Random(0)
        pool = [t for lang in languages for t in lang.lines if t.strip()]
        sample = rng.sample(pool, min(args.stability_sample, len(pool)))
        try:
            changed = stability(sample)
        except RuntimeError as error:
            print(f"stability: {error}", file=sys.stderr)
        else:
            print(f"\nlangdetect, top answer changed between two passes over {len(sample)} NTREX sentences: "
                  + "; ".join(f"{k} {v} ({100 * v / len(sample):.1f}%)" for k, v in changed.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
