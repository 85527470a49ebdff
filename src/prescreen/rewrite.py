"""--fix: mask personal data in files, in place, without ever losing a file.

- only text-based formats whose source we can rewrite exactly (txt, md, html);
- refuses a file whose bytes changed since they were screened (fingerprint check right before writing);
- writes to a temporary file in the same folder, fsyncs, then os.replace()s it over the original, so
  a crash leaves either the old file or the new one, never a mix; the original's mode is kept;
- on any error the original is untouched.
"""

from __future__ import annotations

import difflib
import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from .fix import findings_to_mask, splice
from .readers import read_document
from .screener import Screener

FIXABLE = ("txt", "md", "html")


@dataclass
class FixOutcome:
    path: str
    replaced: int = 0
    written: bool = False
    error: Optional[str] = None
    diff: str = ""


def plan(screener: Screener, path: Path, meta) -> tuple[str, str, list[tuple[int, int, str, str]], object]:  # noqa: ANN001
    """(old source, new source, replacements (start, end, rule, masked), document)."""
    doc = read_document(path)
    if doc.format not in FIXABLE:
        raise ValueError(f"cannot fix {doc.format} files in place; mask them in their editor")
    edits: list[tuple[int, int, str, str]] = []
    source = None
    for part in doc.parts:
        src = part.source if part.source is not None else part.text
        if source is None:
            source = src
        elif src is not source and src != source:
            raise ValueError("document parts do not share one source; cannot fix in place")
        res = screener.check(part.text, meta)
        # the same choice of findings as prescreen.mask(); a mask must replace the span 1:1
        for f in findings_to_mask(res.findings, screener.config.masking.mask_char):
            if f.suggestion and len(f.suggestion) == f.end - f.start:
                a, b = part.source_span(f.start, f.end)
                if src[a:b] == f.text:  # an entity-encoded span cannot be replaced 1:1: leave it, it stays reported
                    edits.append((a, b, f.rule, f.suggestion))
    source = source or ""
    edits.sort()
    # parts sharing one source could both report a span: keep the first of overlapping edits
    kept: list[tuple[int, int, str, str]] = []
    for e in edits:
        if not kept or e[0] >= kept[-1][1]:
            kept.append(e)
    edits = kept
    return source, splice(source, [(a, b, masked) for a, b, _, masked in edits]), edits, doc


def masked_diff(path: str, old: str, new: str, edits: list[tuple[int, int, str, str]]) -> str:
    """A unified diff that never prints the unmasked value: removed text shows as ⟨RULE n chars⟩."""
    shown = splice(old, [(a, b, f"⟨{rule} {b - a} chars⟩") for a, b, rule, _ in edits])
    return "".join(difflib.unified_diff(shown.splitlines(True), new.splitlines(True),
                                        fromfile=f"a/{path}", tofile=f"b/{path}"))


def fix_file(screener: Screener, path: Path, meta, *, expected_fingerprint: str = "", write: bool = True,  # noqa: ANN001
             want_diff: bool = False) -> FixOutcome:
    out = FixOutcome(path.as_posix())
    try:
        old, new, edits, doc = plan(screener, path, meta)
    except Exception as e:
        out.error = str(e)
        return out
    out.replaced = len(edits)
    if want_diff and edits:
        out.diff = masked_diff(out.path, old, new, edits)
    if not write or not edits:
        return out
    if expected_fingerprint and doc.fingerprint != expected_fingerprint:  # type: ignore[attr-defined]
        out.error = "file changed since it was screened; not modified"
        return out
    enc = doc.encoding or "utf-8"  # type: ignore[attr-defined]
    try:
        data = new.encode(enc)
    except (UnicodeEncodeError, LookupError) as e:
        out.error = f"cannot re-encode as {enc}: {e}; not modified"
        return out
    try:
        atomic_write(path, data, expected_sha256=doc.fingerprint)  # type: ignore[attr-defined]
    except Exception as e:
        out.error = f"not modified: {e}"
        return out
    out.written = True
    return out


def atomic_write(path: Path, data: bytes, *, expected_sha256: str = "") -> None:
    """Replace `path` with `data` atomically; refuse if its current bytes do not hash to expected_sha256."""
    if expected_sha256:
        current = hashlib.sha256(path.read_bytes()).hexdigest()
        if current != expected_sha256:
            raise RuntimeError("file changed since it was read")
    st = path.stat()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".prescreen-tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, st.st_mode & 0o7777)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
