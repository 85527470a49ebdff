"""Very large texts: chunked screening loses no finding at a chunk boundary and stays linear."""

from __future__ import annotations

import pytest

import prescreen
from prescreen import screener as screener_mod


@pytest.fixture()
def small_chunks(monkeypatch):
    monkeypatch.setattr(screener_mod, "CHUNK_SIZE", 5_000)
    monkeypatch.setattr(screener_mod, "CHUNK_OVERLAP", 300)


def test_findings_across_chunk_boundaries_are_kept_once(small_chunks) -> None:
    filler = "各乡镇要做好防汛工作，落实值班制度。"
    ad = "本站真人百家乐在线"
    sc = prescreen.Screener()
    # plant the ad at every offset around the first cut, with and without a line break nearby
    for shift in range(-12, 12, 3):
        body = filler * 280  # ~5,000 chars: the cut lands near here
        text = body[: len(body) + shift] + ad + filler * 400
        one = sc._check(text, prescreen.DocumentMeta(), False)  # unchunked reference
        chunked = sc.check(text)
        assert chunked.stats.get("chunks", 1) > 1
        assert [(f.rule, f.start, f.end) for f in chunked.findings] == [(f.rule, f.start, f.end) for f in one.findings]
        for f in chunked.findings:
            assert text[f.start:f.end] == f.text


def test_secret_mark_in_a_later_chunk_is_not_a_head_mark(small_chunks) -> None:
    text = "关于做好防汛工作的通知\n" + "各乡镇要做好防汛工作。\n" * 800 + "秘密\n" + "落实值班制度。\n" * 50
    r = prescreen.Screener().check(text)
    levels = [f.severity for f in r.findings if f.rule == "SM101"]
    assert levels == [prescreen.Severity.REVIEW]


@pytest.mark.slow
def test_ten_megabyte_document_completes() -> None:
    text = "各乡镇要做好防汛工作，落实值班制度，加强监测预警，及时转移群众。联系电话：0831-8223456。\n" * 220_000
    assert len(text) > 10_000_000
    r = prescreen.check(text + "本站真人百家乐在线")
    assert r.decision == "block" and r.stats["chunks"] >= 10
