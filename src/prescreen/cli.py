"""The `prescreen` command: batch scans, the pre-commit hook, rule documentation, masking, baselines.

Exit codes (as Ruff): 0 nothing at or above the fail level; 1 findings that fail; 2 usage, config or
read errors (a file that could not be screened is never a pass).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Optional, Sequence, TextIO

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    from . import __version__
    from .report import FORMATS

    p = argparse.ArgumentParser(
        prog="prescreen",
        description="Screen Chinese drafts before they are published on a government website: "
                    "secret and internal markers, personal data, and content prohibited by law.",
    )
    p.add_argument("--version", action="version", version=f"prescreen {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def selection(sp: argparse.ArgumentParser) -> None:
        g = sp.add_argument_group("rule selection and policy")
        g.add_argument("--select", action="append", default=None, metavar="CODE",
                       help="only these rules: codes, prefixes (PD, PC7), names or category ids; comma-separated or repeated")
        g.add_argument("--extend-select", action="append", default=None, metavar="CODE", help="also these rules")
        g.add_argument("--ignore", action="append", default=None, metavar="CODE", help="not these rules")
        g.add_argument("--channel", choices=["proactive", "on_request", "internal"], help="where the text is published (default proactive)")
        g.add_argument("--genre", help="general | punishment | mandatory | public_comment (or 惩戒公示, 公开征求意见 …)")
        g.add_argument("--config", metavar="FILE", help="config file (default: nearest prescreen.toml or [tool.prescreen] in pyproject.toml)")
        g.add_argument("--isolated", action="store_true", help="ignore every config file")

    def inputs(sp: argparse.ArgumentParser) -> None:
        g = sp.add_argument_group("files")
        g.add_argument("paths", nargs="*", default=None, metavar="PATH", help="files or folders; - for stdin (default: .)")
        g.add_argument("--exclude", action="append", default=[], metavar="PATTERN", help="gitignore-style pattern to skip")
        g.add_argument("--force-exclude", action="store_true", help="apply excludes and ignore files to paths named explicitly too (pre-commit)")
        g.add_argument("--no-respect-gitignore", dest="respect_ignore", action="store_false", help="do not read .gitignore/.prescreenignore")
        g.add_argument("--encoding", help="decode text files with this encoding instead of detecting it")
        g.add_argument("--stdin-filename", default="-", help="name (and format, by suffix) of what is read from stdin")
        g.add_argument("--jobs", "-j", type=int, default=0, help="parallel workers (default: all cores)")

    c = sub.add_parser("check", help="screen files and folders (the default command)")
    inputs(c)
    selection(c)
    o = c.add_argument_group("output")
    o.add_argument("--output-format", choices=FORMATS, default=None, help="report format (default full)")
    o.add_argument("-o", "--output-file", metavar="FILE", help="write the report to FILE")
    o.add_argument("--statistics", action="store_true", help="count findings per rule")
    o.add_argument("--fail-on", choices=["block", "review"], default=None, help="lowest severity that fails (default block)")
    o.add_argument("--exit-zero", action="store_true", help="exit 0 even when findings fail (errors still exit 2)")
    o.add_argument("--baseline", metavar="FILE", help="report only findings not recorded in this baseline")
    o.add_argument("--fix", action="store_true", help="mask personal data in place (txt, md, html)")
    o.add_argument("--diff", action="store_true", help="with --fix: show what would change, write nothing")
    o.add_argument("--no-progress", action="store_true", help="never show the progress bar")
    o.add_argument("--explain", action="store_true", help="also print candidates that context turned away")

    r = sub.add_parser("rule", help="print a rule's documentation")
    r.add_argument("code")
    rs = sub.add_parser("rules", help="list the rules")
    rs.add_argument("--output-format", choices=["text", "json"], default="text")
    rs.add_argument("--all", action="store_true", help="include rules that are off by default")

    m = sub.add_parser("mask", help="mask personal data in files in place (same as check --fix --select privacy)")
    inputs(m)
    selection(m)
    m.add_argument("--diff", action="store_true", help="show what would change, write nothing")

    b = sub.add_parser("baseline", help="manage baselines")
    bsub = b.add_subparsers(dest="baseline_command", metavar="ACTION")
    bc = bsub.add_parser("create", help="record every current finding; print the baseline JSON")
    inputs(bc)
    selection(bc)
    bc.add_argument("-o", "--output-file", metavar="FILE")
    return p


def _split(values: Optional[list[str]]) -> list[str]:
    out: list[str] = []
    for v in values or []:
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return out


def _config(args: argparse.Namespace):  # noqa: ANN202
    from .config import Config, discover_config, load_config

    if getattr(args, "isolated", False):
        cfg = Config()
    elif getattr(args, "config", None):
        cfg = load_config(args.config)
    else:
        cfg = discover_config(Path.cwd())
    upd: dict = {}
    if args.select:
        upd["select"] = _split(args.select)
    if args.extend_select:
        upd["extend_select"] = cfg.extend_select + _split(args.extend_select)
    if args.ignore:
        upd["ignore"] = cfg.ignore + _split(args.ignore)
    if getattr(args, "fail_on", None):
        upd["fail_on"] = args.fail_on
    if args.channel:
        upd["channel"] = args.channel
    if args.genre:
        upd["genre"] = args.genre
    return Config.model_validate({**cfg.model_dump(), **upd}) if upd else cfg


def _progress(enabled: bool):  # noqa: ANN202
    if not enabled:
        return None

    def show(done: int, total: int) -> None:
        width = 30
        filled = int(width * done / max(total, 1))
        sys.stderr.write(f"\r[{'#' * filled}{' ' * (width - filled)}] {done}/{total} files")
        if done == total:
            sys.stderr.write("\r" + " " * (width + 30) + "\r")
        sys.stderr.flush()

    return show


def _progress_wanted(args: argparse.Namespace) -> bool:
    if getattr(args, "no_progress", False) or not sys.stderr.isatty():
        return False
    return not any(os.environ.get(v) for v in ("CI", "PRE_COMMIT", "GITHUB_ACTIONS", "GITLAB_CI", "NO_PROGRESS"))


def _scan(args: argparse.Namespace, config, screener=None):  # noqa: ANN001, ANN202
    from .models import DocumentMeta
    from .scan import discover, screen_files, screen_stdin
    from .screener import Screener

    meta = DocumentMeta(channel=config.channel, genre=config.genre)
    paths = args.paths or ["."]
    if paths == ["-"]:
        screener = screener or Screener(config)
        data = sys.stdin.buffer.read()
        return [screen_stdin(screener, data, args.stdin_filename, meta, args.encoding)], []
    if "-" in paths:
        raise ValueError("'-' (stdin) cannot be combined with other paths")
    found = discover(paths, exclude=args.exclude, force_exclude=args.force_exclude,
                     respect_ignore_files=args.respect_ignore)
    missing = [p for p in paths if not Path(p).exists()]
    reports = list(screen_files(found.files, config, meta, jobs=args.jobs, encoding=args.encoding,
                                screener=screener, progress=_progress(_progress_wanted(args))))
    reports.sort(key=lambda r: r.path)
    for m in missing:
        for r in reports:
            if r.path == Path(m).as_posix() and r.error is None:
                r.error = "no such file or folder"
    return reports, found.skipped


def cmd_check(args: argparse.Namespace) -> int:
    from .report import Summary, renderer
    from .report.text import render_statistics
    from .screener import Screener

    config = _config(args)
    screener = Screener(config)
    if args.fix or args.diff:
        return _fix(args, config, screener)
    reports, skipped = _scan(args, config, screener)
    baselined = 0
    if args.baseline:
        from . import baseline as bl

        baselined = bl.filter_reports(reports, bl.load(args.baseline))
    summary = Summary.of(reports, skipped, baselined)
    rules = {r.code: r for r in screener.ruleset.rules}
    fmt = args.output_format or "full"
    out: TextIO
    close = False
    if args.output_file:
        out = open(args.output_file, "w", encoding="utf-8", newline="\n")
        close = True
    else:
        out = sys.stdout
    try:
        colour = fmt in ("full", "concise") and not args.output_file and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        renderer(fmt)(reports, summary, rules, out, {"colour": colour})
        if args.statistics:
            stats_out = out if fmt in ("full", "concise") else sys.stderr
            render_statistics(summary, rules, stats_out)
        if args.explain:
            _explain(args, config, screener)
    finally:
        if close:
            out.close()
    if fmt not in ("full", "concise") and summary.errors:
        for p, e in summary.errors:
            print(f"prescreen: not screened: {p}: {e}", file=sys.stderr)
    from .scan import failing

    if summary.errors:
        return EXIT_ERROR
    if not args.exit_zero and any(failing(r, config.fail_on) for r in reports):
        return EXIT_FINDINGS
    return EXIT_OK


def _explain(args: argparse.Namespace, config, screener) -> None:  # noqa: ANN001
    """Print the candidates that context turned away (single files only; masked like everything else)."""
    from .readers import read_document
    from .report import safe

    for p in args.paths or []:
        path = Path(p)
        if not path.is_file():
            continue
        doc = read_document(path, encoding=args.encoding)
        for part in doc.parts:
            res = screener.check(part.text, explain=True)
            for s in res.suppressed:
                loc = part.locate(s.start)
                print(f"{path.as_posix()}:{loc.line}:{loc.column}: {s.rule} not reported: {safe(s.reason)}")


def _fix(args: argparse.Namespace, config, screener) -> int:  # noqa: ANN001
    from .models import DocumentMeta
    from .rewrite import fix_file
    from .scan import discover

    meta = DocumentMeta(channel=config.channel, genre=config.genre)
    found = discover(args.paths or ["."], exclude=args.exclude, force_exclude=args.force_exclude,
                     respect_ignore_files=args.respect_ignore)
    errors = 0
    changed = 0
    for path in found.files:
        res = fix_file(screener, path, meta, write=not args.diff, want_diff=args.diff)
        if res.error:
            if res.replaced or "cannot fix" not in res.error:
                errors += 1
                print(f"{res.path}: error: {res.error}", file=sys.stderr)
            continue
        if res.diff:
            sys.stdout.write(res.diff)
        if res.replaced:
            changed += 1
            verb = "would mask" if args.diff else "masked"
            print(f"{res.path}: {verb} {res.replaced} identifier(s)", file=sys.stderr)
    print(f"{'Would change' if args.diff else 'Changed'} {changed} file(s).", file=sys.stderr)
    return EXIT_ERROR if errors else EXIT_OK


def cmd_mask(args: argparse.Namespace) -> int:
    from .screener import Screener

    config = _config(args)
    config = config.model_copy(update={"select": ["privacy"]})
    args.fix = True
    return _fix(args, config, Screener(config))


def cmd_baseline(args: argparse.Namespace) -> int:
    from . import baseline as bl

    if args.baseline_command != "create":
        print("prescreen baseline: choose an action: create", file=sys.stderr)
        return EXIT_ERROR
    config = _config(args)
    args.no_progress = True
    reports, _ = _scan(args, config)
    errs = [r for r in reports if r.error]
    for r in errs:
        print(f"prescreen: not screened: {r.path}: {r.error}", file=sys.stderr)
    text = bl.dumps(bl.create(reports))
    if args.output_file:
        Path(args.output_file).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return EXIT_ERROR if errs else EXIT_OK


def cmd_rule(args: argparse.Namespace) -> int:
    from .registry import load_ruleset

    rules = load_ruleset()
    try:
        r = rules.get(args.code)
    except KeyError as e:
        print(f"prescreen: {e.args[0]}", file=sys.stderr)
        return EXIT_ERROR
    print(f"# {r.code} {r.name}\n")
    print(f"category: {r.category.value}    severity: {r.severity.value}    kind: {r.kind}"
          + ("" if r.enabled else "    (off by default: enable with --extend-select)"))
    print(f"message:  {r.message}")
    print(f"basis:    {r.basis}")
    if r.suggestion:
        print(f"fix:      {r.suggestion}")
    print(f"\n## What it flags\n{r.doc.summary}\n\n## Why\n{r.doc.why}")
    if r.doc.gaps:
        print(f"\n## Known gaps\n{r.doc.gaps}")
    if r.terms:
        print(f"\n## Terms\n{len(r.terms)} terms" + (f", {len(r.requires)} co-occurring terms" if r.requires else ""))
    print("\n## Examples (⟦⟧ marks what is found; every example runs as a test)")
    for ex in r.examples:
        tag = "flags" if ex.spans else "passes"
        extra = f" [{ex.severity.value}]" if ex.severity else ""
        meta = f" (meta: {ex.meta})" if ex.meta else ""
        print(f"- {tag}{extra}{meta}: {ex.text}")
    print(f"\nsource: {r.source}")
    return EXIT_OK


def cmd_rules(args: argparse.Namespace) -> int:
    import json

    from .registry import load_ruleset

    rules = [r for r in load_ruleset().rules if r.enabled or args.all]
    if args.output_format == "json":
        print(json.dumps([{"code": r.code, "name": r.name, "category": r.category.value, "severity": r.severity.value,
                           "kind": r.kind, "enabled": r.enabled, "message": r.message} for r in rules],
                         ensure_ascii=False, indent=1))
        return EXIT_OK
    for r in rules:
        flag = "" if r.enabled else "  (off by default)"
        print(f"{r.code:6}  {r.name:40}  {r.category.value:20}  {r.severity.value:6}  {r.message}{flag}")
    return EXIT_OK


def main(argv: Optional[Sequence[str]] = None) -> int:
    from .errors import PrescreenError
    from .rulefile import RuleFileError

    argv = list(sys.argv[1:] if argv is None else argv)
    commands = {"check", "rule", "rules", "mask", "baseline"}
    if not argv or (argv[0] not in commands and argv[0] not in ("-h", "--help", "--version")):
        argv = ["check", *argv]  # `prescreen PATH` is `prescreen check PATH`, as with Ruff
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse exits 2 on usage errors, 0 on --help
        return int(e.code or 0)
    handlers = {"check": cmd_check, "rule": cmd_rule, "rules": cmd_rules, "mask": cmd_mask, "baseline": cmd_baseline}
    try:
        return handlers[args.command](args)
    except RuleFileError as e:
        print(f"prescreen: configuration error: {e}", file=sys.stderr)
    except (ValueError, PrescreenError) as e:
        print(f"prescreen: error: {e}", file=sys.stderr)
    except KeyboardInterrupt:
        print("prescreen: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_ERROR
    return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
