"""The public API contract (issue 2): check, Result, Finding, Screener, require_pass, errors."""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

import prescreen
from prescreen import Category, Config, Decision, DocumentMeta, Screener, Severity

AD = "本站真人百家乐24小时在线，注册送彩金。"


def test_check_returns_contract_fields() -> None:
    r = prescreen.check(AD)
    assert r.decision is Decision.BLOCK and r.decision == "block" and not r.passed
    assert [f.start for f in r.findings] == sorted(f.start for f in r.findings)
    f = r.findings[0]
    assert f.rule == "PC701" and f.name == "gambling.ad"
    assert f.category is Category.OBSCENITY_VIOLENCE and f.severity is Severity.BLOCK
    assert AD[f.start:f.end] == f.text == "真人百家乐"
    assert f.message and f.basis.startswith("《互联网信息服务管理办法》") and f.explanation
    assert 0 <= f.score <= 1


def test_empty_text_passes_and_non_str_raises() -> None:
    r = prescreen.check("")
    assert r.passed and r.findings == []
    with pytest.raises(TypeError, match="decode the bytes first"):
        prescreen.check(AD.encode())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="takes str, not NoneType"):
        prescreen.check(None)  # type: ignore[arg-type]


def test_offsets_point_into_original_disguised_text() -> None:
    text = "加微信进入眞人百·家·樂，充值即送"
    r = prescreen.check(text)
    f = next(f for f in r.findings if f.rule.startswith("PC7"))
    assert text[f.start:f.end] == f.text
    assert "樂" in f.text and "·" in f.text


def test_require_pass() -> None:
    ok = "关于做好2024年防汛工作的通知。"
    assert prescreen.require_pass(ok).passed
    with pytest.raises(prescreen.ScreeningFailed) as ei:
        prescreen.require_pass(AD)
    assert ei.value.result.decision is Decision.BLOCK


def test_result_serialises_to_versioned_json_with_personal_data_masked() -> None:
    text = "申请人张三，手机号码13912345678，身份证号码11010519491231002X。"
    r = prescreen.check(text)
    data = json.loads(r.model_dump_json())
    assert data["schema_version"] == prescreen.SCHEMA_VERSION
    dumped = json.dumps(data, ensure_ascii=False)
    assert "13912345678" not in dumped and "11010519491231002X" not in dumped
    assert any(f["category"] == "privacy" for f in data["findings"])


def test_policy_review_as_block_and_severity_override() -> None:
    text = "他说百家乐很好玩"  # a topic term in an unclear voice: review
    assert prescreen.check(text).decision is Decision.REVIEW
    strict = Screener(Config(review_as_block=True))
    assert strict.check(text).decision is Decision.BLOCK
    lenient = Screener(Config(severity={"PC701": "info"}))
    r = lenient.check(AD)
    assert r.passed and all(f.severity is Severity.INFO for f in r.findings if f.rule == "PC701")


def test_select_and_ignore() -> None:
    only_secret = Screener(Config(select=["secret"]))
    assert only_secret.check(AD).passed
    assert not only_secret.check("秘密★5年\n关于某事的通知").passed
    no_gambling = Screener(Config(ignore=["PC701"]))
    assert all(f.rule != "PC701" for f in no_gambling.check(AD).findings)
    with pytest.raises(ValueError, match="matches no rule"):
        Screener(Config(select=["XX999"]))


def test_meta_channel_changes_on_request_severity() -> None:
    text = "XX区住建局\n2024年5月8日\n（此件依申请公开）"
    assert prescreen.check(text).decision is Decision.BLOCK
    assert prescreen.check(text, channel="on_request").decision is Decision.REVIEW
    assert prescreen.check(text, DocumentMeta(channel="on_request")).decision is Decision.REVIEW


def test_thread_safety_16_threads_same_results() -> None:
    sc = Screener()
    texts = [AD, "秘密★5年\n通知", "严厉打击真人百家乐等网络赌博活动。", "小麦白粉病防治", "特色情况说明"] * 8
    expected = [sc.check(t).model_dump() for t in texts]
    barrier = threading.Barrier(16)

    def run(i: int) -> list[dict]:
        barrier.wait()
        return [sc.check(t).model_dump() for t in texts[i % 5:] + texts[: i % 5]]

    with ThreadPoolExecutor(16) as ex:
        outs = list(ex.map(run, range(16)))
    for i, out in enumerate(outs):
        assert out == expected[i % 5:] + expected[: i % 5]


def test_screening_error_fails_closed(monkeypatch) -> None:
    sc = Screener()

    def boom(*a, **k):
        raise RuntimeError("matcher exploded")

    monkeypatch.setattr(sc._matcher, "find_all", boom)
    with pytest.raises(prescreen.ScreeningError, match="matcher exploded"):
        sc.check("任意文本")


def test_import_does_no_work() -> None:
    import subprocess
    import sys

    code = ("import sys, prescreen; "
            "assert 'jieba' not in sys.modules and 'ahocorasick' not in sys.modules, sorted(sys.modules); "
            "assert not prescreen._default")
    subprocess.run([sys.executable, "-c", code], check=True)


PACK = """code = "UX201"
name = "local.short_term"
category = "obscenity_violence"
severity = "review"
kind = "terms"
message = "短词"
basis = "测试"
terms = \"\"\"
色情 | 两个字的词：需要 jieba 判断词边界
\"\"\"
[doc]
summary = "两字词测试"
why = "测试 jieba 懒加载"
[[examples]]
text = "⟦色情⟧网站"
[[examples]]
text = "特色情况"
"""


def test_jieba_only_loaded_when_a_candidate_needs_it(tmp_path) -> None:
    import subprocess
    import sys

    (tmp_path / "p.toml").write_text(PACK, encoding="utf-8")
    code = ("import sys, prescreen; sc = prescreen.Screener(prescreen.Config(packs=[sys.argv[1]])); "
            "sc.check('关于做好防汛工作的通知。' * 50); "
            "assert 'jieba' not in sys.modules, 'jieba loaded for a text without short candidates'; "
            "r = sc.check('特色情况说明'); assert r.passed, r; assert 'jieba' in sys.modules; "
            "assert not sc.check('色情网站').passed")
    subprocess.run([sys.executable, "-c", code, str(tmp_path)], check=True)


def test_explain_lists_turned_away_candidates() -> None:
    r = prescreen.default_screener().check("严厉打击真人百家乐等网络赌博活动。", explain=True)
    assert r.passed and any("opposing voice" in s.reason for s in r.suppressed)


def test_inline_suppression_and_unused_notice() -> None:
    text = "本站真人百家乐在线 <!-- prescreen-ignore PC701 -- 用于培训示例 -->\n第二行 <!-- prescreen-ignore PD101 -->"
    r = prescreen.check(text)
    assert r.passed
    assert any("unused suppression" in n for n in r.notices)


def test_allow_numbers_in_config() -> None:
    text = "值班手机：13912345678（联系人张三）"
    assert any(f.category is Category.PRIVACY for f in prescreen.check(text).findings)
    sc = Screener(Config(allow_numbers=["139-1234-5678"]))
    assert not any(f.category is Category.PRIVACY for f in sc.check(text).findings)
