from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

import prescreen

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

# Property tests: every hypothesis property runs 10,000 generated inputs in the regular suite
# (issue 8); `make fuzz` raises it through PRESCREEN_FUZZ_EXAMPLES. derandomize keeps CI reproducible.
settings.register_profile("prescreen", max_examples=int(os.environ.get("PRESCREEN_FUZZ_EXAMPLES", "10000")),
                          deadline=None, derandomize=True)
settings.load_profile("prescreen")


@pytest.fixture(scope="session")
def screener() -> prescreen.Screener:
    return prescreen.default_screener()
