"""Names checks on NTREX-128 (dev half): recall on injected name errors, false alarms on clean units.

    python benchmarks/bench_names.py [--languages deu,rus,...] [--seed 1] [--share 0.1] [--separately]

The clean catalogs of all the chosen languages are checked with ``names.missing`` and
``names.consistency`` in one ``run_checks`` call, as ``yzi18n check locale/`` checks a project,
so each catalog sees the others' translations of the same unit (``ctx.siblings``); the injected
copies are checked together in a second call (``--separately``: each catalog alone). A false alarm is a unit whose source contains a name (``source_names``)
and that gets a names finding. Then a copy is made with errors injected into ``share`` of the
units where a name of the source can be located in the translation, each one of:

- misspelt: one or two letters of the rendered name substituted, deleted, inserted or swapped;
- replaced: the rendered name replaced by the rendering of another name of the same document.

A name is located as written (or inflected, ``find_form``) in Latin-script translations; in
other scripts through the rendering ``learn_renderings`` learns from the clean catalog (so
those languages can only be injected where the alignment found a rendering — reported as
coverage). Recall counts an injected unit as found when a names finding lands on it.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import ntrex  # noqa: E402
from yzi18n.checks.names import (catalog_source_names, find_form, language_script,  # noqa: E402
                                 learn_renderings)
from yzi18n.checks.registry import load_checks, select  # noqa: E402
from yzi18n.checks.runner import run_checks  # noqa: E402
from yzi18n.model import Catalog, Entry  # noqa: E402
from yzi18n.names.romanize import mixed_script  # noqa: E402

CODES = ["names.missing", "names.consistency"]


def documents() -> list[str]:
    rows = (ntrex.NTREX_DIR / "lines.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [row.split("\t")[2] for row in rows]


def misspell(word: str, rng: random.Random) -> str:
    letters = [i for i, ch in enumerate(word) if ch.isalpha()]
    for _ in range(20):
        out = list(word)
        for _ in range(rng.choice((1, 2))):
            if len(out) < 2:
                break
            i = rng.choice([k for k in range(len(out)) if out[k].isalpha()] or [0])
            op = rng.choice(("sub", "del", "ins", "swap"))
            pool = [ch for ch in word if ch.isalpha()] or ["x"]
            if op == "sub":
                new = rng.choice([c for c in "aeiounrstlkmbdg" + "".join(pool) if c.lower() != out[i].lower()] or ["x"])
                out[i] = new.upper() if out[i].isupper() else new.lower()  # a typo keeps the letter's case
            elif op == "del" and len(letters) > 3:
                del out[i]
            elif op == "ins":
                out.insert(i + 1, rng.choice(pool).lower())
            elif op == "swap" and i + 1 < len(out) and out[i] != out[i + 1]:
                out[i], out[i + 1] = out[i + 1], out[i]
        candidate = "".join(out)
        if candidate.casefold() != word.casefold():
            return candidate
    return word + "x"


class Measured:
    """One language's clean catalog, its injected copy and what the checks found on each."""

    def __init__(self, language: ntrex.NtrexLanguage, sources, docs, rng: random.Random, share: float):
        tag = language.bcp47
        self.language = language
        self.entries = entries = tuple(
            Entry(msgid=s, msgstr=t, msgctxt=str(i), line=i)
            for i, (s, t) in enumerate(zip(sources, language.lines), 1) if s.strip() and t.strip())
        self.clean = clean = Catalog(f"{language.code}.po", tag, entries)
        names_of = catalog_source_names(clean)
        self.with_name = {e.line for e in entries if names_of.get(e.msgid)}
        self.latin = latin = language_script(tag) == "Latn"
        # where each unit's names are rendered in the translation
        renderings = {} if latin else learn_renderings([(e.msgid, e.msgstr) for e in entries], tag, names_of)

        def rendered(name: str) -> str | None:
            if latin:
                return name
            r = renderings.get(name)
            return r.form if r else None

        doc_names = defaultdict(set)
        for e in entries:
            for n in names_of.get(e.msgid, ()):
                doc_names[docs[e.line - 1]].add(n.text)
        candidates = []
        for e in entries:
            for n in names_of.get(e.msgid, ()):
                form = rendered(n.text)
                span = find_form(form, e.msgstr, tag) if form else None
                if span:
                    candidates.append((e, n.text, span))
                    break
        rng.shuffle(candidates)
        self.injectable = len(candidates)
        chosen = candidates[: max(1, int(len(candidates) * share))] if candidates else []
        self.injected = injected = {}
        self.kinds = kinds = {}
        self.what = what = {}  # line -> (name, rendered as, injected text)
        self.native = native = set()
        for e, name, (start, end) in chosen:
            others = [o for o in doc_names[docs[e.line - 1]] if o != name and rendered(o)
                      and o not in {n.text for n in names_of[e.msgid]}]
            if others and rng.random() < 0.5:
                new = rendered(rng.choice(sorted(others)))
                kind = "replaced"
            else:
                new = misspell(e.msgstr[start:end], rng)
                kind = "misspelt"
            injected[e.line] = e.msgstr[:start] + new + e.msgstr[end:]
            kinds[e.line] = kind
            what[e.line] = (name, e.msgstr[start:end], new)
            if kind == "misspelt" and not latin and not any(mixed_script(w) for w in new.split()):
                native.add(e.line)  # misspelt with the script's own letters only (no Latin letter typed in)
        self.dirty = Catalog(clean.path, tag, tuple(
            Entry(msgid=e.msgid, msgstr=injected.get(e.line, e.msgstr), msgctxt=e.msgctxt, line=e.line)
            for e in entries))

    def score(self, findings, dirty_findings, dump=None):
        """The language's figures from the findings of its clean and its injected catalog."""
        with_name = self.with_name
        flagged = {f.line for f in findings} & with_name
        by_severity = defaultdict(set)
        for f in findings:
            if f.line in with_name:
                by_severity[str(f.severity)].add(f.line)
        found = {f.line for f in dirty_findings}
        found_error = {f.line for f in dirty_findings if str(f.severity) == "error"}
        hits = defaultdict(lambda: [0, 0, 0])  # injected, found at any severity, found as an error
        for line, kind in self.kinds.items():
            hits[kind][0] += 1
            hits[kind][1] += line in found
            hits[kind][2] += line in found_error
        if dump is not None:
            code = self.language.code
            by_line = {e.line: e for e in self.entries}
            for f in findings:
                if f.line in with_name:
                    dump.write(json.dumps({"language": code, "what": "false alarm", "code": f.code,
                                           "severity": str(f.severity), "message": f.message,
                                           "source": by_line[f.line].msgid, "target": by_line[f.line].msgstr},
                                          ensure_ascii=False) + "\n")
            for line, kind in self.kinds.items():
                if line not in found_error:
                    name, was, now = self.what[line]
                    dump.write(json.dumps({"language": code, "what": f"missed {kind}",
                                           "found as": "warning" if line in found else "nothing",
                                           "name": name, "was": was, "now": now,
                                           "source": by_line[line].msgid, "clean": by_line[line].msgstr,
                                           "target": self.injected[line]}, ensure_ascii=False) + "\n")
        native = self.native
        return {"with_name": len(with_name), "flagged": len(flagged), "by_severity": by_severity,
                "injectable": self.injectable, "hits": hits, "latin": self.latin,
                "native": (len(native), len(native & found_error), len(native & found))}


def check_together(catalogs: list[Catalog], specs, separately: bool) -> dict[str, list]:
    """Findings by catalog path: all catalogs in one ``run_checks`` (as ``yzi18n check locale/``
    does, so each catalog's siblings are the others), or each catalog alone."""
    runs = [[c] for c in catalogs] if separately else [catalogs]
    by_path: dict[str, list] = defaultdict(list)
    for run in runs:
        for f in run_checks(run, specs):
            by_path[f.path].append(f)
    return by_path


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", default="", help="comma-separated NTREX codes (default: all)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--share", type=float, default=0.1, help="share of injectable units to corrupt")
    parser.add_argument("--dump", type=Path, help="write every false alarm and missed injection here (JSON lines)")
    parser.add_argument("--separately", action="store_true",
                        help="check each catalog alone (no evidence from the other languages' translations)")
    args = parser.parse_args(argv)
    if not ntrex.available():
        print("NTREX data is absent (../shared/data/ntrex-dev)", file=sys.stderr)
        return 2
    specs = select(load_checks().values(), CODES)
    sources, docs = ntrex.source_lines(), documents()
    wanted = set(filter(None, args.languages.split(",")))
    totals = {True: defaultdict(int), False: defaultdict(int)}
    started = time.time()
    rows = []
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    measured = []
    for language in ntrex.languages():
        if wanted and language.code not in wanted:
            continue
        rng = random.Random(f"{args.seed}:{language.code}")
        measured.append(Measured(language, sources, docs, rng, args.share))
    clean = check_together([m.clean for m in measured], specs, args.separately)
    dirty = check_together([m.dirty for m in measured], specs, args.separately)
    for m in measured:
        r = m.score(clean.get(m.clean.path, []), dirty.get(m.dirty.path, []), dump)
        language = m.language
        t = totals[r["latin"]]
        t["languages"] += 1
        t["with_name"] += r["with_name"]
        t["flagged"] += r["flagged"]
        t["errors"] += len(r["by_severity"].get("error", ()))
        t["injectable"] += r["injectable"]
        for kind, (n, hit, hit_error) in r["hits"].items():
            t[f"{kind}_n"] += n
            t[f"{kind}_hit"] += hit
            t[f"{kind}_error"] += hit_error
        rows.append((language.code, r))
        for k, value in zip(("native_n", "native_error", "native_hit"), r["native"]):
            t[k] += value
        n_inj = sum(n for n, _, _ in r["hits"].values())
        n_hit = sum(h for _, h, _ in r["hits"].values())
        n_err = sum(e for _, _, e in r["hits"].values())
        print(f"{language.code:10} {'Latn' if r['latin'] else 'other':5} false alarms {r['flagged']:4}/{r['with_name']:4} "
              f"(error {len(r['by_severity'].get('error', ())):3}) recall {n_hit:3}/{n_inj:3} (error {n_err:3})",
              file=sys.stderr)

    def pct(a, b):
        return f"{100 * a / b:.1f}%" if b else "n/a"

    print("| translations | languages | units with a name | flagged (any severity) | flagged as error "
          "| injected misspelt | found as error | injected replaced | found as error | recall as error "
          "| recall (any severity) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for latin, label in ((True, "Latin script"), (False, "other scripts")):
        t = totals[latin]
        injected = t["misspelt_n"] + t["replaced_n"]
        hit = t["misspelt_hit"] + t["replaced_hit"]
        hit_error = t["misspelt_error"] + t["replaced_error"]
        print(f"| {label} | {t['languages']} | {t['with_name']} | {t['flagged']} ({pct(t['flagged'], t['with_name'])}) "
              f"| {t['errors']} ({pct(t['errors'], t['with_name'])}) | {t['misspelt_n']} | "
              f"{t['misspelt_error']} ({pct(t['misspelt_error'], t['misspelt_n'])}) | {t['replaced_n']} | "
              f"{t['replaced_error']} ({pct(t['replaced_error'], t['replaced_n'])}) | {pct(hit_error, injected)} "
              f"| {pct(hit, injected)} |")
    t = totals[False]
    print(f"\nother scripts, misspelt with the script's own letters only: {t['native_n']} injected, "
          f"{t['native_error']} ({pct(t['native_error'], t['native_n'])}) found as error, "
          f"{t['native_hit']} ({pct(t['native_hit'], t['native_n'])}) at any severity")
    if dump is not None:
        dump.close()
    cpu = resource.getrusage(resource.RUSAGE_SELF)
    print(f"\n{time.time() - started:.0f} s ({cpu.ru_utime + cpu.ru_stime:.0f} s CPU), seed {args.seed}, "
          f"share {args.share}{', each catalog checked alone' if args.separately else ''}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
