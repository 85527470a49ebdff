"""One small interface over Aho-Corasick: all (overlapping) occurrences of many terms in one pass.

Two backends give identical results (tests/test_matcher.py checks them against each other and
against a naive str.find oracle):
- `pyahocorasick` (required dependency);
- `ahocorasick_rs` (optional extra `fast`), used automatically when installed.
"""

from __future__ import annotations

from typing import Protocol, Sequence

Match = tuple[int, int, int]  # (start, end, term index), end exclusive, normalised offsets


class Matcher(Protocol):
    backend: str

    def find_all(self, text: str) -> list[Match]:
        """Every occurrence of every term, overlapping ones included, sorted by (start, end)."""
        ...


class PyAhoMatcher:
    backend = "pyahocorasick"

    def __init__(self, terms: Sequence[str]) -> None:
        import ahocorasick

        self._n = len(terms)
        auto = ahocorasick.Automaton()
        for i, t in enumerate(terms):
            if not t:
                raise ValueError(f"empty term at index {i}")
            auto.add_word(t, (i, len(t)))
        if len(terms):
            auto.make_automaton()
        self._auto = auto

    def find_all(self, text: str) -> list[Match]:
        if not self._n or not text:
            return []
        out = [(end + 1 - n, end + 1, i) for end, (i, n) in self._auto.iter(text)]
        out.sort()
        return out


class RsMatcher:
    backend = "ahocorasick_rs"

    def __init__(self, terms: Sequence[str]) -> None:
        import ahocorasick_rs

        if any(not t for t in terms):
            raise ValueError("empty term")
        self._n = len(terms)
        # Standard match kind is the only one that reports overlapping matches.
        self._ac = ahocorasick_rs.AhoCorasick(list(terms), matchkind=ahocorasick_rs.MatchKind.Standard) if terms else None

    def find_all(self, text: str) -> list[Match]:
        if self._ac is None or not text:
            return []
        out = [(s, e, i) for i, s, e in self._ac.find_matches_as_indexes(text, overlapping=True)]
        out.sort()
        return out


def available_backends() -> list[str]:
    names = ["pyahocorasick"]
    try:
        import ahocorasick_rs  # noqa: F401

        names.insert(0, "ahocorasick_rs")
    except ImportError:
        pass
    return names


def build_matcher(terms: Sequence[str], backend: str = "auto") -> Matcher:
    """Build a matcher; `auto` prefers ahocorasick_rs when it is installed."""
    if backend == "auto":
        backend = available_backends()[0]
    if backend == "ahocorasick_rs":
        return RsMatcher(terms)
    if backend == "pyahocorasick":
        return PyAhoMatcher(terms)
    raise ValueError(f"unknown matcher backend {backend!r}; choose auto, pyahocorasick or ahocorasick_rs")
