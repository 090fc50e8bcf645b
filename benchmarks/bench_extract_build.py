"""Extract and build throughput on a large HTML page: yzi18n against Translate Toolkit (issue 3).

    python benchmarks/bench_extract_build.py              # page of ~2,400 units, best of 3 runs
    python benchmarks/bench_extract_build.py --runs 5 --sections 150
    python benchmarks/bench_extract_build.py --segmenters # the sentence-segmenter comparison

The page is generated deterministically (seed 3) from the sentences of the bundled article
(source/index.html), with real inline markup: links with attributes, em/strong/code, abbr
with a title, translate="no" brand names, line breaks, images with alt text, headings,
lists, tables, figures and quotes.

Each tool runs as a subprocess on the same input in the same run, so both pay interpreter
start-up; the best of N wall-clock times counts. Units/s = the units the tool itself
extracts (PO entries) / seconds.

* extract: ``html2po page.html ttk.pot`` against a yzi18n process that parses, annotates
  (ITS), segments and writes a POT (``extract_units`` + the PO writer below).
* build: ``po2html -t page.html -i ttk.po -o out.html`` against a yzi18n process that reads
  its PO (``yzi18n.catalog.pofile``), parses, annotates and ``localize``s, then writes the page. Both catalogs
  are fully "translated" with the same pseudo-translation (the msgid in brackets).

Translate Toolkit (GPL) lives only in ``benchmarks/.work/ttk-venv`` (created on first use
with ``pip install translate-toolkit``) and is never imported.

``--segmenters`` compares ICU (icu4py, chosen), sentencex and pysbd on NTREX-128 paragraphs
(../shared/data/ntrex-dev) in ``benchmarks/.work/seg-venv``: documents' lines joined into one
paragraph; a gold boundary is a line join after sentence-final punctuation; F1 per language.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "benchmarks" / ".work"
TTK_VENV = WORK / "ttk-venv"
SEG_VENV = WORK / "seg-venv"
NTREX = ROOT.parent / "shared" / "data" / "ntrex-dev"


# ── the page ───────────────────────────────────────────────────────────────────────────

def article_sentences() -> list[str]:
    import lxml.html

    root = lxml.html.fromstring((ROOT / "source" / "index.html").read_bytes())
    text = " ".join(p.text_content() for p in root.iter("p", "h1", "h2"))
    sentences = [s.strip() for s in re.split(r"(?<=[.!?”])\s+(?=[A-Z“])", re.sub(r"\s+", " ", text))]
    return [s for s in sentences if len(s) > 20]


def make_page(sections: int, seed: int = 3) -> str:
    rng = random.Random(seed)
    sentences = article_sentences()
    words = sorted({w.strip(",.“”") for s in sentences for w in s.split() if w.isalpha() and len(w) > 3})

    def esc(text: str) -> str:
        return html.escape(text, quote=False)

    def marked(sentence: str, number: int) -> str:
        """A sentence with inline markup around some of its words (and a number to keep it unique)."""
        tokens = esc(f"{sentence[:-1]} ({number}){sentence[-1]}").split(" ")
        for _ in range(rng.randint(0, 3)):
            i = rng.randrange(len(tokens))
            j = min(len(tokens), i + rng.randint(1, 4))
            span = " ".join(tokens[i:j])
            kind = rng.choice(["a", "em", "strong", "code", "abbr", "brand", "br", "img"])
            if "<" in span or ">" in span:
                continue
            if kind == "a":
                wrapped = f'<a href="https://example.org/{rng.choice(words).lower()}" title="{rng.choice(words)}">{span}</a>'
            elif kind == "abbr":
                wrapped = f'<abbr title="{rng.choice(words)} {rng.choice(words)}">{span}</abbr>'
            elif kind == "brand":
                wrapped = f'<span class="brand" translate="no">{span}</span>'
            elif kind == "br":
                wrapped = span + "<br>"
            elif kind == "img":
                wrapped = f'<img src="i/{i}.png" alt="{rng.choice(words)} {rng.choice(words)} {number}"> {span}'
            else:
                wrapped = f"<{kind}>{span}</{kind}>"
            tokens[i:j] = [wrapped]
        return " ".join(tokens)

    counter = iter(range(1, 10**9))
    body: list[str] = []
    for section in range(1, sections + 1):
        body.append(f'<section id="s{section}">')
        body.append(f"<h2>{esc(rng.choice(sentences)[:60].rstrip())} ({next(counter)})</h2>")
        for _ in range(rng.randint(2, 5)):
            paragraph = " ".join(marked(rng.choice(sentences), next(counter)) for _ in range(rng.randint(1, 4)))
            body.append(f"<p>{paragraph}</p>")
        shape = rng.choice(["list", "table", "figure", "quote"])
        if shape == "list":
            body.append("<ul>")
            body += [f"  <li>{marked(rng.choice(sentences), next(counter))}</li>" for _ in range(rng.randint(2, 5))]
            body.append("</ul>")
        elif shape == "table":
            body.append("<table>\n<tr><th>Item</th><th>Note</th></tr>")
            for _ in range(rng.randint(2, 4)):
                body.append(f"<tr><td>{esc(rng.choice(words))} {next(counter)}</td>"
                            f"<td>{marked(rng.choice(sentences), next(counter))}</td></tr>")
            body.append("</table>")
        elif shape == "figure":
            body.append(f'<figure><img src="f{section}.png" alt="{esc(rng.choice(sentences)[:50])} {next(counter)}">'
                        f"<figcaption>{marked(rng.choice(sentences), next(counter))}</figcaption></figure>")
        else:
            body.append(f"<blockquote><p>{marked(rng.choice(sentences), next(counter))}</p></blockquote>")
        body.append("</section>")
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<title>Benchmark page</title>\n<meta name=\"description\" content=\"A long page\">\n</head>\n"
            "<body>\n<main>\n" + "\n".join(body) + "\n</main>\n</body>\n</html>\n")


# ── the two tools ──────────────────────────────────────────────────────────────────────

YZI18N_EXTRACT = textwrap.dedent("""
    import sys
    from pathlib import Path
    from yzi18n import its, segment
    from yzi18n.documents import parse_document
    sys.path.insert(0, sys.argv[3])
    from bench_extract_build import write_po
    document = parse_document(Path(sys.argv[1]).read_bytes(), "page.html")
    units = segment.extract_units(document, its.annotate(document))
    write_po([(u.msgid, "", [str(l) for l in u.locations], list(u.comments)) for u in units], Path(sys.argv[2]))
""")

YZI18N_BUILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from yzi18n import its, segment
    from yzi18n.catalog.pofile import parse_po
    from yzi18n.documents import parse_document, serialize_document
    catalog = parse_po(Path(sys.argv[2]).read_bytes(), sys.argv[2])
    translations = {(e.msgctxt, e.msgid): e.msgstr for e in catalog.entries if e.msgstr and not e.is_header}
    document = parse_document(Path(sys.argv[1]).read_bytes(), "page.html")
    result = segment.localize(document, its.annotate(document),
                              lambda unit: translations.get((unit.msgctxt, unit.msgid)), language="fr")
    Path(sys.argv[3]).write_bytes(serialize_document(result.document))
""")


def po_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def write_po(entries: list[tuple[str, str, list[str], list[str]]], path: Path) -> None:
    """A minimal PO writer: (msgid, msgstr, locations, comments) per entry."""
    out = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', ""]
    for msgid, msgstr, locations, comments in entries:
        out += [f"#. {c}" for c in comments]
        if locations:
            out.append("#: " + " ".join(locations))
        out += [f"msgid {po_string(msgid)}", f"msgstr {po_string(msgstr)}", ""]
    path.write_text("\n".join(out), encoding="utf-8")


def translate_po(source: Path, target: Path) -> int:
    """Fill every msgstr with the pseudo-translation ⟦msgid⟧; returns the number of entries."""
    import polib

    po = polib.pofile(str(source))
    for entry in po:
        entry.msgstr = "⟦" + entry.msgid + "⟧"
    po.save(str(target))
    return len([e for e in po if e.msgid])


def ensure_ttk() -> Path:
    bin_dir = TTK_VENV / "bin"
    if not (bin_dir / "html2po").exists():
        subprocess.run([sys.executable, "-m", "venv", str(TTK_VENV)], check=True)
        subprocess.run([str(bin_dir / "pip"), "install", "-q", "translate-toolkit"], check=True)
    return bin_dir


def best_of(runs: int, command: list[str]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return min(times)


def count_entries(path: Path) -> int:
    import polib

    return len([e for e in polib.pofile(str(path)) if e.msgid])


def throughput(args: argparse.Namespace) -> None:
    WORK.mkdir(parents=True, exist_ok=True)
    ttk = ensure_ttk()
    page = WORK / "page.html"
    page.write_text(make_page(args.sections), encoding="utf-8")
    bench_dir = str(Path(__file__).resolve().parent)
    python = sys.executable

    yz_pot, ttk_pot = WORK / "yz.pot", WORK / "ttk.pot"
    yz_extract = best_of(args.runs, [python, "-c", YZI18N_EXTRACT, str(page), str(yz_pot), bench_dir])
    ttk_extract = best_of(args.runs, [str(ttk / "html2po"), "--pot", str(page), str(ttk_pot)])
    yz_units, ttk_units = count_entries(yz_pot), count_entries(ttk_pot)

    yz_po, ttk_po = WORK / "yz.po", WORK / "ttk.po"
    translate_po(yz_pot, yz_po)
    translate_po(ttk_pot, ttk_po)
    yz_build = best_of(args.runs, [python, "-c", YZI18N_BUILD, str(page), str(yz_po), str(WORK / "yz-out.html")])
    ttk_build = best_of(args.runs, [str(ttk / "po2html"), "-t", str(page), "-i", str(ttk_po),
                                    "-o", str(WORK / "ttk-out.html")])
    yz_out = (WORK / "yz-out.html").read_text(encoding="utf-8")
    ttk_out = (WORK / "ttk-out.html").read_text(encoding="utf-8")

    rows = [
        ("extract", "yzi18n", yz_units, yz_extract), ("extract", "html2po", ttk_units, ttk_extract),
        ("build", "yzi18n", yz_units, yz_build), ("build", "po2html", ttk_units, ttk_build),
    ]
    print(f"page: {page.stat().st_size:,} bytes, {args.sections} sections; best of {args.runs} runs, "
          "each tool as a subprocess (interpreter start-up included)\n")
    print("| step | tool | units | seconds | units/s |")
    print("|---|---|---:|---:|---:|")
    for step, tool, units, seconds in rows:
        print(f"| {step} | {tool} | {units:,} | {seconds:.3f} | {units / seconds:,.0f} |")
    extract_ratio = (yz_units / yz_extract) / (ttk_units / ttk_extract)
    build_ratio = (yz_units / yz_build) / (ttk_units / ttk_build)
    print(f"\nextract: yzi18n {extract_ratio:.1f}× html2po (goal ≥ 3×); "
          f"build: yzi18n {build_ratio:.1f}× po2html (goal ≥ 2×)")
    print(f"translated units in the built pages: yzi18n {yz_out.count('⟦')}, po2html {ttk_out.count('⟦')}")


# ── the segmenter comparison ───────────────────────────────────────────────────────────

SEGMENTER_EVAL = r'''
import csv, json, sys, time
from collections import defaultdict
from pathlib import Path
D = Path(sys.argv[1])
docs = [row["document"] for row in csv.DictReader(open(D / "lines.tsv"), delimiter="\t")]
TERM = set(".!?。！？।॥۔؟։።፧။។჻‼⁇⁈⁉﹒﹖﹗．｡")
NOSPACE = {"zho-CN", "jpn", "tha", "khm", "mya"}
LANGS = json.loads(sys.argv[2])

def paragraphs(code):
    lines = (D / f"ref.{code}.txt").read_text(encoding="utf-8").splitlines()
    groups, order = defaultdict(list), []
    for doc, line in zip(docs, lines):
        if doc not in groups:
            order.append(doc)
        groups[doc].append(line.strip())
    sep = "" if code in NOSPACE else " "
    for doc in order:
        text, gold = "", set()
        for i, line in enumerate(groups[doc]):
            if i:
                previous = groups[doc][i - 1].rstrip("\"'”’»)]」』")
                text += sep
                if previous and previous[-1] in TERM:
                    gold.add(len(text))
            text += line
        yield text, gold

def starts(text, cuts):
    out = set()
    for c in cuts:
        while c < len(text) and text[c].isspace():
            c += 1
        if 0 < c < len(text):
            out.add(c)
    return out

from icu4py.breakers import SentenceBreaker
import sentencex, pysbd
def icu(lang, text): return {a for a, _ in SentenceBreaker(text, lang + "@ss=standard").segments()}
def sx(lang, text):
    pos, out = 0, set()
    for s in sentencex.segment(lang, text):
        pos += len(s); out.add(pos)
    return out
PYSBD = set(pysbd.languages.LANGUAGE_CODES)
def sbd(lang, text): return {s.start for s in pysbd.Segmenter(language=lang, clean=False, char_span=True).segment(text)}
tools = {"icu4py (ICU 78, ss=standard)": icu, "sentencex": sx, "pysbd": sbd}
totals = defaultdict(lambda: [0, 0, 0, 0.0, 0])
rows = []
for code, lang in LANGS.items():
    paras = list(paragraphs(code))
    row = [code]
    for name, fn in tools.items():
        if name == "pysbd" and lang not in PYSBD:
            row.append("–"); continue
        tp = fp = fn_ = chars = 0; t0 = time.perf_counter()
        for text, gold in paras:
            pred = starts(text, fn(lang, text)); chars += len(text)
            tp += len(pred & gold); fp += len(pred - gold); fn_ += len(gold - pred)
        t = totals[name]; t[0] += tp; t[1] += fp; t[2] += fn_; t[3] += time.perf_counter() - t0; t[4] += chars
        p = tp / (tp + fp) if tp + fp else 0; r = tp / (tp + fn_) if tp + fn_ else 0
        row.append(f"{2 * p * r / (p + r) if p + r else 0:.3f}")
    rows.append(row)
print("| NTREX file | " + " | ".join(tools) + " |")
print("|---|" + "---:|" * len(tools))
for row in rows:
    print("| " + " | ".join(row) + " |")
for name, (tp, fp, fn_, dt, chars) in totals.items():
    p, r = tp / (tp + fp), tp / (tp + fn_)
    print(f"{name}: precision {p:.3f}, recall {r:.3f}, F1 {2 * p * r / (p + r):.3f}, {chars / dt / 1e6:.1f} M chars/s "
          "(over the languages it supports)")
'''

SEGMENTER_LANGUAGES = {
    "eng-US": "en", "deu": "de", "fra": "fr", "spa": "es", "ita": "it", "por": "pt", "nld": "nl", "pol": "pl",
    "rus": "ru", "ukr": "uk", "bul": "bg", "ell": "el", "tur": "tr", "arb": "ar", "fas": "fa", "heb": "he",
    "hin": "hi", "mar": "mr", "ben": "bn", "urd": "ur", "zho-CN": "zh", "jpn": "ja", "kor": "ko", "tha": "th",
    "vie": "vi", "ind": "id", "amh": "am", "hye": "hy", "mya": "my", "kat": "ka", "tam": "ta", "swa": "sw",
    "fin": "fi", "hun": "hu", "ces": "cs", "dan": "da", "kaz": "kk", "khm": "km", "slk": "sk", "slv": "sl",
}


def segmenters(args: argparse.Namespace) -> None:
    if not NTREX.exists():
        sys.exit(f"{NTREX} is absent")
    bin_dir = SEG_VENV / "bin"
    if not (bin_dir / "python").exists():
        subprocess.run([sys.executable, "-m", "venv", str(SEG_VENV)], check=True)
        subprocess.run([str(bin_dir / "pip"), "install", "-q", "icu4py==1.2.0", "sentencex==1.0.32", "pysbd==0.3.4"],
                       check=True)
    subprocess.run([str(bin_dir / "python"), "-c", SEGMENTER_EVAL, str(NTREX), json.dumps(SEGMENTER_LANGUAGES)],
                   check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sections", type=int, default=120, help="page size (about 20 units a section)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--segmenters", action="store_true", help="compare sentence segmenters instead")
    args = parser.parse_args()
    segmenters(args) if args.segmenters else throughput(args)


if __name__ == "__main__":
    main()
