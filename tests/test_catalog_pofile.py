"""The PO reader and writer: lossless round trips, GNU-style formatting, charsets, syntax errors."""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path

import polib
import pytest

from yzi18n.catalog.pofile import (PoEntry, PoFile, format_entry, format_po, format_text, parse_po,
                                   read_po, to_catalog, would_change, write_po)
from yzi18n.errors import CatalogError

from conftest import require_tool

SHARED = Path(__file__).resolve().parents[2] / "shared"
REAL_PO = SHARED / "data" / "real-po"
REAL_FILES = sorted(REAL_PO.rglob("*.po")) if REAL_PO.is_dir() else []
needs_real = pytest.mark.skipif(not REAL_FILES, reason="../shared/data/real-po is absent")


def ids(paths):
    return [str(p.relative_to(REAL_PO)) for p in paths]


def fresh(po: PoFile) -> PoFile:
    """The same catalog with every entry's original text forgotten (so all are formatted)."""
    return dataclasses.replace(po, entries=tuple(dataclasses.replace(e, raw=None) for e in po.entries))


SAMPLE = b'''# Translator comment
#
msgid ""
msgstr ""
"Project-Id-Version: demo\\n"
"Language: pt_BR\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"

#. extracted
#: a.html:1 b.html:2
#, fuzzy, python-format
#| msgid "Old %s"
msgid "New %s"
msgstr "Novo %s"

msgctxt "menu"
msgid "File"
msgstr "Arquivo"

msgid "One file"
msgid_plural "%d files"
msgstr[0] "Um arquivo"
msgstr[1] "%d arquivos"

#~ msgid "Gone"
#~ msgstr "Foi"
'''


# ── lossless ────────────────────────────────────────────────────────────────────────────

@needs_real
@pytest.mark.parametrize("path", REAL_FILES, ids=ids(REAL_FILES))
def test_real_catalog_round_trips_byte_for_byte(path):
    data = path.read_bytes()
    assert format_po(parse_po(data, str(path))) == data


@needs_real
@pytest.mark.parametrize("path", REAL_FILES[::7], ids=ids(REAL_FILES[::7]))
def test_real_catalog_reads_as_polib_does(path):
    """polib is the reference reader: same messages, translations, flags, previous msgids."""
    ours = parse_po(path.read_bytes(), str(path))
    mine = sorted(repr((e.msgctxt, e.msgid, e.translations, e.obsolete, sorted(e.flags), e.previous_msgid))
                  for e in ours.entries if not e.is_header)
    theirs = sorted(repr((e.msgctxt, e.msgid,
                          tuple(v for _, v in sorted(e.msgstr_plural.items())) if e.msgid_plural else (e.msgstr,),
                          bool(e.obsolete), sorted(e.flags), e.previous_msgid))
                    for e in polib.pofile(str(path)))
    assert mine == theirs


@needs_real
@pytest.mark.parametrize("path", REAL_FILES[::3], ids=ids(REAL_FILES[::3]))
def test_formatting_from_scratch_matches_msgcat(path):
    """Every entry written anew (no original text) gives exactly what msgcat writes."""
    MSGCAT = require_tool("msgcat")
    gnu = subprocess.run([MSGCAT, str(path)], capture_output=True, check=True).stdout
    po = parse_po(gnu, str(path))
    assert format_po(po) == gnu
    assert format_text(fresh(po)).encode("utf-8") == gnu


@needs_real
def test_files_written_by_msgmerge_round_trip(tmp_path):
    """msgmerge against a template that lost and changed entries: fuzzy, #|, obsolete entries."""
    MSGMERGE = require_tool("msgmerge")
    source = next(p for p in REAL_FILES if "django-allauth" in str(p) and "/fr/" in str(p))
    po = parse_po(source.read_bytes(), str(source))
    template = []
    for i, entry in enumerate(po.messages()):
        if i % 5 == 0:
            continue  # gone: becomes obsolete
        msgid = entry.msgid + (" now" if i % 7 == 0 else "")
        template.append(PoEntry(msgid=msgid, msgctxt=entry.msgctxt, msgid_plural=entry.msgid_plural,
                                msgstr_plural=("", "") if entry.msgid_plural else (), references=entry.references))
    pot = tmp_path / "t.pot"
    pot.write_bytes(format_po(PoFile((PoEntry(msgid="", msgstr="Content-Type: text/plain; charset=UTF-8\n"),)
                                     + tuple(template))))
    out = tmp_path / "merged.po"
    subprocess.run([MSGMERGE, "--previous", "-q", "-o", str(out), str(source), str(pot)], check=True)
    data = out.read_bytes()
    merged = parse_po(data, str(out))
    assert any(e.previous_msgid for e in merged.entries) and any(e.obsolete for e in merged.entries)
    assert format_po(merged) == data
    assert format_text(fresh(merged)).encode() == data


def test_sample_round_trips_and_reads_every_part():
    po = parse_po(SAMPLE, "s.po")
    assert format_po(po) == SAMPLE
    header, fuzzy, ctxt, plural, gone = po.entries
    assert header.is_header and header.translator_comments == ("Translator comment", "")
    assert po.header_value("language") == "pt_BR"
    assert fuzzy.flags == ("fuzzy", "python-format") and fuzzy.previous_msgid == "Old %s"
    assert fuzzy.extracted_comments == ("extracted",) and fuzzy.references == ("a.html:1", "b.html:2")
    assert (fuzzy.line, fuzzy.msgstr_line) == (14, 15)
    assert ctxt.key == ("menu", "File") and ctxt.msgstr == "Arquivo"
    assert plural.msgstr_plural == ("Um arquivo", "%d arquivos")
    assert gone.obsolete and gone.msgstr == "Foi"


def test_changed_entry_is_rewritten_and_the_rest_kept():
    odd = SAMPLE.replace(b'msgid "File"', b'msgid  "File"')  # not how gettext writes it
    po = parse_po(odd, "s.po")
    changed = dataclasses.replace(po.entries[3], msgstr_plural=("Um ficheiro", "%d ficheiros"))
    out = format_po(dataclasses.replace(po, entries=po.entries[:3] + (changed,) + po.entries[4:]))
    assert b'msgid  "File"' in out  # untouched entry keeps its odd spacing
    assert b'msgstr[0] "Um ficheiro"\nmsgstr[1] "%d ficheiros"\n' in out
    assert out.replace(b"ficheiro", b"arquivo") == odd


def test_crlf_bom_and_trailing_comments_survive():
    data = b"\xef\xbb\xbf" + SAMPLE.replace(b"\n", b"\r\n") + b"\r\n# the end\r\n"
    po = parse_po(data, "s.po")
    assert po.bom and po.newline == "\r\n"
    assert format_po(po) == data
    changed = dataclasses.replace(po.entries[2], msgstr="Ficheiro")
    out = format_po(dataclasses.replace(po, entries=po.entries[:2] + (changed,) + po.entries[3:]))
    assert b'msgstr "Ficheiro"\r\n' in out and b"\n\n" not in out.replace(b"\r\n", b"")


def test_gnu_wrapping_rules():
    long = "word " * 20
    assert format_entry(PoEntry(msgid=long.strip(), msgstr="")) == (
        'msgid ""\n"' + "word " * 15 + '"\n"' + "word " * 4 + 'word"\nmsgstr ""\n')
    assert format_entry(PoEntry(msgid="a\nb")) == 'msgid ""\n"a\\n"\n"b"\nmsgstr ""\n'
    assert format_entry(PoEntry(msgid="a\n")) == 'msgid "a\\n"\nmsgstr ""\n'
    assert format_entry(PoEntry(msgid=long, flags=("no-wrap",))) == f'#, no-wrap\nmsgid "{long}"\nmsgstr ""\n'
    assert format_entry(PoEntry(msgid='tab\t"q" back\\')) == 'msgid "tab\\t\\"q\\" back\\\\"\nmsgstr ""\n'
    refs = tuple(f"source/some/long/path/page{i}.html:{i}" for i in range(5))
    lines = format_entry(PoEntry(msgid="x", references=refs)).splitlines()
    assert all(len(line) <= 79 for line in lines) and lines[0].startswith("#: ")


def test_random_strings_wrap_as_msgcat_does(tmp_path):
    """Random text mixing scripts, punctuation and escapes, written by us and by msgcat."""
    MSGCAT = require_tool("msgcat")
    import random

    rng = random.Random(7)
    pieces = ["word", "a", "longerword", "x" * 30, "-", "/", "(", ")", ",", ".", ":", "!", "?", "%s",
              "{0}", "<a_1>", "</a_1>", "中文字符", "日本語テキスト", "。", "、", "「", "」", "«", "»",
              "‘", "’", "—", "–", "…", "\"", "\\", "\t", "\n", "15", "3,5", "€", "%", "ñandú", "Ελληνικά",
              "русский", "العربية", "한국어", "e.g.", "http://example.org/a/b", " ", " ", " ", "  "]
    entries = [PoEntry(msgid="", msgstr="Content-Type: text/plain; charset=UTF-8\n")]
    for i in range(300):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", " "]) for _ in range(rng.randint(1, 40)))
        entries.append(PoEntry(msgid=text, msgctxt=str(i), msgstr=text[::-1],
                               flags=("no-wrap",) if i % 9 == 0 else ()))
    ours = format_po(PoFile(tuple(entries)))
    path = tmp_path / "r.po"
    path.write_bytes(ours)
    gnu = subprocess.run([MSGCAT, str(path)], capture_output=True, check=True).stdout
    assert ours.decode() == gnu.decode()


# ── charsets ─────────────────────────────────────────────────────────────────────────────

LATIN1 = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=ISO-8859-1\\n"\n\n'
          'msgid "Coffee"\nmsgstr "Café"\n').encode("latin-1")


def test_header_charset_is_honoured_and_kept():
    po = parse_po(LATIN1, "l.po")
    assert po.entries[1].msgstr == "Café" and po.encoding == "iso8859-1"
    assert format_po(po) == LATIN1
    changed = dataclasses.replace(po.entries[1], msgstr="Crème")
    assert format_po(dataclasses.replace(po, entries=(po.entries[0], changed))).endswith('"Crème"\n'.encode("latin-1"))


def test_undecodable_bytes_name_path_and_line():
    data = SAMPLE.replace(b'"Arquivo"', b'"Arq\xffuivo"')
    with pytest.raises(CatalogError) as error:
        parse_po(data, "locale/pt/x.po")
    assert str(error.value).startswith("locale/pt/x.po:19: ")


def test_text_the_charset_cannot_hold_is_an_error():
    po = parse_po(LATIN1, "l.po")
    changed = dataclasses.replace(po.entries[1], msgstr="咖啡")
    with pytest.raises(CatalogError, match="charset"):
        format_po(dataclasses.replace(po, entries=(po.entries[0], changed)))


def test_unknown_charset_is_an_error():
    with pytest.raises(CatalogError, match="unknown charset"):
        parse_po(LATIN1.replace(b"ISO-8859-1", b"NO-SUCH-SET"), "l.po")


# ── syntax errors ───────────────────────────────────────────────────────────────────────

@pytest.mark.parametrize("text, line, message", [
    ('msgid "a\nmsgstr ""\n', 1, "unterminated string"),
    ('msgid "a"\nmsgstr "b\\"\n', 2, "unterminated string"),
    ('msgstr "b"\n', 1, "'msgstr' without 'msgid'"),
    ('msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n', 4, "duplicate message definition"),
    ('msgid "a"\nmsgid_plural "as"\nmsgstr[0] "x"\nmsgstr[2] "y"\n', 4, "bad plural index"),
    ('msgid "a"\nmsgid_plural "as"\nmsgstr[x] "x"\n', 3, "bad plural index"),
    ('msgid "a"\nmsgstr[0] "x"\n', 2, "without 'msgid_plural'"),
    ('msgid "a"\nmsgtext "x"\n', 2, "unknown keyword"),
    ('msgid "a"\n', 1, "missing 'msgstr'"),
    ('msgid "a"\nmsgstr "\\q"\n', 2, "invalid escape"),
    ('msgid "a"\n# comment\nmsgstr "b"\n', 2, "comment inside an entry"),
    ('"orphan"\n', 1, "string continuation without a keyword"),
    ('msgid "a"\nmsgstr "b" junk\n', 2, "unexpected text"),
])
def test_syntax_errors_give_path_and_line(text, line, message):
    with pytest.raises(CatalogError) as error:
        parse_po(text.encode(), "bad.po")
    assert str(error.value).startswith(f"bad.po:{line}: ")
    assert message in str(error.value)


def test_nothing_is_written_when_the_catalog_does_not_parse(tmp_path):
    path = tmp_path / "bad.po"
    path.write_bytes(b'msgid "a"\nmsgstr "b\n')
    with pytest.raises(CatalogError, match=r"bad\.po:2: unterminated string"):
        read_po(path, "bad.po")
    assert path.read_bytes() == b'msgid "a"\nmsgstr "b\n'
    assert [p.name for p in tmp_path.iterdir()] == ["bad.po"]


# ── writing ─────────────────────────────────────────────────────────────────────────────

def test_write_po_skips_unchanged_and_date_only_changes(tmp_path):
    path = tmp_path / "x.po"
    po = parse_po(SAMPLE.replace(b'"Language: pt_BR\\n"\n', b'"Language: pt_BR\\n"\n"PO-Revision-Date: 2024-01-01 10:00+0000\\n"\n'), "x")
    assert write_po(po, path) is True
    assert write_po(po, path) is False
    redated = po.with_header({"PO-Revision-Date": "2025-02-02 11:11+0000"})
    assert would_change(redated, path) is False and write_po(redated, path) is False
    assert b"2024-01-01" in path.read_bytes()
    retranslated = dataclasses.replace(redated, entries=redated.entries[:2] + (
        dataclasses.replace(redated.entries[2], msgstr="Ficheiro"),) + redated.entries[3:])
    assert would_change(retranslated, path) is True and write_po(retranslated, path) is True
    assert b"Ficheiro" in path.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.po"]  # no temporary file left


def test_written_catalog_passes_msgfmt_check(tmp_path):
    MSGFMT = require_tool("msgfmt")
    path = tmp_path / "x.po"
    write_po(fresh(parse_po(SAMPLE, "x")), path)
    done = subprocess.run([MSGFMT, "-c", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


# ── the checks' view ────────────────────────────────────────────────────────────────────

def test_to_catalog_language_lines_and_plurals():
    po = parse_po(SAMPLE, "s.po")
    catalog = to_catalog(po, "s.po")
    assert catalog.language == "pt-BR"
    assert to_catalog(po, "s.po", language="fr").language == "fr"
    entry = catalog.entries[1]
    assert (entry.line, entry.msgstr_line) == (14, 15) and entry.fuzzy
    assert [str(loc) for loc in entry.locations] == ["a.html:1", "b.html:2"]
    plural = catalog.entries[3]
    assert plural.translations == ("Um arquivo", "%d arquivos") and plural.msgstr_line == 23
    assert catalog.entries[4].obsolete
    assert catalog.header("content-type") == "text/plain; charset=UTF-8"


# ── properties ──────────────────────────────────────────────────────────────────────────

from hypothesis import given, settings, strategies as st  # noqa: E402
from po_strategies import po_entries  # noqa: E402

@settings(max_examples=150, deadline=None)
@given(st.lists(po_entries(120), max_size=6))
def test_written_entries_read_back_the_same(items):
    unique = list({(e.msgctxt, e.msgid): e for e in items if not e.obsolete}.values()) + \
        [e for e in items if e.obsolete]
    po = PoFile((PoEntry(msgid="", msgstr="Content-Type: text/plain; charset=UTF-8\n"),) + tuple(unique))
    data = format_po(po)
    back = parse_po(data, "p.po")
    assert [e.fields() for e in back.entries] == [e.fields() for e in po.entries]
    assert format_po(back) == data
