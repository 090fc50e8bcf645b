"""NTREX-128 development half (../shared/data/ntrex-dev) as parallel sentence lists and PO catalogs.

Shared by the benchmark scripts of the numbers, names and language-identification checks.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

NTREX_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ntrex-dev"

# ISO 639-3 (+ script/region) of NTREX file names → BCP 47 where CLDR knows it by another code
_SPECIAL = {
    "zho-CN": "zh-Hans", "zho-TW": "zh-Hant", "yue": "yue", "arb": "ar", "fas": "fa", "prs": "fa-AF",
    "por-BR": "pt-BR", "spa-MX": "es-MX", "fra-CA": "fr-CA", "eng-GB": "en-GB", "eng-IN": "en-IN",
    "eng-US": "en-US", "srp-Cyrl": "sr-Cyrl", "srp-Latn": "sr-Latn", "aze-Latn": "az-Latn",
    "ckb-Arab": "ckb", "snd-Arab": "sd-Arab", "tgk-Cyrl": "tg", "sna-Latn": "sn", "msa": "ms",
    "nob": "nb", "nno": "nn", "kmr": "ku", "fil": "fil", "fuc": "ff", "shi": "shi", "mey": "mey",
    "div": "dv", "hmn": "hmn", "ewe": "ee", "fij": "fj", "smo": "sm", "ton": "to", "tah": "ty",
    "bem": "bem", "nso": "nso", "ven": "ve", "ssw": "ss", "nde": "nd", "tsn": "tn", "kin": "rw",
}


@dataclass(frozen=True)
class NtrexLanguage:
    code: str  # as in the file name: "deu", "zho-CN"
    name: str
    bcp47: str
    lines: tuple[str, ...]


def available(root: Path = NTREX_DIR) -> bool:
    return (root / "src.eng.txt").is_file()


def bcp47_for(code: str) -> str:
    """The BCP 47 tag of an NTREX file code, via Babel's ISO 639-3 aliases."""
    if code in _SPECIAL:
        return _SPECIAL[code]
    from babel import Locale, UnknownLocaleError

    base = code.split("-")[0]
    try:
        return Locale.parse(base).language  # the language alone: "por" is pt, not the likely pt-BR
    except (UnknownLocaleError, ValueError):
        return base


def source_lines(root: Path = NTREX_DIR) -> tuple[str, ...]:
    return tuple((root / "src.eng.txt").read_text(encoding="utf-8").splitlines())


def languages(root: Path = NTREX_DIR) -> Iterator[NtrexLanguage]:
    """Every translation file except the English variants, in file-name order."""
    names = {}
    for row in (root / "LANGUAGES.tsv").read_text(encoding="utf-8").splitlines():
        code, _, name = row.partition("\t")
        names[code.strip()] = name.strip()
    for path in sorted(root.glob("ref*.txt")):
        code = path.stem.split(".", 1)[1]
        if code.startswith("eng"):
            continue
        if path.name.startswith("ref-2."):
            continue
        lines = tuple(path.read_text(encoding="utf-8", errors="replace").splitlines())
        yield NtrexLanguage(code, names.get(code, code), bcp47_for(code), lines)


def write_catalog(path: Path, language: str, sources: tuple[str, ...], targets: tuple[str, ...]) -> None:
    """A PO catalog, one entry per line (``msgctxt`` = line number so repeated sentences stay apart)."""
    import polib

    po = polib.POFile(wrapwidth=0)
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": language.replace("-", "_")}
    for number, (source, target) in enumerate(zip(sources, targets), 1):
        if source.strip():
            po.append(polib.POEntry(msgctxt=str(number), msgid=source, msgstr=target))
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))
