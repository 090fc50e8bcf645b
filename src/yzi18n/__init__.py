"""yzi18n: segment documents into gettext catalogs, check translations, build localized pages."""

__version__ = "0.1.0"
