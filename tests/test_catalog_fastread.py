"""The read-only fast reader gives the full parser's catalog, entry by entry, or steps aside."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from yzi18n.catalog.fastread import fast_catalog, read_catalog
from yzi18n.catalog.pofile import PoEntry, PoFile, format_po, parse_po, to_catalog
from yzi18n.errors import CatalogError

from po_strategies import po_entries

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
REAL_PO = SHARED / "data" / "real-po"
REAL_FILES = sorted(REAL_PO.rglob("*.po")) if REAL_PO.is_dir() else []
OWN_FILES = sorted(p for folder in ("locale", "examples", "tests") for p in (ROOT / folder).rglob("*.po")
                   if "hostile" not in p.parts)


def full(data: bytes, path: str = "x.po", language: str | None = None):
    return to_catalog(parse_po(data, path), path, language=language)


def assert_same(fast, slow) -> None:
    assert fast is not None
    assert (fast.path, fast.language, fast.headers) == (slow.path, slow.language, slow.headers)
    assert len(fast.entries) == len(slow.entries)
    for mine, theirs in zip(fast.entries, slow.entries):
        assert mine == theirs  # every field, line numbers included
    assert fast == slow


SAMPLE = '''# Translator comment
#
msgid ""
msgstr ""
"Project-Id-Version: demo\\n"
"Language: pt_BR\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

#. extracted
#. its: storage-size=24
#: a.html:1 b.html:2 noline
#, fuzzy, python-format
#| msgctxt "old"
#| msgid "Old %s "
#| "and more"
msgid "New %s"
msgstr "Novo %s"

# yzi18n: ignore numbers.missing — written out
msgctxt "menu"
msgid ""
"File "
"\\"quoted\\"\\n"
msgstr "Arquivo\\t\\101"

msgid "One file"
msgid_plural "%d files"
msgstr[0] "Um arquivo"
msgstr[1] ""
"%d arquivos"

# trailing comment
'''


def test_fast_reader_reads_the_common_shape_as_the_full_parser_does():
    data = SAMPLE.encode()
    catalog = fast_catalog(data, "s.po")
    assert_same(catalog, full(data, "s.po"))
    entry = catalog.entries[1]
    assert entry.previous_msgid == "Old %s and more" and entry.fuzzy and (entry.line, entry.msgstr_line) == (16, 17)
    assert catalog.entries[2].translator_comments == ("yzi18n: ignore numbers.missing — written out",)
    assert catalog.entries[2].msgid == 'File "quoted"\n' and catalog.entries[2].msgstr == "Arquivo\tA"
    assert catalog.entries[3].msgstr_plural == ((0, "Um arquivo"), (1, "%d arquivos"))
    assert catalog.language == "pt-BR"
    assert_same(fast_catalog(data, "s.po", "fr"), full(data, "s.po", "fr"))


def test_a_repeated_msgid_is_a_duplicate_only_in_the_same_context():
    # distinct msgids rule a duplicate out at once; a repeated one is told apart by its context
    data = b'msgctxt "1"\nmsgid "a"\nmsgstr "x"\n\nmsgctxt "2"\nmsgid "a"\nmsgstr "y"\n'
    catalog = fast_catalog(data, "c.po")
    assert [(e.msgctxt, e.msgstr) for e in catalog.entries] == [("1", "x"), ("2", "y")]
    assert_same(catalog, full(data, "c.po"))
    assert fast_catalog(data.replace(b'"2"', b'"1"'), "c.po") is None  # the full parser names both lines


def test_an_octal_escape_does_not_run_into_the_next_line():
    data = b'msgid "a"\nmsgstr "\\1"\n"23"\n'
    assert fast_catalog(data, "o.po").entries[0].msgstr == "\x0123"
    assert_same(fast_catalog(data, "o.po"), full(data, "o.po"))


@pytest.mark.parametrize("text", [
    '#~ msgid "gone"\n#~ msgstr "weg"\n',  # obsolete entries
    'msgid "a"\r\nmsgstr "b"\r\n',  # CR LF line ends
    'msgid "a" "b"\nmsgstr "c"\n',  # two strings on one line
    'msgid "a"\nmsgstr "b"   \n',  # spaces after the string
    '  msgid "a"\nmsgstr "b"\n',  # an indented keyword
    'msgid "a"\n\nmsgstr "b"\n',  # a blank line inside an entry
    'msgctxt "a" "b"\nmsgid "c"\nmsgstr "d"\n',  # two strings on the context's line
    'msgid "a"\n"b" "c"\nmsgstr "d"\n',  # two strings on a continuation line
    'msgid "a"\nmsgstr "b"\n"c" "d"\n',  # ... of a translation
    'msgid "a"\nmsgid_plural "b" "c"\nmsgstr[0] "d"\n',  # ... of a plural
    'msgid "a"\nmsgid_plural "b"\nmsgstr[0] "d" "e"\n',  # ... of a plural form
    'msgid "a"\nmsgid_plural "b"\nmsgstr[0] "d"\n"e" "f"\n',  # ... of a form's continuation
])
def test_unusual_but_valid_files_are_left_to_the_full_parser(text):
    data = f'msgid "x"\nmsgstr "y"\n\n{text}'.encode()
    assert fast_catalog(data, "u.po") is None
    assert read_catalog_bytes(data) == full(data, "u.po")


@pytest.mark.parametrize("text, line, message", [
    ('msgid "a\nmsgstr ""\n', 1, "unterminated string"),
    ('msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n', 4, "duplicate message definition"),
    ('msgid "a"\nmsgid_plural "as"\nmsgstr[0] "x"\nmsgstr[2] "y"\n', 4, "bad plural index"),
    ('msgid "a"\nmsgstr[0] "x"\n', 2, "without 'msgid_plural'"),
    ('msgid "a"\n', 1, "missing 'msgstr'"),
    ('msgid "a"\nmsgstr "\\q"\n', 2, "invalid escape"),
    ('msgid "a\\"\nmsgstr "b"\n', 1, "unterminated string"),  # the closing quote escaped
    ('msgid "a"b"\nmsgstr "c"\n', 1, "unexpected text"),  # a bare quote inside
    ('msgid "a"\nmsgstr "b\\"\n', 2, "unterminated string"),
    ('msgid "a"\n"b\\"\nmsgstr "c"\n', 2, "unterminated string"),
    ('msgid "a"\n# comment\nmsgstr "b"\n', 2, "comment inside an entry"),
    ('msgid "a"\nmsgstr "b"\n"orphan" x\n', 3, "unexpected text"),
    ('msgid "a"\nmsgstr "b"\n#| bogus "x"\nmsgid "c"\nmsgstr "d"\n', 3, "unknown keyword"),
])
def test_malformed_files_raise_the_full_parsers_error(tmp_path, text, line, message):
    path = tmp_path / "bad.po"
    path.write_text(text, encoding="utf-8")
    assert fast_catalog(text.encode(), "bad.po") is None
    with pytest.raises(CatalogError) as error:
        read_catalog(path, "bad.po")
    assert str(error.value).startswith(f"bad.po:{line}: ") and message in str(error.value)


@pytest.mark.parametrize("inner", [
    'say \\"hi\\"', '\\"', 'a\\\\b', 'a\\\\\\"b', 'tab\\tand \\"q\\"', '\\101\\"', 'x\\n',
])
@pytest.mark.parametrize("where", ["msgctxt", "msgid", "msgstr"])
def test_escaped_quotes_and_other_escapes_in_one_line_strings_read_alike(inner, where):
    # the plain shape's shortcut (every backslash escaping a quote) and the strict path agree
    strings = {"msgctxt": "c", "msgid": "a", "msgstr": "b", where: inner}
    data = ('msgctxt "{msgctxt}"\nmsgid "{msgid}"\nmsgstr "{msgstr}"\n'.format(**strings)).encode()
    assert_same(fast_catalog(data, "q.po"), full(data, "q.po"))


@pytest.mark.parametrize("inner", ['a\\\\"b', 'a\\"b"c', '"a\\"', 'a\\'])
@pytest.mark.parametrize("where", ["msgctxt", "msgid", "msgstr"])
def test_a_bare_quote_beside_escaped_ones_is_left_to_the_full_parser(tmp_path, inner, where):
    strings = {"msgctxt": "c", "msgid": "a", "msgstr": "b", where: inner}
    text = 'msgctxt "{msgctxt}"\nmsgid "{msgid}"\nmsgstr "{msgstr}"\n'.format(**strings)
    assert fast_catalog(text.encode(), "q.po") is None
    path = tmp_path / "q.po"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogError):
        read_catalog(path, "q.po")


def test_a_missing_file_is_a_catalog_error(tmp_path):
    with pytest.raises(CatalogError, match="gone.po"):
        read_catalog(tmp_path / "gone.po", "gone.po")


def read_catalog_bytes(data: bytes, name: str = "u.po"):
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        return read_catalog(path, name)


@pytest.mark.skipif(not REAL_FILES, reason="../shared/data/real-po is absent")
def test_every_real_catalog_reads_the_same_both_ways():
    read_fast = 0
    for path in REAL_FILES:
        data = path.read_bytes()
        slow = full(data, str(path))
        fast = fast_catalog(data, str(path))
        if fast is not None:
            read_fast += 1
            assert_same(fast, slow)
        assert read_catalog(path, str(path)) == slow
    assert read_fast >= len(REAL_FILES) // 2  # the fast path is the common one, not the exception


@pytest.mark.parametrize("path", OWN_FILES, ids=[str(p.relative_to(ROOT)) for p in OWN_FILES])
def test_the_repositorys_catalogs_read_the_same_both_ways(path):
    data = path.read_bytes()
    slow = full(data, "c.po")
    fast = fast_catalog(data, "c.po")
    if fast is not None:
        assert_same(fast, slow)
    assert read_catalog(path, "c.po") == slow


# ── properties: whatever the writer writes, both readers read alike ──────────────────────

@settings(max_examples=200, deadline=None)
@given(st.lists(po_entries(90), max_size=6), st.booleans())
def test_written_catalogs_read_the_same_both_ways(items, header):
    unique = list({(e.msgctxt, e.msgid): e for e in items if not e.obsolete}.values())
    obsolete = [e for e in items if e.obsolete]
    head = (PoEntry(msgid="", msgstr="Language: de\nContent-Type: text/plain; charset=UTF-8\n"),) if header else ()
    for chosen in (unique, unique + obsolete):
        data = format_po(PoFile(head + tuple(chosen)))
        slow = full(data)
        fast = fast_catalog(data, "x.po")
        if chosen is unique:
            assert fast is not None  # what gettext writes, without obsolete entries, is the fast path's
        if fast is not None:
            assert_same(fast, slow)


@pytest.mark.parametrize("text", [
    'msgid "a"\nmsgstr "b"',  # no newline at the end
    'msgid "a"\nmsgid_plural "as"\nmsgstr[0] "x"\n',  # one plural form (nplurals=1)
    '\n\n# lone comment\n\nmsgid "a"\nmsgstr "b"\n\n\n',  # blank lines around, a comment then a gap
    '#, fuzzy\nmsgid ""\nmsgstr "Language: fr\\n"\n\nmsgid "a"\nmsgstr ""\n',  # fuzzy header, empty msgstr
    '',  # an empty file
    '# only a comment\n',
    'msgid\t"a"\nmsgstr"b"\n',  # a tab, and no space, after the keyword
])
def test_edge_shapes_read_as_the_full_parser_reads_them(text):
    data = text.encode()
    fast = fast_catalog(data, "e.po")
    assert fast is not None
    assert_same(fast, full(data, "e.po"))


def test_a_byte_order_mark_and_a_latin1_charset_read_alike():
    latin1 = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=ISO-8859-1\\n"\n\nmsgid "Cafe"\nmsgstr "Café"\n'
    for data in (latin1.encode("latin-1"), b"\xef\xbb\xbf" + latin1.replace("ISO-8859-1", "UTF-8").encode()):
        fast = fast_catalog(data, "l.po")
        assert_same(fast, full(data, "l.po"))
        assert fast.entries[1].msgstr == "Café"
