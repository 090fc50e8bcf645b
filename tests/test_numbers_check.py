"""The numbers.* checks through the runner and the CLI, on catalogs that are not a yzi18n project."""

from __future__ import annotations

import json
from decimal import Decimal

from yzi18n.checks.registry import load_checks, select
from yzi18n.checks.runner import run_checks
from yzi18n.cli import main
from yzi18n.model import Catalog, Entry, Severity
from yzi18n.numbers.compare import spells_numbers_out
from yzi18n.numbers.parse import han_numbers, numbers, roman_numbers

PO = """\
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: {language}\\n"

msgid "6 million people live here."
msgstr "{good}"

msgid "The vote was 2.8 billion euros."
msgstr "{bad}"
"""


def run(catalogs, **options):
    specs = select(load_checks().values(), ["numbers"])
    return run_checks(catalogs, specs, options=options)


def catalog(language, pairs):
    entries = tuple(Entry(msgid=s, msgstr=t, line=10 * i + 1) for i, (s, t) in enumerate(pairs))
    return Catalog(f"locale/{language}.po", language, entries)


def test_every_numbers_check_is_registered_with_its_severity():
    specs = {spec.code: spec for spec in select(load_checks().values(), ["numbers"])}
    assert specs["numbers.missing"].severity == Severity.ERROR
    assert specs["numbers.scale"].severity == Severity.ERROR
    assert specs["numbers.swapped"].severity == Severity.ERROR
    assert specs["numbers.changed"].severity == Severity.ERROR
    assert specs["numbers.added"].severity == Severity.WARNING
    assert specs["numbers.words"].severity == Severity.INFO
    assert specs["numbers.conversion"].severity == Severity.INFO
    assert all(spec.summary != spec.code for spec in specs.values())  # each has a docstring


def test_findings_name_both_numbers_and_hint_in_the_target_convention():
    findings = run([catalog("de", [("The vote was 2.8 billion euros.", "Es ging um 2,8 Millionen Euro.")])])
    (finding,) = [f for f in findings if f.severity == Severity.ERROR]
    assert finding.code == "numbers.scale"
    assert "2.8 billion" in finding.message and "2,8 Millionen" in finding.message
    assert finding.hint == "2.8 billion is 2,8 Milliarden in de"
    assert finding.source_marks == ("2.8 billion",) and finding.target_marks == ("2,8 Millionen",)
    assert finding.line == 1 and finding.path == "locale/de.po"


def test_plural_entries_compare_each_form_with_its_msgid():
    entry = Entry(msgid="1 file", msgid_plural="%d files, 5 folders", msgstr_plural=((0, "1 Datei"),
                                                                                   (1, "%d Dateien, 6 Ordner")),
                  line=3)
    findings = run([Catalog("de.po", "de", (entry,))])
    assert [f.code for f in findings if f.severity == Severity.ERROR] == ["numbers.changed"]
    # Russian form 0 serves 1, 21, 31 …: "%d файл" for "1 file" is right
    entry = Entry(msgid="1 file", msgid_plural="%d files", line=3,
                  msgstr_plural=((0, "%d файл"), (1, "%d файла"), (2, "%d файлов")))
    assert run([Catalog("ru.po", "ru", (entry,))]) == []


def test_strict_option_makes_a_possible_word_an_error():
    cat = catalog("yo", [("7 men", "àwọn ọkùnrin méje")])
    assert not [f for f in run([cat]) if f.severity == Severity.ERROR]
    assert [f.code for f in run([cat], numbers_strict=True) if f.severity == Severity.ERROR] == ["numbers.missing"]


def test_catalog_that_spells_numbers_out_gets_warnings_for_digitless_translations():
    pairs = [(f"From {n} to {n + 1} people.", "Láti méjì sí mẹ́ta eniyan.") for n in range(2, 14)]
    assert spells_numbers_out(pairs)
    assert not spells_numbers_out([(f"From {n} to {n + 1} people.", f"{n}–{n + 1}") for n in range(2, 14)])
    # some number words, read or not (ẹ̀rìndínláàádọ́ta: 46): the numbers may be written out
    findings = run([catalog("yo", pairs + [("They won 45 and 46 votes.",
                                            "Wọn gba ìbò márùndínláàádọ́ta àti mẹ́rìndínláàádọ́ta.")])])
    assert findings and all(f.severity < Severity.ERROR for f in findings)
    # no number word at all, in a language whose words can be read: they were lost
    findings = run([catalog("yo", pairs + [("They won 45 and 46 votes.", "Wọn gba ìbò.")])])
    assert any(f.severity == Severity.ERROR for f in findings)
    # a year is not written out there without the word for thousand (tests/test_numbers_lost.py)
    findings = run([catalog("yo", pairs + [("In 2019 and 2020.", "Ni ọdun.")])])
    assert any(f.severity == Severity.ERROR and "2019" in f.message for f in findings)


def test_cli_checks_any_gettext_catalog(tmp_path, capsys):
    (tmp_path / "de.po").write_text(PO.format(language="de", good="Hier leben 6 Millionen Menschen.",
                                              bad="Es ging um 2,8 Millionen Euro."), encoding="utf-8")
    (tmp_path / "zh_Hans.po").write_text(PO.format(language="zh_Hans", good="这里住着600万人。",
                                                   bad="投票涉及28亿欧元。"), encoding="utf-8")
    out = tmp_path / "report.json"
    code = main(["check", str(tmp_path), "--select", "numbers", "--format", "json", "-o", str(out)])
    assert code == 1
    report = json.loads(out.read_text(encoding="utf-8"))
    text = json.dumps(report, ensure_ascii=False)
    assert "numbers.scale" in text and "2,8 Millionen" in text
    assert "600万" not in text  # 6 million = 600万: nothing to say about the Chinese catalog


def test_cli_language_option_for_a_catalog_without_header(tmp_path):
    (tmp_path / "messages.po").write_text('msgid "5 km"\nmsgstr "6 km"\n', encoding="utf-8")
    assert main(["check", str(tmp_path / "messages.po"), "--select", "numbers", "--language", "fr",
                 "--format", "json", "-o", str(tmp_path / "r.json")]) == 1


# ── the parser ─────────────────────────────────────────────────────────────────────────

def values(text, language, **kw):
    return [n.value for n in numbers(text, language, **kw)]


def test_parser_values_and_types():
    found = numbers("US$294 million, 16.1% and 1,300 people in 2019, the 14th", "en")
    assert [(n.value, n.kind) for n in found] == [
        (Decimal("294000000"), "currency"), (Decimal("16.1"), "percent"), (Decimal(1300), "plain"),
        (Decimal(2019), "year"), (Decimal(14), "ordinal")]


def test_parser_reads_han_scales_and_composites():
    assert values("22億5000万", "ja", is_source=False) == [Decimal("2250000000")]
    assert values("3百万", "zh-Hans", is_source=False) == [Decimal("3000000")]
    assert values("2 млн 500 тыс.", "ru", is_source=False) == [Decimal("2500000")]


def test_parser_scale_letter_needs_a_currency():
    assert values("a 100m race", "en") == [Decimal(100)]
    assert values("£5m", "en") == [Decimal(5000000)]


def test_a_lone_han_one_is_a_number_only_as_a_day_of_the_month():
    assert [n.value for n in han_numbers("国际法庭十月一日作出的裁决")] == [Decimal(1)]  # 十月 alone: October
    assert [n.value for n in han_numbers("作出一个裁决")] == []  # 一个: "a"


def test_a_hundred_percent_in_han_numerals():
    assert [(n.value, n.kind, n.text) for n in han_numbers("她百分之百确定")] == [(Decimal(100), "percent", "百分之百")]


def test_a_sentences_period_is_not_the_abbreviations():
    assert [n.text for n in numbers("Growth was 69 percent.", "en", is_source=True)] == ["69 percent"]
    assert [n.text for n in numbers("Es kostet 3 Mrd. Euro.", "de", is_source=False)] == ["3 Mrd."]


def test_roman_numerals_inside_words_are_not_numbers():
    assert [n.value for n in roman_numbers("le XIXe siècle, CIVIL, MIX")] == [Decimal(19), Decimal(1009)]


def test_zawgyi_digit_code_points_inside_words_are_not_numbers():
    assert numbers("ကမာၻ႕ခ်န္ပီယံ", "my", is_source=False) == ()
