"""Write a value the way a language writes it, for hints ("6 million is 600万 in zh-Hans")."""

from __future__ import annotations

from decimal import Decimal

from babel import numbers as babel_numbers

from .conventions import number_locale
from .parse import Number


_RENDERED: dict[tuple[str, str, bool], str] = {}  # (value as written, language, percent) → text


def render_value(value: Decimal, language: str, *, percent: bool = False) -> str:
    """``6000000`` → ``6 Millionen`` (de), ``600万`` (zh); plain below 10,000 or when precise.
    Kept by the value's exact text (``1.0`` and ``1`` are written apart): catalogs repeat values."""
    key = (str(value), language, percent)
    text = _RENDERED.get(key)
    if text is None:
        if len(_RENDERED) > 50_000:
            _RENDERED.clear()
        text = _RENDERED[key] = _render_value(value, language, percent)
    return text


def _render_value(value: Decimal, language: str, percent: bool) -> str:
    loc = number_locale(language)  # the cached number formats: Babel's whole locale is not loaded
    try:
        if percent:
            return babel_numbers.format_percent(value / 100, locale=loc, decimal_quantization=False)
        significant = len(value.normalize().as_tuple().digits)
        if abs(value) >= 10000 and value == value.to_integral_value() and significant <= 4:
            return babel_numbers.format_compact_decimal(value, format_type="long", locale=loc, fraction_digits=3)
        return babel_numbers.format_decimal(value, locale=loc, decimal_quantization=False)
    except (ValueError, KeyError, AttributeError):
        return str(value)


def render(number: Number, language: str) -> str:
    """A source number in the target language's convention, typed (percent, year …)."""
    if number.kind == "year":
        return str(int(number.value))
    return render_value(number.value, language, percent=number.percent)
