"""Fail closed, bounded regexes, no data loss on --fix, nothing leaks, many files."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

import prescreen
from prescreen import Config, Screener
from prescreen.cli import main
from prescreen.rewrite import atomic_write, fix_file

ID = "11010519491231002X"
MOBILE = "13912345678"

CATASTROPHIC = '''code = "UX301"
name = "local.slow"
category = "other_illegal"
severity = "review"
kind = "pattern"
message = "慢模式"
basis = "测试"
patterns = ['(a+)+$']
[doc]
summary = "灾难性回溯的用户正则"
why = "测试超时"
[[examples]]
text = "⟦aaaa⟧"
[[examples]]
text = "bbbb"
'''


def test_runaway_user_regex_is_bounded_and_fails_closed(tmp_path: Path) -> None:
    (tmp_path / "slow.toml").write_text(CATASTROPHIC, encoding="utf-8")
    sc = Screener(Config(packs=[str(tmp_path)], regex_timeout=0.2))
    t = time.monotonic()
    with pytest.raises(prescreen.ScreeningError, match="timed out|Timeout"):
        sc.check("a" * 5000 + "!")
    assert time.monotonic() - t < 10


def test_cli_exits_2_naming_the_file_on_internal_error(tmp_path: Path, monkeypatch, capsys) -> None:
    (tmp_path / "a.md").write_text("正常文本。", encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def boom(self, *a, **k):
        raise RuntimeError("detector crashed")

    monkeypatch.setattr(prescreen.Screener, "_check", boom)
    code = main(["check", "a.md", "--jobs", "1"])
    out, err = capsys.readouterr()
    assert code == 2 and "a.md" in out and "detector crashed" in out


def test_atomic_write_keeps_original_when_replace_fails(tmp_path: Path, monkeypatch) -> None:
    p = tmp_path / "f.txt"
    p.write_text("旧内容", encoding="utf-8")
    import hashlib

    digest = hashlib.sha256(p.read_bytes()).hexdigest()

    def crash(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        atomic_write(p, "新内容".encode(), expected_sha256=digest)
    assert p.read_text(encoding="utf-8") == "旧内容"
    assert [x.name for x in tmp_path.iterdir()] == ["f.txt"]  # no temporary file left behind


def test_fix_refuses_file_changed_since_read(tmp_path: Path) -> None:
    p = tmp_path / "list.md"
    p.write_text(f"申请人张三，身份证号码{ID}。\n", encoding="utf-8")
    res = fix_file(prescreen.default_screener(), p, prescreen.DocumentMeta(), expected_fingerprint="0" * 64)
    assert res.error and "changed" in res.error
    assert ID in p.read_text(encoding="utf-8")


def _leaks(text: str) -> list[prescreen.Finding]:
    """Unmasked identifiers in tool output, found by the privacy detectors themselves."""
    r = prescreen.Screener(Config(select=["PD1"])).check(text)
    return [f for f in r.findings if f.severity is not prescreen.Severity.INFO]


@pytest.mark.parametrize("fmt", ["full", "concise", "json", "json-lines", "sarif", "github", "gitlab"])
def test_reports_contain_no_unmasked_identifier(tmp_path: Path, monkeypatch, capsys, fmt: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(
        f"秘密★5年\n申请人张三，身份证号码{ID}，手机{MOBILE}，银行卡号6222021234567890128，邮箱zhangsan1987@163.com。\n",
        encoding="utf-8")
    main(["check", "a.md", "--output-format", fmt, "--statistics", "--explain"])
    out, err = capsys.readouterr()
    assert "PD101" in out or fmt == "github"
    assert not _leaks(out + err), [f.masked_text for f in _leaks(out + err)]
    assert ID not in out + err and MOBILE not in out + err


def test_baseline_contains_no_identifier(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(f"申请人张三，身份证号码{ID}，手机{MOBILE}。\n", encoding="utf-8")
    main(["baseline", "create", "a.md"])
    out, _ = capsys.readouterr()
    data = json.loads(out)
    assert data["entries"] and not _leaks(out) and ID not in out and MOBILE not in out


@pytest.mark.slow
def test_folder_of_ten_thousand_files(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    d = tmp_path / "site"
    for i in range(100):
        sub = d / f"s{i:03d}"
        sub.mkdir(parents=True)
        for j in range(100):
            text = "关于做好防汛工作的通知。\n" if (i * 100 + j) % 997 else "本站真人百家乐在线\n"
            (sub / f"p{j:03d}.md").write_text(text, encoding="utf-8")
    code = main(["check", "site", "--output-format", "json", "-o", "out.json", "--jobs", "2"])
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert data["summary"]["files"] == 10_000
    assert data["summary"]["decisions"].get("block") == 11 and code == 1


def test_symlink_loop_and_unreadable(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "back").symlink_to(tmp_path / "dir")  # a folder loop: never followed
    (tmp_path / "dir" / "ok.md").write_text("正常文本。", encoding="utf-8")
    code = main(["check", "loop", "dir"])
    out, _ = capsys.readouterr()
    assert code == 2 and "loop" in out and "could not be screened" in out
