"""The errors yzi18n raises for bad input; ``str()`` reads ``path:line: message``.

    YzError
    ├── ConfigError          pyproject.toml [tool.yzi18n], command-line options
    ├── InputError           a file that cannot be used as it is
    │   ├── DocumentError    HTML or XML source (parse errors, entity bombs)
    │   ├── CatalogError     PO/POT syntax, charset
    │   └── ItsRuleError     ITS rules, selectors, pointers
    └── BuildError           a page that cannot be written

The CLI maps every YzError to exit code 2 and anything else to 3.
"""

from __future__ import annotations


class YzError(Exception):
    def __init__(self, message: str, path: str | None = None, line: int | None = None,
                 hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.hint = hint

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        text = f"{where}{self.message}"
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return text


class ConfigError(YzError):
    pass


class InputError(YzError):
    pass


class DocumentError(InputError):
    pass


class CatalogError(InputError):
    pass


class ItsRuleError(InputError):
    pass


class BuildError(YzError):
    pass
