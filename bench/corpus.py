"""Benchmark inputs, generated deterministically from the shipped corpora.

- realistic documents of a given size: runs of consecutive paragraphs from corpora/clean/*.txt and
  ../shared/seeds/*.txt, recombined across texts, with a violation record (corpora/violations/*.jsonl,
  ⟦⟧ marks stripped) dropped in now and then, so every document differs but reads like a draft;
- a large user lexicon: real multi-character words from jieba's dictionary, chosen so that the pack
  hits about once per few KB of the benchmark documents (rare words; words that are frequent in the
  documents are left out), written as a user rule pack.

Everything is seeded: the same arguments give the same bytes on every machine.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
MARKS = re.compile("[⟦⟧]")
SENTENCE_END = "。！？；"
HAN = re.compile(r"^[\u4e00-\u9fff]+$")


@dataclass(frozen=True)
class Sources:
    texts: tuple[tuple[str, tuple[str, ...]], ...]  # (name, paragraphs) of clean texts and seeds
    violations: tuple[str, ...]  # violation record texts, marks stripped

    @property
    def nbytes(self) -> int:
        return sum(len(p.encode()) for _, ps in self.texts for p in ps) + sum(
            len(v.encode()) for v in self.violations
        )


def _paragraphs(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in text.splitlines() if p.strip())


@lru_cache(maxsize=1)
def sources() -> Sources:
    texts: list[tuple[str, tuple[str, ...]]] = []
    for folder in (ROOT / "corpora" / "clean", SEEDS):
        if folder.is_dir():
            for p in sorted(folder.glob("*.txt")):
                paras = _paragraphs(p.read_text(encoding="utf-8"))
                if paras:
                    texts.append((p.name, paras))
    violations: list[str] = []
    for p in sorted((ROOT / "corpora" / "violations").glob("*.jsonl")):
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                violations.append(MARKS.sub("", json.loads(line)["text"]))
    if not texts:
        raise SystemExit("bench: no corpus texts found under corpora/clean")
    return Sources(tuple(texts), tuple(violations))


def _cut(paragraph: str, budget: int) -> str:
    """The longest prefix of `paragraph` within `budget` UTF-8 bytes, cut at a sentence end if one is near."""
    out = []
    used = 0
    for ch in paragraph:
        n = len(ch.encode())
        if used + n > budget:
            break
        out.append(ch)
        used += n
    s = "".join(out)
    for i in range(len(s) - 1, max(-1, len(s) - 120), -1):
        if s[i] in SENTENCE_END:
            return s[: i + 1]
    return s


def make_document(
    rng: random.Random, target: int, violation_rate: float = 0.3, markdown: bool = False
) -> str:
    """One draft of about `target` UTF-8 bytes (within a few percent)."""
    src = sources()
    parts: list[str] = []
    size = 0
    if markdown:
        _, paras = src.texts[rng.randrange(len(src.texts))]
        title = "# " + _cut(paras[0], 120).lstrip("# ")
        parts.append(title)
        size += len(title.encode()) + 1
    inserted = False
    while size < target * 0.97:
        _, paras = src.texts[rng.randrange(len(src.texts))]
        i = rng.randrange(len(paras))
        run = rng.randint(2, 12)
        for p in paras[i : i + run]:
            if not inserted and src.violations and rng.random() < violation_rate / 4:
                p = src.violations[rng.randrange(len(src.violations))]
                inserted = True
            n = len(p.encode()) + 1
            if size + n > target * 1.03:
                rest = _cut(p, int(target - size - 1))
                if rest:
                    parts.append(rest)
                    size += len(rest.encode()) + 1
                size = max(size, int(target * 0.97))  # stop: close enough
                break
            parts.append(p)
            size += n
    return "\n".join(parts) + "\n"


def make_documents(n: int, target: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    docs: list[str] = []
    seen: set[str] = set()
    while len(docs) < n:
        d = make_document(rng, target)
        if d not in seen:  # "1,000 different documents"
            seen.add(d)
            docs.append(d)
    return docs


def make_big_document(nbytes: int, seed: int = 11) -> str:
    """One document of about `nbytes`, built from ~20 KB drafts one after another."""
    rng = random.Random(seed)
    parts = []
    size = 0
    while size < nbytes:
        d = make_document(rng, min(20_000, nbytes - size + 200))
        parts.append(d)
        size += len(d.encode())
    return "".join(parts)


def write_drafts(
    folder: Path, total_bytes: int, lo: int = 2_000, hi: int = 50_000, seed: int = 13
) -> tuple[int, int]:
    """Many drafts of lo..hi bytes (.txt and .md, in sub-folders) adding up to >= total_bytes."""
    rng = random.Random(seed)
    size = 0
    count = 0
    while size < total_bytes:
        target = int(rng.uniform(lo, hi))
        md = rng.random() < 0.5
        doc = make_document(rng, target, markdown=md)
        sub = folder / f"d{count // 200:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        p = sub / f"draft{count:05d}.{'md' if md else 'txt'}"
        data = doc.encode()
        p.write_bytes(data)
        size += len(data)
        count += 1
    return count, size


# --- the large user lexicon -----------------------------------------------------------------------


def jieba_dictionary() -> list[tuple[str, int]]:
    """(word, frequency) of every entry in jieba's main dictionary."""
    import jieba

    path = Path(jieba.__file__).resolve().parent / "dict.txt"
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                out.append((parts[0], int(parts[1])))
    return out


def count_hits(words: Sequence[str], texts: Iterable[str]) -> list[int]:
    """Occurrences (overlapping) of each word in the texts, with one pyahocorasick pass."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for i, w in enumerate(words):
        auto.add_word(w, i)
    auto.make_automaton()
    counts = [0] * len(words)
    for t in texts:
        for _, i in auto.iter(t):
            counts[i] += 1
    return counts


@dataclass
class Lexicon:
    terms: list[str]
    expected_hits: int  # pack hits over the documents it was chosen on
    docs_bytes: int
    candidates: int  # dictionary words that passed the filters
    max_count: int  # a word occurring more often than this in the documents was left out

    @property
    def bytes_per_hit(self) -> float:
        return self.docs_bytes / max(1, self.expected_hits)


def choose_lexicon(
    n_terms: int,
    docs: Sequence[str],
    normalize,
    exclude: Iterable[str] = (),
    bytes_per_hit: int = 2_500,
    max_count: int = 5,
    seed: int = 17,
) -> Lexicon:
    """`n_terms` real words: rare ones that hit about once per `bytes_per_hit` bytes of `docs`.

    Words are Han-only, 2-8 characters, already in normal form (so no two collapse into one term), not
    already a default-rule term. Words found more than `max_count` times in the documents are left out
    (common words would make the pack hit everywhere). Hitting words are taken first, rarest in jieba's
    counts first, until the hit budget is spent; the rest are the rarest words that do not occur at all.
    """
    excluded = set(exclude)
    cands = []
    for w, freq in jieba_dictionary():
        if 2 <= len(w) <= 8 and HAN.match(w) and w not in excluded and normalize(w) == w:
            cands.append((freq, w))
    cands.sort()
    words = [w for _, w in cands]
    counts = count_hits(words, docs)
    docs_bytes = sum(len(d.encode()) for d in docs)
    budget = docs_bytes // bytes_per_hit
    rng = random.Random(seed)
    hitting = [(c, w) for w, c in zip(words, counts, strict=True) if 1 <= c <= max_count]
    rng.shuffle(hitting)  # no bias toward any one source text
    chosen: list[str] = []
    hits = 0
    for c, w in hitting:
        if hits + c > budget or len(chosen) >= n_terms:
            continue
        chosen.append(w)
        hits += c
    zero = [w for w, c in zip(words, counts, strict=True) if c == 0]  # already rarest first
    chosen += zero[: n_terms - len(chosen)]
    if len(chosen) < n_terms:
        raise SystemExit(f"bench: only {len(chosen)} dictionary words fit the lexicon filters")
    return Lexicon(chosen, hits, docs_bytes, len(words), max_count)


def write_pack(folder: Path, terms: Sequence[str], code: str = "UX901") -> Path:
    """A user rule pack (docs/rules.md format) holding `terms` as one `kind = "terms"` rule."""
    folder.mkdir(parents=True, exist_ok=True)
    example = next((t for t in terms if len(t) >= 4), terms[0])
    body = "\n".join(terms)
    text = f'''code = "{code}"
name = "bench.large_lexicon"
category = "other_illegal"
severity = "review"
kind = "terms"
message = "命中基准测试用户词表"
basis = "性能基准测试（bench/run.py 生成）"
terms = """
{body}
"""

[doc]
summary = "{len(terms)} real words from jieba's dictionary, generated by bench/run.py"
why = "measures build time, memory and latency of a Screener with a large user lexicon"

[[examples]]
text = "本文提到⟦{example}⟧一词。"

[[examples]]
text = "。。。"
'''
    path = folder / f"{code}_bench_large_lexicon.toml"
    path.write_text(text, encoding="utf-8")
    return path


def utf8_len(texts: Iterable[str]) -> int:
    return sum(len(t.encode()) for t in texts)
