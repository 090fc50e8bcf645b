"""entry.*: untranslated, fuzzy, whitespace, placeholders, URLs, e-mail, ITS storage size and allowed characters."""

from __future__ import annotations

import pytest

from yzi18n.checks.entry import placeholders, storage_bytes
from yzi18n.checks.registry import load_checks, select
from yzi18n.checks.runner import run_checks
from yzi18n.config import config_from_table
from yzi18n.errors import ConfigError
from yzi18n.model import Catalog, Entry, Severity


def run(code, entries, language="de", **options):
    specs = select(load_checks().values(), [code])
    return run_checks([Catalog("de.po", language, tuple(entries))], specs, options=options)


def entry(msgid, msgstr, *, line=1, **more):
    return Entry(msgid=msgid, msgstr=msgstr, line=line, **more)


# ── untranslated, fuzzy ──────────────────────────────────────────────────────────────────

def test_untranslated_entries_are_reported_by_the_catalog_check():
    found = run("entry.untranslated", [entry("Hello", "", line=1), entry("World", "Welt", line=5),
                                       entry("Old", "", line=9, obsolete=True), entry("", "header", line=0)])
    assert [(f.line, f.severity) for f in found] == [(1, Severity.INFO)]


def test_an_empty_plural_form_is_a_warning():
    plural = Entry(msgid="%d file", msgid_plural="%d files", msgstr_plural=((0, "%d Datei"), (1, "")), line=4)
    found = run("entry.untranslated", [plural])
    assert [(f.severity, f.message) for f in found] == [(Severity.WARNING, "plural form 1 is empty")]


def test_fuzzy_entries_are_warnings_naming_the_previous_source():
    found = run("entry.fuzzy", [entry("Hello world", "Hallo", flags=("fuzzy",), previous_msgid="Hello"),
                                entry("Bye", "Tschüss")])
    assert [f.severity for f in found] == [Severity.WARNING]
    assert "'Hello'" in found[0].hint


def test_fuzzy_entries_are_not_seen_by_entry_checks():
    assert run("entry.whitespace", [entry(" Hello", "Hallo", flags=("fuzzy",))]) == []


# ── whitespace ───────────────────────────────────────────────────────────────────────────

def test_leading_and_trailing_whitespace():
    found = run("entry.whitespace", [entry("Name: ", "Name:"), entry(" and more", " und mehr", line=3),
                                     entry("x", " y", line=5)])
    assert [(f.message.split(":")[0], f.severity) for f in found] == [
        ("trailing whitespace", Severity.WARNING), ("leading whitespace", Severity.WARNING)]


def test_a_line_break_at_either_end_is_an_error():
    found = run("entry.whitespace", [entry("Line\n", "Zeile"), entry("Line", "Zeile\n", line=5)])
    assert [(f.line, f.severity) for f in found] == [(1, Severity.ERROR), (5, Severity.ERROR)]
    assert "a line break" in found[0].message


# ── placeholders ─────────────────────────────────────────────────────────────────────────

def test_python_format_named_placeholders():
    found = run("entry.placeholders", [
        entry("%(count)d files in %(folder)s", "%(folder)s enthält %(count)d Dateien", flags=("python-format",)),
        entry("%(count)d files in %(folder)s", "%(count)d Dateien in %(ordner)s", flags=("python-format",), line=5),
    ])
    assert sorted(f.message for f in found) == [
        "the placeholder %(folder)s of the source is missing",
        "the translation has the placeholder %(ordner)s, which the source does not"]
    assert all(f.line == 5 for f in found)


def test_c_format_may_reorder_with_positions_but_not_change_types():
    flags = ("c-format",)
    assert run("entry.placeholders", [entry("%s has %d items", "%2$d Einträge hat %1$s", flags=flags)]) == []
    found = run("entry.placeholders", [entry("%s has %d items", "%s hat %s Einträge", flags=flags)])
    assert "%d" in " ".join(f.message for f in found)
    assert run("entry.placeholders", [entry("100%% sure, %i", "100%% sicher, %d", flags=flags)]) == []


def test_brace_format_and_escapes():
    flags = ("python-brace-format",)
    assert run("entry.placeholders", [entry("{name} has {0} {{x}}", "{0} für {name}", flags=flags)]) == []
    found = run("entry.placeholders", [entry("Hello {name}", "Hallo {Name}", flags=flags)])
    assert len(found) == 2


def test_no_format_flag_means_no_placeholder_check():
    assert run("entry.placeholders", [entry("%s of {x}", "von")]) == []
    assert run("entry.placeholders", [entry("%s of", "von", flags=("c-format", "no-c-format"))]) == []


def test_configured_patterns_apply_to_every_entry():
    found = run("entry.placeholders", [entry("Hello [[user]]!", "Hallo [[benutzer]]!")],
                placeholders=(r"\[\[\w+\]\]",))
    assert {f.severity for f in found} == {Severity.ERROR} and len(found) == 2


def test_a_plural_form_may_drop_the_count():
    plural = Entry(msgid="One file", msgid_plural="%d files", msgstr_plural=((0, "Eine Datei"), (1, "%d Dateien")),
                   flags=("c-format",), line=2)
    assert run("entry.placeholders", [plural]) == []
    dropped = Entry(msgid="%d file", msgid_plural="%d files", msgstr_plural=((0, "%d Datei"), (1, "Dateien")),
                    flags=("c-format",), line=2)
    assert [f.severity for f in run("entry.placeholders", [dropped])] == [Severity.WARNING]


def test_placeholders_function_keys():
    assert [p.key for p in placeholders("%s and %(n)d", ("python-format",))] == ["#1:s", "n:d"]
    assert [p.key for p in placeholders("%s %2$i %%", ("c-format",))] == ["#1:s", "#2:d"]
    assert [p.key for p in placeholders("{} {} {1} {x!r:>4}", ("python-brace-format",))] == ["#1", "#2", "#2", "x"]


def test_a_bad_placeholder_pattern_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="regular expressions"):
        config_from_table({"placeholders": ["[unclosed"]}, tmp_path / "pyproject.toml")


# ── URLs and e-mail ──────────────────────────────────────────────────────────────────────

def test_urls_missing_changed_and_added():
    found = run("entry.urls", [
        entry("See https://example.org/docs.", "Siehe https://example.org/docs."),
        entry("See https://example.org/docs.", "Siehe die Dokumentation.", line=3),
        entry("See https://example.org/en/docs", "Siehe https://example.org/de/docs", line=5),
        entry("Read it", "Lies https://evil.example.com", line=7),
    ])
    assert [(f.line, f.severity) for f in found] == [(3, Severity.WARNING), (5, Severity.INFO), (7, Severity.WARNING)]


def test_email_addresses_compared_case_insensitively():
    found = run("entry.emails", [entry("Mail Info@Example.org", "Schreiben Sie an info@example.org"),
                                 entry("Mail info@example.org", "Schreiben Sie an info@example.com", line=4)])
    assert [f.line for f in found] == [4, 4]


# ── ITS storage size and allowed characters ──────────────────────────────────────────────

def its(*values):
    return tuple(f"its: {v}" for v in values)


def test_storage_size_in_utf8_bytes():
    found = run("entry.storage-size", [
        entry("Save", "Speichern", extracted_comments=its("storage-size=9")),
        entry("Save", "Größe", extracted_comments=its("storage-size=6"), line=3),  # 7 bytes in UTF-8
    ])
    assert [(f.line, dict(f.data)["bytes"]) for f in found] == [(3, "7")]


def test_storage_size_other_encoding_and_unencodable_character():
    found = run("entry.storage-size", [
        entry("Save", "Größe", extracted_comments=its("storage-size=5", "storage-encoding=ISO-8859-1")),
        entry("Save", "保存", extracted_comments=its("storage-size=50", "storage-encoding=ISO-8859-1"), line=3),
    ])
    assert [f.line for f in found] == [3] and "cannot be stored" in found[0].message


def test_storage_size_counts_line_breaks_by_type_and_ignores_tags():
    assert storage_bytes("a\nb", "UTF-8", "crlf") == 4
    found = run("entry.storage-size", [entry("<b_1>x</b_1>", "<b_1>abc</b_1>", extracted_comments=its("storage-size=3"))])
    assert found == []


def test_allowed_characters():
    found = run("entry.allowed-characters", [
        entry("Code", "ABC-12", extracted_comments=its("allowed-characters=[A-Z0-9-]")),
        entry("Code", "abc 12", extracted_comments=its("allowed-characters=[A-Z0-9-]"), line=3),
        entry("Code", "x", extracted_comments=its(r"allowed-characters=\p{L}"), line=5),
    ])
    assert [(f.line, f.severity) for f in found] == [(3, Severity.ERROR), (5, Severity.INFO)]
    assert "' '" in found[0].message and "'a'" in found[0].message
