"""``conventions.light_locale``: the parts of CLDR the numbers code reads, without Babel's whole
locale, hold what Babel's full locale data holds (aliases resolved), and derive the same conventions."""

from __future__ import annotations

import pytest
from babel import Locale, localedata

from yzi18n.numbers import conventions as conv_module
from yzi18n.numbers.conventions import (CURRENCY_PARTS, DATE_PARTS, NUMBER_PARTS, _light_data, _number_data,
                                        _UNIT_KEYS, _UNITS, light_locale)

# parents by a parent exception (es_MX → es_419, en_IN → en_001, pt_AO → pt_PT), a script that is
# not the language's likely one (sr_Latn, az_Cyrl, pa_Arab, zh_Hant → root), regional variants,
# numbering systems of their own (ar, fa, bn, mr, my), Indian grouping, Han scales
LOCALES = ("root", "en", "en_IN", "en_GB", "de", "de_CH", "fr_CA", "es_MX", "es_419", "pt_AO", "pt_BR", "sr_Latn",
           "sr_Latn_BA", "az_Cyrl", "pa_Arab", "zh_Hant", "zh_Hant_HK", "zh", "ja", "ko", "ar", "ar_EG", "fa",
           "bn", "mr", "my", "hi", "ne", "sw", "uz_Arab", "ca", "nb", "is", "ur_IN", "ks_Deva")


def _canonical(value):
    """Resolved data as plain values: babel's NumberPattern and PluralRule by their attributes."""
    if hasattr(value, "keys") and hasattr(value, "__getitem__"):
        return {key: _canonical(value[key]) for key in value.keys()}
    if isinstance(value, (list, tuple)):
        return [_canonical(item) for item in value]
    if isinstance(value, (str, int, float, type(None), frozenset)):
        return value
    if hasattr(value, "__dict__"):
        return type(value).__name__, _canonical(vars(value))
    return repr(value)


@pytest.fixture
def fresh_babel():
    """Babel's and the light loader's caches emptied, so that neither reads the other's data."""
    localedata._cache.clear()
    localedata._dict_cache.clear()
    conv_module._own_data.cache_clear()
    conv_module._light_data.cache_clear()
    yield
    conv_module._own_data.cache_clear()
    conv_module._light_data.cache_clear()


def test_light_data_equals_babels_full_data(fresh_babel):
    parts = (NUMBER_PARTS, DATE_PARTS, CURRENCY_PARTS)
    light = {(name, part): _light_data(name, part) for name in LOCALES for part in parts}
    assert not localedata._cache  # no whole locale was loaded for it
    for name in LOCALES:
        full = localedata.LocaleDataDict(localedata.load(name))
        for part in parts:
            data = localedata.LocaleDataDict(light[name, part])
            assert set(data) == {key for key in part if key in full}, name
            for key in data:
                expected = full[key]
                if key in _UNIT_KEYS:  # only the units the conversions and percent words need
                    expected = {unit: expected[unit] for unit in expected if unit in _UNITS}
                assert _canonical(data[key]) == _canonical(expected), (name, key)


def test_light_number_data_equals_the_full_locales(fresh_babel):
    for name in LOCALES[1:]:
        number_data = _number_data(light_locale(Locale.parse(name)))
        full = Locale.parse(name)._data
        assert _canonical(number_data) == {key: _canonical(full[key]) for key in conv_module._NUMBER_KEYS
                                           if key in full}, name
        assert number_data["decimal_formats"]  # a real format, not an empty part


def test_conventions_from_light_data_equal_those_from_babels_full_data(fresh_babel, monkeypatch):
    derived = {name: conv_module.derive_conventions(name.replace("_", "-")) for name in LOCALES[1:]}
    assert not localedata._cache
    # the same derivation over Babel's whole locales
    monkeypatch.setattr(conv_module, "light_locale", lambda loc, parts=NUMBER_PARTS: loc)
    for name, conventions in derived.items():
        assert conv_module.derive_conventions(name.replace("_", "-")) == conventions, name
    assert localedata._cache


def test_month_names_and_currency_codes_from_light_data(fresh_babel):
    from babel.dates import get_month_names

    assert dict(get_month_names("wide", locale=light_locale(Locale("de"), DATE_PARTS)))[3] == "März"
    assert "EUR" in light_locale(Locale("en"), CURRENCY_PARTS).currencies
    assert not localedata._cache
