"""The runner's SiblingTranslations: what other catalogs of one run give the same source."""

from yzi18n.checks.runner import SiblingTranslations
from yzi18n.model import Catalog, Entry


def _catalog(path, language, *pairs, fuzzy=()):
    return Catalog(path, language, tuple(
        Entry(msgid, msgstr, ctxt, line=i, flags=("fuzzy",) if msgid in fuzzy else ())
        for i, (ctxt, msgid, msgstr) in enumerate(pairs, 1)))


def _paths(siblings, entry, catalog, **options):
    return [(other.path, text) for other, text in siblings.translations(entry, catalog, **options)]


def test_other_catalogs_translations_of_the_same_source_and_context():
    de = _catalog("de.po", "de", ("a", "6 million", "6 Millionen"), (None, "Naples", "Neapel"))
    fr = _catalog("fr.po", "fr", ("a", "6 million", "6 millions"), ("b", "6 million", "six millions"))
    es = _catalog("es.po", "es", ("a", "6 million", ""), (None, "Naples", "Nápoles"))
    siblings = SiblingTranslations([de, fr, es])
    assert _paths(siblings, de.entries[0], de) == [("fr.po", "6 millions")]  # es untranslated; "b" is another unit
    assert _paths(siblings, de.entries[1], de) == [("es.po", "Nápoles")]
    assert _paths(siblings, es.entries[1], es) == [("de.po", "Neapel")]
    assert _paths(siblings, es.entries[1], es, with_own=True) == [("de.po", "Neapel"), ("es.po", "Nápoles")]
    assert len(siblings) == 3


def test_fuzzy_translations_are_no_evidence():
    de = _catalog("de.po", "de", (None, "Naples", "Neapel"))
    it = _catalog("it.po", "it", (None, "Naples", "Napoli"), fuzzy=("Naples",))
    assert SiblingTranslations([de, it]).translations(de.entries[0], de) == []
