"""Baselines, as detect-secrets and gitleaks keep them: adopt the tool without fixing old findings.

An entry is (file, rule, keyed hash). The hash covers the rule, the matched text and a few characters
around it, all normalised, so it survives edits elsewhere in the file (no line numbers) and never
stores the text itself. The key is a random salt kept in the baseline (no precomputed tables work
across baselines) plus, optionally, a secret from $PRESCREEN_BASELINE_KEY: low-entropy values such
as ID numbers can be brute-forced from a salted hash, so keep the baseline where the drafts are.
Entries are sorted and carry no timestamps, so the file diffs cleanly.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from .scan import FileReport

VERSION = 1


@dataclass(frozen=True)
class Baseline:
    salt: str
    entries: Counter  # (file, rule, hash) -> count

    def key(self) -> bytes:
        return (self.salt + os.environ.get("PRESCREEN_BASELINE_KEY", "")).encode()


def finding_hash(key: bytes, digest: str) -> str:
    """The stored hash: HMAC of the in-memory digest (see scan.finding_digest) under the baseline's key."""
    return hmac.new(key, digest.encode(), hashlib.sha256).hexdigest()


def _entries(reports: Iterable[FileReport], key: bytes) -> Counter:
    out: Counter = Counter()
    for rep in reports:
        for ff in rep.findings:
            out[(rep.path, ff.finding.rule, finding_hash(key, ff.digest))] += 1
    return out


def create(reports: list[FileReport], salt: Optional[str] = None) -> Baseline:
    salt = salt or secrets.token_hex(16)
    b = Baseline(salt, Counter())
    return Baseline(salt, _entries(reports, b.key()))


def dumps(b: Baseline) -> str:
    rows = [{"file": f, "rule": r, "hash": h, "count": n} for (f, r, h), n in sorted(b.entries.items())]
    return json.dumps({"tool": "prescreen", "version": VERSION, "salt": b.salt, "entries": rows},
                      ensure_ascii=False, indent=1) + "\n"


def load(path: str | Path) -> Baseline:
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
        if data.get("tool") != "prescreen" or data.get("version") != VERSION:
            raise ValueError("not a prescreen baseline of version 1")
        entries: Counter = Counter()
        for row in data["entries"]:
            entries[(row["file"], row["rule"], row["hash"])] += int(row.get("count", 1))
        return Baseline(str(data["salt"]), entries)
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise ValueError(f"{p}: invalid baseline: {e}") from None


def filter_reports(reports: list[FileReport], b: Baseline) -> int:
    """Drop findings recorded in the baseline (as many as it counts). Returns how many were dropped."""
    remaining = Counter(b.entries)
    key = b.key()
    dropped = 0
    for rep in reports:
        kept = []
        for ff in rep.findings:
            k = (rep.path, ff.finding.rule, finding_hash(key, ff.digest))
            if remaining[k] > 0:
                remaining[k] -= 1
                dropped += 1
                continue
            kept.append(ff)
        rep.findings = kept
    return dropped
