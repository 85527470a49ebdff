"""Word segmentation with jieba, only ever on a small window around a candidate hit.

jieba costs about a second to load its dictionary and ~0.75 M chars/s to cut (PRIMER §7), more than
everything else together: it is imported on first need, never over a whole document.
"""

from __future__ import annotations

import logging
import threading
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    import jieba

    from .cache import cache_dir, private_dir

    jieba.setLogLevel(logging.WARNING)  # jieba logs its dictionary load at INFO on stderr
    tok = jieba.Tokenizer()
    # jieba caches its prefix dictionary as a marshal file in the system temp folder, which other
    # users can write: a planted file would change word boundaries and drop real findings. Keep it
    # in prescreen's per-user cache folder (checked like cache.py's), or a fresh private folder.
    tok.tmp_dir = str(private_dir(cache_dir()))
    tok.initialize()
    return tok


class Segmenter:
    """Thread-safe, lazily loaded. `boundaries` returns token edges of a short window."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.calls = 0

    def tokens(self, window: str) -> list[str]:
        with self._lock:  # first call loads jieba; later calls only serialise the counter
            tok = _tokenizer()
            self.calls += 1
        return list(tok.cut(window, HMM=False))

    def boundaries(self, window: str) -> set[int]:
        edges = {0}
        pos = 0
        for t in self.tokens(window):
            pos += len(t)
            edges.add(pos)
        return edges
