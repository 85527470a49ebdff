"""A per-user cache of compiled term lists, so a fresh process (the pre-commit case) starts fast.

What is cached: the normalised form of every term of a rule set, keyed by a SHA-256 of everything
that determines it (prescreen's version, the normaliser settings, the traditional->simplified
table and every raw term). The file is JSON, never pickle: loading it cannot execute code. It is
still an input to screening — a tampered cache could hide terms — so it is only read from a
folder that belongs to the current user and that no other user can write, and only if the file
itself is owned by the user and not writable by others; anything else is ignored and rebuilt.

Location: $PRESCREEN_CACHE_DIR, else $XDG_CACHE_HOME/prescreen, else ~/.cache/prescreen.
Set PRESCREEN_CACHE_DIR=off to disable.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import tempfile
from pathlib import Path
from typing import Optional, Sequence

FORMAT = 1


def cache_dir() -> Optional[Path]:
    env = os.environ.get("PRESCREEN_CACHE_DIR")
    if env:
        return None if env.lower() in ("off", "0", "false", "none") else Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "prescreen"


def _safe(path: Path, *, is_dir: bool) -> bool:
    """Owned by this user and not writable by group or others (POSIX); no symlinks."""
    try:
        st = os.lstat(path)
    except OSError:
        return False
    if stat.S_ISLNK(st.st_mode) or (stat.S_ISDIR(st.st_mode) != is_dir):
        return False
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        return False
    return not (st.st_mode & (stat.S_IWGRP | stat.S_IWOTH))


def private_dir(d: Optional[Path]) -> Path:
    """`d` if it is (or can be made) a folder only this user can write; else a new private temp folder."""
    if d is not None:
        try:
            d.mkdir(mode=0o700, parents=True, exist_ok=True)
            if _safe(d, is_dir=True):
                return d
        except OSError:
            pass
    return Path(tempfile.mkdtemp(prefix="prescreen-"))


def key_for(parts: Sequence[str]) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


def load_terms(key: str, n: int) -> Optional[list[str]]:
    """The cached normalised terms for `key`, or None (missing, unsafe or damaged)."""
    d = cache_dir()
    if d is None or not _safe(d, is_dir=True):
        return None
    f = d / f"terms-{key}.json"
    if not _safe(f, is_dir=False):
        return None
    try:
        data = json.loads(f.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    terms = data.get("terms") if isinstance(data, dict) else None
    if data.get("format") != FORMAT or data.get("key") != key or not isinstance(terms, list) or len(terms) != n \
            or not all(isinstance(t, str) for t in terms):
        return None
    return terms


def store_terms(key: str, terms: list[str]) -> None:
    """Write the cache atomically; failures are silent (the cache is an optimisation only)."""
    d = cache_dir()
    if d is None:
        return
    try:
        d.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _safe(d, is_dir=True):
            return
        fd, tmp = tempfile.mkstemp(prefix=".terms-", dir=d)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"format": FORMAT, "key": key, "terms": terms}, fh, ensure_ascii=False)
        os.chmod(tmp, 0o600)
        os.replace(tmp, d / f"terms-{key}.json")
        _prune(d)
    except OSError:
        return


KEEP = 8  # rule sets remembered (each edit of a rule file makes a new one)


def _prune(d: Path) -> None:
    files = sorted(d.glob("terms-*.json"), key=lambda f: f.stat().st_mtime, reverse=True)
    for f in files[KEEP:]:
        try:
            f.unlink()
        except OSError:
            pass
