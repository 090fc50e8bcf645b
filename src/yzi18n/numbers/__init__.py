"""Numbers in text, read as values in each language's CLDR conventions (pure functions).

``parse.numbers(text, language)`` finds the numbers of a text; ``compare.compare(source,
target, source_language, language)`` lists how a translation's numbers differ from the
source's. The ``numbers.*`` checks (``yzi18n.checks.numbers``) report those differences.
"""

from .compare import Discrepancy, compare
from .parse import Number, numbers

__all__ = ["Discrepancy", "Number", "compare", "numbers"]
