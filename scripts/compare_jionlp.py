#!/usr/bin/env python3
"""Personal data: prescreen vs JioNLP's rule extractors on the same labelled corpus.

Run it in the evaluation environment only (JioNLP is not a dependency of prescreen):

    python3 -m venv .venv-eval
    .venv-eval/bin/pip install jionlp -e .
    .venv-eval/bin/python scripts/compare_jionlp.py              # plain-text tables
    .venv-eval/bin/python scripts/compare_jionlp.py --markdown   # the same tables as Markdown
    .venv-eval/bin/python scripts/compare_jionlp.py -v           # also every miss and false positive

What is measured

* Recall on corpora/violations/privacy.jsonl: every ⟦⟧ span, grouped by the record's `type`.
  A span is found when a finding overlaps it (any overlap of [start, end) offsets in the text
  without the marks). prescreen: privacy findings of severity review or block (the record's
  `meta` is passed as DocumentMeta, as scripts/evaluate.py does). JioNLP: the output of any of
  its personal-data extractors (offsets from `detail=True`). "right rule" / "right function"
  additionally requires the detector meant for that type (PD101 for id, extract_id_card for id …).
* False positives on the clean texts (corpora/clean/*.txt and ../shared/seeds/*.txt): every
  finding there is a false positive. prescreen: privacy findings of severity review/block.
  JioNLP: every extracted item, by function (phone numbers split into mobile and landline).
* The same count on the text outside the labelled spans of privacy.jsonl, which by construction
  (corpora/tools/README_markers_privacy.md) holds only distractors: office landlines, masked values,
  case and document numbers, organisation credit codes, gov.cn mailboxes.
* Constructed anchor cases for the failures named in issue 5 and PRIMER §5.

Identifiers are never printed in full: findings are shown masked.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import prescreen  # noqa: E402
from prescreen.models import Severity  # noqa: E402
from prescreen.rulefile import parse_marked  # noqa: E402

try:
    with contextlib.redirect_stdout(io.StringIO()):  # jionlp/jiojio print a banner on import
        import jionlp
        from jionlp.rule.extractor import Extractor as JioExtractor
        from jionlp.rule.rule_pattern import EMAIL_PATTERN as JIO_EMAIL_PATTERN
except ImportError:  # pragma: no cover - evaluation environment only
    sys.exit("jionlp is not installed: run this script with the evaluation venv "
             "(.venv-eval/bin/python scripts/compare_jionlp.py); see its docstring")

TYPES = ["id", "mobile", "bankcard", "passport", "email", "address", "sensitive_attr", "mask_insufficient"]

# prescreen rule meant for each labelled type
PRESCREEN_RULE = {"id": "PD101", "mobile": "PD102", "bankcard": "PD103", "passport": "PD104",
                  "email": "PD105", "address": "PD106", "sensitive_attr": "PD107",
                  "mask_insufficient": "PD201"}
# JioNLP function meant for each labelled type (None: JioNLP has no extractor for it)
JIO_FUNC = {"id": "extract_id_card", "mobile": "extract_phone_number:mobile", "bankcard": None,
            "passport": None, "email": "extract_email", "address": None, "sensitive_attr": None,
            "mask_insufficient": None}
# JioNLP's extractors for personal identifiers / contacts (ip, url, licence plate, money … left out).
JIO_FUNCS = ["extract_id_card", "extract_phone_number:mobile", "extract_phone_number:landline",
             "extract_email", "extract_qq", "extract_wechat_id"]


# ---------------------------------------------------------------------------------------- tools

def run_prescreen(text: str, meta: dict | None = None) -> list[dict]:
    r = prescreen.check(text, **(meta or {}))
    out = []
    for f in r.findings:
        if f.category.value != "privacy" or f.severity is Severity.INFO:
            continue
        out.append({"tool": "prescreen", "func": f.rule, "start": f.start, "end": f.end,
                    "severity": f.severity.value, "shown": f.masked_text})
    return out


def run_jionlp(text: str, halfwidth: bool = False) -> list[dict]:
    """Every item of JioNLP's personal-data extractors, with offsets into `text`.

    halfwidth: convert full-width characters first with JioNLP's own (length-preserving)
    Extractor.convert_full2half; the extractors do not do this themselves."""
    orig = text
    if halfwidth:
        text = _JIO_EXTRACTOR.convert_full2half(text)
    out = []

    def add(func: str, items: list[dict]) -> None:
        for it in items:
            a, b = it["offset"]
            if text[a:b] != it["text"]:  # never seen; guards the offset arithmetic
                raise AssertionError(f"{func}: offset mismatch {it!r}")
            out.append({"tool": "jionlp", "func": func, "start": a, "end": b, "severity": None,
                        "shown": mask_value(orig[a:b])})

    add("extract_id_card", jionlp.extract_id_card(text, detail=True))
    phones = jionlp.extract_phone_number(text, detail=True)
    add("extract_phone_number:mobile", [p for p in phones if p["type"] == "cell_phone"])
    add("extract_phone_number:landline", [p for p in phones if p["type"] == "landline_phone"])
    try:
        emails = jionlp.extract_email(text, detail=True)
    except AttributeError:
        # JioNLP bug: detail=True crashes on a domain with a hyphen (x@a-b.com) while computing
        # `domain_name`. Same pattern, same padding, without that step:
        EMAIL_FALLBACKS.append(text)
        emails = [{"text": m.group(1), "offset": (m.start(1) - 1, m.end(1) - 1)}
                  for m in _JIO_EMAIL.finditer("龥" + text + "龥")]
    add("extract_email", emails)
    add("extract_qq", jionlp.extract_qq(text, detail=True))  # default strict=True
    add("extract_wechat_id", jionlp.extract_wechat_id(text, detail=True))  # default strict=True
    return out


_JIO_EMAIL = re.compile(JIO_EMAIL_PATTERN)
_JIO_EXTRACTOR = JioExtractor()
EMAIL_FALLBACKS: list[str] = []


def usable_meta(meta: dict) -> dict:
    """The record's meta fields that DocumentMeta accepts (same as scripts/evaluate.py)."""
    out = {}
    for k, v in meta.items():
        try:
            prescreen.DocumentMeta(**{k: v})
        except Exception:
            continue
        out[k] = v
    return out


_ALNUM = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]")


def mask_value(s: str) -> str:
    """Masked form for printing: e-mail keeps 1 char of the local part; other values keep the
    first 3 and last 2 letters/digits (Han characters are not shown at all)."""
    if "@" in s:
        local, _, dom = s.partition("@")
        return local[:1] + "*" * max(len(local) - 1, 1) + "@" + dom
    if not _ALNUM.search(s):
        return f"<{len(s)} chars>"
    pos = [i for i, c in enumerate(s) if _ALNUM.match(c)]
    keep = set(pos[:3] + pos[-2:]) if len(pos) > 6 else set(pos[:1])
    return "".join(c if (i in keep or not _ALNUM.match(c)) else "*" for i, c in enumerate(s))


def overlaps(f: dict, a: int, b: int) -> bool:
    return f["start"] < b and a < f["end"]


# ---------------------------------------------------------------------------------------- data

def privacy_records() -> list[dict]:
    path = ROOT / "corpora" / "violations" / "privacy.jsonl"
    recs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            recs.append(json.loads(line))
    return recs


def clean_texts() -> list[tuple[str, str]]:
    out = []
    for folder in (ROOT / "corpora" / "clean", ROOT.parent / "shared" / "seeds"):
        if folder.is_dir():
            for p in sorted(folder.glob("*.txt")):
                out.append((str(p.relative_to(folder.parent.parent)), p.read_text(encoding="utf-8")))
    return out


# ---------------------------------------------------------------------------------------- anchors

_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(first17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, _ID_W)) % 11]


def luhn_complete(body: str) -> str:
    digits = [int(c) for c in body]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def anchor_cases() -> list[dict]:
    """Constructed cases. `expect`: "flag" = a finding must overlap the target; "none" = the text
    must produce no finding at all ("review" = a review finding must overlap the target)."""
    bad_date = "11010119900230123"
    wrong = "0" if id_check(bad_date) != "0" else "1"
    id_feb30 = bad_date + wrong  # 30 February and a wrong check digit
    ok17 = "11010119900307123"
    id_badcheck = ok17 + ("0" if id_check(ok17) != "0" else "1")  # real date, wrong check digit
    id_ok = ok17 + id_check(ok17)
    card19 = luhn_complete("621700001001234567")
    card16 = luhn_complete("622202100112345")
    card16g = " ".join(card16[i:i + 4] for i in range(0, 16, 4))
    cases = [
        ("ID dated 30 February, wrong check digit", "none", f"申请人张某某，身份证号码：{id_feb30}。", id_feb30),
        ("ID-shaped 合同编号 (real date, wrong check digit)", "none", f"合同编号：{id_badcheck}，签订日期2023年12月15日。", None),
        ("valid ID glued to Chinese on both sides (control)", "flag", f"当事人身份证号{id_ok}已核实。", id_ok),
        ("office landline next to 咨询电话", "none", "咨询电话：0812-3335126（区民政局办公室）。", None),
        ("监督电话 and 传真 landlines", "none", "监督电话：028-86123456，传真：028-86123457。", None),
        ("office landline in parentheses after a department", "none", "区人社局就业科（0816）2223344", None),
        ("personal mobile of 举报人 (control)", "flag", "举报人王某某，手机13912345678，已电话回访。", "13912345678"),
        ("19-digit card glued to Chinese on both sides", "flag", f"补助资金已打入户主银行卡号{card19}请注意查收。", card19),
        ("16-digit card in 4-4-4-4 groups after 卡号", "flag", f"持卡人：李某某，卡号：{card16g}。", card16g),
        ("19-digit card glued between 原路退回 and 账户", "flag", f"退款已原路退回{card19}账户。", card19),
        ("Luhn-valid 62 card, no context word at all", "flag", f"请于今日前核对{card19}，逾期不予受理。", card19),
        ("masked ID 510402********1234", "none", "当事人：刘某某，身份证号码：510402********1234。", None),
        ("masked mobile 139****5678", "none", "联系人：王某，联系电话：139****5678。", None),
        ("mask that still shows the birth date", "review", "身份证号码：5104021966****1234", "5104021966****1234"),
        ("passport E+8 after 护照号码", "flag", "出境人员：赵某某，护照号码：E12345678。", "E12345678"),
        ("QQ mentioned + an amount and a postcode", "none",
         "本局已停止使用QQ群发布通知。2024年共发放补贴资金1860000元，邮政编码610041。", None),
        ("gov.cn office mailbox", "none", "来信请寄电子邮箱：mzj@pzh.gov.cn。", None),
    ]
    out = []
    for name, expect, text, target in cases:
        span = None
        if target is not None:
            a = text.index(target)
            span = (a, a + len(target))
        out.append({"name": name, "expect": expect, "text": text, "span": span})
    return out


def judge(expect: str, span, findings: list[dict]) -> tuple[bool, str]:
    if expect == "none":
        ok = not findings
    else:
        hit = [f for f in findings if overlaps(f, *span)]
        if expect == "review":
            hit = [f for f in hit if f["severity"] in (None, "review", "block")]
        ok = bool(hit)
    desc = ", ".join(sorted({f["func"] + (f":{f['severity']}" if f["severity"] else "") for f in findings})) or "—"
    return ok, desc


# ---------------------------------------------------------------------------------------- evaluate

def evaluate() -> dict:
    rep: dict = {"jionlp_version": jionlp.__version__}
    # recall
    spans = Counter()
    ps_any, ps_rule, ps_sev = Counter(), Counter(), Counter()
    jio_any, jio_func = Counter(), Counter()
    jio_half = Counter()
    jio_by_func = defaultdict(Counter)
    ps_miss, jio_miss = [], []
    out_ps, out_jio = Counter(), Counter()
    out_list = []
    recs = privacy_records()
    for rec in recs:
        plain, marks = parse_marked(rec["text"])
        t = rec["type"]
        pf = run_prescreen(plain, usable_meta(rec.get("meta") or {}))
        jf = run_jionlp(plain)
        jf_half = run_jionlp(plain, halfwidth=True)
        for a, b in marks:
            spans[t] += 1
            ph = [f for f in pf if overlaps(f, a, b)]
            jh = [f for f in jf if overlaps(f, a, b)]
            if ph:
                ps_any[t] += 1
                if any(f["func"] == PRESCREEN_RULE[t] for f in ph):
                    ps_rule[t] += 1
                if any(f["severity"] == rec["severity"] for f in ph):
                    ps_sev[t] += 1
            else:
                ps_miss.append((rec["id"], t, mask_value(plain[a:b]), rec["note"]))
            if any(overlaps(f, a, b) for f in jf_half):
                jio_half[t] += 1
            if jh:
                jio_any[t] += 1
                if JIO_FUNC[t] and any(f["func"] == JIO_FUNC[t] for f in jh):
                    jio_func[t] += 1
                for fn in {f["func"] for f in jh}:
                    jio_by_func[t][fn] += 1
            else:
                jio_miss.append((rec["id"], t, mask_value(plain[a:b]), rec["note"]))
        for f in pf + jf:
            if not any(overlaps(f, a, b) for a, b in marks):
                (out_ps if f["tool"] == "prescreen" else out_jio)[f["func"]] += 1
                out_list.append((rec["id"], f["tool"], f["func"], f["severity"] or "", f["shown"]))
    rep["records"] = len(recs)
    rep["recall"] = {t: {"spans": spans[t], "prescreen": ps_any[t], "prescreen_rule": ps_rule[t],
                         "prescreen_severity": ps_sev[t], "jionlp": jio_any[t], "jionlp_func": jio_func[t],
                         "jionlp_halfwidth": jio_half[t],
                         "jionlp_by_func": dict(jio_by_func[t])} for t in TYPES}
    rep["prescreen_misses"] = ps_miss
    rep["jionlp_misses"] = jio_miss
    rep["outside_spans"] = {"prescreen": dict(out_ps), "jionlp": dict(out_jio), "list": out_list}
    # clean texts
    texts = clean_texts()
    fp_n, fp_texts = Counter(), defaultdict(set)
    fp_list = []
    for name, text in texts:
        for f in run_prescreen(text) + run_jionlp(text):
            key = (f["tool"], f["func"])
            fp_n[key] += 1
            fp_texts[key].add(name)
            fp_texts[(f["tool"], "*")].add(name)
            if f["func"] != "extract_phone_number:landline":
                fp_texts[(f["tool"], "*-landline")].add(name)
            fp_list.append((name, f["tool"], f["func"], f["severity"] or "", f["shown"]))
    rep["clean"] = {"texts": len(texts),
                    "fp": [{"tool": k[0], "func": k[1], "findings": fp_n[k], "texts": len(fp_texts[k])}
                           for k in sorted(fp_n)],
                    "texts_flagged": {tool: len(fp_texts[(tool, "*")]) for tool in ("prescreen", "jionlp")},
                    "texts_flagged_without_landline": len(fp_texts[("jionlp", "*-landline")]),
                    "list": fp_list}
    # anchors
    rows = []
    for c in anchor_cases():
        pok, pdesc = judge(c["expect"], c["span"], run_prescreen(c["text"]))
        jok, jdesc = judge(c["expect"], c["span"], run_jionlp(c["text"]))
        rows.append({"case": c["name"], "expect": c["expect"], "prescreen_ok": pok, "prescreen": pdesc,
                     "jionlp_ok": jok, "jionlp": jdesc})
    rep["anchors"] = rows
    rep["sweep"] = feb30_sweep()
    rep["email_fallbacks"] = len(EMAIL_FALLBACKS)
    return rep


FEB30_CONTEXTS = [("label only", "身份证号码：{}。"),
                  ("person word + label", "申请人张某某，身份证号码：{}。"),
                  ("glued to Chinese", "经核实其身份证号{}无误。")]


def feb30_sweep() -> list[dict]:
    """Every possible last character (0-9, X) of an ID dated 1990-02-30: one of the 11 satisfies
    MOD 11-2, the other 10 are wrong check digits. None is a valid ID (no such date)."""
    body = "11010119900230123"
    rows = []
    for label, ctx in FEB30_CONTEXTS:
        ps, jio = Counter(), 0
        for last in "0123456789X":
            text = ctx.format(body + last)
            pf = run_prescreen(text)
            for f in pf:
                ps[f"{f['func']}:{f['severity']}"] += 1
            jio += any(f["func"] == "extract_id_card" for f in run_jionlp(text))
        rows.append({"context": label, "variants": 11, "prescreen": dict(ps),
                     "prescreen_flagged": sum(ps.values()), "jionlp_id": jio})
    return rows


# ---------------------------------------------------------------------------------------- output

def table(header: list[str], rows: list[list], markdown: bool, right: set[int] | None = None) -> str:
    right = right or set()
    cells = [[str(c) for c in r] for r in rows]
    if markdown:
        lines = ["| " + " | ".join(header) + " |",
                 "|" + "|".join(("---:" if i in right else "---") for i in range(len(header))) + "|"]
        lines += ["| " + " | ".join(r) + " |" for r in cells]
        return "\n".join(lines)

    def w(s: str) -> int:  # display width: CJK counts 2
        return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)

    widths = [max(w(x) for x in col) for col in zip(header, *cells)]

    def fmt(r: list[str]) -> str:
        return "  ".join((" " * (wd - w(c)) + c) if i in right else (c + " " * (wd - w(c)))
                         for i, (c, wd) in enumerate(zip(r, widths))).rstrip()

    return "\n".join([fmt(header), fmt(["-" * x for x in widths])] + [fmt(r) for r in cells])


def frac(n: int, d: int) -> str:
    return f"{n}/{d} ({100 * n / d:.0f}%)" if d else "—"


def render(rep: dict, markdown: bool, verbose: bool) -> str:
    md = markdown
    b = (lambda s: f"**{s}**") if md else (lambda s: s)
    out = []
    out.append(f"JioNLP {rep['jionlp_version']}, prescreen {prescreen.__version__}; "
               f"{rep['records']} labelled records, {rep['clean']['texts']} clean texts.")
    # recall
    rows = []
    tot = Counter()
    for t in TYPES:
        r = rep["recall"][t]
        for k in ("spans", "prescreen", "prescreen_rule", "prescreen_severity", "jionlp", "jionlp_func"):
            tot[k] += r[k]
        jf = frac(r["jionlp_func"], r["spans"]) if JIO_FUNC[t] else "no extractor"
        other = ", ".join(f"{fn.replace('extract_', '')} {n}" for fn, n in sorted(r["jionlp_by_func"].items())
                          if fn != JIO_FUNC[t]) or "—"
        rows.append([t, r["spans"], frac(r["prescreen"], r["spans"]), frac(r["prescreen_rule"], r["spans"]),
                     frac(r["prescreen_severity"], r["spans"]), frac(r["jionlp"], r["spans"]), jf, other])
    rows.append([b("all"), b(tot["spans"]), b(frac(tot["prescreen"], tot["spans"])),
                 b(frac(tot["prescreen_rule"], tot["spans"])), b(frac(tot["prescreen_severity"], tot["spans"])),
                 b(frac(tot["jionlp"], tot["spans"])), b(frac(tot["jionlp_func"], tot["spans"])), ""])
    out.append(("#### " if md else "") + "Recall on corpora/violations/privacy.jsonl (labelled spans)")
    out.append(table(["type", "spans", "prescreen", "prescreen right rule", "prescreen severity as labelled",
                      "JioNLP any extractor", "JioNLP right extractor", "JioNLP hits by other extractors"],
                     rows, md, right={1}))
    half = sum(rep["recall"][t]["jionlp_halfwidth"] for t in TYPES)
    gain = ", ".join(f"{t} +{rep['recall'][t]['jionlp_halfwidth'] - rep['recall'][t]['jionlp']}" for t in TYPES
                     if rep["recall"][t]["jionlp_halfwidth"] != rep["recall"][t]["jionlp"]) or "no change"
    out.append(f"JioNLP with full-width characters converted first (its Extractor.convert_full2half, which "
               f"its extractors do not apply): any-extractor recall {frac(half, tot['spans'])} ({gain}).")
    # false positives
    c = rep["clean"]
    rows = []
    for tool in ("prescreen", "jionlp"):
        items = [x for x in c["fp"] if x["tool"] == tool]
        funcs = ([f"{r}" for r in sorted({x['func'] for x in items})] if tool == "prescreen" else JIO_FUNCS)
        for fn in funcs:
            x = next((i for i in items if i["func"] == fn), {"findings": 0, "texts": 0})
            rows.append([tool, fn, x["findings"], x["texts"]])
        n = sum(x["findings"] for x in items)
        rows.append([b(tool), b("total"), b(n), b(f"{c['texts_flagged'][tool]} of {c['texts']}")])
        if tool == "jionlp":
            nl = n - next((x["findings"] for x in items if x["func"] == "extract_phone_number:landline"), 0)
            rows.append([tool, "total without landlines", nl,
                         f"{c['texts_flagged_without_landline']} of {c['texts']}"])
    out.append(("#### " if md else "") + f"False positives on {c['texts']} clean texts")
    out.append(table(["tool", "rule / function", "findings", "texts flagged"], rows, md, right={2, 3}))
    # outside spans
    o = rep["outside_spans"]
    rows = [["prescreen", fn, n] for fn, n in sorted(o["prescreen"].items())]
    rows.append([b("prescreen"), b("total"), b(sum(o["prescreen"].values()))])
    rows += [["jionlp", fn, o["jionlp"].get(fn, 0)] for fn in JIO_FUNCS]
    rows.append([b("jionlp"), b("total"), b(sum(o["jionlp"].values()))])
    out.append(("#### " if md else "") + "Findings outside the labelled spans of privacy.jsonl (distractors)")
    out.append(table(["tool", "rule / function", "findings"], rows, md, right={2}))
    # anchors
    rows = [[a["case"], a["expect"], ("ok" if a["prescreen_ok"] else "WRONG") + f" ({a['prescreen']})",
             ("ok" if a["jionlp_ok"] else "WRONG") + f" ({a['jionlp']})"] for a in rep["anchors"]]
    rows.append([b("correct"), "", b(f"{sum(a['prescreen_ok'] for a in rep['anchors'])}/{len(rep['anchors'])}"),
                 b(f"{sum(a['jionlp_ok'] for a in rep['anchors'])}/{len(rep['anchors'])}")])
    out.append(("#### " if md else "") + "Constructed anchor cases")
    out.append(table(["case", "expected", "prescreen", "JioNLP"], rows, md))
    rows = [[s["context"], s["variants"],
             f"{s['prescreen_flagged']} ({', '.join(f'{k} {v}' for k, v in sorted(s['prescreen'].items())) or '—'})",
             s["jionlp_id"]] for s in rep["sweep"]]
    out.append(("#### " if md else "") + "ID dated 30 February, all 11 possible check characters "
               "(none is a valid ID)")
    out.append(table(["context", "variants", "prescreen findings", "JioNLP extract_id_card hits"], rows, md,
                     right={1, 3}))
    if rep["email_fallbacks"]:
        out.append(f"Note: jionlp.extract_email(detail=True) raised AttributeError on {rep['email_fallbacks']} "
                   "text(s) (a domain with a hyphen); there its own EMAIL_PATTERN was applied directly.")
    if verbose:
        def lst(title: str, items: list) -> None:
            out.append(("#### " if md else "") + title + f" ({len(items)})")
            out.extend(("- " if md else "  ") + " | ".join(str(x) for x in it) for it in items)
        lst("prescreen misses (record, type, span masked, note)", rep["prescreen_misses"])
        lst("JioNLP misses (record, type, span masked, note)", rep["jionlp_misses"])
        lst("False positives on clean texts (file, tool, rule/function, severity, masked)",
            [x for x in c["list"]])
        lst("Findings outside labelled spans (record, tool, rule/function, severity, masked)", o["list"])
    return "\n\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--markdown", action="store_true", help="print the tables as Markdown")
    ap.add_argument("-v", "--verbose", action="store_true", help="also list misses and false positives")
    ap.add_argument("--json", action="store_true", help="machine-readable report")
    args = ap.parse_args()
    rep = evaluate()
    if args.json:
        print(json.dumps(rep, ensure_ascii=False, indent=1))
    else:
        print(render(rep, args.markdown, args.verbose))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
