"""pypinyin's dictionary, once loaded for the search rows, is out of the garbage collector's
sight: a full collection afterwards does not walk its ~190,000 lists again."""

from __future__ import annotations

import gc

from gridwarden.search import pinyin_keys


def test_the_pinyin_dictionary_is_frozen_once_loaded() -> None:
    assert pinyin_keys("张三") == ("zs", "zhangsan")
    from pypinyin.phrases_dict import phrases_dict

    assert len(phrases_dict) > 40_000  # the dictionary is loaded
    assert gc.get_freeze_count() >= len(phrases_dict)
    # not in any generation a collection walks (the permanent one is left alone)
    assert not any(found is phrases_dict for found in gc.get_objects())
    assert pinyin_keys("李娜") == ("ln", "lina")  # and the names still convert
