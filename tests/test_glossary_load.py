"""Loading glossaries: long and wide CSV, TBX-Basic / TBX 2008, errors with path:line."""

from __future__ import annotations

from pathlib import Path

import pytest

from yzi18n.errors import InputError
from yzi18n.glossary import language_rank, load_glossary, parse_csv, parse_tbx

REPO = Path(__file__).resolve().parents[1]
HEADER = "term,language,approved,forbidden,status,note\n"


def test_long_csv_rows_and_the_most_specific_language_wins():
    g = parse_csv(HEADER + "Kong Lei,*,,,dnt,\nKong Lei,ru,Кун Лэй,Кон Лей,,\nKong Lei,pt,Kong Lei|Kong Lhei,,,\n", "g.csv")
    assert g.rule("Kong Lei", "ru").approved == ("Кун Лэй",)
    assert g.rule("kong lei", "ru").forbidden == ("Кон Лей",)
    assert g.rule("Kong Lei", "pt-BR").approved == ("Kong Lei", "Kong Lhei")
    assert g.rule("Kong Lei", "de").dnt and g.rule("Kong Lei", "de").approved == ("Kong Lei",)
    assert g.rule("Kong Lei", "de").line == 2


def test_locale_folder_names_are_language_tags():
    g = parse_csv(HEADER + "Kong Lei,zh_Hans,孔磊,,,\n", "g.csv")
    assert g.rule("Kong Lei", "zh-Hans").approved == ("孔磊",)
    assert g.rule("Kong Lei", "zh-CN").approved == ("孔磊",)
    assert g.rule("Kong Lei", "zh-TW") is None


def test_language_rank():
    assert language_rank("pt-BR", "pt-BR") == 0
    assert language_rank("zh-CN", "zh-Hans") == 1
    assert language_rank("pt", "pt-BR") == 2
    assert language_rank("*", "fi") == 3
    assert language_rank("pt-PT", "pt-BR") is None
    assert language_rank("sr-Latn", "sr") is None


def test_wide_csv():
    g = parse_csv("term,de,fr,status,note\nUBTech,,,dnt,brand\nBeijing,Peking,Pékin,,\n", "g.csv")
    assert g.rule("Beijing", "de").approved == ("Peking",)
    assert g.rule("UBTech", "fr").dnt


@pytest.mark.parametrize("body, line, words", [
    ("Kong Lei,ru,Кун Лэй,,,\nKong Lei,ru,Кун Лей,,,\n", 3, "second row"),
    ("Kong Lei,r!u,Кун Лэй,,,\n", 2, "not a language tag"),
    ("Kong Lei,ru,Кун Лэй,,maybe,\n", 2, "unknown status"),
    (",ru,Кун Лэй,,,\n", 2, "without a term"),
    ("Kong Lei,ru,Кун Лэй,Кун Лэй,,\n", 2, "both approved and forbidden"),
    ("Kong Lei,ru,Кун Лэй,,,,extra\n", 2, "fields"),
])
def test_bad_rows_are_input_errors_with_path_and_line(body, line, words):
    with pytest.raises(InputError) as caught:
        parse_csv(HEADER + body, "glossary.csv")
    assert str(caught.value).startswith(f"glossary.csv:{line}: ")
    assert words in str(caught.value)


def test_header_without_term_column():
    with pytest.raises(InputError, match="glossary.csv:1: .*'term'"):
        parse_csv("word,language\nx,de\n", "glossary.csv")


TBX_BASIC = """<?xml version="1.0" encoding="UTF-8"?>
<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
<tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
<text><body>
<conceptEntry id="c1">
  <langSec xml:lang="en"><termSec><term>Kong Lei</term></termSec></langSec>
  <langSec xml:lang="ru">
    <termSec><term>Кун Лэй</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
    <termSec><term>Кон Лей</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
  </langSec>
</conceptEntry>
<conceptEntry id="c2">
  <descrip type="definition">Policy code; do not translate.</descrip>
  <langSec xml:lang="en"><termSec><term>2+X</term></termSec></langSec>
</conceptEntry>
</body></text></tbx>"""

TBX_2008 = """<?xml version="1.0"?>
<martif type="TBX-Basic" xml:lang="en"><text><body>
<termEntry id="t1">
  <langSet xml:lang="en"><tig><term>UBTech</term></tig></langSet>
  <langSet xml:lang="zh-Hans"><tig><term>优必选</term></tig></langSet>
</termEntry>
</body></text></martif>"""


def test_tbx_basic_approved_forbidden_and_do_not_translate():
    g = parse_tbx(TBX_BASIC.encode(), "terms.tbx")
    rule = g.rule("Kong Lei", "ru")
    assert rule.approved == ("Кун Лэй",) and rule.forbidden == ("Кон Лей",)
    assert g.rule("2+X", "fi").dnt
    assert rule.line == 7


def test_tbx_2008_martif():
    g = parse_tbx(TBX_2008.encode(), "terms.tbx")
    assert g.rule("UBTech", "zh-CN").approved == ("优必选",)


def test_tbx_with_entities_is_refused():
    bomb = b'<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY a "aaaa">]><tbx xml:lang="en">&a;</tbx>'
    with pytest.raises(InputError, match="terms.tbx:1: .*entity"):
        parse_tbx(bomb, "terms.tbx")


def test_tbx_syntax_error_has_a_line(tmp_path):
    path = tmp_path / "terms.tbx"
    path.write_text('<?xml version="1.0"?>\n<tbx xml:lang="en">\n<text>\n</tbx>\n', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_glossary(path, "terms.tbx")
    assert str(caught.value).startswith("terms.tbx:")


def test_the_bundled_glossary_loads():
    g = load_glossary(REPO / "glossary.csv", "glossary.csv")
    assert g.rule("2+X", "de").dnt
    assert g.rule("Kong Lei", "zh-Hans").approved == ("孔磊",)
