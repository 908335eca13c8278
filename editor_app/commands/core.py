"""Core project commands: demo, new, import, info, op, undo, redo, history, ops, gui."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shlex
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
    p.add_argument("--fps", help="frame rate, e.g. 25, 30, 29.97, 30000/1001 (default 30, or the --like clip's)")
    p.add_argument("--size", help="WIDTHxHEIGHT (default 1920x1080, or the --like clip's)")
    p.add_argument("--like", metavar="CLIP", help="take the frame rate and picture size from this video clip")
    p.add_argument("--name")
    p.set_defaults(func=cmd_new)

    p = subparsers.add_parser("import", help="import media files (and .srt/.vtt transcripts) into a project")
    p.add_argument("dir")
    p.add_argument("files", nargs="+", help="media files, or folders (their media files are imported by name)")
    p.add_argument("--place", action="store_true", help="also put them on the timeline, in order (main track; audio-only on music)")
    p.add_argument("--at", metavar="TIME", help="with --place: insert at this timeline time (e.g. 12.5s, 1:05) instead of the end")
    p.add_argument("--allow-duplicates", action="store_true", help="import a file even if the project already has it")
    p.add_argument("--no-transcribe", action="store_true",
                   help="do not transcribe new media with speech now (the speech setting auto_transcribe also turns it off)")
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
    p.add_argument("--size", default="1600x1000", metavar="WxH", help="window size for --screenshot, e.g. 1366x768")
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
        print(f"try: editor-app info {shlex.quote(str(args.dir))}   or   editor-app gui {shlex.quote(str(args.dir))}")
    return 0


@handler
def cmd_new(args) -> int:
    from editor_app.session import Session

    from editor_app.media.project_format import FormatError, new_project_format

    try:  # the window's New project "like this clip" makes its format the same way
        fps, width, height = new_project_format(args.fps, args.size, args.like)
    except FormatError as exc:
        raise CommandError(f"--{exc.option}: {exc}") from None
    if Path(args.dir).expanduser().exists() and not Path(args.dir).expanduser().is_dir():
        raise CommandError(f"{args.dir} already exists and is a file, not a folder; choose another name")
    try:
        session = Session.create(args.dir, name=args.name, fps=fps, width=width, height=height, starter_tracks=True)
    except ValidationError as exc:
        raise CommandError(f"invalid project settings: {format_validation_error(exc)}") from None
    except (ValueError, OSError) as exc:
        raise CommandError(str(exc)) from None
    tracks = ", ".join(t.name for t in session.project.tracks)
    print(f"created {session.path} ({width}x{height} at {float(session.project.fps):g} fps; tracks: {tracks})")
    return 0


@handler
def cmd_import(args) -> int:
    from editor_app.model.operations import OperationError

    session = open_session(args.dir, write=True)
    first_media = not session.project.media
    at = None
    if args.at is not None:
        if not args.place:
            raise CommandError("--at only makes sense with --place", 2)
        at = _frames(args.at, session.project.fps)
    from editor_app.media.folders import expand_folders

    files, not_media = expand_folders(args.files)
    if not files:
        raise CommandError(f"nothing to import: no media files in {', '.join(args.files)}")
    try:
        plan, batch = session.import_media(files, place=args.place, at=at, allow_duplicates=args.allow_duplicates)
    except OperationError as exc:
        raise CommandError(f"nothing was imported: {exc}") from None
    transcribed, transcribe_errors = _transcribe_new(session, plan.untranscribed, args)
    from editor_app.media.keyframe_index import wait_for_builds

    wait_for_builds(300)  # smart render's keyframe index, started by the import: this process ends next
    project = session.project
    added = [project.media[mid] for mid in plan.new_ids]
    placed_ids = [op.clip_id for op in (batch.ops if batch else []) if op.op == "insert_clip"]
    voiced = _voice_to_voice_track(session, placed_ids) if transcribed else []
    placed = [found[1] for found in map(project.find_clip, placed_ids) if found]
    if args.json:
        print_json({
            "ok": not plan.errors,
            "imported": [{"id": m.id, "name": m.name, "kind": m.kind} for m in added],
            "media_ids": plan.media_ids,
            "placed": [{"clip": c.id, "media_id": c.media_id, "start": float(c.start / project.fps)} for c in placed],
            "moved_to_voice": voiced,
            "notes": plan.notes,
            "transcribed": transcribed,
            "untranscribed": [m for m in plan.untranscribed if m not in transcribed],
            "transcribe_errors": transcribe_errors,
            "errors": plan.errors,
        })
    else:
        for m in added:
            length = f"{float(m.duration):.2f}s" if m.duration is not None else "still"
            print(f"imported {m.id} {m.name} ({m.kind}, {length}{', subtitles' if m.transcript_model == 'sidecar' else ''})")
        for line in plan.notes:
            print(line)
        if not_media:
            from editor_app.media.folders import skipped_sentence

            print(skipped_sentence(not_media))
        for c in placed:
            track = project.find_clip(c.id)[0]  # type: ignore[index]
            print(f"placed {c.id} ({project.media[c.media_id].name}) on {track.name or track.id} at "
                  f"{format_time(c.start, project.fps)}")
        for media_id in transcribed:
            m = project.media[media_id]
            print(f"transcribed {media_id} {m.name} ({len(m.words)} words, {m.transcript_model})")
        for clip_id in voiced:
            track, clip = project.find_clip(clip_id)  # type: ignore[misc]
            print(f"moved {clip_id} ({clip.name}) to the {track.name} track: it is speech, not music")
        for media_id, why in transcribe_errors.items():
            print(f"not transcribed {media_id}: {why}", file=sys.stderr)
        left = [m for m in plan.untranscribed if m not in transcribed]
        if left:
            ids = " ".join(left)
            print(f"no transcript yet for {ids}: run `editor-app transcribe {shlex.quote(str(args.dir))} {ids}`")
        for line in plan.errors:
            print(f"error: {line}", file=sys.stderr)
    from editor_app.media.verify import vfr_note

    for m in added:
        if m.variable_frame_rate:
            print(f"note: {vfr_note(m, args.dir)}", file=sys.stderr)
    first_video = next((m for m in added if m.kind == "video"), None)
    if first_media and first_video is not None:  # said once, while starting over costs nothing
        from editor_app.media.project_format import mismatch_note

        settings = project.settings
        note = mismatch_note(first_video, project.fps, settings.width, settings.height, session.path)
        if note:
            print(f"note: {note}", file=sys.stderr)
    return 1 if plan.errors else 0


def _voice_to_voice_track(session, clip_ids: list[str]) -> list[str]:
    """Placed sound files that turned out to be speech leave the Music track (one more undo step)."""
    from editor_app.media.voice_placement import voice_moves  # the window's too, after its transcription

    ops = voice_moves(session.project, [clip_ids])
    if not ops:
        return []
    from editor_app.model.operations import OperationError

    try:
        session.apply(ops, "Put spoken sound files on the Voice track")
    except OperationError:  # the Voice track is taken there: leave them where they were placed
        return []
    return [op.clip_id for op in ops if op.op == "move_clip" and op.track_id]


def _transcribe_new(session, media_ids: list[str], args) -> tuple[list[str], dict[str, str]]:
    """Speech to text for newly imported media (offline model), unless turned off; never fails the import."""
    if not media_ids or args.no_transcribe:
        return [], {}
    from editor_app.media.speech.service import auto_transcribe

    names = {m: session.project.media[m].name for m in media_ids}

    def progress(media_id: str, fraction: float, what: str) -> None:
        if not args.json:
            print(f"\r{what} {names.get(media_id, media_id)}: {fraction:4.0%}", end="", file=sys.stderr, flush=True)

    try:
        report = auto_transcribe(session, media_ids, progress)  # None when the setting is off
    except Exception as exc:  # no model, worker failure: the media stay imported, say how to retry
        return [], {m: f"{exc}; run `editor-app transcribe {shlex.quote(str(args.dir))}` to try again" for m in media_ids}
    finally:
        if not args.json:
            print("", file=sys.stderr)
    return (list(report.done), dict(report.errors)) if report is not None else ([], {})


def _frames(text: str, fps) -> int:
    from editor_app.model.time import parse_time

    try:
        return int(parse_time(text, fps))
    except (ValueError, TypeError) as exc:
        raise CommandError(f"--at {text!r} is not a time: {exc}", 2) from None


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
    from editor_app.media.relink import missing_media

    missing = missing_media(project)
    if missing:
        print(f"missing media ({len(missing)}; find them with `editor-app relink {shlex.quote(str(args.dir))} --search FOLDER`):")
        for m in missing:
            print(f"  {m.id:<4} {m.name:<16} {m.path}")
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
            print("dry run: nothing was changed (run it again without --dry-run to apply)")
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
    parts = args.size.lower().split("x")
    if len(parts) != 2 or not all(p.isdigit() and int(p) > 0 for p in parts):
        raise CommandError(f"--size must look like 1366x768, not {args.size!r}")
    size = (int(parts[0]), int(parts[1]))
    return run_app(args.dir, screenshot=args.screenshot, size=size)
