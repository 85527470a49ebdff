"""The compiled-terms cache: used when safe, ignored when not, never changes results."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import prescreen
from prescreen import cache


@pytest.fixture()
def cache_home(tmp_path: Path, monkeypatch) -> Path:
    d = tmp_path / "cache"
    monkeypatch.setenv("PRESCREEN_CACHE_DIR", str(d))
    return d


def test_cache_written_and_reused_with_same_results(cache_home: Path) -> None:
    a = prescreen.Screener()
    files = list(cache_home.glob("terms-*.json"))
    assert len(files) == 1 and oct(cache_home.stat().st_mode & 0o777) == "0o700"
    b = prescreen.Screener()  # from the cache
    text = "本站眞人百·家·樂24小时在线，注册送彩金。严厉打击网络赌博。"
    assert a.check(text) == b.check(text)
    assert a._keys == b._keys


def test_unsafe_cache_is_ignored(cache_home: Path, monkeypatch) -> None:
    prescreen.Screener()
    f = next(cache_home.glob("terms-*.json"))
    data = json.loads(f.read_text(encoding="utf-8"))
    # a tampered cache that would hide every term …
    data["terms"] = ["zz" + str(i) for i in range(len(data["terms"]))]
    f.write_text(json.dumps(data), encoding="utf-8")
    os.chmod(f, 0o666)  # … in a file others can write: ignored
    sc = prescreen.Screener()
    assert not sc.check("本站真人百家乐在线").passed
    os.chmod(f, 0o600)
    os.chmod(cache_home, 0o777)  # a folder others can write: ignored too
    assert not prescreen.Screener().check("本站真人百家乐在线").passed


def test_cache_can_be_switched_off(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PRESCREEN_CACHE_DIR", "off")
    assert cache.cache_dir() is None
    assert not prescreen.Screener().check("本站真人百家乐在线").passed
