"""Invariants of check() under generated input (hypothesis).

The regular suite runs FUZZ_N examples per property (10,000 by default); `make fuzz` runs more
(PRESCREEN_FUZZ_EXAMPLES). Inputs: arbitrary Unicode (lone surrogates, controls, bidi, combining
marks, astral CJK), long lines, and the evasion forms stitched around real violations.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import prescreen

FUZZ_N = max(10_000, int(os.environ.get("PRESCREEN_FUZZ_EXAMPLES", "0")))
SC = prescreen.default_screener()

PIECES = [
    "真人百家乐", "注册送彩金", "秘密★5年", "机密", "内部资料", "（此件不予公开）", "法轮大法好", "台独", "紧急扩散",
    "11010519491231002X", "13912345678", "6222021234567890123", "zhang@163.com", "打击", "严禁", "“", "”", "\n",
    "赌", "博", "*", " ", "·", "\u200b", "\u202e", "\u0301", "Ｖ", "①", "𠀀", "\ud800", "賭", "網", "，", "。", "0831-8223456",
]
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(PIECES), max_size=60).map("".join),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=40).map("".join),
)


def _invariants(text: str, r: prescreen.Result) -> None:
    assert r.decision in (prescreen.Decision.PASS, prescreen.Decision.REVIEW, prescreen.Decision.BLOCK)
    prev = (-1, -1)
    for f in r.findings:
        assert 0 <= f.start < f.end <= len(text), f
        assert text[f.start:f.end] == f.text
        assert (f.start, f.end) >= prev
        prev = (f.start, f.end)
    if r.findings:
        top = max(f.severity.rank for f in r.findings)
        assert r.decision.value == ["pass", "review", "block"][top]
    else:
        assert r.passed


@settings(max_examples=FUZZ_N, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_property_check_invariants_and_determinism(text: str) -> None:
    r1 = SC.check(text)  # no exception other than the documented ones
    _invariants(text, r1)
    r2 = SC.check(text)
    assert r1 == r2  # deterministic


@settings(max_examples=2_000, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES[:12] + ["，", "。", "\n", "、", "各乡镇要做好防汛工作"]), min_size=40, max_size=300).map("".join))
def test_property_long_mixed_texts(text: str) -> None:
    _invariants(text, SC.check(text))


def test_very_long_line_and_control_characters() -> None:
    text = "各乡镇要做好防汛工作" * 50_000 + "\x00\x07\x1b[31m" + "秘密★5年"
    r = SC.check(text)
    _invariants(text, r)
    assert any(f.rule == "SM101" for f in r.findings)
