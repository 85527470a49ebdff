"""Batch scanning: find the files, screen them (in parallel), and collect one report per file.

Nothing is skipped silently: a file that cannot be read or screened becomes a FileReport with an
`error`, which the CLI counts, prints and turns into exit code 2.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Sequence

from .config import Config
from .errors import ScreeningError
from .masking import mask_generic
from .models import Category, Decision, DocumentMeta, Finding, Severity
from .readers import Document, Location, Part, UnreadableFile, read_bytes, read_document
from .screener import Screener, decide

SCANNED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".docx", ".pdf")
# Folders that are never content (as Ruff's default excludes).
DEFAULT_EXCLUDES = (".git", ".hg", ".svn", ".venv", "venv", "__pycache__", "node_modules", ".tox", ".nox",
                    ".mypy_cache", ".pytest_cache", ".ruff_cache", "dist", "build", "site-packages")
IGNORE_FILES = (".gitignore", ".prescreenignore")


@dataclass
class FileFinding:
    finding: Finding
    part: str
    location: Location
    end: Location
    line_text: str  # the source line, with every personal identifier on it masked
    # sha256 of rule + matched text + a little context, whitespace-folded. Kept in memory only: the
    # baseline stores an HMAC of it, never the digest or the text.
    digest: str = ""


@dataclass
class FileReport:
    path: str
    format: str = ""
    encoding: Optional[str] = None
    decision: Optional[Decision] = None  # None when the file could not be screened
    findings: list[FileFinding] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    error: Optional[str] = None
    chars: int = 0
    size: int = 0
    fingerprint: str = ""

    @property
    def failed(self) -> bool:
        return self.error is not None


# -- discovery ----------------------------------------------------------------------------------


@dataclass
class Discovery:
    files: list[Path]
    skipped: list[tuple[str, str]]  # (path, why) for the summary


def _spec(lines: Iterable[str]):  # noqa: ANN202 - pathspec.PathSpec
    import pathspec

    return pathspec.PathSpec.from_lines("gitignore", lines)


class _Ignores:
    """.gitignore / .prescreenignore files met while walking, plus --exclude patterns."""

    def __init__(self, root: Path, excludes: Sequence[str], respect_ignore_files: bool) -> None:
        self.root = root
        self.respect = respect_ignore_files
        self.exclude = _spec(excludes) if excludes else None
        self.specs: list[tuple[Path, object]] = []

    def load(self, folder: Path) -> None:
        if not self.respect:
            return
        for name in IGNORE_FILES:
            f = folder / name
            if f.is_file():
                try:
                    self.specs.append((folder, _spec(f.read_text(encoding="utf-8", errors="replace").splitlines())))
                except Exception:  # a broken ignore file must not hide files: ignore it, loudly
                    print(f"prescreen: warning: cannot parse {f}; its patterns are not applied", file=sys.stderr)

    def load_parents(self, path: Path) -> None:
        """Ignore files in the folders between the root and an explicitly named file."""
        try:
            rel = path.resolve().parent.relative_to(self.root.resolve())
        except ValueError:
            return
        folder = self.root
        for part in rel.parts:
            folder = folder / part
            if all(base != folder for base, _ in self.specs):
                self.load(folder)

    def excluded(self, path: Path, is_dir: bool) -> Optional[str]:
        rel = _rel(path, self.root) + ("/" if is_dir else "")
        if self.exclude is not None and (self.exclude.match_file(rel) or self.exclude.match_file(path.name + ("/" if is_dir else ""))):
            return "--exclude"
        for base, spec in self.specs:
            try:
                sub = path.resolve().relative_to(base.resolve()).as_posix() + ("/" if is_dir else "")
            except ValueError:
                continue
            if spec.match_file(sub):  # type: ignore[attr-defined]
                return "ignore file"
        return None


def _rel(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def discover(paths: Sequence[str], *, exclude: Sequence[str] = (), force_exclude: bool = False,
             respect_ignore_files: bool = True, root: Optional[Path] = None) -> Discovery:
    """Expand folders recursively (honouring ignore files and excludes); keep explicit files."""
    root = root or Path.cwd()
    ign = _Ignores(root, exclude, respect_ignore_files)
    ign.load(root)
    files: list[Path] = []
    skipped: list[tuple[str, str]] = []
    seen: set[str] = set()

    def add(p: Path) -> None:
        key = os.path.normcase(os.path.abspath(p))
        if key not in seen:
            seen.add(key)
            files.append(p)

    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for folder, dirs, names in os.walk(p, followlinks=False):
                fpath = Path(folder)
                ign.load(fpath)
                keep = []
                for d in sorted(dirs):
                    dp = fpath / d
                    if d in DEFAULT_EXCLUDES:
                        continue
                    why = ign.excluded(dp, True)
                    if why:
                        skipped.append((dp.as_posix(), why))
                        continue
                    keep.append(d)
                dirs[:] = keep
                for n in sorted(names):
                    fp = fpath / n
                    if not n.lower().endswith(SCANNED_SUFFIXES):
                        continue
                    why = ign.excluded(fp, False)
                    if why:
                        skipped.append((fp.as_posix(), why))
                        continue
                    add(fp)
        else:
            # An explicit path is screened even if ignored, unless --force-exclude (pre-commit passes paths).
            if force_exclude:
                ign.load_parents(p)
                why = ign.excluded(p, False)
                if why:
                    skipped.append((p.as_posix(), why))
                    continue
            add(p)
    return Discovery(files, skipped)


# -- screening one file ---------------------------------------------------------------------------


def _masked_line(part: Part, f: Finding, privacy: list[Finding]) -> str:
    """The source line of `f`, with every personal identifier on it replaced by its masked form."""
    src = part.source if part.source is not None else part.text
    loc = part.locate(f.start)
    line = part.line_text(f.start)
    line_start = part._line_starts[loc.line - 1]
    chars = list(line)
    for p in privacy:
        a, b = part.source_span(p.start, p.end)
        a -= line_start
        b -= line_start
        if b <= 0 or a >= len(chars):
            continue
        a, b = max(a, 0), min(b, len(chars))
        masked = mask_generic(src[line_start + a:line_start + b])
        chars[a:b] = list(masked[: b - a].ljust(b - a, "*"))
    return "".join(chars)


CONTEXT = 12  # characters of context on each side that the baseline digest covers


def finding_digest(rule: str, text: str, start: int, end: int) -> str:
    """Rule + matched text + up to CONTEXT characters around it on the same line, whitespace-folded.

    No offsets or line numbers, and the context stops at line ends, so lines added or removed
    elsewhere leave the digest unchanged."""
    before = text[max(0, start - CONTEXT):start].rsplit("\n", 1)[-1]
    after = text[end:end + CONTEXT].split("\n", 1)[0]
    fold = "".join
    msg = "\0".join((rule, fold(text[start:end].split()), fold(before.split()), fold(after.split())))
    return hashlib.sha256(msg.encode("utf-8", "surrogatepass")).hexdigest()


def screen_document(screener: Screener, doc: Document, meta: DocumentMeta) -> FileReport:
    rep = FileReport(path=doc.path, format=doc.format, encoding=doc.encoding, fingerprint=doc.fingerprint)
    rep.notices.extend(getattr(doc, "notes", ()) or ())  # e.g. a PDF page without a text layer
    all_findings: list[Finding] = []
    for part in doc.parts:
        res = screener.check(part.text, meta)
        rep.chars += len(part.text)
        privacy = [f for f in res.findings if f.category is Category.PRIVACY]
        for f in res.findings:
            all_findings.append(f)
            start = part.locate(f.start)
            end = part.locate(max(f.start, f.end - 1))
            end = Location(end.line, end.column + 1, end.label)
            rep.findings.append(FileFinding(f, part.name, start, end, _masked_line(part, f, privacy),
                                            finding_digest(f.rule, part.text, f.start, f.end)))
        rep.notices.extend(f"{part.name}: {n}" if part.name != "body" else n for n in res.notices)
    rep.decision = decide(all_findings)
    return rep


def screen_path(screener: Screener, path: Path, meta: DocumentMeta, encoding: Optional[str] = None) -> FileReport:
    shown = path.as_posix()
    try:
        doc = read_document(path, encoding=encoding)
    except UnreadableFile as e:
        return FileReport(path=shown, error=e.reason)
    except OSError as e:
        return FileReport(path=shown, error=f"cannot read: {e.strerror or e}")
    try:
        rep = screen_document(screener, doc, meta.model_copy(update={"path": shown}))
    except ScreeningError as e:
        return FileReport(path=shown, format=doc.format, error=str(e))
    rep.path = shown
    try:
        rep.size = path.stat().st_size
    except OSError:
        pass
    return rep


def screen_stdin(screener: Screener, data: bytes, name: str, meta: DocumentMeta, encoding: Optional[str] = None) -> FileReport:
    try:
        doc = read_bytes(data, name, encoding=encoding)
    except UnreadableFile as e:
        return FileReport(path=name, error=e.reason)
    try:
        return screen_document(screener, doc, meta)
    except ScreeningError as e:
        return FileReport(path=name, error=str(e))


# -- parallel -------------------------------------------------------------------------------------

_WORKER: dict[str, object] = {}  # per worker process: its own Screener, built once by the initializer


def _init_worker(config: Config, meta: DocumentMeta, encoding: Optional[str]) -> None:
    _WORKER["screener"] = Screener(config)
    _WORKER["meta"] = meta
    _WORKER["encoding"] = encoding


def _work(path: str) -> FileReport:
    try:
        return screen_path(_WORKER["screener"], Path(path), _WORKER["meta"], _WORKER["encoding"])  # type: ignore[arg-type]
    except Exception as e:  # fail closed: a crash on one file is an error for that file, never a pass
        return FileReport(path=path, error=f"internal error: {type(e).__name__}: {e}")


def screen_files(files: Sequence[Path], config: Config, meta: DocumentMeta, *, jobs: int = 0,
                 encoding: Optional[str] = None, screener: Optional[Screener] = None,
                 progress: Optional[Callable[[int, int], None]] = None) -> Iterator[FileReport]:
    """Screen every file; yields reports as they complete (callers sort them)."""
    jobs = jobs or os.cpu_count() or 1
    jobs = max(1, min(jobs, len(files)))
    total = len(files)
    if jobs == 1 or total < 4:
        sc = screener or Screener(config)
        for i, p in enumerate(files, 1):
            try:
                yield screen_path(sc, p, meta, encoding)
            except Exception as e:
                yield FileReport(path=p.as_posix(), error=f"internal error: {type(e).__name__}: {e}")
            if progress:
                progress(i, total)
        return
    # Largest files first, one task each: the pool balances the load by size.
    order = sorted(files, key=lambda p: _size(p), reverse=True)
    done = 0
    ctx = None
    init, initargs = _init_worker, (config, meta, encoding)
    if screener is not None and "fork" in multiprocessing.get_all_start_methods():
        # Workers forked from this process inherit its compiled Screener: no rebuild per worker.
        ctx = multiprocessing.get_context("fork")
        _WORKER.update(screener=screener, meta=meta, encoding=encoding)
        init, initargs = None, ()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=init, initargs=initargs) as ex:
        futs = {ex.submit(_work, p.as_posix()): p for p in order}
        for fut in as_completed(futs):
            done += 1
            try:
                yield fut.result()
            except Exception as e:  # a worker died (e.g. killed): report, never pass
                yield FileReport(path=futs[fut].as_posix(), error=f"worker failed: {type(e).__name__}: {e}")
            if progress:
                progress(done, total)


def _size(p: Path) -> int:
    try:
        return p.stat().st_size
    except OSError:
        return 0


def failing(rep: FileReport, fail_on: str) -> bool:
    limit = Severity.REVIEW.rank if fail_on == "review" else Severity.BLOCK.rank
    return any(ff.finding.severity.rank >= limit for ff in rep.findings)
