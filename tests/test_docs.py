"""Documentation cannot drift: Python examples run, command lines parse, YAML hooks are valid."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from prescreen.cli import _parser

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def blocks(lang: str) -> list[tuple[str, int, str]]:
    out = []
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        for m in re.finditer(rf"```{lang}\n(.*?)```", text, re.S):
            out.append((doc.name, text.count("\n", 0, m.start()) + 1, m.group(1)))
    return out


@pytest.mark.parametrize("name,line,code", blocks("python"), ids=lambda v: str(v)[:30] if isinstance(v, str) else str(v))
def test_python_examples_run(name: str, line: int, code: str) -> None:
    exec(compile(code, f"{name}:{line}", "exec"), {})


def command_lines() -> list[tuple[str, int, str]]:
    out = []
    for name, line, body in blocks("console") + blocks("sh"):
        for i, ln in enumerate(body.splitlines()):
            ln = ln.split("#", 1)[0].strip().removeprefix("$ ")
            if "prescreen " in ln:
                out.append((name, line + i + 1, ln[ln.index("prescreen "):]))
    return out


@pytest.mark.parametrize("name,line,cmd", command_lines())
def test_documented_command_lines_parse(name: str, line: int, cmd: str) -> None:
    argv = shlex.split(cmd)[1:]
    if argv and argv[0] not in {"check", "rule", "rules", "mask", "baseline"}:
        argv = ["check", *argv]
    _parser().parse_args(argv)  # exits (fails the test) on an unknown option


def test_hook_definition() -> None:
    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "types: [text]" not in text.split("#")[0] and "docx" in text and "require_serial: true" in text
