"""Rule files and config files: validation errors name the file and line; user packs work without code."""

from __future__ import annotations

from pathlib import Path

import pytest

import prescreen
from prescreen import Config, RuleFileError, Screener
from prescreen.config import discover_config, load_config
from prescreen.rulefile import load_rule_file

GOOD = '''code = "UX101"
name = "local.banned"
category = "other_illegal"
severity = "block"
kind = "terms"
message = "含本地禁用词"
basis = "本单位信息发布规定"
terms = """
测试禁用词语 | 本地词表
另一个禁用词 | review | 需判断
"""
allow = """
测试禁用词语研究 | 本地允许
"""

[doc]
summary = "本地词表示例"
why = "演示用户词包"

[[examples]]
text = "这里有⟦测试禁用词语⟧。"

[[examples]]
text = "关于测试禁用词语研究的说明"
'''


def test_user_pack_adds_terms_and_allow(tmp_path: Path) -> None:
    (tmp_path / "pack.toml").write_text(GOOD, encoding="utf-8")
    sc = Screener(Config(packs=[str(tmp_path)]))
    r = sc.check("这里有测试禁用词语。")
    assert [f.rule for f in r.findings] == ["UX101"]
    assert sc.check("关于测试禁用词语研究的说明").passed


@pytest.mark.parametrize("mutate,line,needle", [
    (lambda s: s.replace('severity = "block"', 'severity = "blok"'), 4, "severity"),
    (lambda s: s.replace("另一个禁用词 | review", "另 | review"), 10, "single-character"),
    (lambda s: s.replace("另一个禁用词 | review | 需判断", "测试禁用词语 | dup"), 10, "duplicate term"),
    (lambda s: s.replace('text = "这里有⟦测试禁用词语⟧。"', 'text = "这里有⟦测试禁用词语。"'), 21, "⟦ without"),
    (lambda s: s.replace('code = "UX101"', 'code = "ux-1"'), 1, "code"),
    (lambda s: s.replace('kind = "terms"', 'kind = "terms"\npatterns = ["\\\\bfoo"]'), 6, "\\b"),
    (lambda s: s.replace('[doc]', 'doc = 3\n[doc]'), 17, "invalid TOML"),
])
def test_invalid_rule_file_names_file_and_line(mutate, line, needle) -> None:
    with pytest.raises(RuleFileError) as ei:
        load_rule_file(mutate(GOOD), "pack/x.toml")
    assert ei.value.path == "pack/x.toml"
    assert needle in str(ei.value)
    assert ei.value.line == line, str(ei.value)


def test_user_pack_cannot_name_logic(tmp_path: Path) -> None:
    bad = GOOD.replace('kind = "terms"', 'kind = "logic"')
    (tmp_path / "p.toml").write_text(bad, encoding="utf-8")
    with pytest.raises(RuleFileError, match="logic"):
        Screener(Config(packs=[str(tmp_path)]))


def test_duplicate_code_rejected(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(GOOD.replace("UX101", "PC701").replace("local.banned", "local.other"), encoding="utf-8")
    with pytest.raises(RuleFileError, match="duplicate rule code PC701"):
        Screener(Config(packs=[str(tmp_path)]))


def test_config_discovery_and_errors(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.prescreen]\nignore = ["PC7"]\nreview-as-block = true\n', encoding="utf-8")
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    cfg = discover_config(sub)
    assert cfg.ignore == ["PC7"] and cfg.review_as_block
    (tmp_path / "prescreen.toml").write_text('fail_on = "review"\nchannel = "nowhere"\n', encoding="utf-8")
    with pytest.raises(RuleFileError) as ei:
        load_config(tmp_path / "prescreen.toml")
    assert ei.value.line == 2 and "channel" in str(ei.value)


def test_every_builtin_rule_code_is_well_formed_and_unique() -> None:
    from prescreen.registry import load_ruleset

    rules = load_ruleset().rules
    codes = [r.code for r in rules]
    assert len(codes) == len(set(codes))
    family = {"PC1": "constitution", "PC2": "state_security", "PC3": "national_honor", "PC4": "ethnic_hatred",
              "PC5": "religion_cult", "PC6": "rumor", "PC7": "obscenity_violence", "PC8": "insult_defamation",
              "PC9": "other_illegal", "PD": "privacy", "SM": "secret", "SN": "sensitive"}
    for r in rules:
        want = family.get(r.code[:3]) or family.get(r.code[:2])
        assert want == r.category.value, f"{r.code} is in the {want} family but has category {r.category.value}"
    assert prescreen.check("测试").passed
