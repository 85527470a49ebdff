"""Smoke test of the benchmark harness: `bench/run.py --quick` runs every workload and exits 0.

Not a timed test: nothing here asserts a speed (the numbers live in docs/performance.md and come
from a full `make bench` run). It only keeps the harness from rotting as the engine and CLI change.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEADERS = ("== 1. CMS", "== 2. Large lexicon", "== 3. Batch", "== 4. Start", "== 5. Growth")


@pytest.mark.timeout(1200)
def test_bench_quick_runs_every_workload(tmp_path: Path) -> None:
    out_json = tmp_path / "bench.json"
    p = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--quick", "--json", str(out_json)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1100,
    )
    log = p.stdout + p.stderr
    assert p.returncode == 0, log[-4000:]
    assert "machine:" in p.stdout and "backends:" in p.stdout, log[-4000:]
    for h in HEADERS:
        assert h in p.stdout, f"{h!r} missing from the output:\n{log[-4000:]}"
    assert "ERROR in workload" not in p.stdout, log[-4000:]
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert data["quick"] is True
    assert set(data["workloads"]) == {"1_cms", "2_lexicon", "3_batch", "4_start", "5_growth"}
    assert "cpu" in data["machine"] and "python" in data["machine"]


def test_bench_rejects_unknown_workload() -> None:
    p = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--only", "9"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert p.returncode == 2
    assert "no workload" in p.stderr
