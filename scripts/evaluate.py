#!/usr/bin/env python3
"""Precision and recall of the default rules on the shipped corpora.

    python scripts/evaluate.py            # table per category
    python scripts/evaluate.py -v         # also every miss and every false positive
    python scripts/evaluate.py --json     # machine-readable

Clean texts (corpora/clean/*.txt and ../shared/seeds/*.txt) must pass: any finding of severity
review or block there is a false positive. Violation records (corpora/violations/*.jsonl) mark the
expected spans with ⟦⟧; a span is found when a finding of the record's category overlaps it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import prescreen  # noqa: E402
from prescreen.models import Severity  # noqa: E402
from prescreen.rulefile import parse_marked  # noqa: E402

CATEGORIES = [c.value for c in prescreen.Category]


CLEAN_DIRS = [ROOT / "corpora" / "clean", ROOT.parent / "shared" / "seeds"]
VIOLATION_FILES = sorted((ROOT / "corpora" / "violations").glob("*.jsonl"))


def clean_texts() -> list[tuple[str, str]]:
    out = []
    for folder in CLEAN_DIRS:
        if folder.is_dir():
            for p in sorted(folder.glob("*.txt")):
                out.append((str(p.relative_to(ROOT.parent)), p.read_text(encoding="utf-8")))
    return out


def violation_records() -> list[dict]:
    out = []
    for p in VIOLATION_FILES:
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                rec = json.loads(line)
                rec["_file"] = f"{p.name}:{n}"
                out.append(rec)
    return out


def usable_meta(meta: dict) -> dict:
    """The record's meta fields that DocumentMeta accepts (descriptive extras are ignored)."""
    out = {}
    for k, v in meta.items():
        try:
            prescreen.DocumentMeta(**{k: v})
        except Exception:
            continue
        out[k] = v
    return out


def evaluate(screener: prescreen.Screener) -> dict:
    rep: dict = {"clean": {}, "violations": {}}
    # clean
    fp = Counter()
    decisions = Counter()
    fp_list = []
    texts = clean_texts()
    for name, text in texts:
        r = screener.check(text)
        decisions[r.decision.value] += 1
        for f in r.findings:
            if f.severity is not Severity.INFO:
                fp[f.category.value] += 1
                fp_list.append((name, f.rule, f.severity.value, f.masked_text, f.explanation))
    rep["clean"] = {"texts": len(texts), "decisions": dict(decisions), "fp_by_category": dict(fp), "fp": fp_list}
    # violations
    found = Counter()
    total = Counter()
    ev_found = Counter()
    ev_total = Counter()
    sev_ok = Counter()
    extra = Counter()
    tp_findings = Counter()
    misses = []
    wrong_sev = []
    for rec in violation_records():
        plain, spans = parse_marked(rec["text"])
        cat = rec["category"]
        meta = usable_meta(rec.get("meta") or {})
        r = screener.check(plain, **meta)
        is_ev = bool(rec.get("evasion")) or rec["_file"].startswith("evasion")
        for a, b in spans:
            total[cat] += 1
            if is_ev:
                ev_total[cat] += 1
            hits = [f for f in r.findings if f.category.value == cat and f.start < b and a < f.end
                    and f.severity is not Severity.INFO]
            if hits:
                found[cat] += 1
                if is_ev:
                    ev_found[cat] += 1
                want = rec.get("severity")
                if want is None or any(f.severity.value == want for f in hits):
                    sev_ok[cat] += 1
                else:
                    wrong_sev.append((rec["_file"], rec["id"], want, [f.severity.value for f in hits]))
            else:
                misses.append((rec["_file"], rec["id"], cat, plain[a:b] if cat != "privacy" else "<masked>",
                               [f"{f.rule}:{f.category.value}" for f in r.findings]))
        for f in r.findings:
            if f.severity is Severity.INFO:
                continue
            if any(f.start < b and a < f.end for a, b in spans) and f.category.value == cat:
                tp_findings[cat] += 1
            elif not any(f.start < b and a < f.end for a, b in spans):
                extra[f.category.value] += 1
    rows = {}
    for c in CATEGORIES:
        tp = tp_findings[c]
        prec_den = tp + fp[c]
        rows[c] = {
            "spans": total[c], "found": found[c],
            "recall": found[c] / total[c] if total[c] else None,
            "evasion_spans": ev_total[c], "evasion_found": ev_found[c],
            "severity_match": sev_ok[c],
            "clean_fp": fp[c], "extra_in_violations": extra[c],
            "precision": tp / prec_den if prec_den else None,
        }
    rep["violations"] = {"by_category": rows, "misses": misses, "wrong_severity": wrong_sev,
                         "total": sum(total.values()), "found": sum(found.values()),
                         "evasion_total": sum(ev_total.values()), "evasion_found": sum(ev_found.values())}
    return rep


def pct(x: float | None) -> str:
    return "   -  " if x is None else f"{100 * x:5.1f}%"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown (for docs/accuracy.md)")
    ap.add_argument("--holdout", action="store_true",
                    help="score corpora/holdout/ instead (written independently of the rules; see its README)")
    args = ap.parse_args()
    if args.holdout:
        global CLEAN_DIRS, VIOLATION_FILES
        CLEAN_DIRS = [ROOT / "corpora" / "holdout" / "clean"]
        VIOLATION_FILES = [ROOT / "corpora" / "holdout" / "planted.jsonl"]
    rep = evaluate(prescreen.default_screener())
    if args.json:
        print(json.dumps(rep, ensure_ascii=False, indent=1))
        return 0
    c = rep["clean"]
    if args.markdown:
        v = rep["violations"]
        print(f"Clean texts: {c['texts']}, decisions {c['decisions']}.\n")
        print("| category | labelled spans | found | recall | evasion found | severity as labelled | findings on clean texts | precision |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        for cat, r in v["by_category"].items():
            ev = f"{r['evasion_found']}/{r['evasion_spans']}" if r["evasion_spans"] else "–"
            print(f"| {cat} | {r['spans']} | {r['found']} | {pct(r['recall']).strip()} | {ev} | {r['severity_match']} | {r['clean_fp']} | {pct(r['precision']).strip()} |")
        tot = v["total"]
        print(f"| **all** | {tot} | {v['found']} | {pct(v['found'] / tot if tot else None).strip()} | {v['evasion_found']}/{v['evasion_total']} | | {sum(c['fp_by_category'].values())} | |")
        return 0
    print(f"clean texts: {c['texts']}  decisions: {c['decisions']}")
    print(f"{'category':20} {'spans':>6} {'found':>6} {'recall':>7} {'evasion':>9} {'sev ok':>7} {'clean FP':>9} {'extra':>6} {'precision':>9}")
    for cat, r in rep["violations"]["by_category"].items():
        ev = f"{r['evasion_found']}/{r['evasion_spans']}" if r["evasion_spans"] else "-"
        print(f"{cat:20} {r['spans']:6} {r['found']:6} {pct(r['recall']):>7} {ev:>9} {r['severity_match']:7} "
              f"{r['clean_fp']:9} {r['extra_in_violations']:6} {pct(r['precision']):>9}")
    v = rep["violations"]
    tot = v["total"]
    print(f"{'all':20} {tot:6} {v['found']:6} {pct(v['found'] / tot if tot else None):>7} "
          f"{v['evasion_found']}/{v['evasion_total']}")
    if args.verbose:
        print("\nfalse positives on clean texts:")
        for row in c["fp"]:
            print("  ", *row)
        print("\nmisses:")
        for row in v["misses"]:
            print("  ", *row)
        print("\nwrong severity:")
        for row in v["wrong_severity"]:
            print("  ", *row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
