"""The inline-tag codec: msgid notation ⇄ tokens, and what a translation may not do."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yzi18n import inline
from yzi18n.inline import Tag, TranslationError

SOURCE = "Click <a_1>here</a_1> to read the <em_2>docs</em_2>.<br_3/>Next"
TAGS = {1: Tag(1, "a", False), 2: Tag(2, "em", False), 3: Tag(3, "br", True)}


def test_tokenize_and_encode_round_trip_the_design_example():
    tokens = inline.tokenize(SOURCE)
    assert tokens[:3] == [("t", "Click "), ("o", 1, "a"), ("t", "here")]
    assert ("e", 3, "br") in tokens
    assert inline.encode(tokens) == SOURCE


def test_a_translation_may_reorder_tags():
    tokens, edited = inline.decode("Lisez la <em_2>doc</em_2> <a_1>ici</a_1>.<br_3/>Suite",
                                   inline.tokenize(SOURCE), TAGS)
    assert edited == []
    assert [t for t in tokens if t[0] != "t"] == [("o", 2, "em"), ("c", 2, "em"), ("o", 1, "a"), ("c", 1, "a"),
                                                 ("e", 3, "br")]


@pytest.mark.parametrize("translation, code", [
    ("Cliquez <a_1>ici</a_1> <em_2>doc</em_2>.", "markup.missing-tag"),
    ("<a_1>ici</a_1> <a_1>là</a_1> <em_2>doc</em_2><br_3/>", "markup.duplicate-tag"),
    ("<a_1>ici <em_2>doc</a_1></em_2><br_3/>", "markup.not-well-formed"),
    ("<a_1>ici <em_2>doc</em_2><br_3/>", "markup.not-well-formed"),
    ("<a_1>ici</a_1> <em_2>doc</em_2><br_3>x</br_3>", "markup.tag-form"),
    ("<a_1>ici</a_1> <em_2>doc</em_2><br_3/><b_4>x</b_4>", "markup.unknown-tag"),
    ("<a_1>ici</a_1> <strong_2>doc</strong_2><br_3/>", "markup.unknown-tag"),
    ("<a_1>ici</a_1> <em_2>doc</em_2><br_3/><script>alert(1)</script>", "markup.unknown"),
    ('<a_1 href="javascript:alert(1)">ici</a_1> <em_2>doc</em_2><br_3/>', "markup.unknown"),
    ("<a_1>ici</a_1> <em_2>doc</em_2><br_3/>&lt;script&gt;", "markup.entity"),
    ("<a_1>javascript:alert(1)</a_1> <em_2>doc</em_2><br_3/>", "markup.script"),
    ("<a_1>ici</a_1> <em_2>doc</em_2><br_3/>\x00", "markup.invalid-character"),
])
def test_a_translation_that_breaks_the_rules_is_refused(translation, code):
    with pytest.raises(TranslationError) as caught:
        inline.decode(translation, inline.tokenize(SOURCE), TAGS)
    assert caught.value.code == code


def test_markup_like_text_already_in_the_source_is_allowed():
    source = "Write <code_1><div></code_1> &amp; friends"
    tags = {1: Tag(1, "code", False)}
    tokens, _ = inline.decode("Écrivez <code_1><div></code_1> &amp; cie", inline.tokenize(source), tags)
    assert inline.plain_text(tokens) == "Écrivez <div> &amp; cie"


def test_protected_content_is_restored_and_reported():
    source = "Product <span_1>Acme<sup_2>®</sup_2></span_1> is great."
    tags = {1: Tag(1, "span", False, True), 2: Tag(2, "sup", False, True)}
    tokens, edited = inline.decode("Le produit <span_1>Akme</span_1> est super.", inline.tokenize(source), tags)
    assert edited == [1]
    assert inline.encode(tokens) == "Le produit <span_1>Acme<sup_2>®</sup_2></span_1> est super."


def test_plain_units_refuse_markup_and_script():
    inline.check_plain("Une icône", "An icon")
    for hostile in ('" onmouseover="alert(1)', "<img src=x>", "javascript:alert(1)", "&#60;"):
        with pytest.raises(TranslationError):
            inline.check_plain(hostile, "An icon")


names = st.sampled_from(["a", "em", "b", "span", "code", "x.y", "my-tag", "书"])
text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="<>"), max_size=8)


@st.composite
def token_lists(draw):
    tokens, ordinal, stack = [], 0, []
    for _ in range(draw(st.integers(0, 12))):
        choice = draw(st.integers(0, 3))
        if choice == 0:
            value = draw(text)
            if value and not (tokens and tokens[-1][0] == "t"):
                tokens.append(("t", value))
        elif choice == 1:
            ordinal += 1
            stack.append((ordinal, draw(names)))
            tokens.append(("o", *stack[-1]))
        elif choice == 2 and stack:
            tokens.append(("c", *stack.pop()))
        else:
            ordinal += 1
            tokens.append(("e", ordinal, draw(names)))
    while stack:
        tokens.append(("c", *stack.pop()))
    return tokens


@given(token_lists())
def test_codec_round_trip(tokens):
    encoded = inline.encode(tokens)
    assert inline.tokenize(encoded) == tokens
    tags = {}
    for token in tokens:
        if token[0] in ("o", "e"):
            tags[token[1]] = Tag(token[1], token[2], token[0] == "e")
    decoded, edited = inline.decode(encoded, tokens, tags)
    assert decoded == tokens and edited == []


def test_bracketed_words_that_translate_the_sources_own_are_allowed():
    # Sphinx: msgid "(The <<original entry>> is located in %s.)" → "(Der <<ursprüngliche Eintrag>> …)"
    inline.check_plain("(Der <<ursprüngliche Eintrag>> steht in %s.)", "(The <<original entry>> is located in %s.)")
    inline.check_plain("<<원래 항목>>", "<<original entry>>")
    inline.check_plain("<<मूल प्रविष्टि>>", "<<original entry>>")  # a vowel sign is no word character for re
    for hostile in ("<<script>>", "<<img src=x>>", "<<ursprüngliche>> <<zweite>>", "<!-- x -->"):
        with pytest.raises(TranslationError):  # an element name, or more brackets than the source has
            inline.check_plain(hostile, "<<original entry>>")
