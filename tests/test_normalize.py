"""The normaliser and its offset map (property tests with hypothesis)."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from prescreen.normalize import Normalizer

N = Normalizer()

EVASION_PIECES = ["赌", "博", "網", "站", "*", " ", "·", "\u200b", "\u200d", "\u202e", "\ufeff", "Ｖ", "ｐ", "N",
                  "①", "③", "⑩", "㈠", "𝟏", "\u0301", "\n", "　", "—", "ﬁ", "A", "1", "。", "𠀀", "\ud800"]

texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(EVASION_PIECES), max_size=80).map("".join),
    st.text(alphabet=st.characters(min_codepoint=0x3000, max_codepoint=0x9FFF), max_size=120),
)


def test_examples() -> None:
    cases = {
        "賭*博 網站": "赌博网站",
        "赌\u200b博": "赌博",
        "ＶＰＮ下载①③⑧": "vpn下载138",
        "赌 · 博": "赌博",
        "abc  def": "abc  def",  # separators between Latin letters stay: token boundaries matter
        "进一步转\n\n变工作": "进一步转变工作",  # PDF line breaks inside words
        "⑩号": "10号",
    }
    for src, want in cases.items():
        assert N.normalize(src).text == want, src


def test_offsets_point_at_original_disguised_text() -> None:
    src = "本站賭*博網站"
    nt = N.normalize(src)
    s = nt.text.index("赌博")
    a, b = nt.to_original(s, s + 2)
    assert src[a:b] == "賭*博"


@given(texts)
def test_property_map_is_total_monotonic_and_exact(text: str) -> None:
    nt = N.normalize(text)
    prev_a = prev_b = 0
    for i in range(len(nt.text)):
        a, b = nt.to_original(i, i + 1)
        assert 0 <= a < b <= len(text)
        assert a >= prev_a and b >= prev_b  # monotonic
        prev_a, prev_b = a, b
        # the original span normalises to text that contains this character
        assert nt.text[i] in N.normalize(text[a:b]).text or text[a:b].isspace() is False
    if nt.text:
        a, b = nt.to_original(0, len(nt.text))
        assert 0 <= a < b <= len(text)


@given(texts, st.data())
def test_property_span_maps_back_to_text_that_normalises_to_the_hit(text: str, data) -> None:
    nt = N.normalize(text)
    if not nt.text:
        return
    s = data.draw(st.integers(0, len(nt.text) - 1))
    e = data.draw(st.integers(s + 1, len(nt.text)))
    a, b = nt.to_original(s, e)
    renorm = N.normalize(text[a:b]).text
    # Expansions (⑩ -> 10) can make the original span cover a little more than the hit.
    assert nt.text[s:e] in renorm


@given(texts)
def test_property_idempotent(text: str) -> None:
    once = N.normalize(text).text
    assert N.normalize(once).text == once


def test_lone_surrogates_and_controls_do_not_crash() -> None:
    for s in ["\ud800", "a\udfffb", "\x00\x01", "\u202e赌博\u202c", "e\u0301\u0301\u0301"]:
        nt = N.normalize(s)
        for i in range(len(nt.text)):
            nt.to_original(i, i + 1)


def test_nfkc_and_width() -> None:
    assert N.normalize("１３８").text == "138"
    assert N.normalize("ＡＢＣ").text == "abc"
    assert unicodedata.normalize("NFKC", "𝟏") == "1" and N.normalize("𝟏").text == "1"
