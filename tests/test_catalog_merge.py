"""Template building, msgmerge-like merging and statistics."""

from __future__ import annotations

import subprocess

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from yzi18n.catalog.merge import NUMBERS_NOTE, merge, new_catalog
from yzi18n.langtags import plural_forms
from yzi18n.catalog.pofile import PoEntry, PoFile, format_po, parse_po, to_catalog
from yzi18n.catalog.stats import catalog_stats, render_stats_json, render_stats_table
from yzi18n.catalog.template import build_template
from yzi18n.model import Location, Unit

from conftest import require_tool

def msgfmt_check(po: PoFile, tmp_path, name="x.po"):
    """``msgfmt -c`` accepts the catalog (skipped when GNU gettext is absent, failed in CI)."""
    MSGFMT = require_tool("msgfmt")
    path = tmp_path / name
    path.write_bytes(format_po(po))
    done = subprocess.run([MSGFMT, "-c", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def units(*texts: str, path: str = "source/index.html") -> list[Unit]:
    return [Unit(msgid=t, locations=(Location(path, i + 1),)) for i, t in enumerate(texts)]


def template_of(*texts: str) -> PoFile:
    return build_template(units(*texts), domain="demo")


def translated(po: PoFile, translations: dict[str, str]) -> PoFile:
    entries = [e if e.is_header else PoEntry(**{**_fields(e), "msgstr": translations.get(e.msgid, "")})
               for e in po.entries]
    return PoFile(tuple(entries))


def _fields(entry: PoEntry) -> dict:
    return {name: getattr(entry, name) for name in ("msgid", "msgctxt", "msgid_plural", "msgstr_plural", "flags",
                                                   "translator_comments", "extracted_comments", "references",
                                                   "previous_msgid", "obsolete")}


def by_msgid(po: PoFile) -> dict[str, PoEntry]:
    return {e.msgid: e for e in po.entries if not e.is_header and not e.obsolete}


# ── template ────────────────────────────────────────────────────────────────────────────

def test_template_merges_repeated_units_in_first_seen_order(monkeypatch, tmp_path):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1726747200")
    found = [
        Unit("Title", locations=(Location("source/feed.xml", 3),), comments=("Headline",)),
        Unit("Body", locations=(Location("source/index.html", 9),), flags=("no-wrap",)),
        Unit("Title", locations=(Location("source/index.html", 5),), comments=("Headline", "its: storage-size=24")),
        Unit("Title", msgctxt="nav", locations=(Location("source/index.html", 2),)),
    ]
    pot = build_template(found, domain="demo")
    assert pot.header_value("POT-Creation-Date") == "2024-09-19 12:00+0000"
    assert pot.header_value("Content-Type") == "text/plain; charset=UTF-8"
    entries = pot.messages()
    assert [(e.msgctxt, e.msgid) for e in entries] == [(None, "Title"), (None, "Body"), ("nav", "Title")]
    assert entries[0].references == ("source/feed.xml:3", "source/index.html:5")
    assert entries[0].extracted_comments == ("Headline", "its: storage-size=24")
    assert entries[1].flags == ("no-wrap",)
    text = format_po(pot).decode()
    assert "#. Headline\n#. its: storage-size=24\n#: source/feed.xml:3 source/index.html:5\nmsgid \"Title\"" in text
    msgfmt_check(pot, tmp_path, "t.pot")


def test_template_keeps_previous_date_and_text_when_nothing_changed(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1726747200")
    first = parse_po(format_po(template_of("One", "Two")), "t.pot")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    again = build_template(units("One", "Two"), domain="demo", previous=first)
    assert format_po(again) == format_po(first)
    changed = build_template(units("One", "Three"), domain="demo", previous=first)
    assert changed.header_value("POT-Creation-Date") == "2027-01-15 08:00+0000"
    assert [e.msgid for e in changed.messages()] == ["One", "Three"]


# ── merge ───────────────────────────────────────────────────────────────────────────────

def test_new_catalog_has_language_and_cldr_plural_forms(tmp_path):
    result = merge(template_of("One", "Two"), None, language="pt-BR")
    po = result.po
    assert po.header_value("Language") == "pt_BR"
    assert po.header_value("Plural-Forms") == plural_forms("pt-BR")  # CLDR: three forms for pt
    assert result.counts == {"kept": 0, "fuzzy": 0, "new": 2, "obsolete": 0}
    assert new_catalog(template_of("x"), "ar").header_value("Plural-Forms").startswith("nplurals=6;")
    msgfmt_check(po, tmp_path)


def test_exact_fuzzy_new_and_obsolete(tmp_path):
    old_template = template_of("Six future industries and 6 million square meters",
                               "Edited by Bai Shuang.", "Languages", "Removed sentence")
    catalog = translated(merge(old_template, None, language="de").po, {
        "Six future industries and 6 million square meters": "Sechs Zukunftsindustrien und 6 Millionen Quadratmeter",
        "Edited by Bai Shuang.": "Redaktion: Bai Shuang.",
        "Removed sentence": "Entfernter Satz",
    })
    catalog = PoFile(tuple(e if e.msgid != "Edited by Bai Shuang." else
                           PoEntry(**{**_fields(e), "translator_comments": ("checked by Anna",),
                                      "flags": ("python-format", "my-flag"), "msgstr": e.msgstr})
                           for e in catalog.entries))
    new_template = template_of("Six future industries and 7 million square meters",
                               "Edited by Bai Shuang.", "Languages", "A brand new sentence about parks")
    result = merge(new_template, catalog, language="de")
    # the entry the fuzzy offer came from is gone from the template too: obsolete, as with msgmerge
    assert result.counts == {"kept": 2, "fuzzy": 1, "new": 1, "obsolete": 2}
    entries = by_msgid(result.po)
    offered = entries["Six future industries and 7 million square meters"]
    assert offered.fuzzy and offered.previous_msgid == "Six future industries and 6 million square meters"
    assert offered.msgstr == "Sechs Zukunftsindustrien und 6 Millionen Quadratmeter"
    assert offered.translator_comments == (f"{NUMBERS_NOTE} 6 → 7",)
    kept = entries["Edited by Bai Shuang."]
    assert kept.msgstr == "Redaktion: Bai Shuang." and kept.translator_comments == ("checked by Anna",)
    assert "my-flag" in kept.flags and not kept.fuzzy
    assert kept.references == ("source/index.html:2",)
    assert entries["A brand new sentence about parks"].msgstr == ""
    gone = [e for e in result.po.entries if e.obsolete]
    assert {e.msgid for e in gone} == {"Removed sentence", "Six future industries and 6 million square meters"}
    text = format_po(result.po).decode()
    assert '#, fuzzy\n#| msgid "Six future industries and 6 million square meters"\n' in text
    assert '#~ msgid "Removed sentence"\n#~ msgstr "Entfernter Satz"\n' in text
    msgfmt_check(result.po, tmp_path)

    # once the translator fixes the number and clears fuzzy, merge drops its own note
    fixed = tuple(PoEntry(**{**_fields(e), "msgstr": "Sechs Zukunftsindustrien und 7 Millionen Quadratmeter",
                             "flags": (), "previous_msgid": None})
                  if e.msgid.startswith("Six future industries and 7") else e for e in result.po.entries)
    again = by_msgid(merge(new_template, PoFile(fixed), language="de").po)
    assert again["Six future industries and 7 million square meters"].translator_comments == ()


def test_same_numbers_fuzzy_match_has_no_note_and_threshold_applies():
    catalog = translated(merge(template_of("The zone will open new parks"), None, language="fr").po,
                         {"The zone will open new parks": "La zone ouvrira de nouveaux parcs"})
    result = merge(template_of("The zone will open two new parks"), catalog, language="fr")
    entry = by_msgid(result.po)["The zone will open two new parks"]
    assert entry.fuzzy and entry.translator_comments == ()
    strict = merge(template_of("The zone will open two new parks"), catalog, language="fr", fuzzy_threshold=0.99)
    assert strict.counts["fuzzy"] == 0 and strict.counts["new"] == 1


def test_keep_obsolete_false_drops_but_counts():
    catalog = translated(merge(template_of("Gone"), None, language="fr").po, {"Gone": "Parti"})
    result = merge(template_of("Something else entirely different"), catalog, language="fr", keep_obsolete=False)
    assert result.counts["obsolete"] == 1 and not any(e.obsolete for e in result.po.entries)


def test_obsolete_entry_comes_back_with_its_translation():
    catalog = translated(merge(template_of("Back"), None, language="fr").po, {"Back": "Retour"})
    away = merge(template_of("Other text here"), catalog, language="fr").po
    back = merge(template_of("Back"), away, language="fr")
    assert by_msgid(back.po)["Back"].msgstr == "Retour" and back.counts["kept"] == 1


def test_plural_entries_follow_the_template(tmp_path):
    pot = PoFile((template_of("x").entries[0], PoEntry(msgid="One file", msgid_plural="%d files",
                                                       references=("a.html:1",))))
    po = merge(pot, None, language="ru").po
    entry = by_msgid(po)["One file"]
    assert entry.msgstr_plural == ("", "", "")
    msgfmt_check(po, tmp_path)
    singular = translated(merge(template_of("One file"), None, language="ru").po, {"One file": "Один файл"})
    reshaped = by_msgid(merge(pot, singular, language="ru").po)["One file"]
    assert reshaped.fuzzy and reshaped.msgstr_plural == ("Один файл", "", "")


def test_unchanged_entries_keep_their_exact_text():
    """A catalog not written by gettext (long lines) keeps its lines where nothing changed."""
    long = "A long sentence that goes well past the seventy-nine columns of a gettext line, on purpose."
    source = ('msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
              '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n\n'
              f'#: source/index.html:1\nmsgid "{long}"\nmsgstr "{long}"\n').encode()
    catalog = parse_po(source, "fr.po")
    pot = build_template([Unit(long, locations=(Location("source/index.html", 1),))], domain="demo")
    pot = pot.with_header({"POT-Creation-Date": ""})
    assert format_po(merge(pot, catalog, language="fr").po) == source


# ── idempotence ─────────────────────────────────────────────────────────────────────────

texts = st.text(alphabet=st.sampled_from(list("abcdefg 0123456789.,\n\"é中")), min_size=1, max_size=30)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(old=st.lists(st.tuples(texts, texts), max_size=8), new=st.lists(texts, max_size=8),
       threshold=st.sampled_from([0.0, 0.6, 1.0]), keep=st.booleans())
def test_merging_twice_changes_nothing(old, new, threshold, keep):
    old_msgids = list(dict.fromkeys(m for m, _ in old))
    catalog = merge(template_of(*old_msgids), None, language="fr").po
    catalog = translated(catalog, dict(old))
    template = template_of(*dict.fromkeys(new))
    once = merge(template, catalog, language="fr", fuzzy_threshold=threshold, keep_obsolete=keep)
    reread = parse_po(format_po(once.po), "fr.po")
    twice = merge(template, reread, language="fr", fuzzy_threshold=threshold, keep_obsolete=keep)
    assert format_po(twice.po) == format_po(once.po)
    # no translation lost without a trace
    kept = {t for e in once.po.entries if not e.is_header for t in e.translations if t}
    if keep:
        assert {t for m, t in dict(old).items() if t} <= kept


# ── stats ───────────────────────────────────────────────────────────────────────────────

def test_stats_counts_entries_and_words():
    po = merge(template_of("Hello <a_1>world</a_1>", "Two words", "Three more words", "Gone"), None,
               language="fr").po
    entries = list(po.entries)
    entries[1] = PoEntry(**{**_fields(entries[1]), "msgstr": "Bonjour <a_1>monde</a_1>"})
    entries[2] = PoEntry(**{**_fields(entries[2]), "msgstr": "Deux mots", "flags": ("fuzzy",)})
    entries[4] = PoEntry(**{**_fields(entries[4]), "msgstr": "Parti", "obsolete": True})
    stats = catalog_stats(to_catalog(PoFile(tuple(entries)), "fr.po"))
    assert (stats.translated, stats.fuzzy, stats.untranslated) == (1, 1, 1)
    assert (stats.translated_words, stats.fuzzy_words, stats.untranslated_words) == (2, 2, 3)
    assert stats.language == "fr" and stats.completeness == pytest.approx(1 / 3)
    table = render_stats_table([stats, stats])
    assert table.splitlines()[1].split()[:6] == ["fr", "1", "1", "1", "2/7", "33%"]
    assert table.splitlines()[-1].startswith("total")
    import json
    data = json.loads(render_stats_json([stats]))
    assert data[0]["translated"] == 1 and data[0]["completeness"] == 0.3333 and data[0]["path"] == "fr.po"


# ── the bundled site's catalogs ─────────────────────────────────────────────────────────

from pathlib import Path  # noqa: E402

BUNDLED = sorted((Path(__file__).resolve().parents[1] / "locale").glob("*/LC_MESSAGES/*.po"))


@pytest.mark.skipif(not BUNDLED, reason="no bundled catalogs")
@pytest.mark.parametrize("path", BUNDLED, ids=[p.parent.parent.name for p in BUNDLED])
def test_bundled_catalog_after_a_source_edit_keeps_every_translation(path, tmp_path):
    """A number changed in one source sentence: the rest stay, that one is offered fuzzy with a note."""
    catalog = parse_po(path.read_bytes(), str(path))
    messages = [e for e in catalog.messages() if e.msgid_plural is None]
    edited = next((e for e in messages if e.translated and numbers_in(e.msgid)), None)
    if edited is None:
        pytest.skip("no translated entry with a number")
    number = numbers_in(edited.msgid)[0]
    new_msgid = edited.msgid.replace(number, str(int(number.replace(",", "").replace(".", "")) + 1), 1)
    template_units = [Unit(msgid=new_msgid if e is edited else e.msgid, msgctxt=e.msgctxt)
                      for e in catalog.messages()]
    pot = build_template(template_units, domain="yizhuang")
    language = catalog.header_value("Language") or path.parent.parent.name
    result = merge(pot, catalog, language=language)
    merged = by_msgid(result.po)
    for entry in catalog.messages():
        if entry is edited:
            offered = merged[new_msgid]
            assert offered.fuzzy and offered.previous_msgid == edited.msgid
            assert offered.msgstr == edited.msgstr and offered.translator_comments[-1].startswith(NUMBERS_NOTE)
        else:
            assert merged[entry.msgid].translations == entry.translations
    assert any(e.obsolete and e.msgid == edited.msgid for e in result.po.entries)
    assert result.counts["fuzzy"] == 1
    msgfmt_check(result.po, tmp_path)
    again = merge(pot, parse_po(format_po(result.po), "again.po"), language=language)
    assert format_po(again.po) == format_po(result.po)


def numbers_in(text: str) -> list[str]:
    import re

    return re.findall(r"\d+", text)
