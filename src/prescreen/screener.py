"""The Screener: the pipeline, in order.

    text -> normalise (with offset map) -> one Aho-Corasick pass over every term -> rules
         -> findings (original offsets) -> suppressions -> decision

A Screener compiles its rules once and holds nothing that changes per call, so one instance is
safe to share across threads.
"""

from __future__ import annotations

import bisect
import threading
from dataclasses import dataclass
from typing import Any, Iterable, Optional

import regex

from . import suppress
from .config import Config
from .context import (
    AllowIndex,
    CueHit,
    VoiceIndex,
    cjk_len,
    in_quotation,
    inside_longer_word,
    not_whole_token,
    quoted,
    sentence_bounds,
    sentence_ends,
)
from .detectors import Detector, Doc, Hit, detector_class, has_detector
from .errors import ScreeningError
from .matcher import build_matcher
from .models import (
    Decision,
    DocumentMeta,
    Finding,
    Result,
    Severity,
    Suppressed,
)
from .normalize import Normalizer
from .registry import RuleSet, load_ruleset, severity_override
from .rulefile import RuleFileError, RuleSpec, TermEntry
from .segment import Segmenter

_ROLES = ("deny", "anchor", "require", "allow", "opposing", "supporting")

# Texts longer than this are screened in chunks (bounded memory); chunks overlap by CHUNK_OVERLAP
# characters so that no finding shorter than that is cut in two.
CHUNK_SIZE = 1_000_000
CHUNK_OVERLAP = 4_096


@dataclass(frozen=True)
class TermRef:
    role: str  # one of _ROLES
    rule: Optional[RuleSpec]
    entry: TermEntry
    scope: str = "*"  # allow phrases: "*", a category id, or "rule:CODE"


@dataclass
class _Cand:
    rule: RuleSpec
    start: int  # normalised offsets unless space == "orig"
    end: int
    severity: Severity
    explanation: str
    message: Optional[str] = None
    suggestion: Optional[str] = None
    score: float = 1.0
    space: str = "norm"


class Screener:
    """Compiled rules plus the pipeline. `check()` is thread-safe."""

    def __init__(self, config: Optional[Config] = None, *, ruleset: Optional[RuleSet] = None) -> None:
        self.config = config or Config()
        full = ruleset if ruleset is not None else load_ruleset(self.config)
        self.ruleset = full.select(self.config)
        self.normalizer = Normalizer(self.config.skip_chars, traditional=self.config.traditional)
        # Structure rules read lines; they keep * because OCR turns ★ into it (机密*5年).
        self.line_normalizer = Normalizer(self.config.skip_chars.replace("*", ""), traditional=self.config.traditional)
        self._segmenter = Segmenter()
        self._severity = {r.code: severity_override(r, self.config) for r in self.ruleset}
        refs: list[tuple[str, TermRef, str]] = []  # (raw term, reference, source file)
        for r in self.ruleset:
            if r.kind in ("terms", "cooccurrence"):
                role = "deny" if r.kind == "terms" else "anchor"
                refs.extend((e.term, TermRef(role, r, e), r.source) for e in r.terms)
                refs.extend((e.term, TermRef("require", r, e), r.source) for e in r.requires)
            refs.extend((e.term, TermRef("allow", r, e, f"rule:{r.code}"), r.source) for e in r.allow)
            refs.extend((e.term, TermRef("prefilter", r, e), r.source) for e in r.prefilter)
        for lex in self.ruleset.lexicons:
            refs.extend((e.term, TermRef(lex.role, None, e), lex.source) for e in lex.terms)
        for scope, phrases in self.config.allow.items():
            refs.extend((p, TermRef("allow", None, TermEntry(term=p, note="config allow"), scope), "config:allow")
                        for p in phrases)
        normalised = self._normalise_terms([t for t, _, _ in refs])
        keys: dict[str, int] = {}
        payload: list[list[TermRef]] = []
        for (term, ref, source), norm in zip(refs, normalised):
            if len(norm) < 2:
                raise RuleFileError(source, ref.entry.line, f"term {term!r} normalises to {norm!r}: too short to match")
            k = keys.get(norm)
            if k is None:
                k = keys[norm] = len(payload)
                payload.append([])
            payload[k].append(ref)
        self._keys = list(keys)
        self._payload = [tuple(p) for p in payload]
        self._matcher = build_matcher(self._keys, self.config.matcher)
        # Compiled on first use: a fresh process (pre-commit) need not pay for patterns it never runs.
        self._patterns: list[tuple[RuleSpec, _LazyPatterns]] = [
            (r, _LazyPatterns(r.patterns)) for r in self.ruleset if r.kind == "pattern"
        ]
        self._detectors: list[tuple[RuleSpec, Detector]] = []
        for r in self.ruleset:
            if r.kind == "logic":
                if not has_detector(r.code):
                    raise RuleFileError(r.source, 1, f"kind = 'logic' but prescreen has no built-in logic for {r.code}")
                self._detectors.append((r, detector_class(r.code)(r, self.config)))

    def _normalise_terms(self, raw: list[str]) -> list[str]:
        """Every term's matching form, from the per-user cache when this exact rule set was seen."""
        from . import __version__, cache
        from .resources import read_rule_text

        key = cache.key_for([__version__, self.config.skip_chars, str(self.config.traditional),
                             read_rule_text("normalize/t2s.tsv"), *raw])
        cached = cache.load_terms(key, len(raw))
        if cached is not None:
            return cached
        out = [self.normalizer.normalize_term(t) for t in raw]
        if len(raw) >= 1000:  # small rule sets build faster than a cache read
            cache.store_terms(key, out)
        return out

    # -- public -----------------------------------------------------------------------------------

    @property
    def matcher_backend(self) -> str:
        return self._matcher.backend

    @property
    def term_count(self) -> int:
        return len(self._keys)

    def check(self, text: str, meta: Optional[DocumentMeta] = None, *, explain: bool = False, **meta_fields: Any) -> Result:
        """Screen one text. Raises TypeError for non-str input and ScreeningError if screening fails."""
        if not isinstance(text, str):
            raise TypeError(
                f"prescreen.check() takes str, not {type(text).__name__}"
                + ("; decode the bytes first, e.g. data.decode('utf-8')" if isinstance(text, (bytes, bytearray)) else "")
            )
        meta = self._meta(meta, meta_fields)
        if not text:
            return Result(decision=Decision.PASS, stats={"chars": 0})
        try:
            if len(text) > CHUNK_SIZE:
                return self._check_chunked(text, meta, explain)
            return self._check(text, meta, explain)
        except ScreeningError:
            raise
        except Exception as e:  # fail closed: never a pass when screening did not complete
            raise ScreeningError(f"screening failed: {type(e).__name__}: {e}") from e

    # -- pipeline ---------------------------------------------------------------------------------

    def _meta(self, meta: Optional[DocumentMeta], fields: dict[str, Any]) -> DocumentMeta:
        if meta is None:
            base = {"channel": self.config.channel, "genre": self.config.genre}
            base.update(fields)
            return DocumentMeta(**base)
        if fields:
            return meta.model_copy(update=DocumentMeta(**{**meta.model_dump(), **fields}).model_dump())
        return meta

    def _check(self, text: str, meta: DocumentMeta, explain: bool, chunk: int = 0) -> Result:
        norm = self.normalizer.normalize(text)
        t = norm.text
        deny: list[tuple[int, int, TermRef]] = []
        anchors: list[tuple[int, int, TermRef]] = []
        requires: dict[str, list[tuple[int, int]]] = {}
        allow: list[tuple[int, int, str, str]] = []
        opposing: list[CueHit] = []
        supporting: list[CueHit] = []
        prefilter: dict[str, list[tuple[int, int]]] = {}
        neutral: list[tuple[int, int]] = []
        for s, e, k in self._matcher.find_all(t):
            for ref in self._payload[k]:
                if ref.role == "deny":
                    deny.append((s, e, ref))
                elif ref.role == "anchor":
                    anchors.append((s, e, ref))
                elif ref.role == "require":
                    requires.setdefault(ref.rule.code, []).append((s, e))  # type: ignore[union-attr]
                elif ref.role == "allow":
                    allow.append((s, e, ref.entry.term, ref.scope))
                elif ref.role == "opposing":
                    opposing.append(CueHit(s, e, ref.entry.term))
                elif ref.role == "neutral":
                    neutral.append((s, e))
                elif ref.role == "prefilter":
                    prefilter.setdefault(ref.rule.code, []).append((s, e))  # type: ignore[union-attr]
                else:
                    supporting.append(CueHit(s, e, ref.entry.term))
        dropped: list[Suppressed] = []

        def drop(rule: RuleSpec, s: int, e: int, why: str) -> None:
            if explain:
                o = norm.to_original(s, e)
                dropped.append(Suppressed(rule=rule.code, start=o[0], end=o[1], reason=why))

        # Phase 1: what the words themselves say (whole tokens, allow phrases, word boundaries).
        allow_index = AllowIndex(allow)
        pending: list[_Cand] = []
        for s, e, ref in deny:
            rule = ref.rule
            assert rule is not None
            why = self._structural(t, s, e, rule, allow_index)
            if why is not None:
                drop(rule, s, e, why)
                continue
            pending.append(_Cand(rule, s, e, rule.entry_severity(ref.entry),
                                 f"term {ref.entry.term!r}" + (f" ({ref.entry.note})" if ref.entry.note else "")))
        ends: Optional[list[int]] = None
        for comp in requires.values():
            comp.sort()
        for s, e, ref in anchors:
            rule = ref.rule
            assert rule is not None
            comp = requires.get(rule.code, ())
            lo_i = bisect.bisect_left(comp, (s - rule.window - 50, 0))  # companions are short: 50 is ample
            hi_i = bisect.bisect_left(comp, (e + rule.window, 0))
            near = [(a, b) for a, b in comp[lo_i:hi_i] if a < e + rule.window and b > s - rule.window
                    and not (a < e and s < b)]  # the companion is another word, not the anchor itself
            if near:  # and it stands in the same sentence
                if ends is None:
                    ends = sentence_ends(t)
                lo, hi = sentence_bounds(t, s, e, limit=rule.window, ends=ends, breaks=norm.breaks)
                near = [(a, b) for a, b in near if lo <= a and b <= hi
                        and self._structural(t, a, b, rule, allow_index) is None]  # 日结 inside 次日结算 is no companion
            if not near:
                drop(rule, s, e, "no co-occurring term nearby")
                continue
            why = self._structural(t, s, e, rule, allow_index)
            if why is not None:
                drop(rule, s, e, why)
                continue
            a, b = near[0]
            pending.append(_Cand(rule, s, e, rule.entry_severity(ref.entry),
                                 f"term {ref.entry.term!r} with {t[a:b]!r} within {rule.window} chars"))
        for rule, lazy in self._patterns:
            windows = _windows(prefilter.get(rule.code, []), rule.window, len(t)) if rule.prefilter else [(0, len(t))]
            if not windows:
                continue
            pats = lazy.get()
            many = len(pats) > 1
            seen: set[tuple[int, int]] = set()
            for pi, pat in enumerate(pats, 1):
                for m in (m for a, b in windows for m in pat.finditer(t, a, b, timeout=self.config.regex_timeout)):
                    s, e = m.span("hit") if "hit" in pat.groupindex else m.span()
                    if s == e or (s, e) in seen:
                        continue
                    seen.add((s, e))
                    why = self._structural(t, s, e, rule, allow_index, boundary=False)
                    if why is not None:
                        drop(rule, s, e, why)
                        continue
                    label = f"pattern {pi} of {len(pats)}" if many else "pattern"
                    pending.append(_Cand(rule, s, e, rule.severity, f"{label} of {rule.code} matched {t[s:e]!r}"))

        # Phase 2: the voice. An opposing cue that stands inside another candidate is part of that
        # violation, not evidence of an opposing voice ("坚决反对党的领导，…就是骗局").
        spans = sorted((c.start, c.end) for c in pending)
        # A cue inside a neutral phrase (不得 in 恨不得) is no cue either.
        spans_neutral = sorted(neutral)
        opposing = [c for c in opposing if not any(a <= c.start and c.end <= b for a, b in spans_neutral)]
        voice = VoiceIndex(t, [c for c in opposing if not _overlaps_any(spans, c.start, c.end)], supporting,
                           breaks=norm.breaks)
        doc = Doc(text, norm, meta, self.config, voice, self.line_normalizer, chunk=chunk)
        cands: list[_Cand] = []
        for c in pending:
            why = self._voice(c.start, c.end, c.rule, voice, c.severity)
            if why is not None:
                drop(c.rule, c.start, c.end, why)
                continue
            expl = [c.explanation]
            sev = c.severity
            if c.rule.voice == "sensitive" and sev is Severity.BLOCK and quoted(t, c.start, c.end):
                sev = Severity.REVIEW
                expl.append("quoted (a mention, not necessarily use): review")
            elif c.rule.voice == "sensitive":
                sup = voice.supporting_adjacent(c.start, c.end)
                if sup is not None and sev is Severity.REVIEW:
                    sev = Severity.BLOCK
                    expl.append(f"supporting voice {sup.term!r} next to it")
                else:
                    expl.append("no opposing-voice cue in its sentence")
            c.severity = sev
            c.explanation = "; ".join(expl)
            cands.append(c)
        for rule, det in self._detectors:
            for h in det.find(doc):
                cands.append(self._from_hit(rule, h))
        findings = self._findings(text, norm, cands)
        findings, sup_notes, unused = suppress.apply(findings, text, self.config)
        if explain:
            dropped.extend(sup_notes)
        decision = decide(findings)
        stats = {
            "chars": len(text),
            "candidates": len(deny) + len(anchors),
            "normalised_changes": len(norm._n_starts),
        }
        return Result(decision=decision, findings=findings, suppressed=dropped, stats=stats, notices=unused)

    def _check_chunked(self, text: str, meta: DocumentMeta, explain: bool) -> Result:
        """Screen a very large text chunk by chunk: memory stays proportional to CHUNK_SIZE.

        Chunk i covers [start_i, cut_i + CHUNK_OVERLAP); it owns the findings that start before
        cut_i, and chunk i+1 starts at cut_i. Cuts fall on a line end where one is near."""
        findings: list[Finding] = []
        dropped: list[Suppressed] = []
        notices: list[str] = []
        start = 0
        index = 0
        n = len(text)
        while start < n:
            cut = min(n, start + CHUNK_SIZE)
            if cut < n:
                nl = text.rfind("\n", start + CHUNK_SIZE // 2, cut)
                cut = nl + 1 if nl != -1 else cut
            end = min(n, cut + CHUNK_OVERLAP)
            part = self._check(text[start:end], meta, explain, chunk=index)
            for f in part.findings:
                if f.start < cut - start or cut == n:
                    findings.append(f.model_copy(update={"start": f.start + start, "end": f.end + start}))
            for sup in part.suppressed:
                dropped.append(sup.model_copy(update={"start": sup.start + start, "end": sup.end + start}))
            notices.extend(part.notices)
            start = cut
            index += 1
        findings.sort(key=lambda f: (f.start, f.end, f.rule))
        return Result(decision=decide(findings), findings=findings, suppressed=dropped, notices=notices,
                      stats={"chars": n, "chunks": index})

    def _structural(self, t: str, s: int, e: int, rule: RuleSpec, allow: AllowIndex,
                    boundary: bool = True) -> Optional[str]:
        """Phase 1: the reason the words themselves give to turn the candidate away, or None."""
        why = not_whole_token(t, s, e)
        if why:
            return why
        why = allow.covering(s, e, ("*", rule.category.value, f"rule:{rule.code}"))
        if why:
            return why
        n = cjk_len(t[s:e])
        if boundary and n and (rule.boundary == "always" or (rule.boundary == "auto" and n <= 3)):
            return inside_longer_word(self._segmenter, t, s, e)
        return None

    def _voice(self, s: int, e: int, rule: RuleSpec, voice: VoiceIndex, sev: Severity) -> Optional[str]:
        """Phase 2: the reason the voice of the sentence or document gives, or None."""
        if rule.voice != "sensitive":
            return None
        cue = voice.opposing_near(s, e)
        if cue is not None:
            return f"opposing voice: {cue.term!r} in the same sentence"
        if voice.document_opposing and voice.supporting_adjacent(s, e) is None:
            if sev is not Severity.BLOCK:
                return f"document written in an opposing voice ({voice.distinct_opposing} distinct cues)"
            if in_quotation(voice.text, s, e):
                return f"quoted in a document written in an opposing voice ({voice.distinct_opposing} distinct cues)"
        return None

    def _from_hit(self, rule: RuleSpec, h: Hit) -> _Cand:
        return _Cand(rule, h.start, h.end, h.severity or rule.severity, h.explanation or rule.doc.summary,
                     h.message, h.suggestion, h.score, h.space)

    def _findings(self, text: str, norm: Any, cands: Iterable[_Cand]) -> list[Finding]:
        spans: list[tuple[_Cand, int, int]] = []
        for c in cands:
            a, b = (c.start, c.end) if c.space == "orig" else norm.to_original(c.start, c.end)
            spans.append((c, a, b))
        # one finding per rule per overlapping cluster: the longest span, the highest severity
        spans.sort(key=lambda x: (x[0].rule.code, x[1], -x[2]))
        merged: list[tuple[_Cand, int, int]] = []
        for c, a, b in spans:
            if merged and merged[-1][0].rule.code == c.rule.code and a < merged[-1][2]:
                pc, pa, pb = merged[-1]
                keep = c if c.severity.rank > pc.severity.rank else pc
                merged[-1] = (keep, pa, max(pb, b))
                continue
            merged.append((c, a, b))
        # A lesser finding of the same category inside a more severe one says nothing new
        # (PC502 review 全能神 inside PC506 block 全能神已经来了): keep the more severe one.
        merged.sort(key=lambda x: (x[1], -x[2]))
        kept: list[tuple[_Cand, int, int]] = []
        for c, a, b in merged:
            if any(k.rule.category is c.rule.category and k.rule.code != c.rule.code and ka <= a and b <= kb
                   and k.severity.rank > c.severity.rank for k, ka, kb in kept[-8:]):
                continue
            kept.append((c, a, b))
        merged = kept
        out = []
        for c, a, b in merged:
            sev = self._severity.get(c.rule.code) or c.severity
            if self.config.review_as_block and sev is Severity.REVIEW:
                sev = Severity.BLOCK
            out.append(Finding(
                rule=c.rule.code, name=c.rule.name, category=c.rule.category, severity=sev,
                start=a, end=b, text=text[a:b], message=c.message or c.rule.message, basis=c.rule.basis,
                suggestion=c.suggestion or c.rule.suggestion, explanation=c.explanation, score=c.score,
            ))
        out.sort(key=lambda f: (f.start, f.end, f.rule))
        return out


class _LazyPatterns:
    """A rule's regexes, compiled once on first use (thread-safe)."""

    def __init__(self, sources: list[str]) -> None:
        self._sources = sources
        self._compiled: Optional[list[Any]] = None
        self._lock = threading.Lock()

    def get(self) -> list[Any]:
        if self._compiled is None:
            with self._lock:
                if self._compiled is None:
                    self._compiled = [regex.compile(p, regex.V1) for p in self._sources]
        return self._compiled


def _windows(hits: list[tuple[int, int]], pad: int, n: int) -> list[tuple[int, int]]:
    """Merged [a, b) windows of `pad` characters around each hit."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(hits):
        a, b = max(0, s - pad), min(n, e + pad)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _overlaps_any(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether [s, e) overlaps any span of a sorted list."""
    i = bisect.bisect_left(spans, (e, e))
    while i > 0:
        i -= 1
        a, b = spans[i]
        if b > s:
            return True
        if a < s - 500:  # spans are short: stop looking far back
            return False
    return False


def decide(findings: Iterable[Finding]) -> Decision:
    """The most severe finding decides; `info` never does."""
    top = max((f.severity.rank for f in findings), default=0)
    return Decision.BLOCK if top == 2 else Decision.REVIEW if top == 1 else Decision.PASS
