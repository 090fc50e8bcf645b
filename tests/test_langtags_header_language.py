"""The Language header of a PO file as both readers see it: a tag, or an English language name."""

from __future__ import annotations

import pytest

from yzi18n.catalog.fastread import read_catalog
from yzi18n.catalog.pofile import read_po, to_catalog
from yzi18n.langtags import header_language


@pytest.mark.parametrize("value, tag", [("pt_BR", "pt-BR"), ("sr@latin", "sr-Latn"), ("zh_Hans", "zh-Hans"),
                                        ("et", "et"), ("Estonian", "et"), ("  Brazilian Portuguese ", "pt-BR")])
def test_header_language(value, tag):
    assert header_language(value) == tag


def test_both_readers_read_an_english_language_name_as_its_tag(tmp_path):
    # django-allauth's Estonian catalog says "Language: Estonian" (Transifex and some editors do)
    path = tmp_path / "django.po"
    path.write_text('msgid ""\nmsgstr ""\n"Language: Estonian\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                    'msgid "Save"\nmsgstr "Salvesta"\n', encoding="utf-8")
    assert read_catalog(path, str(path)).language == "et"
    assert to_catalog(read_po(path), str(path)).language == "et"


def test_primary_language_is_the_first_subtag_in_lower_case():
    from yzi18n.langtags import primary_language

    assert [primary_language(t) for t in ("pt-BR", "pt_BR", "PT", "sr-Latn-RS", "")] == ["pt", "pt", "pt", "sr", ""]
