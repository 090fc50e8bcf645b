"""names.glossary: approved forms (inflection-tolerant), forbidden forms, do-not-translate terms."""

from __future__ import annotations

from yzi18n.checks.registry import load_checks, select
from yzi18n.checks.runner import run_checks
from yzi18n.glossary import parse_csv
from yzi18n.model import Catalog, Entry

GLOSSARY = parse_csv(
    "term,language,approved,forbidden,status,note\n"
    "Kong Lei,ru,Кун Лэй,Кон Лей,,\n"
    "Kong Lei,fi,Kong Lei,,,\n"
    "2+X,*,,,dnt,policy code\n"
    "Beijing,de,Peking,,,\n"
    "Beijing Yizhuang,de,Beijing Yizhuang,,,\n"
    "Kong Lei,zh-Hans,孔磊,,,\n", "glossary.csv")


def run(language, msgid, msgstr, comments=()):
    entry = Entry(msgid=msgid, msgstr=msgstr, line=5, extracted_comments=tuple(comments))
    specs = select(load_checks().values(), ["names.glossary"])
    return run_checks([Catalog("x.po", language, (entry,))], specs, options={"glossary": GLOSSARY})


def test_inflected_approved_form_passes():
    assert run("ru", "Kong Lei said so.", "По словам Кун Лэя, это так.") == []
    assert run("fi", "Kong Lei said so.", "Kong Leille kerrottiin näin.") == []


def test_another_name_and_a_forbidden_form_are_flagged():
    findings = run("ru", "Kong Lei said so.", "Кон Лей сказал так.")
    messages = " ".join(f.message for f in findings)
    assert "forbidden" in messages and "must appear as 'Кун Лэй'" in messages
    findings = run("fi", "Kong Lei said so.", "Kong Li sanoi näin.")
    assert len(findings) == 1 and "'Kong Li'" in findings[0].message


def test_do_not_translate_term_must_keep_the_source_form():
    assert run("de", "The 2+X policy.", "Die 2+X-Politik.") == []
    findings = run("de", "The 2+X policy.", "Die Politik 2 plus X.")
    assert len(findings) == 1 and "do-not-translate" in findings[0].message


def test_a_longer_term_takes_precedence_over_a_term_inside_it():
    assert run("de", "Beijing Yizhuang grows.", "Beijing Yizhuang wächst.") == []
    assert len(run("de", "Beijing grows.", "Beijing wächst.")) == 1


def test_cjk_approved_form_is_a_substring():
    assert run("zh-Hans", "Kong Lei said so.", "孔磊表示如此。") == []
    assert len(run("zh-Hans", "Kong Lei said so.", "孔雷表示如此。")) == 1


def test_no_glossary_no_findings():
    entry = Entry(msgid="Kong Lei said so.", msgstr="Кон Лей сказал так.", line=5)
    specs = select(load_checks().values(), ["names.glossary"])
    assert run_checks([Catalog("x.po", "ru", (entry,))], specs) == []


def test_its_terms_are_read_from_extracted_comments():
    from yzi18n.checks.names import its_terms

    entry = Entry(msgid="x", extracted_comments=("its: term=Kong Lei|Li Quan", "its: term=yes"))
    assert its_terms(entry) == ("Kong Lei", "Li Quan")
