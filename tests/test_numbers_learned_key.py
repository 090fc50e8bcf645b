"""The learned-words cache key names the (source, translation) pairs, the sources hashed once per run."""

from yzi18n.numbers import learned_cache


def test_the_key_tells_pairs_apart(tmp_path, monkeypatch):
    monkeypatch.setenv("YZI18N_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(learned_cache, "_SOURCES_DIGEST", {})
    pairs = [("Two cats", "Zwei Katzen"), ("Three dogs", "Drei Hunde")]
    key = learned_cache._path(pairs, True)
    assert learned_cache._path(list(pairs), True) == key  # the sources' digest from the run's memo
    assert len(learned_cache._SOURCES_DIGEST) == 1
    assert learned_cache._path(pairs, False) != key
    assert learned_cache._path([("Two cats", "Zwei Katzen"), ("Three dogs", "Drei Hunde!")], True) != key
    assert learned_cache._path([("Two cats", "Zwei Katzen"), ("Three cats", "Drei Hunde")], True) != key
    # the text moved from a source to a translation, a NUL inside a text, one pair fewer
    assert learned_cache._path([("Two", "cats Zwei Katzen"), ("Three dogs", "Drei Hunde")], True) != key
    assert learned_cache._path([("Two cats\0Zwei", "Katzen"), ("Three dogs", "Drei Hunde")], True) != key
    assert learned_cache._path(pairs[:1], True) != key
    monkeypatch.setattr(learned_cache, "_SOURCES_DIGEST", {})
    assert learned_cache._path(pairs, True) == key  # computed again: the same key
