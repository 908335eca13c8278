"""Core project commands: demo, new, import, info, op, undo, redo, history, ops, gui."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from pydantic import ValidationError

from editor_app.commands.common import CommandError, handler, open_session, print_json
from editor_app.model.diff import diff_projects, format_diff
from editor_app.model.operations import format_validation_error, operation_names, operation_schema, parse_operation
from editor_app.model.summary import project_summary
from editor_app.model.time import format_time


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("demo", help="write a ready demo project (media generated locally)")
    p.add_argument("dir")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_demo)

    p = subparsers.add_parser("new", help="create an empty project folder")
    p.add_argument("dir")
    p.add_argument("--fps", default="30", help="frame rate, e.g. 25, 30, 29.97, 30000/1001")
    p.add_argument("--size", default="1920x1080", help="WIDTHxHEIGHT")
    p.add_argument("--name")
    p.set_defaults(func=cmd_new)

    p = subparsers.add_parser("import", help="import media files into a project")
    p.add_argument("dir")
    p.add_argument("files", nargs="+")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import)

    p = subparsers.add_parser("info", help="show the project (times in seconds)")
    p.add_argument("dir")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_info)

    p = subparsers.add_parser("op", help="apply one operation (or a JSON list of them as one batch)")
    p.add_argument("dir")
    p.add_argument("operation", help='JSON, e.g. \'{"op": "split_clip", "clip_id": "c1", "at": "12s"}\'; - reads stdin')
    p.add_argument("--dry-run", action="store_true", help="show the diff, change nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_op)

    p = subparsers.add_parser("ops", help="list operations, or print one's JSON schema")
    p.add_argument("name", nargs="?")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_ops)

    for name, helptext in (("undo", "undo the last change"), ("redo", "redo the last undone change")):
        p = subparsers.add_parser(name, help=helptext)
        p.add_argument("dir")
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=cmd_undo if name == "undo" else cmd_redo)

    p = subparsers.add_parser("history", help="list the edit history (journal)")
    p.add_argument("dir")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_history)

    p = subparsers.add_parser("gui", help="open the desktop app (default command)")
    p.add_argument("dir", nargs="?")
    p.add_argument("--screenshot", metavar="OUT.png", help="draw the window off-screen into a PNG and exit")
    p.set_defaults(func=cmd_gui)


@handler
def cmd_demo(args) -> int:
    from editor_app.demo import create_demo_project

    target = Path(args.dir)
    if (target / "project.json").exists():
        raise CommandError(f"{target} already holds a project")
    print(f"generating demo media in {target} ...", file=sys.stderr)
    session = create_demo_project(target)
    if args.json:
        print_json(project_summary(session.project))
    else:
        print(f"demo project ready: {session.path}")
        print(f"try: editor-app info {args.dir}   or   editor-app {args.dir}")
    return 0


@handler
def cmd_new(args) -> int:
    from editor_app.session import Session

    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        raise CommandError(f"--size must look like 1920x1080, not {args.size!r}") from None
    try:
        session = Session.create(args.dir, name=args.name, fps=args.fps, width=width, height=height)
    except ValidationError as exc:
        raise CommandError(f"invalid project settings: {format_validation_error(exc)}") from None
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    print(f"created {session.path} ({width}x{height} at {float(session.project.fps):g} fps)")
    return 0


@handler
def cmd_import(args) -> int:
    session = open_session(args.dir, write=True)
    before = set(session.project.media)
    batch, errors = session.import_files(args.files)
    added = [m for mid, m in session.project.media.items() if mid not in before]
    if args.json:
        print_json({"ok": not errors, "imported": [{"id": m.id, "name": m.name, "kind": m.kind} for m in added], "errors": errors})
    else:
        for m in added:
            length = f"{float(m.duration):.2f}s" if m.duration is not None else "still"
            print(f"imported {m.id} {m.name} ({m.kind}, {length}{', transcript' if m.transcript else ''})")
        for line in errors:
            print(f"error: {line}", file=sys.stderr)
    from editor_app.media.verify import vfr_note

    for m in added:
        if m.variable_frame_rate:
            print(f"note: {vfr_note(m, args.dir)}", file=sys.stderr)
    return 1 if errors else 0


@handler
def cmd_info(args) -> int:
    session = open_session(args.dir)
    project = session.project
    if args.json:
        print_json(project_summary(project))
        return 0
    fps = project.fps
    print(f"{project.name}: {project.settings.width}x{project.settings.height} at {float(fps):g} fps, "
          f"duration {format_time(project.duration, fps)}")
    print("media:")
    for m in project.media.values():
        length = format_time(m.duration * fps, fps) if m.duration is not None else "still"
        extra = f", transcript {len(m.transcript)} lines" if m.transcript else ""
        print(f"  {m.id:<4} {m.name:<16} {m.kind:<6} {length}{extra}  {m.description}")
    print("tracks:")
    for t in project.tracks:
        flags = "".join(f" [{f}]" for f in ("muted", "locked", "hidden") if getattr(t, f))
        print(f"  {t.id:<4} {t.kind:<6} {t.role:<7} {t.name}{flags}")
        for c in t.clips:
            name = c.name or (project.media[c.media_id].name if c.media_id in project.media else getattr(c.generator, "text", ""))
            fx = ", ".join(e.type for e in c.effects)
            extras = [f"speed {float(c.speed):g}x" if c.speed != 1 else "", f"{c.volume_db:+.1f} dB" if c.volume_db else "",
                      "disabled" if not c.enabled else "", fx, f"envelope {len(c.envelope)} pts" if c.envelope else ""]
            extra = "  " + "; ".join(e for e in extras if e) if any(extras) else ""
            print(f"      {c.id:<5} {format_time(c.start, fps):>9} - {format_time(c.end, fps):<9} {name}{extra}")
    return 0


@handler
def cmd_op(args) -> int:
    text = sys.stdin.read() if args.operation == "-" else args.operation
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CommandError(f"the operation is not valid JSON: {exc.msg} at column {exc.colno}") from None
    except RecursionError:
        raise CommandError("the operation is nested too deeply to be an operation") from None
    except ValueError as exc:  # e.g. an integer of thousands of digits
        raise CommandError(f"the operation is not usable JSON: {str(exc)[:100]}") from None
    session = open_session(args.dir, write=not args.dry_run)
    items = data if isinstance(data, list) else [data]
    ops = [parse_operation(item, session.project.fps) for item in items]
    ops = _probed(ops, session.path)
    if args.dry_run:
        run = session.dry_run(ops)
        if args.json:
            print_json({"ok": True, "applied": False, "diff": [str(d) for d in run.diff]})
        else:
            print(format_diff(run.diff))
        return 0
    before = session.project.clone()
    batch = session.apply(ops)
    diff = diff_projects(before, session.project)
    if args.json:
        print_json({"ok": True, "applied": True, "batch": batch.id, "describe": batch.describe(session.project), "diff": [str(d) for d in diff]})
    else:
        for line in batch.describe(session.project):
            print(line)
        print(format_diff(diff))
    return 0


def _probed(ops, project_dir):
    """Imports are probed by content first: a hand-written asset cannot name /dev/zero or a URL."""
    from editor_app.media.errors import MediaError
    from editor_app.media.verify import verify_import_ops

    try:
        return verify_import_ops(ops, project_dir)
    except MediaError as exc:
        raise CommandError(str(exc)) from None


@handler
def cmd_ops(args) -> int:
    if args.name:
        if args.name not in operation_names():
            raise CommandError(f"unknown operation {args.name!r}; see `editor-app ops`")
        print_json(operation_schema(args.name))
        return 0
    from editor_app.model.operations import REGISTRY

    rows = [(name, ((REGISTRY[name].__doc__ or "").strip().splitlines() or [name])[0]) for name in operation_names()]
    if args.json:
        print_json([{"name": n, "description": d} for n, d in rows])
    else:
        for name, doc in rows:
            print(f"{name:<20} {doc}")
    return 0


def _undo_redo(args, redo: bool) -> int:
    session = open_session(args.dir, write=True)
    batch = session.redo() if redo else session.undo()
    word = "redo" if redo else "undo"
    if batch is None:
        if args.json:
            print_json({"ok": False, word: None})
        else:
            print(f"nothing to {word}")
        return 1
    if args.json:
        print_json({"ok": True, word: batch.id, "label": batch.label})
    else:
        print(f"{'redid' if redo else 'undid'} {batch.id}: {batch.label}")
    return 0


@handler
def cmd_undo(args) -> int:
    return _undo_redo(args, redo=False)


@handler
def cmd_redo(args) -> int:
    return _undo_redo(args, redo=True)


@handler
def cmd_history(args) -> int:
    session = open_session(args.dir)
    undone = {b.id for b in session.history.redo_stack}
    rows = []
    for record in session.journal_records():
        rows.append({
            "seq": record["seq"],
            "type": record.get("type"),
            "batch": record.get("batch_id"),
            "label": record.get("label", ""),
            "author": record.get("author", "user"),
            "turn_id": record.get("turn_id"),
            "time": record.get("time"),
            "operations": [op.get("op") for op in record.get("ops", [])],
            "undone": record.get("type") == "batch" and record.get("batch_id") in undone,
        })
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("no edits yet")
    for row in rows:
        when = dt.datetime.fromtimestamp(row["time"] or 0).strftime("%Y-%m-%d %H:%M:%S")
        mark = " (undone)" if row["undone"] else ""
        print(f"{row['seq']:>4} {when} {row['type']:<5} {row['batch'] or '':<5} {row['author']:<18} {row['label']}{mark}")
    return 0


@handler
def cmd_gui(args) -> int:
    try:
        from editor_app.ui.app import run_app
    except ImportError as exc:
        raise CommandError(f"the desktop app is not available: {exc}") from None
    return run_app(args.dir, screenshot=args.screenshot)
