"""``python -m yzi18n`` — the same as the ``yzi18n`` command."""

from .cli import main_entry

main_entry()
