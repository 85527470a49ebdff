"""The real pre-commit tool installs the hook from this checkout: a commit with an unmasked ID
number is refused, a clean one passes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def git(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_pre_commit_refuses_unmasked_id(tmp_path: Path) -> None:
    if shutil.which("git") is None or not (BIN / "pre-commit").exists():
        pytest.skip("git or pre-commit not installed")
    # pre-commit clones the hook repository at a commit: snapshot this checkout (with any
    # uncommitted changes) into a throwaway repository.
    hook_repo = tmp_path / "hook"
    shutil.copytree(ROOT, hook_repo, ignore=shutil.ignore_patterns(".venv", ".git", "__pycache__", "*.egg-info",
                                                                    ".pytest_cache", ".hypothesis", "dist", "build", "bench"))
    for args in (["init", "-q"], ["add", "-A"], ["-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qm", "snapshot"]):
        assert git(hook_repo, *args).returncode == 0
    rev = git(hook_repo, "rev-parse", "HEAD").stdout.strip()

    content = tmp_path / "site"
    content.mkdir()
    assert git(content, "init", "-q").returncode == 0
    (content / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {hook_repo}\n  rev: {rev}\n  hooks:\n  - id: prescreen\n", encoding="utf-8")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "PATH": f"{BIN}:{os.environ['PATH']}",
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.com"}
    # Install the hook environment from this machine's environment (offline-friendly and fast):
    # pip inside the hook env may use the package registry for dependencies.
    inst = subprocess.run([str(BIN / "pre-commit"), "install"], cwd=content, env=env, capture_output=True, text=True)
    assert inst.returncode == 0, inst.stderr

    (content / "notice.md").write_text("# 通知\n\n关于做好防汛工作的通知。\n", encoding="utf-8")
    git(content, "add", "-A")
    ok = subprocess.run(["git", "commit", "-m", "clean notice"], cwd=content, env=env, capture_output=True, text=True)
    assert ok.returncode == 0, ok.stdout + ok.stderr

    (content / "list.md").write_text("# 公示\n\n申请人张三，身份证号码11010519491231002X。\n", encoding="utf-8")
    git(content, "add", "list.md")
    bad = subprocess.run(["git", "commit", "-m", "leaks an ID"], cwd=content, env=env, capture_output=True, text=True)
    assert bad.returncode != 0, bad.stdout + bad.stderr
    assert "PD101" in bad.stdout + bad.stderr
    assert "11010519491231002X" not in bad.stdout + bad.stderr  # the hook's report masks it
    assert git(content, "log", "--oneline").stdout.count("\n") == 1
