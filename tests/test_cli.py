"""The command line: exit codes, formats, ignore files, baselines, --fix; nothing leaks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from prescreen.cli import main

ID = "11010519491231002X"  # checksum-valid test ID (GB 11643 example)
MOBILE = "13912345678"
PERSONAL = f"申请人：张三，身份证号码：{ID}，联系电话：{MOBILE}。\n"
AD = "本站真人百家乐24小时在线，注册送彩金。\n"
CLEAN = "关于做好2024年防汛工作的通知\n各乡镇：请做好防汛准备。\n"


@pytest.fixture()
def tree(tmp_path: Path, monkeypatch) -> Path:
    (tmp_path / "clean.md").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "ad.txt").write_text(AD, encoding="utf-8")
    (tmp_path / "person.md").write_text("# 公示\n\n" + PERSONAL, encoding="utf-8")
    (tmp_path / "gbk.txt").write_bytes(("秘密★5年\n" + CLEAN).encode("gbk"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_exit_codes(tree: Path, capsys) -> None:
    assert run(capsys, "check", "clean.md")[0] == 0
    code, out, _ = run(capsys, "check", "ad.txt")
    assert code == 1 and "ad.txt:1:3: PC701 [block]" in out
    assert run(capsys, "check", "ad.txt", "--exit-zero")[0] == 0
    assert run(capsys, "check", "--select", "secret", "ad.txt")[0] == 0
    assert run(capsys, "check", "--no-such-flag")[0] == 2
    code, out, err = run(capsys, "check", "missing.md")
    assert code == 2 and "missing.md" in out + err


def test_gbk_file_is_decoded_and_screened(tree: Path, capsys) -> None:
    code, out, _ = run(capsys, "check", "gbk.txt", "--output-format", "concise")
    assert code == 1 and "SM101" in out and "gbk.txt:1:1" in out


def test_undecodable_and_binary_files_are_errors_not_passes(tree: Path, capsys) -> None:
    (tree / "bad.txt").write_bytes(b"\xff\xfe\xfa\x00\x01\x02" * 10 + b"\x81")
    (tree / "bin.md").write_bytes(b"\x00\x01\x02ELF")
    code, out, err = run(capsys, "check", "bad.txt", "bin.md")
    assert code == 2
    assert "bad.txt" in out and "bin.md" in out and "could not be screened" in out


def test_fail_on_review(tree: Path, capsys) -> None:
    (tree / "r.txt").write_text("他说百家乐很好玩\n", encoding="utf-8")
    assert run(capsys, "check", "r.txt")[0] == 0
    assert run(capsys, "check", "r.txt", "--fail-on", "review")[0] == 1


def test_folder_scan_honours_ignore_files_and_exclude(tree: Path, capsys) -> None:
    (tree / ".gitignore").write_text("ad.txt\n", encoding="utf-8")
    sub = tree / "drafts"
    sub.mkdir()
    (sub / "x.md").write_text(AD, encoding="utf-8")
    (sub / ".prescreenignore").write_text("x.md\n", encoding="utf-8")
    (tree / "notes.py").write_text(AD, encoding="utf-8")  # not a draft format: not scanned in folders
    code, out, _ = run(capsys, "check", ".", "--output-format", "json")
    paths = {f["path"] for f in json.loads(out)["files"]}
    assert "ad.txt" not in {Path(p).name for p in paths} and not any(p.endswith("x.md") for p in paths)
    assert not any(p.endswith("notes.py") for p in paths)
    assert json.loads(out)["summary"]["skipped"]
    # explicit paths are screened even when ignored, unless --force-exclude (the pre-commit case)
    assert run(capsys, "check", "ad.txt")[0] == 1
    assert run(capsys, "check", "ad.txt", "--force-exclude")[0] == 0
    assert run(capsys, "check", "ad.txt", "--exclude", "*.txt", "--force-exclude")[0] == 0


def test_stdin(tree: Path) -> None:
    p = subprocess.run([sys.executable, "-m", "prescreen.cli", "check", "-", "--output-format", "concise"],
                       input=AD.encode(), capture_output=True)
    assert p.returncode == 1 and b"PC701" in p.stdout


@pytest.mark.parametrize("fmt", ["full", "concise", "json", "json-lines", "sarif", "github", "gitlab"])
def test_no_format_prints_an_unmasked_identifier(tree: Path, capsys, fmt: str) -> None:
    code, out, err = run(capsys, "check", "person.md", "--output-format", fmt, "--statistics")
    assert code == 1
    assert ID not in out + err and MOBILE not in out + err
    assert ID[:4] in out or fmt in ("github",) or "PD101" in out


def test_json_and_sarif_shapes(tree: Path, capsys) -> None:
    _, out, _ = run(capsys, "check", "ad.txt", "person.md", "--output-format", "json")
    data = json.loads(out)
    assert data["schema_version"] == "1" and data["summary"]["files"] == 2
    f = data["files"][0]["findings"][0]
    assert {"rule", "severity", "line", "column", "message", "basis"} <= set(f)
    _, out, _ = run(capsys, "check", "ad.txt", "--output-format", "sarif")
    sarif = json.loads(out)
    run0 = sarif["runs"][0]
    assert sarif["version"] == "2.1.0" and run0["columnKind"] == "unicodeCodePoints"
    res = run0["results"][0]
    assert res["ruleId"] == "PC701" and res["level"] == "error"
    assert res["locations"][0]["physicalLocation"]["region"]["startColumn"] == 3
    rule = run0["tool"]["driver"]["rules"][res["ruleIndex"]]
    assert rule["id"] == "PC701" and rule["help"]["text"]


def test_github_annotations(tree: Path, capsys) -> None:
    _, out, _ = run(capsys, "check", "ad.txt", "--output-format", "github")
    assert out.startswith("::error file=ad.txt,line=1,col=3,")


def test_output_file_and_statistics(tree: Path, capsys) -> None:
    code, out, _ = run(capsys, "check", "ad.txt", "-o", "report.txt", "--statistics")
    text = (tree / "report.txt").read_text(encoding="utf-8")
    assert code == 1 and "PC701" in text and out == ""
    assert "     2  PC701" in text


def test_baseline_survives_edits_and_stores_no_text(tree: Path, capsys) -> None:
    code, out, _ = run(capsys, "baseline", "create", "person.md", "ad.txt")
    assert code == 0
    (tree / ".prescreen-baseline.json").write_text(out, encoding="utf-8")
    assert ID not in out and MOBILE not in out and "真人百家乐" not in out and '"line"' not in out
    assert run(capsys, "check", "person.md", "ad.txt", "--baseline", ".prescreen-baseline.json")[0] == 0
    # an edit elsewhere in the file does not disturb the baseline …
    (tree / "ad.txt").write_text("新增的第一行。\n\n" + AD, encoding="utf-8")
    assert run(capsys, "check", "ad.txt", "--baseline", ".prescreen-baseline.json")[0] == 0
    # … but a new finding is reported
    (tree / "ad.txt").write_text(AD + "欢迎来到网上真人赌场。\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", "ad.txt", "--baseline", ".prescreen-baseline.json", "--output-format", "concise")
    assert code == 1 and out.count("PC70") == 1


def test_fix_masks_in_place_and_diff_writes_nothing(tree: Path, capsys) -> None:
    before = (tree / "person.md").read_bytes()
    code, out, err = run(capsys, "check", "person.md", "--fix", "--diff")
    assert code == 0 and (tree / "person.md").read_bytes() == before
    assert ID not in out + err and "⟨PD101" in out
    code, out, err = run(capsys, "mask", "person.md")
    assert code == 0
    after = (tree / "person.md").read_text(encoding="utf-8")
    assert ID not in after and MOBILE not in after and "张三" in after
    assert after.replace("*", "").startswith("# 公示")
    assert run(capsys, "check", "person.md", "--select", "PD1")[0] == 0


def test_fix_keeps_encoding(tree: Path, capsys) -> None:
    (tree / "g.txt").write_bytes(PERSONAL.encode("gb18030"))
    assert run(capsys, "mask", "g.txt")[0] == 0
    text = (tree / "g.txt").read_bytes().decode("gb18030")
    assert ID not in text and "申请人" in text


def test_rule_docs(capsys) -> None:
    code, out, _ = run(capsys, "rule", "SM101")
    assert code == 0 and "secret.state_mark" in out and "## Examples" in out and "⟦" in out
    code, out, _ = run(capsys, "rules")
    assert code == 0 and "PC701" in out and "SM101" in out
    assert run(capsys, "rule", "XX000")[0] == 2


def test_parallel_jobs_same_result(tree: Path, capsys) -> None:
    for i in range(12):
        (tree / f"d{i}.md").write_text((AD if i % 3 == 0 else CLEAN) * (i + 1), encoding="utf-8")
    _, one, _ = run(capsys, "check", ".", "--jobs", "1", "--output-format", "json")
    _, two, _ = run(capsys, "check", ".", "--jobs", "2", "--output-format", "json")
    assert json.loads(one)["files"] == json.loads(two)["files"]


def test_config_file_is_used(tree: Path, capsys) -> None:
    (tree / "prescreen.toml").write_text('ignore = ["PC7"]\n', encoding="utf-8")
    assert run(capsys, "check", "ad.txt")[0] == 0
    assert run(capsys, "check", "ad.txt", "--isolated")[0] == 1
    (tree / "prescreen.toml").write_text('ignore = ["PC7"\n', encoding="utf-8")
    code, _, err = run(capsys, "check", "ad.txt")
    assert code == 2 and "prescreen.toml" in err
