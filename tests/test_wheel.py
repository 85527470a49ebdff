"""The built wheel carries rules/ and screens text in a fresh virtual environment."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_installs_and_screens(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist), str(ROOT)],
                   check=True)
    wheel = next(dist.glob("prescreen-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "prescreen/_rules/secret/SM101_state_secret_mark.toml" in names
    assert "prescreen/_rules/normalize/t2s.tsv" in names
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "-q", "--no-deps", str(wheel)], check=True)
    # Dependencies come from this test environment's site-packages (PYTHONPATH does not process
    # .pth files, so the editable checkout of prescreen there is not visible): the code under test
    # is the wheel's.
    deps = sysconfig.get_paths()["purelib"]
    code = (
        "import prescreen, sys; from pathlib import Path; "
        "p = Path(prescreen.__file__); assert 'site-packages' in str(p) and str(p).startswith(sys.prefix), p; "
        "from prescreen.resources import rules_root; assert str(rules_root()).endswith('_rules'), rules_root(); "
        "r = prescreen.check('秘密★5年\\n关于某事的通知'); assert r.decision == 'block', r; "
        "assert prescreen.check('关于做好防汛工作的通知。').passed; print('ok')"
    )
    out = subprocess.run([str(py), "-c", code], env={"PYTHONPATH": deps, "PATH": "/usr/bin:/bin"},
                         capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
