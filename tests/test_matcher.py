"""The matcher agrees with a naive str.find oracle, and the two backends agree with each other."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from prescreen.matcher import PyAhoMatcher, available_backends, build_matcher


def oracle(terms: list[str], text: str) -> list[tuple[int, int, int]]:
    out = []
    for i, t in enumerate(terms):
        start = text.find(t)
        while start != -1:
            out.append((start, start + len(t), i))
            start = text.find(t, start + 1)
    return sorted(out)


ALPHABET = "赌博网站abc12 真人百家乐"
terms_st = st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=5), min_size=1, max_size=20, unique=True)
text_st = st.text(alphabet=ALPHABET, max_size=200)


@given(terms_st, text_st)
def test_property_pyahocorasick_matches_oracle(terms: list[str], text: str) -> None:
    assert PyAhoMatcher(terms).find_all(text) == oracle(terms, text)


@pytest.mark.skipif("ahocorasick_rs" not in available_backends(), reason="ahocorasick_rs not installed")
@given(terms_st, text_st)
def test_property_backends_agree(terms: list[str], text: str) -> None:
    from prescreen.matcher import RsMatcher

    assert RsMatcher(terms).find_all(text) == PyAhoMatcher(terms).find_all(text)


def test_astral_and_empty() -> None:
    for backend in available_backends():
        m = build_matcher(["𠀀𠀁", "ab"], backend)
        assert m.find_all("x𠀀𠀁ab") == [(1, 3, 0), (3, 5, 1)]
        assert build_matcher([], backend).find_all("abc") == []


def test_unknown_backend() -> None:
    with pytest.raises(ValueError, match="unknown matcher backend"):
        build_matcher(["ab"], "nope")
