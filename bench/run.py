#!/usr/bin/env python3
"""prescreen benchmark suite (`make bench`).

Every figure is printed next to a reference measured in the same run on the same text, and as a
ratio against it, because the machines we run on are shared and noisy:
- raw pyahocorasick: an Automaton of the same term list, `for m in A.iter(text)` consuming matches;
- raw ahocorasick_rs (where installed): `find_matches_as_indexes(text, overlapping=True)`.
Absolute times are printed too.

Workloads (see docs/performance.md for targets and the latest results):
  1 CMS      Screener.check() on 1,000 different ~2 KB documents, default rules: median, p99
  2 lexicon  default rules + a 100,000-term user pack from jieba's dictionary: build time, memory,
             per-document latency, throughput
  3 batch    `prescreen check` over >= 50 MB of drafts, --jobs 1 and 2: MB/s, speed-up
  4 start    `prescreen check one.md` in a fresh process, cold and warm compiled-rules cache
  5 growth   one document of 1, 10 and 50 MB: time and peak memory per MB (linearity)

    python bench/run.py                 # everything (several minutes)
    python bench/run.py --quick         # small sizes: a smoke test of the harness
    python bench/run.py --only 1,4      # some workloads
    python bench/run.py --json out.json # also write the results
    python bench/run.py --compare old.json   # flag ratios that got worse than a saved run
    python bench/run.py --profile       # cProfile of workloads 1 and 2: where the time goes

MB here is 10^6 bytes of UTF-8 (a Chinese character is 3 bytes); throughput also in M chars/s.
Exit status: 0, or 1 when a workload failed with an error (a missing CLI is reported as skipped).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import traceback
from importlib import metadata
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
if (ROOT / "src").is_dir():
    sys.path.insert(0, str(ROOT / "src"))

import corpus  # noqa: E402

MB = 1_000_000
KB = 1_000


# --- small helpers ---------------------------------------------------------------------------------


def now() -> float:
    return time.perf_counter()


def pct(sorted_values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile of already sorted values (q in 0..100)."""
    if not sorted_values:
        return float("nan")
    k = max(0, min(len(sorted_values) - 1, int(round(q / 100 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def rss() -> int:
    """Resident set size of this process, bytes."""
    try:
        import psutil

        return psutil.Process().memory_info().rss
    except ImportError:  # pragma: no cover - psutil is a dev dependency
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def maxrss() -> int:
    """Peak resident set size of this process, bytes (ru_maxrss is in KiB on Linux)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def fmt_bytes(n: float) -> str:
    return f"{n / MB:,.1f} MB" if abs(n) >= MB else f"{n / KB:,.1f} KB"


def ratio(a: Optional[float], b: Optional[float]) -> Optional[float]:
    if a is None or b is None or not b:
        return None
    return a / b


def rx(r: Optional[float]) -> str:
    return "n/a" if r is None else f"{r:,.2f}x"


def verdict(ok: bool) -> str:
    return "MET" if ok else "MISSED"


class Out:
    """Prints the report and keeps the numbers for --json."""

    def __init__(self) -> None:
        self.results: dict[str, Any] = {}

    def head(self, text: str) -> None:
        print(f"\n== {text} ==", flush=True)

    def line(self, text: str = "") -> None:
        print(("  " + text) if text else "", flush=True)

    def table(self, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        cells = [[str(c) for c in header]] + [
            [c if isinstance(c, str) else f"{c:,.1f}" for c in r] for r in rows
        ]
        widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
        for k, r in enumerate(cells):
            self.line(
                "  ".join(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(r))
            )
            if k == 0:
                self.line("  ".join("-" * w for w in widths))


# --- machine and backends --------------------------------------------------------------------------


def version_of(dist: str) -> Optional[str]:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def has_rs() -> bool:
    try:
        import ahocorasick_rs  # noqa: F401

        return True
    except ImportError:
        return False


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover
        usable = os.cpu_count()
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "usable_cores": usable,
        "memory": mem,
        "os": platform.platform(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "prescreen": version_of("prescreen"),
        "pyahocorasick": version_of("pyahocorasick"),
        "ahocorasick_rs": version_of("ahocorasick-rs") or version_of("ahocorasick_rs"),
        "jieba": version_of("jieba"),
        "regex": version_of("regex"),
        "pydantic": version_of("pydantic"),
    }


# --- references: raw Aho-Corasick over the same text with the same terms ---------------------------


class Refs:
    """Raw pyahocorasick and (where installed) ahocorasick_rs automata of one term list."""

    def __init__(self, terms: Sequence[str]) -> None:
        import ahocorasick

        self.n_terms = len(terms)
        t = now()
        a = ahocorasick.Automaton()
        for i, w in enumerate(terms):
            a.add_word(w, i)
        a.make_automaton()
        self.py_build = now() - t
        self._py = a
        self._rs = None
        self.rs_build: Optional[float] = None
        if has_rs():
            import ahocorasick_rs

            t = now()
            self._rs = ahocorasick_rs.AhoCorasick(list(terms), matchkind=ahocorasick_rs.MatchKind.Standard)
            self.rs_build = now() - t

    @property
    def names(self) -> list[str]:
        return ["pyahocorasick"] + (["ahocorasick_rs"] if self._rs is not None else [])

    def py(self, text: str) -> int:
        n = 0
        for _ in self._py.iter(text):
            n += 1
        return n

    def rs(self, text: str) -> int:
        return len(self._rs.find_matches_as_indexes(text, overlapping=True))  # type: ignore[union-attr]

    def funcs(self) -> dict[str, Callable[[str], int]]:
        out: dict[str, Callable[[str], int]] = {"pyahocorasick": self.py}
        if self._rs is not None:
            out["ahocorasick_rs"] = self.rs
        return out


def screener_terms(screener: Any) -> list[str]:
    """The normalised term list the Screener compiled into its automaton (the references use the same)."""
    keys = getattr(screener, "_keys", None)
    if keys:
        return list(keys)
    # fallback if the engine stops exposing its key list: rebuild it from the rule set
    norm = screener.normalizer.normalize_term
    terms: dict[str, None] = {}
    for r in screener.ruleset:
        for e in (*r.terms, *r.requires, *r.allow):
            terms[norm(e.term)] = None
    for lex in screener.ruleset.lexicons:
        for e in lex.terms:
            terms[norm(e.term)] = None
    return list(terms)


# --- per-document latency (workloads 1 and 2) ------------------------------------------------------


def time_docs(
    docs: Sequence[str], funcs: dict[str, Callable[[str], Any]], rounds: int
) -> dict[str, list[float]]:
    """Per-document seconds of each function: the minimum over `rounds` passes; the functions run one
    after another on each document, so load from other processes hits them alike."""
    best = {k: [float("inf")] * len(docs) for k in funcs}
    pc = time.perf_counter
    for _ in range(rounds):
        for i, d in enumerate(docs):
            for k, f in funcs.items():
                t = pc()
                f(d)
                dt = pc() - t
                if dt < best[k][i]:
                    best[k][i] = dt
    return best


def latency_block(
    out: Out, label: str, docs: Sequence[str], times: dict[str, list[float]], main: str
) -> dict[str, Any]:
    nbytes = corpus.utf8_len(docs)
    nchars = sum(len(d) for d in docs)
    res: dict[str, Any] = {}
    rows = []
    for k, ts in times.items():
        s = sorted(ts)
        total = sum(ts)
        r = {
            "median_us": statistics.median(s) * 1e6,
            "p99_us": pct(s, 99) * 1e6,
            "mean_us": total / len(s) * 1e6,
            "mb_per_s": nbytes / total / MB,
            "mchars_per_s": nchars / total / 1e6,
        }
        res[k] = r
        rows.append(
            [
                k,
                r["median_us"],
                r["p99_us"],
                r["mean_us"],
                f"{r['mb_per_s']:,.2f}",
                f"{r['mchars_per_s']:,.2f}",
            ]
        )
    out.table([label, "median µs", "p99 µs", "mean µs", "MB/s", "Mchar/s"], rows)
    for ref in ("pyahocorasick", "ahocorasick_rs"):
        if ref in res:
            m = res[main]
            rr = res[ref]
            res[f"ratio_median_vs_{ref}"] = ratio(m["median_us"], rr["median_us"])
            res[f"ratio_p99_vs_{ref}"] = ratio(m["p99_us"], rr["p99_us"])
            res[f"throughput_vs_{ref}"] = ratio(m["mb_per_s"], rr["mb_per_s"])
            out.line(
                f"ratio vs raw {ref}: median {rx(res[f'ratio_median_vs_{ref}'])} the time, "
                f"p99 {rx(res[f'ratio_p99_vs_{ref}'])}, throughput {rx(res[f'throughput_vs_{ref}'])}"
            )
    return res


def warm(screener: Any, docs: Sequence[str]) -> float:
    """Run the first checks (jieba loads on the first candidate that needs it); the first call's seconds."""
    t = now()
    screener.check(docs[0])
    first = now() - t
    for d in docs[1:20]:
        screener.check(d)
    return first


def jieba_use(screener: Any, docs: Sequence[str]) -> tuple[float, dict[str, Any]]:
    """Candidates per document, and how jieba is used: calls, time and the longest window it is given."""
    from prescreen import segment

    calls = [0, 0.0, 0]  # calls, seconds, longest window
    orig = segment.Segmenter.tokens

    def tokens(self: Any, window: str) -> list[str]:
        t = now()
        r = orig(self, window)
        calls[0] += 1
        calls[1] += now() - t
        calls[2] = max(calls[2], len(window))
        return r

    segment.Segmenter.tokens = tokens  # type: ignore[method-assign]
    try:
        cands = [screener.check(d).stats.get("candidates", 0) for d in docs]
    finally:
        segment.Segmenter.tokens = orig  # type: ignore[method-assign]
    n = len(docs)
    return statistics.mean(cands), {
        "calls_per_doc": calls[0] / n,
        "ms_per_doc": calls[1] / n * 1e3,
        "max_window": calls[2],
    }


# --- workload 1: CMS ---------------------------------------------------------------------------------


def w_cms(out: Out, a: argparse.Namespace, state: dict[str, Any]) -> dict[str, Any]:
    import prescreen

    docs = state["docs"]
    out.head(f"1. CMS: Screener.check() on {len(docs):,} different ~2 KB documents, default rules")
    t = now()
    s = prescreen.Screener(prescreen.Config())
    build = now() - t
    terms = screener_terms(s)
    refs = Refs(terms)
    out.line(
        f"documents: {len(docs):,}, {corpus.utf8_len(docs) / len(docs):,.0f} B / "
        f"{sum(map(len, docs)) / len(docs):,.0f} chars on average; rounds: {a.rounds} (per-document minimum)"
    )
    out.line(
        f"rules: {len(s.ruleset)} rules, {len(terms):,} terms; matcher backend {s.matcher_backend}; "
        f"Screener build {build * 1e3:,.1f} ms (raw pyahocorasick build {refs.py_build * 1e3:,.1f} ms)"
    )
    first = warm(s, docs)
    out.line(
        f"first check(): {first * 1e3:,.1f} ms (jieba loads lazily, on the first candidate that needs it)"
    )
    funcs: dict[str, Callable[[str], Any]] = {"check()": s.check, **refs.funcs()}
    times = time_docs(docs, funcs, a.rounds)
    res = latency_block(out, "", docs, times, "check()")
    n_cand, jieba = jieba_use(s, docs)
    out.line(
        f"per document: {n_cand:,.1f} candidates; jieba: {jieba['calls_per_doc']:,.2f} calls, "
        f"{jieba['ms_per_doc']:,.3f} ms, longest window {jieba['max_window']} chars "
        f"(documents are {min(map(len, docs)):,}+ chars: jieba never sees a whole document)"
    )
    res["jieba"] = jieba
    med = res["check()"]["median_us"]
    out.line(
        f"target: median check() on 2 KB <= 500 µs with the default rules: {verdict(med <= 500)} "
        f"({med:,.0f} µs)"
    )
    res.update(
        build_s=build,
        first_check_s=first,
        terms=len(terms),
        backend=s.matcher_backend,
        docs=len(docs),
        doc_bytes=corpus.utf8_len(docs) / len(docs),
        candidates_per_doc=n_cand,
        target_median_us=500,
        met=med <= 500,
    )
    if a.profile:
        stage_breakdown(out, s, docs, "default rules")
        profile(out, lambda: [s.check(d) for d in docs], "check() over the CMS documents")
    return res


# --- workload 2: large lexicon ---------------------------------------------------------------------

_BUILD_CHILD = r"""
import gc, json, sys, time
sys.path[:0] = {paths!r}
import psutil
proc = psutil.Process()
import prescreen
from prescreen import Config, Screener
import ahocorasick
try:
    import ahocorasick_rs
except ImportError:
    ahocorasick_rs = None
gc.collect()
r0 = proc.memory_info().rss
t = time.perf_counter()
s = Screener(Config(packs={packs!r}))
build = time.perf_counter() - t
gc.collect()
r1 = proc.memory_info().rss
keys = list(s._keys) if getattr(s, "_keys", None) else None
out = dict(build_s=build, rss_delta=r1 - r0, rss_after=r1, backend=s.matcher_backend, terms=s.term_count)
if keys:
    # raw references: build time and memory of an automaton over the same normalised terms
    gc.collect(); r2 = proc.memory_info().rss
    t = time.perf_counter()
    a = ahocorasick.Automaton()
    for i, w in enumerate(keys):
        a.add_word(w, i)
    a.make_automaton()
    out["py_build_s"] = time.perf_counter() - t
    gc.collect(); out["py_rss_delta"] = proc.memory_info().rss - r2
    if ahocorasick_rs is not None:
        r3 = proc.memory_info().rss
        t = time.perf_counter()
        b = ahocorasick_rs.AhoCorasick(keys, matchkind=ahocorasick_rs.MatchKind.Standard)
        out["rs_build_s"] = time.perf_counter() - t
        gc.collect(); out["rs_rss_delta"] = proc.memory_info().rss - r3
print("BENCH-JSON " + json.dumps(out))
"""


def child_json(code: str, timeout: float, env: Optional[dict[str, str]] = None) -> dict[str, Any]:
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout, env=env)
    for line in p.stdout.splitlines():
        if line.startswith("BENCH-JSON "):
            return json.loads(line[len("BENCH-JSON ") :])
    raise RuntimeError(f"child failed (exit {p.returncode}): {p.stderr[-2000:]}")


def lexicon(a: argparse.Namespace, state: dict[str, Any]) -> tuple[corpus.Lexicon, Path]:
    """The large user pack, generated once per run (shared by workloads 2 and 3)."""
    if "lexicon" not in state:
        import prescreen

        base = prescreen.Screener(prescreen.Config())
        lex = corpus.choose_lexicon(
            a.lexicon_terms,
            state["docs"],
            base.normalizer.normalize_term,
            exclude=screener_terms(base),
            bytes_per_hit=a.bytes_per_hit,
        )
        folder = Path(state["tmp"]) / "pack"
        corpus.write_pack(folder, lex.terms)
        state["lexicon"] = (lex, folder)
    return state["lexicon"]


def w_lexicon(out: Out, a: argparse.Namespace, state: dict[str, Any]) -> dict[str, Any]:
    import prescreen

    docs = state["docs"]
    out.head(
        f"2. Large lexicon: default rules + a {a.lexicon_terms:,}-term user pack from jieba's dictionary"
    )
    t = now()
    lex, folder = lexicon(a, state)
    gen = now() - t
    out.line(
        f"pack: {len(lex.terms):,} words ({lex.candidates:,} dictionary words passed the filters; "
        f"words found "
        f"more than {lex.max_count}x in the documents left out); generated in {gen:,.1f} s"
    )
    out.line(
        f"pack hits in the {len(docs):,} documents: {lex.expected_hits:,} = one per "
        f"{lex.bytes_per_hit / KB:,.1f} KB (target one per 1-5 KB)"
    )
    child = child_json(_BUILD_CHILD.format(paths=[str(ROOT / "src")], packs=[str(folder)]), timeout=600)
    rows = [["Screener(Config(packs=[...]))", f"{child['build_s']:,.2f}", fmt_bytes(child["rss_delta"])]]
    if "py_build_s" in child:
        rows.append(
            ["raw pyahocorasick, same terms", f"{child['py_build_s']:,.2f}", fmt_bytes(child["py_rss_delta"])]
        )
    if "rs_build_s" in child:
        rows.append(
            [
                "raw ahocorasick_rs, same terms",
                f"{child['rs_build_s']:,.2f}",
                fmt_bytes(child["rs_rss_delta"]),
            ]
        )
    out.line(f"build in a fresh process ({child['terms']:,} terms, backend {child['backend']}):")
    out.table(["", "build s", "RSS delta"], rows)
    res: dict[str, Any] = {
        "pack_terms": len(lex.terms),
        "pack_bytes_per_hit": lex.bytes_per_hit,
        "build": child,
    }
    for ref in ("py", "rs"):
        if f"{ref}_build_s" in child:
            name = "pyahocorasick" if ref == "py" else "ahocorasick_rs"
            res[f"build_vs_{name}"] = ratio(child["build_s"], child[f"{ref}_build_s"])
            res[f"memory_vs_{name}"] = ratio(child["rss_delta"], child[f"{ref}_rss_delta"])
            out.line(
                f"ratio vs raw {name}: build {rx(res[f'build_vs_{name}'])}, "
                f"memory {rx(res[f'memory_vs_{name}'])}"
            )

    cfg = prescreen.Config(packs=[str(folder)])
    s = prescreen.Screener(cfg)
    terms = screener_terms(s)
    refs = Refs(terms)
    first = warm(s, docs)
    out.line(f"per-document latency on the same {len(docs):,} documents (first check {first * 1e3:,.0f} ms):")
    funcs: dict[str, Callable[[str], Any]] = {"check()": s.check, **refs.funcs()}
    times = time_docs(docs, funcs, a.rounds)
    res["latency"] = latency_block(out, "", docs, times, "check()")
    n_cand, jieba = jieba_use(s, docs)
    out.line(
        f"per document: {n_cand:,.1f} candidates; jieba {jieba['calls_per_doc']:,.2f} calls, "
        f"{jieba['ms_per_doc']:,.3f} ms, longest window {jieba['max_window']} chars"
    )
    res["jieba"] = jieba
    res["candidates_per_doc"] = n_cand
    hits = sum(refs.py(d) for d in docs)
    out.line(
        f"raw matches of all {len(terms):,} terms over the documents: {hits:,} "
        f"(one per {corpus.utf8_len(docs) / max(1, hits) / KB:,.2f} KB, default-rule terms included)"
    )
    med = res["latency"]["check()"]["median_us"]
    ok_lat = med <= 1000
    ok_build = child["build_s"] <= 2.0
    ok_mem = child["rss_delta"] <= 150 * 2**20
    out.line(f"target: median check() <= 1 ms with the pack: {verdict(ok_lat)} ({med:,.0f} µs)")
    out.line(
        f"target: build <= 2 s: {verdict(ok_build)} ({child['build_s']:,.2f} s); "
        f"Screener memory <= 150 MB: {verdict(ok_mem)} ({fmt_bytes(child['rss_delta'])})"
    )
    res.update(met_latency=ok_lat, met_build=ok_build, met_memory=ok_mem, first_check_s=first)
    if a.profile:
        stage_breakdown(out, s, docs, "with the large pack")
        profile(out, lambda: [s.check(d) for d in docs], "check() with the large pack")
        profile(out, lambda: prescreen.Screener(cfg), "Screener build with the large pack")
        memory_profile(out, lambda: prescreen.Screener(cfg), "Screener with the large pack")
    return res


# --- the CLI ---------------------------------------------------------------------------------------


def cli_command() -> Optional[list[str]]:
    """How to run `prescreen` from this environment, or None while the CLI does not exist yet."""
    try:
        import importlib.util

        if importlib.util.find_spec("prescreen.cli") is None:
            return None
    except ImportError:
        return None
    script = Path(sys.executable).parent / "prescreen"
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from prescreen.cli import main; sys.exit(main())"]


def children_cpu() -> float:
    import resource

    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def run_cli(
    args: Sequence[str],
    cwd: Optional[Path] = None,
    env: Optional[dict[str, str]] = None,
    timeout: float = 3600,
) -> tuple[float, subprocess.CompletedProcess]:
    cmd = cli_command()
    assert cmd is not None
    t = now()
    c = children_cpu()
    p = subprocess.run([*cmd, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    dt = now() - t
    p.cpu_seconds = children_cpu() - c  # type: ignore[attr-defined]  (the CLI and its workers, once reaped)
    return dt, p


def load() -> str:
    try:
        return "load average %.2f %.2f %.2f" % os.getloadavg()
    except OSError:  # pragma: no cover
        return "load average n/a"


def cli_failed(p: subprocess.CompletedProcess) -> Optional[str]:
    if p.returncode != 0:
        return f"exit {p.returncode}: {(p.stderr or p.stdout)[-1500:]}"
    return None


# --- workload 3: batch -----------------------------------------------------------------------------


def read_all(folder: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*")) if p.suffix in (".md", ".txt")]


def w_batch(out: Out, a: argparse.Namespace, state: dict[str, Any]) -> dict[str, Any]:
    import prescreen

    total = int(a.batch_mb * MB)
    out.head(f"3. Batch: prescreen check over {a.batch_mb:g} MB of drafts, --jobs 1 and --jobs 2")
    if cli_command() is None:
        out.line("skipped: the prescreen CLI (src/prescreen/cli.py) does not exist yet")
        return {"skipped": "no CLI"}
    tmp = Path(state["tmp"])
    root = tmp / "batch"
    drafts = root / "drafts"
    t = now()
    n_files, n_bytes = corpus.write_drafts(drafts, total)
    out.line(
        f"drafts: {n_files:,} files of 2-50 KB (.txt and .md), {n_bytes / MB:,.1f} MB, "
        f"written in {now() - t:,.1f} s"
    )
    texts = read_all(drafts)
    n_chars = sum(map(len, texts))

    # two configurations: the default rules, and the default rules plus the large pack
    lex, pack = lexicon(a, state)
    configs = [("default rules", None), (f"+ {len(lex.terms) // 1000}k-term pack", pack)]
    res: dict[str, Any] = {"files": n_files, "bytes": n_bytes, "chars": n_chars}
    for label, packdir in configs:
        cfg = prescreen.Config(packs=[str(packdir)] if packdir else [])
        s = prescreen.Screener(cfg)
        refs = Refs(screener_terms(s))
        del s

        def measure_refs(refs: Refs = refs) -> dict[str, float]:
            mbs = {}
            for name, f in refs.funcs().items():
                t = now()
                for x in texts:
                    f(x)
                mbs[name] = n_bytes / (now() - t) / MB
            return mbs

        before = measure_refs()
        cfg_file = root / "prescreen.toml"
        if packdir:
            cfg_file.write_text(f'packs = ["{packdir.as_posix()}"]\n', encoding="utf-8")
        elif cfg_file.exists():
            cfg_file.unlink()
        sub: dict[str, Any] = {}
        cfg_args = ["--config", str(cfg_file)] if packdir else ["--isolated"]
        if packdir:  # make sure the CLI picked the pack up
            probe = root / "probe" / "probe.txt"
            probe.parent.mkdir(exist_ok=True)
            probe.write_text(f"本文提到{next(t for t in lex.terms if len(t) >= 4)}一词。\n", encoding="utf-8")
            _, p = run_cli(["check", "probe", *cfg_args, "--output-format", "json", "--exit-zero"], cwd=root)
            used = "UX901" in p.stdout
            shutil.rmtree(probe.parent)
            out.line(f"{label}: pack applied by the CLI ({' '.join(cfg_args)}): {'yes' if used else 'NO'}")
            sub["pack_applied"] = used
        rows = []
        for jobs in (1, 2):
            dt, p = run_cli(
                [
                    "check",
                    "drafts",
                    *cfg_args,
                    "--jobs",
                    str(jobs),
                    "--output-format",
                    "json",
                    "-o",
                    os.devnull,
                    "--exit-zero",
                    "--no-progress",
                ],
                cwd=root,
                timeout=a.timeout,
            )
            err = cli_failed(p)
            if err:
                raise RuntimeError(f"prescreen check --jobs {jobs} failed: {err}")
            cpu = p.cpu_seconds  # type: ignore[attr-defined]
            sub[f"jobs{jobs}"] = {
                "seconds": dt,
                "mb_per_s": n_bytes / dt / MB,
                "mchars_per_s": n_chars / dt / 1e6,
                "cpu_seconds": cpu,
                "cpu_utilisation": cpu / dt,
                "load": load(),
            }
            rows.append(
                [
                    f"prescreen check --jobs {jobs}",
                    f"{dt:,.1f}",
                    f"{n_bytes / dt / MB:,.2f}",
                    f"{n_chars / dt / 1e6:,.2f}",
                    f"{cpu:,.1f}",
                    f"{cpu / dt:,.2f}",
                ]
            )
        after = measure_refs()  # references before and after the CLI runs, averaged (the machine is shared)
        ref_mbs = {k: (before[k] + after[k]) / 2 for k in before}
        sub["reference_mb_per_s"] = ref_mbs
        sub["reference_spread"] = {k: abs(before[k] - after[k]) / ref_mbs[k] for k in before}
        for name, v in ref_mbs.items():
            rows.append(
                [
                    f"raw {name} (1 thread)",
                    f"{n_bytes / MB / v:,.1f}",
                    f"{v:,.2f}",
                    f"{v * n_chars / n_bytes:,.2f}",
                    "",
                    "",
                ]
            )
        out.line(f"{label} ({load()} after the runs):")
        out.table(["", "wall s", "MB/s", "Mchar/s", "CPU s", "cores busy"], rows)
        sub["speedup_2_jobs"] = ratio(sub["jobs2"]["mb_per_s"], sub["jobs1"]["mb_per_s"])
        for name, v in ref_mbs.items():
            sub[f"jobs1_vs_{name}"] = ratio(sub["jobs1"]["mb_per_s"], v)
            sub[f"jobs2_vs_{name}"] = ratio(sub["jobs2"]["mb_per_s"], v)
        out.line(
            "throughput ratio vs raw "
            + "; ".join(
                f"{name}: {rx(sub[f'jobs1_vs_{name}'])} (1 job), {rx(sub[f'jobs2_vs_{name}'])} (2 jobs)"
                for name in ref_mbs
            )
        )
        out.line(
            f"parallel speed-up, 2 jobs over 1: {rx(sub['speedup_2_jobs'])} (target >= 1.7x: "
            f"{verdict((sub['speedup_2_jobs'] or 0) >= 1.7)}); CPU time 2 jobs / 1 job: "
            f"{rx(ratio(sub['jobs2']['cpu_seconds'], sub['jobs1']['cpu_seconds']))} (work added by the pool)"
        )
        if packdir:
            py = sub.get("jobs1_vs_pyahocorasick")
            rs = sub.get("jobs1_vs_ahocorasick_rs")
            out.line(
                f"target: pipeline >= 3x raw pyahocorasick (pack): {verdict((py or 0) >= 3)} ({rx(py)}); "
                f">= 25% of raw ahocorasick_rs: "
                + (
                    f"{verdict((rs or 0) >= 0.25)} ({(rs or 0) * 100:,.1f}%)"
                    if rs is not None
                    else "n/a (not installed)"
                )
            )
        res["pack" if packdir else "default"] = sub
    (root / "prescreen.toml").unlink(missing_ok=True)
    shutil.rmtree(drafts, ignore_errors=True)
    return res


# --- workload 4: start -----------------------------------------------------------------------------


def wall(
    cmd: Sequence[str], cwd: Path, env: dict[str, str], timeout: float = 120
) -> tuple[float, subprocess.CompletedProcess]:
    t = now()
    p = subprocess.run(list(cmd), cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    return now() - t, p


def files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()] if folder.is_dir() else []


def start_docs() -> dict[str, str]:
    """Two ~2 KB Markdown drafts: one whose candidates need no jieba, one where a candidate needs it."""
    import random

    import prescreen
    from prescreen import segment

    s = prescreen.Screener(prescreen.Config())
    calls = [0]
    orig = segment.Segmenter.tokens

    def tokens(self: Any, window: str) -> list[str]:
        calls[0] += 1
        return orig(self, window)

    found: dict[str, str] = {}
    rng = random.Random(5)
    segment.Segmenter.tokens = tokens  # type: ignore[method-assign]
    try:
        for _ in range(500):
            doc = corpus.make_document(rng, 2048, markdown=True)
            calls[0] = 0
            s.check(doc)
            found.setdefault("one.md" if calls[0] == 0 else "one-jieba.md", doc)
            if len(found) == 2:
                break
    finally:
        segment.Segmenter.tokens = orig  # type: ignore[method-assign]
    return found


def w_start(out: Out, a: argparse.Namespace, state: dict[str, Any]) -> dict[str, Any]:
    out.head("4. Start: `prescreen check one.md` in a fresh process (the pre-commit case)")
    cmd = cli_command()
    if cmd is None:
        out.line("skipped: the prescreen CLI (src/prescreen/cli.py) does not exist yet")
        return {"skipped": "no CLI"}
    tmp = Path(state["tmp"]) / "start"
    work = tmp / "repo"
    work.mkdir(parents=True, exist_ok=True)
    docs = start_docs()
    for name, doc in docs.items():
        (work / name).write_text(doc, encoding="utf-8")
    cache = tmp / "cache"
    env = dict(os.environ, XDG_CACHE_HOME=str(cache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PRESCREEN_CACHE_DIR", None)  # the per-user default location, under XDG_CACHE_HOME
    n = a.start_runs

    def one(c: Sequence[str]) -> float:
        dt, p = wall(c, work, env)
        err = cli_failed(p)
        if err:
            raise RuntimeError(f"{' '.join(c)} failed: {err}")
        return dt

    wall(
        [sys.executable, "-c", "import prescreen.cli"], work, env
    )  # bytecode compiled once, outside the timings
    py: list[float] = []
    imp: list[float] = []
    cold: dict[str, list[float]] = {k: [] for k in docs}
    warm_ts: dict[str, list[float]] = {k: [] for k in docs}
    made: list[Path] = []
    for _ in range(n):  # interleaved, so that load from other processes hits every series alike
        py.append(one([sys.executable, "-c", "pass"]))
        imp.append(one([sys.executable, "-c", "import prescreen.cli"]))
        for name in docs:
            check = [*cmd, "check", name, "--exit-zero", "--no-progress"]
            shutil.rmtree(cache, ignore_errors=True)
            cold[name].append(one(check))
            made = made or files_under(cache)
            warm_ts[name].append(one(check))
    res: dict[str, Any] = {
        "python_s": statistics.median(py),
        "import_s": statistics.median(imp),
        "runs": n,
        "docs": {},
    }
    rows = [
        ["python -c pass (reference)", res["python_s"] * 1e3, min(py) * 1e3, "1.00x"],
        [
            "python -c 'import prescreen.cli'",
            res["import_s"] * 1e3,
            min(imp) * 1e3,
            rx(ratio(res["import_s"], res["python_s"])),
        ],
    ]
    for name in docs:
        r = {
            "cold_s": statistics.median(cold[name]),
            "warm_s": statistics.median(warm_ts[name]),
            "bytes": len(docs[name].encode()),
        }
        res["docs"][name] = r
        why = "no candidate needs jieba" if name == "one.md" else "a candidate needs jieba: it loads"
        rows.append(
            [
                f"check {name}, cold ({why})",
                r["cold_s"] * 1e3,
                min(cold[name]) * 1e3,
                rx(ratio(r["cold_s"], res["python_s"])),
            ]
        )
        rows.append(
            [
                f"check {name}, warm",
                r["warm_s"] * 1e3,
                min(warm_ts[name]) * 1e3,
                rx(ratio(r["warm_s"], res["python_s"])),
            ]
        )
    out.line(
        f"~2 KB Markdown drafts; median of {n} runs each; cold = cache folder emptied before each run; "
        f"XDG_CACHE_HOME={cache}"
    )
    out.table(["", "median ms", "min ms", "vs python"], rows)
    if made:
        rel = sorted(str(p.relative_to(cache)) for p in made)
        out.line(
            f"compiled-rules cache: {len(made)} file(s) in the per-user cache folder, e.g. {rel[0]} "
            f"({fmt_bytes(sum(p.stat().st_size for p in made if p.exists()))})"
        )
        res["cache_files"] = rel
    else:
        home_cache = Path.home() / ".cache" / "prescreen"
        note = (
            f" (but {home_cache} exists: does the cache ignore XDG_CACHE_HOME?)"
            if home_cache.exists()
            else ""
        )
        out.line(
            f"no cache yet: the CLI wrote nothing under XDG_CACHE_HOME{note}; "
            "warm = second run (OS caches warm)"
        )
        res["cache_files"] = []
    key = "warm_s" if made else "cold_s"
    worst = max(r[key] for r in res["docs"].values())
    out.line(
        f"target: <= 1.0 s including interpreter start{' (warm cache)' if made else ''}: "
        + "; ".join(f"{k} {v[key]:,.2f} s {verdict(v[key] <= 1.0)}" for k, v in res["docs"].items())
    )
    res["met"] = worst <= 1.0
    # where the start-up time goes: the slowest imports of the CLI
    p = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import prescreen.cli"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    imports = []
    for line in p.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            imports.append((int(parts[1]), parts[2].rstrip()))
    imports.sort(reverse=True)
    top = [f"{name.strip()} {us / 1e3:,.0f} ms" for us, name in imports if name.strip().count(".") <= 1][:8]
    if top:
        out.line("slowest imports of prescreen.cli (cumulative): " + ", ".join(top))
        res["slowest_imports"] = top
    return res


# --- workload 5: growth ----------------------------------------------------------------------------

_GROWTH_CHILD = r"""
import gc, json, resource, sys, threading, time
sys.path[:0] = {paths!r}
import psutil
import prescreen
proc = psutil.Process()
text = open({path!r}, encoding="utf-8").read()
s = prescreen.Screener(prescreen.Config())
s.check("警方提示：网上赌博都是骗局，切勿相信所谓彩金。")  # loads jieba
s.check(text[:20000])
gc.collect()
base = proc.memory_info().rss
peak0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
sampled = [base]
done = threading.Event()
def sample():  # ru_maxrss cannot see a peak below the build's high-water mark: sample RSS as well
    while not done.wait(0.002):
        sampled.append(proc.memory_info().rss)
th = threading.Thread(target=sample, daemon=True)
th.start()
t = time.perf_counter()
r = s.check(text)
dt = time.perf_counter() - t
done.set(); th.join()
peak1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
peak = max(max(sampled), peak1 if peak1 > peak0 else 0)
print("BENCH-JSON " + json.dumps(dict(seconds=dt, base_rss=base, peak=peak, maxrss=peak1,
      findings=len(r.findings), chars=len(text))))
"""

_CLI_CHILD = r"""
import json, resource, subprocess, sys, time
t = time.perf_counter()
p = subprocess.run({cmd!r}, capture_output=True, text=True)
dt = time.perf_counter() - t
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
out = dict(seconds=dt, peak=ru.ru_maxrss * 1024, code=p.returncode, err=p.stderr[-1500:])
print("BENCH-JSON " + json.dumps(out))
"""


def cli_peak(cli: Sequence[str], path: Path, timeout: float) -> dict[str, Any]:
    """Wall time and peak RSS of `prescreen check PATH` (in a wrapper process whose only child it is)."""
    cmd = [
        *cli,
        "check",
        str(path),
        "--isolated",
        "--output-format",
        "json",
        "-o",
        os.devnull,
        "--exit-zero",
        "--no-progress",
    ]
    cc = child_json(_CLI_CHILD.format(cmd=cmd), timeout=timeout)
    if cc["code"] != 0:
        raise RuntimeError(f"prescreen check {path.name} failed: exit {cc['code']}: {cc['err']}")
    return cc


def grow_sizes(
    a: argparse.Namespace,
    sizes: Sequence[float],
    big: str,
    tmp: Path,
    refs: Refs,
    cli: Optional[list[str]],
    cli_base: Optional[dict[str, Any]],
    rows: list[list[str]],
    res: dict[str, Any],
) -> None:
    """Workload 5's measurements, size by size (rows and results are filled in as they come)."""
    for mb in sizes:
        text = big[: len(big) * int(mb * MB) // len(big.encode())] if mb < max(sizes) else big
        path = tmp / f"doc_{mb:g}mb.txt"
        path.write_text(text, encoding="utf-8")
        nbytes = path.stat().st_size
        t = now()
        refs.py(text)
        ref_s = now() - t
        c = child_json(_GROWTH_CHILD.format(paths=[str(ROOT / "src")], path=str(path)), timeout=a.timeout)
        r = {
            "bytes": nbytes,
            "chars": len(text),
            "seconds": c["seconds"],
            "s_per_mb": c["seconds"] / (nbytes / MB),
            "peak": c["peak"],
            "base_rss": c["base_rss"],
            "peak_over_base": c["peak"] - c["base_rss"],
            "ref_pyahocorasick_s": ref_s,
            "ratio_vs_pyahocorasick": ratio(c["seconds"], ref_s),
            "findings": c["findings"],
        }
        r["peak_extra_per_input"] = r["peak_over_base"] / nbytes
        rows.append(
            [
                f"{nbytes / MB:,.1f} MB check()",
                f"{c['seconds']:,.2f}",
                f"{r['s_per_mb']:,.3f}",
                fmt_bytes(r["peak"]),
                fmt_bytes(r["peak_over_base"]),
                f"{r['peak_extra_per_input']:,.2f}",
                f"{ref_s:,.2f}",
                rx(r["ratio_vs_pyahocorasick"]),
            ]
        )
        if cli is not None:
            cc = cli_peak(cli, path, a.timeout)
            r["cli_seconds"] = cc["seconds"]
            r["cli_peak"] = cc["peak"]
            r["cli_peak_over_base"] = cc["peak"] - (cli_base or cc)["peak"]
            r["cli_peak_per_input"] = r["cli_peak_over_base"] / nbytes
            r["cli_total_peak_per_input"] = cc["peak"] / nbytes
            rows.append(
                [
                    f"{nbytes / MB:,.1f} MB CLI",
                    f"{cc['seconds']:,.2f}",
                    f"{cc['seconds'] / (nbytes / MB):,.3f}",
                    fmt_bytes(cc["peak"]),
                    fmt_bytes(r["cli_peak_over_base"]),
                    f"{r['cli_peak_per_input']:,.2f}",
                    "",
                    "",
                ]
            )
        res["sizes"][f"{mb:g}"] = r
        path.unlink()


def w_growth(out: Out, a: argparse.Namespace, state: dict[str, Any]) -> dict[str, Any]:
    import prescreen

    sizes = a.growth_mb
    out.head(
        f"5. Growth: one document of {', '.join(f'{x:g}' for x in sizes)} MB (time and peak memory per MB)"
    )
    tmp = Path(state["tmp"]) / "growth"
    tmp.mkdir(parents=True, exist_ok=True)
    big = corpus.make_big_document(int(max(sizes) * MB))
    s = prescreen.Screener(prescreen.Config())
    refs = Refs(screener_terms(s))
    del s
    cli = cli_command()
    rows = []
    res: dict[str, Any] = {"sizes": {}}
    if cli is not None:  # the CLI's own footprint (rules compiled, jieba loaded): peak RSS on a 20 KB file
        small = tmp / "small.txt"
        small.write_text(big[:7000] + "\n警方提示：网上赌博都是骗局，切勿相信所谓彩金。\n", encoding="utf-8")
        cli_base = cli_peak(cli, small, a.timeout)
        res["cli_base_peak"] = cli_base["peak"]
        rows.append(
            [
                "20 KB CLI (baseline)",
                f"{cli_base['seconds']:,.2f}",
                "",
                fmt_bytes(cli_base["peak"]),
                "",
                "",
                "",
                "",
            ]
        )
    header = ["", "s", "s/MB", "peak RSS", "peak-base", "/input", "raw pyaho s", "vs pyaho"]
    try:
        grow_sizes(a, sizes, big, tmp, refs, cli, cli_base if cli is not None else None, rows, res)
    except Exception:
        out.table(header, rows)  # what was measured before the failure
        raise
    out.table(header, rows)
    out.line(
        "peak-base: check(): peak RSS during check() minus RSS before it (text read, Screener built, jieba "
        "loaded); CLI: peak RSS minus the CLI's peak on a 20 KB file"
    )
    per = [v["s_per_mb"] for v in res["sizes"].values()]
    lin = max(per) / min(per) if per else None
    mem = [v["peak_extra_per_input"] for v in res["sizes"].values()]
    res["time_linearity"] = lin
    big_r = res["sizes"][f"{max(sizes):g}"]
    out.line(
        f"linearity: time per MB varies {rx(lin)} across sizes (1.00x = perfectly linear); "
        f"check() extra memory per input byte: {', '.join(f'{m:,.2f}' for m in mem)}"
    )
    ks = list(res["sizes"].values())
    if len(ks) >= 2:  # marginal memory: what one more input byte costs between the two largest documents
        x, y = ks[-2], ks[-1]
        res["marginal_memory_check"] = (y["peak_over_base"] - x["peak_over_base"]) / (y["bytes"] - x["bytes"])
        line = (
            "marginal memory between the two largest: "
            f"check() {res['marginal_memory_check']:,.2f} B per input byte"
        )
        if "cli_peak" in y:
            res["marginal_memory_cli"] = (y["cli_peak"] - x["cli_peak"]) / (y["bytes"] - x["bytes"])
            line += f", CLI {res['marginal_memory_cli']:,.2f} B per input byte"
        out.line(line)
    worst = max(big_r["peak_extra_per_input"], big_r.get("cli_peak_per_input", 0))
    ok_mem = worst <= 3
    out.line(
        f"target: peak <= 3x input for the largest document: {verdict(ok_mem)} ({worst:,.2f}x: memory above "
        f"the process's own footprint per input byte, the worse of check() and the CLI"
        + (
            f"; CLI total peak / input {big_r['cli_total_peak_per_input']:,.2f}x)"
            if "cli_peak" in big_r
            else ")"
        )
    )
    res["met_memory"] = ok_mem
    res["met_linear"] = (lin or 99) <= 1.5
    return res


# --- profiling -------------------------------------------------------------------------------------


def memory_profile(out: Out, build: Callable[[], Any], label: str, top: int = 8) -> None:
    """Where the memory of what `build` returns lives, by allocating source line (tracemalloc)."""
    import tracemalloc

    gc.collect()
    tracemalloc.start(1)
    kept = build()
    gc.collect()
    snap = tracemalloc.take_snapshot()
    tracemalloc.stop()
    stats = snap.statistics("lineno")
    total = sum(st.size for st in stats)
    out.line(
        f"tracemalloc of {label}: {fmt_bytes(total)} of Python objects kept; the largest allocation sites:"
    )
    for st in stats[:top]:
        fr = st.traceback[0]
        where = f"{Path(fr.filename).parent.name}/{Path(fr.filename).name}:{fr.lineno}"
        out.line(f"  {fmt_bytes(st.size):>10}  {st.count:>9,} objects  {where}")
    del kept


def profile(out: Out, fn: Callable[[], Any], label: str, top: int = 18) -> None:
    import cProfile
    import io
    import pstats

    pr = cProfile.Profile()
    pr.enable()
    fn()
    pr.disable()
    buf = io.StringIO()
    st = pstats.Stats(pr, stream=buf).sort_stats("tottime")
    st.print_stats(top)
    out.line(f"cProfile of {label} (by own time):")
    text = buf.getvalue()
    start = text.find("ncalls")
    print(textwrap.indent(text[start:].rstrip(), "    "), flush=True)


class _TimedPattern:
    """A compiled pattern whose finditer() adds the time spent finding each match to `acc[key]`."""

    def __init__(self, pat: Any, acc: dict[str, float], key: str) -> None:
        self._pat, self._acc, self._key = pat, acc, key

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pat, name)

    def finditer(self, *args: Any, **kw: Any) -> Any:
        it = self._pat.finditer(*args, **kw)
        while True:
            t = now()
            try:
                m = next(it)
            except StopIteration:
                self._acc[self._key] = self._acc.get(self._key, 0.0) + now() - t
                return
            self._acc[self._key] = self._acc.get(self._key, 0.0) + now() - t
            yield m


def stage_breakdown(out: Out, screener: Any, docs: Sequence[str], label: str) -> None:
    """Mean µs per document spent in each stage of real check() calls: normalisation, matching, each logic
    rule, each pattern rule, jieba. The stages are timed by wrapping the Screener's parts (engine internals:
    best effort, skipped with a note when the engine's insides change)."""
    from prescreen import segment

    acc: dict[str, float] = {}
    saved: list[tuple[Any, str, Any]] = []

    def timed(fn: Callable[..., Any], key: str) -> Callable[..., Any]:
        def wrapper(*args: Any, **kw: Any) -> Any:
            t = now()
            try:
                r = fn(*args, **kw)
                if key.startswith("logic rule"):
                    r = list(r)  # detectors may be generators: count their work here
                return r
            finally:
                acc[key] = acc.get(key, 0.0) + now() - t

        return wrapper

    def patch(obj: Any, name: str, value: Any) -> None:
        saved.append((obj, name, obj.__dict__.get(name, _MISSING) if hasattr(obj, "__dict__") else _MISSING))
        setattr(obj, name, value)

    try:
        patch(screener.normalizer, "normalize", timed(screener.normalizer.normalize, "normalise the text"))
        patch(
            screener._matcher,
            "find_all",
            timed(screener._matcher.find_all, f"match ({screener.matcher_backend})"),
        )
        for r, det in screener._detectors:
            patch(det, "find", timed(det.find, f"logic rule {r.code} {type(det).__name__}"))
        old_patterns = screener._patterns
        screener._patterns = [
            (r, [_TimedPattern(p, acc, f"pattern rule {r.code}") for p in pats]) for r, pats in old_patterns
        ]
        orig_tokens = segment.Segmenter.tokens
        segment.Segmenter.tokens = timed(orig_tokens, "jieba (word boundaries)")  # type: ignore[method-assign]
        try:
            total = 0.0
            for d in docs:
                t = now()
                screener.check(d)
                total += now() - t
        finally:
            segment.Segmenter.tokens = orig_tokens  # type: ignore[method-assign]
            screener._patterns = old_patterns
            for obj, name, value in reversed(saved):
                if value is _MISSING:
                    delattr(obj, name)
                else:
                    setattr(obj, name, value)
        n = len(docs)
        ranked = sorted(acc.items(), key=lambda kv: -kv[1])
        out.line(
            f"stage breakdown of check() ({label}): mean {total / n * 1e6:,.0f} µs per document "
            f"(with timing wrappers); the largest stages:"
        )
        for k, v in ranked[:15]:
            out.line(f"  {v / n * 1e6:8,.1f} µs  {v / total * 100:4.1f}%  {k}")
        rest = sum(v for _, v in ranked[15:])
        out.line(
            f"  {rest / n * 1e6:8,.1f} µs  {rest / total * 100:4.1f}%  "
            f"{max(0, len(ranked) - 15)} other timed stages"
        )
        groups: dict[str, list[float]] = {}
        for k, v in acc.items():
            g = (
                "pattern rules"
                if k.startswith("pattern rule")
                else "logic rules"
                if k.startswith("logic rule")
                else k
            )
            groups.setdefault(g, []).append(v)
        un = total - sum(acc.values())
        out.line(
            f"  {un / n * 1e6:8,.1f} µs  {un / total * 100:4.1f}%  "
            "the rest of check() (context filters, findings, "
            f"suppressions, result models)"
        )
        out.line(
            "  by group: "
            + "; ".join(
                f"{g} {sum(v) / n * 1e6:,.0f} µs ({sum(v) / total * 100:.0f}%"
                + (f", {len(v)} rules)" if len(v) > 1 else ")")
                for g, v in sorted(groups.items(), key=lambda kv: -sum(kv[1]))
            )
            + f"; rest {un / n * 1e6:,.0f} µs "
            f"({un / total * 100:.0f}%)"
        )
    except Exception as e:  # never fail the run over a diagnostic
        out.line(f"stage breakdown skipped ({type(e).__name__}: {e})")


_MISSING = object()


# --- main ------------------------------------------------------------------------------------------

WORKLOADS: dict[int, tuple[str, Callable[[Out, argparse.Namespace, dict[str, Any]], dict[str, Any]]]] = {
    1: ("cms", w_cms),
    2: ("lexicon", w_lexicon),
    3: ("batch", w_batch),
    4: ("start", w_start),
    5: ("growth", w_growth),
}


def parse(argv: Optional[Sequence[str]] = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--quick", action="store_true", help="small sizes: a smoke test of the harness")
    ap.add_argument("--only", default="", help="comma-separated workload numbers, e.g. 1,4")
    ap.add_argument("--json", metavar="FILE", help="write the results as JSON")
    ap.add_argument("--compare", metavar="FILE", help="compare the ratios with a saved --json run")
    ap.add_argument("--profile", action="store_true", help="also a stage breakdown, cProfile and tracemalloc for workloads 1 and 2")
    a = ap.parse_args(argv)
    only = {int(x) for x in a.only.replace(" ", "").split(",") if x}
    bad = only - set(WORKLOADS)
    if bad:
        ap.error(f"--only: no workload {sorted(bad)} (choose from 1-5)")
    a.only = sorted(only) or sorted(WORKLOADS)
    if a.quick:
        a.docs, a.rounds, a.lexicon_terms, a.batch_mb, a.start_runs = 60, 1, 5_000, 1.0, 2
        a.growth_mb, a.timeout = [0.1, 0.2, 0.5], 600
        a.bytes_per_hit = 2_500
    else:
        a.docs, a.rounds, a.lexicon_terms, a.batch_mb, a.start_runs = 1_000, 3, 100_000, 50.0, 5
        a.growth_mb, a.timeout = [1.0, 10.0, 50.0], 3600
        a.bytes_per_hit = 2_500
    return a


def compare(out: Out, old_path: str, new: dict[str, Any], quick: bool) -> None:
    old = json.loads(Path(old_path).read_text(encoding="utf-8"))
    if bool(old.get("quick")) != quick:
        print(
            f"\nnote: comparing a {'--quick' if quick else 'full'} run with a "
            f"{'--quick' if old.get('quick') else 'full'} "
            "one: sizes differ, so do some ratios"
        )

    def flat(d: Any, prefix: str = "") -> dict[str, float]:
        o: dict[str, float] = {}
        if isinstance(d, dict):
            for k, v in d.items():
                o.update(flat(v, f"{prefix}{k}."))
        elif isinstance(d, (int, float)) and not isinstance(d, bool):
            o[prefix[:-1]] = float(d)
        return o

    a, b = flat(old.get("workloads", {})), flat(new)
    out.head(f"Comparison with {old_path} (ratios only: they survive a change of machine)")
    rows = []
    for k in sorted(set(a) & set(b)):
        if "ratio" not in k and "_vs_" not in k and "speedup" not in k:
            continue
        higher_better = (
            "throughput" in k or "speedup" in k or "mb_per_s" in k or ("jobs" in k and "_vs_" in k)
        )
        change = b[k] / a[k] if a[k] else float("nan")
        worse = change < 0.8 if higher_better else change > 1.25
        rows.append([k, f"{a[k]:,.2f}", f"{b[k]:,.2f}", f"{change:,.2f}x", "WORSE" if worse else ""])
    out.table(["ratio", "old", "new", "new/old", ""], rows)


def main(argv: Optional[Sequence[str]] = None) -> int:
    a = parse(argv)
    out = Out()
    m = machine()
    import prescreen

    out.results["machine"] = m
    print(
        f"prescreen benchmark{' (--quick: small sizes, not comparable with a full run)' if a.quick else ''}"
    )
    print(
        f"machine: {m['cpu']}, {m['cores']} cores ({m['usable_cores']} usable), "
        f"{fmt_bytes(m['memory'] or 0)} RAM; {m['os']}"
    )
    print(
        f"python: {m['python']}; prescreen {m['prescreen'] or prescreen.__version__}; "
        f"backends: pyahocorasick {m['pyahocorasick']}, "
        f"ahocorasick_rs {m['ahocorasick_rs'] or 'not installed'}; "
        f"jieba {m['jieba']}, regex {m['regex']}, pydantic {m['pydantic']}"
    )
    print(
        "CLI: "
        + (
            "present"
            if cli_command()
            else "not written yet (workloads 3 and 4 skip, 5 measures check() only)"
        )
    )
    t0 = now()
    failed = []
    with tempfile.TemporaryDirectory(prefix="prescreen-bench-") as tmp:
        state: dict[str, Any] = {"tmp": tmp}
        if set(a.only) & {1, 2, 3}:  # workload 3 needs them too: the lexicon is chosen on them
            state["docs"] = corpus.make_documents(a.docs, 2048)
        results: dict[str, Any] = {}
        for n in a.only:
            name, fn = WORKLOADS[n]
            print(f"\n[{time.strftime('%H:%M:%S')}, {load()}]", flush=True)
            t = now()
            try:
                results[f"{n}_{name}"] = fn(out, a, state)
            except Exception as e:  # report, go on with the next workload, exit 1 at the end
                out.line(f"ERROR in workload {n} ({name}): {type(e).__name__}: {e}")
                print(textwrap.indent(traceback.format_exc(limit=6), "    "), flush=True)
                results[f"{n}_{name}"] = {"error": f"{type(e).__name__}: {e}"}
                failed.append(n)
            out.line(f"(workload {n} took {now() - t:,.1f} s)")
            gc.collect()
    out.results["workloads"] = results
    out.results["quick"] = a.quick
    out.results["seconds"] = now() - t0
    print(
        f"\ndone in {now() - t0:,.1f} s" + (f"; workloads with errors: {failed}" if failed else ""),
        flush=True,
    )
    if a.compare:
        compare(out, a.compare, results, a.quick)
    if a.json:
        Path(a.json).write_text(
            json.dumps(out.results, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8"
        )
        print(f"results written to {a.json}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
