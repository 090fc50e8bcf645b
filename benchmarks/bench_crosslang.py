"""consistency.languages on NTREX-128 (dev half): a number or name changed in one language of a unit.

    python benchmarks/bench_crosslang.py [--units 300] [--seed 1] [--sample 40] [--misses 20] [--rounds 1]

Every unit (source line) is seen in all translation files at once, as the project-scope check
sees one source unit across the catalogs. Clean: how many units get any finding, and how many
(unit, language) pairs. Injected, per sampled unit and one language chosen at random:

- number: one digit of a number whose value is in the source changed (4 300 → 4 800);
- name: a Latin-script name of the source, found in a Latin-script translation, misspelt by one
  letter.

One pass over the units (in a seeded order, one language drawn per unit) gives at most ~150
number and ~270 name injections; ``--rounds N`` makes N passes, drawing a language anew each time.

Recall: the injected language gets a ``consistency.languages`` finding on that unit. Clean findings
are counted by kind (number, name, URL, inline tags) and by language; ``--sample`` prints clean
findings drawn at random, ``--misses`` injections that were not found.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import ntrex  # noqa: E402
from yzi18n.checks.consistency import _unit_findings, number_readings  # noqa: E402
from yzi18n.checks.names import find_form, language_script, source_names  # noqa: E402
from yzi18n.checks.registry import load_checks  # noqa: E402
from yzi18n.checks.runner import CheckContext  # noqa: E402
from yzi18n.model import Catalog, Entry  # noqa: E402


def change_digit(text: str, start: int, end: int, rng: random.Random) -> str | None:
    digits = [i for i in range(start, end) if text[i].isdigit()]
    if not digits:
        return None
    i = rng.choice(digits)
    old = text[i]
    value = int(old) if old.isascii() else None
    if value is None:
        return None
    new = str(rng.choice([d for d in range(10) if d != value and not (i == digits[0] and d == 0)]))
    return text[:i] + new + text[i + 1:]


def misspell_once(word: str, rng: random.Random) -> str:
    positions = [i for i, ch in enumerate(word) if ch.isalpha() and i > 0]
    i = rng.choice(positions)
    pool = [c for c in "aeioulnrst" if c != word[i].lower()]
    return word[:i] + rng.choice(pool) + word[i + 1:]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=300, help="units sampled for injection")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=1,
                        help="passes over the units, each with a newly drawn language (more injections)")
    parser.add_argument("--sample", type=int, default=0, help="clean findings to print, drawn at random")
    parser.add_argument("--misses", type=int, default=0, help="missed injections to print")
    args = parser.parse_args(argv)
    if not ntrex.available():
        print("NTREX data is absent (../shared/data/ntrex-dev)", file=sys.stderr)
        return 2
    spec = load_checks()["consistency.languages"]
    ctx = CheckContext(spec, None, None, "en", {})
    sources = ntrex.source_lines()
    languages = list(ntrex.languages())
    # whole catalogs, as the project-scope check sees them (a language's conventions elsewhere count)
    catalogs = {lang.bcp47: Catalog(f"{lang.code}.po", lang.bcp47, tuple(
        Entry(s, t, msgctxt=str(i), line=i) for i, (s, t) in enumerate(zip(sources, lang.lines), 1)
        if s.strip() and t.strip())) for lang in languages}
    started = time.time()

    def members_of(line: int, override=None):
        out = []
        for lang in languages:
            text = lang.lines[line] if line < len(lang.lines) else ""
            if override and override[0] == lang.bcp47:
                text = override[1]
            if text.strip():
                out.append((catalogs[lang.bcp47], Entry(sources[line], text, line=line + 1)))
        return out

    clean_units = clean_pairs = pairs = 0
    clean_findings = []
    kinds: Counter[str] = Counter()  # (unit, language) pairs with a finding of that kind
    by_language: Counter[str] = Counter()
    for line, source in enumerate(sources):
        members = members_of(line)
        pairs += len(members)
        findings = list(_unit_findings(source, members, ctx, None))
        found = {f.language for f in findings}
        clean_units += bool(found)
        clean_pairs += len(found)
        by_language.update(found)
        kinds.update(kind for kind, _ in {(kind_of(f), f.language) for f in findings})
        clean_findings.extend((line + 1, f) for f in findings)
    print(f"clean pass {time.time() - started:.0f} s", file=sys.stderr)

    rng = random.Random(args.seed)
    results = {"number": [0, 0], "name": [0, 0]}
    missed = []
    order = list(range(len(sources)))
    rng.shuffle(order)
    for kind in ("number", "name"):
        tried = 0
        for line in order * args.rounds:
            if tried >= args.units:
                break
            source = sources[line]
            lang = rng.choice(languages)
            text = lang.lines[line] if line < len(lang.lines) else ""
            if not text.strip():
                continue
            new = None
            if kind == "number":
                try:
                    found, pool = number_readings(source, text, "en", lang.bcp47)
                except Exception:  # noqa: BLE001
                    continue
                spans = [(m.start(), m.end()) for m in re.finditer(r"\d[\d.,\s]*\d|\d", text)]
                values = {str(v.normalize()) for v in pool}
                spans = [s for s in spans if re.sub(r"\D", "", text[s[0]:s[1]]).lstrip("0") in
                         {v.replace(".", "").lstrip("0") for v in values}]
                if spans:
                    start, end = rng.choice(spans)
                    new = change_digit(text, start, end, rng)
            else:
                if language_script(lang.bcp47) != "Latn":
                    continue
                for name in source_names(source):
                    span = find_form(name.text, text, lang.bcp47)
                    if span and sum(ch.isalpha() for ch in name.text) >= 4:
                        start, end = span
                        new = text[:start] + misspell_once(text[start:end], rng) + text[end:]
                        break
            if not new or new == text:
                continue
            tried += 1
            flagged = {f.language for f in _unit_findings(source, members_of(line, (lang.bcp47, new)), ctx, None)}
            results[kind][0] += 1
            results[kind][1] += lang.bcp47 in flagged
            if lang.bcp47 not in flagged:
                missed.append((kind, line + 1, lang.bcp47, new))

    def pct(a, b):
        return f"{100 * a / b:.1f}%" if b else "n/a"

    print("| measure | count | share |")
    print("|---|---|---|")
    print(f"| clean units with any finding | {clean_units} of {len(sources)} | {pct(clean_units, len(sources))} |")
    print(f"| clean (unit, language) pairs flagged | {clean_pairs} of {pairs} | {pct(clean_pairs, pairs)} |")
    for kind, (n, hit) in results.items():
        print(f"| injected {kind}: found | {hit} of {n} | {pct(hit, n)} |")
    print("\nclean (unit, language) pairs flagged, by kind: "
          + ", ".join(f"{kind} {count}" for kind, count in kinds.most_common()))
    print("by language: " + ", ".join(f"{lang} {count}" for lang, count in by_language.most_common(20)))
    rng_sample = random.Random(args.seed)
    for line, f in rng_sample.sample(clean_findings, min(args.sample, len(clean_findings))):
        print(f"clean {line} {f.language} [{kind_of(f)}] {f.message}")
    for kind, line, language, text in missed[:args.misses]:
        print(f"missed {kind} {line} {language}: {text}")
    cpu = resource.getrusage(resource.RUSAGE_SELF)
    print(f"\n{time.time() - started:.0f} s wall, {cpu.ru_utime + cpu.ru_stime:.0f} s CPU, seed {args.seed}, "
          f"{len(languages)} languages", file=sys.stderr)
    return 0


def kind_of(finding) -> str:
    """What a consistency.languages finding is about."""
    if finding.message.startswith("URL:"):
        return "URL"
    if finding.message.startswith("inline tags:"):
        return "tags"
    return "name" if finding.source_marks else "number"


if __name__ == "__main__":
    raise SystemExit(main())
