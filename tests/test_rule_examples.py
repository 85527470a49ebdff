"""One generic runner: every example in every rule file is a test case (docs cannot drift).

- an example with ⟦⟧ marks: each marked span is overlapped by a finding of THIS rule (with the
  example's `severity` when given), and the rule finds nothing outside the marks;
- an example without marks: the rule finds nothing.
"""

from __future__ import annotations

import pytest

import prescreen
from prescreen.registry import load_ruleset

RULESET = load_ruleset()


@pytest.fixture(scope="module")
def screener() -> prescreen.Screener:
    """Every rule switched on, including the ones that are off by default."""
    return prescreen.Screener(prescreen.Config(extend_select=[r.code for r in RULESET.rules]))
CASES = [
    pytest.param(rule, i, ex, id=f"{rule.code}-{i}")
    for rule in RULESET.rules
    for i, ex in enumerate(rule.examples)
]


@pytest.mark.parametrize("rule,i,example", CASES)
def test_rule_example(screener: prescreen.Screener, rule, i, example) -> None:
    result = screener.check(example.plain, **example.meta)
    mine = [f for f in result.findings if f.rule == rule.code]
    spans = example.spans
    for a, b in spans:
        hit = [f for f in mine if f.start < b and a < f.end]
        assert hit, f"{rule.code} example {i}: nothing found at {example.plain[a:b]!r} in {example.plain!r}; " \
                    f"findings: {[str(f) for f in result.findings]}"
        if example.severity is not None:
            assert any(f.severity == example.severity for f in hit), \
                f"{rule.code} example {i}: expected {example.severity} at {example.plain[a:b]!r}, got {[str(f) for f in hit]}"
    stray = [f for f in mine if not any(f.start < b and a < f.end for a, b in spans)]
    assert not stray, f"{rule.code} example {i}: unexpected {[str(f) for f in stray]} in {example.plain!r}"


def test_every_rule_has_documented_examples() -> None:
    for rule in RULESET.rules:
        assert any(e.spans for e in rule.examples) and any(not e.spans for e in rule.examples), rule.code
        assert rule.doc.summary and rule.doc.why, rule.code


def test_every_builtin_pattern_compiles() -> None:
    """Built-in patterns are not compiled at load (start-up time); this is where they are checked."""
    import regex

    for rule in RULESET.rules:
        for p in rule.patterns:
            regex.compile(p, regex.V1)
