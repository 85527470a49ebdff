from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

import prescreen

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

# Property tests: 10,000 examples each in the regular suite is too slow for every property on
# CI's 2 cores; the default profile runs PRESCREEN_FUZZ_EXAMPLES (default 300) and the fuzz
# target runs far more. tests/test_properties.py documents the per-test counts.
settings.register_profile("prescreen", max_examples=int(os.environ.get("PRESCREEN_FUZZ_EXAMPLES", "300")),
                          deadline=None, derandomize=True)
settings.load_profile("prescreen")


@pytest.fixture(scope="session")
def screener() -> prescreen.Screener:
    return prescreen.default_screener()
