import pytest

from yzi18n.langtags import direction, endonym, fallback_chain, plural_forms, to_bcp47, to_posix


@pytest.mark.parametrize("tag, bcp47", [("pt_BR", "pt-BR"), ("zh_Hans", "zh-Hans"), ("sr@latin", "sr-Latn"),
                                        ("de_DE.UTF-8", "de-DE"), ("FR", "fr")])
def test_to_bcp47(tag, bcp47):
    assert to_bcp47(tag) == bcp47


def test_to_posix():
    assert to_posix("pt-BR") == "pt_BR"


@pytest.mark.parametrize("tag, name", [("fi", "suomi"), ("id", "Indonesia"), ("ja", "日本語"), ("ru", "русский"),
                                       ("ar", "العربية"), ("la", "Latina"), ("el", "Ελληνικά")])
def test_endonyms_come_from_cldr(tag, name):
    assert endonym(tag) == name


def test_the_original_pages_mistakes_are_not_endonyms():
    assert endonym("fi") != "Suomalainen"
    assert endonym("id") != "Indonesian"
    assert endonym("zh-Hans") == "中文（简体）"
    assert endonym("pt-BR") == "português (Brasil)"


def test_direction():
    assert direction("ar") == "rtl" and direction("he") == "rtl" and direction("fr") == "ltr"


def test_plural_forms_from_cldr():
    assert plural_forms("ja") == "nplurals=1; plural=0;"
    assert plural_forms("de") == "nplurals=2; plural=(n != 1);"
    assert plural_forms("ar").startswith("nplurals=6;")


def test_fallback_chain_uses_config_then_parents():
    assert fallback_chain("pt-BR") == ["pt-BR", "pt"]
    assert fallback_chain("de-CH", {"de-CH": ("de-AT",)}) == ["de-CH", "de-AT", "de"]


def test_independent_language_counts_standards_of_one_language_once():
    from yzi18n.langtags import independent_language

    assert independent_language("nb") == independent_language("nn_NO") == independent_language("no") == "no"
    assert independent_language("sr-Latn") == independent_language("sr_Cyrl") == independent_language("hr") \
        == independent_language("bs") == "sh"
    assert independent_language("id") == independent_language("ms") == "ms"
    assert independent_language("es-MX") == "es" and independent_language("zh-Hant") == "zh"
    assert independent_language("sl") == "sl" and independent_language("da") == "da"
