"""markup.*: inline tags lost, added, renamed, malformed, unsafe text, protected content edited."""

from __future__ import annotations

from yzi18n.checks.markup import problems, protected_index
from yzi18n.checks.registry import load_checks, select
from yzi18n.checks.runner import run_checks
from yzi18n.documents import parse_document
from yzi18n.model import Catalog, Entry, Severity

SOURCE = "Click <a_1>here</a_1> to read the <em_2>docs</em_2>.<br_3/>Next"


def run(code, pairs, **options):
    entries = tuple(Entry(msgid=s, msgstr=t, line=10 * i + 1) for i, (s, t) in enumerate(pairs))
    specs = select(load_checks().values(), [code])
    return run_checks([Catalog("de.po", "de", entries)], specs, options=options)


def codes(source, translation, protected=frozenset()):
    return [code for code, _, _ in problems(source, translation, protected)]


def test_a_faithful_translation_has_no_problem():
    assert codes(SOURCE, "Klicken Sie <a_1>hier</a_1>, um die <em_2>Doku</em_2> zu lesen.<br_3/>Weiter") == []
    assert codes(SOURCE, "Die <em_2>Doku</em_2> lesen: <a_1>hier</a_1>.<br_3/>Weiter") == []  # reordered


def test_a_lost_tag():
    assert codes(SOURCE, "Klicken Sie hier, um die <em_2>Doku</em_2> zu lesen.<br_3/>Weiter") == ["markup.missing"]
    found = run("markup.missing", [(SOURCE, "Klicken Sie <a_1>hier</a_1> für die Doku.Weiter")])
    assert [(f.severity, f.message) for f in found] == [
        (Severity.ERROR, "the translation lacks <br_3/>"), (Severity.ERROR, "the translation lacks <em_2>…</em_2>")]


def test_an_added_tag():
    found = run("markup.added", [("Hello <b_1>you</b_1>", "Hallo <b_1>du</b_1> <i_2>da</i_2>")])
    assert [f.message for f in found] == ["the translation has <i_2>…</i_2>, which the source does not"]
    assert codes("Hello", "Hallo<br_1/>") == ["markup.added"]


def test_a_renamed_tag_is_one_finding_not_a_loss_and_an_addition():
    translation = "Klicken Sie <b_1>hier</b_1>, um die <em_2>Doku</em_2> zu lesen.<br_3/>Weiter"
    assert codes(SOURCE, translation) == ["markup.renamed"]
    found = run("markup", [(SOURCE, translation)])
    assert [(f.code, f.message) for f in found] == [("markup.renamed", "<a_1>…</a_1> is <b_1>…</b_1> in the translation")]


def test_bad_nesting_and_wrong_form_are_malformed():
    assert codes("<a_1>x <b_2>y</b_2></a_1>", "<a_1>x <b_2>y</a_1></b_2>") == ["markup.malformed"]
    assert codes("a<br_1/>b", "a<br_1>b</br_1>") == ["markup.malformed"]
    assert codes("<b_1>x</b_1>", "<b_1>x</b_1><b_1>y</b_1>") == ["markup.malformed"]


def test_markup_entity_and_script_text_is_unsafe():
    found = run("markup.unsafe", [("Hello", "Hallo <script>alert(1)</script>"), ("Hi", "Hallo &amp; so"),
                                  ("Link", "javascript:alert(1)")])
    assert [f.line for f in found] == [1, 11, 21]
    assert all(f.severity is Severity.ERROR for f in found)
    assert codes("Use &amp; here", "Nutze &amp; hier") == []  # the source has it too


def test_protected_content_edited_is_a_warning():
    source = "Run <code_1>make all</code_1> now"
    assert codes(source, "Führe <code_1>mach alles</code_1> aus", frozenset({1})) == ["markup.protected"]
    assert codes(source, "Führe <code_1>make all</code_1> aus", frozenset({1})) == []
    assert codes(source, "Führe <code_1>mach alles</code_1> aus") == []  # not known to be protected


def test_protected_tags_come_from_the_source_documents():
    html = (b'<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>'
            b'<p>Run <code translate="no">make all</code> and <em>wait</em>.</p></body></html>')
    document = parse_document(html, "source/index.html")
    index = protected_index([document])
    assert index == {"Run <code_1>make all</code_1> and <em_2>wait</em_2>.": frozenset({1})}
    source = "Run <code_1>make all</code_1> and <em_2>wait</em_2>."
    found = run("markup.protected", [(source, "Führe <code_1>mach</code_1> aus und <em_2>warte</em_2>.")],
                source_documents=lambda: (document,))
    assert [(f.code, f.severity) for f in found] == [("markup.protected", Severity.WARNING)]


def test_plural_forms_are_each_compared_with_their_source():
    entry = Entry(msgid="<b_1>%d</b_1> file", msgid_plural="<b_1>%d</b_1> files",
                  msgstr_plural=((0, "<b_1>%d</b_1> Datei"), (1, "%d Dateien")), line=1)
    specs = select(load_checks().values(), ["markup.missing"])
    found = run_checks([Catalog("de.po", "de", (entry,))], specs)
    assert [f.message for f in found] == ["the translation lacks <b_1>…</b_1> (plural form 1)"]
