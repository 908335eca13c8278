"""Media commands: `analyze` (silences, speech, loudness), `probe` (what a file holds), `relink` (moved files)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor_app.commands.common import CommandError, handler, open_session, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("analyze", help="silences, speech segments and loudness of a media file")
    p.add_argument("dir", help="project folder")
    p.add_argument("media", help="media id (m1), media name (talk) or a file path")
    p.add_argument("--threshold", type=float, default=-35.0, metavar="DB", help="silence threshold in dBFS (default -35)")
    p.add_argument("--min-silence", type=float, default=0.5, metavar="S", help="shortest silence in seconds (default 0.5)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_analyze)

    p = subparsers.add_parser("relink", help="find missing media files (by name, size and length) and point the project at them")
    p.add_argument("dir", help="project folder")
    p.add_argument("--search", action="append", metavar="FOLDER", default=[],
                   help="folder to search (repeatable); default: the project folder and the files' old folders")
    p.add_argument("--dry-run", action="store_true", help="say what would be relinked, change nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_relink)

    p = subparsers.add_parser("probe", help="show what a media file holds (no project needed)")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_probe)


def resolve_media(project, ref: str, project_dir: Path) -> tuple[str | None, str, Path]:
    """(media id or None, display name, file path) for an id, a name or a path."""
    if ref in project.media:
        asset = project.media[ref]
        return asset.id, asset.name, Path(asset.path)
    by_name = [a for a in project.media.values() if a.name.lower() == ref.lower()]
    if len(by_name) == 1:
        return by_name[0].id, by_name[0].name, Path(by_name[0].path)
    if len(by_name) > 1:
        ids = ", ".join(a.id for a in by_name)
        raise CommandError(f"several media are named {ref!r} ({ids}); give the id instead", 2)
    for candidate in (Path(ref).expanduser(), project_dir / ref):
        if candidate.exists():
            return None, candidate.stem, candidate.resolve()
    known = ", ".join(f"{a.id} ({a.name})" for a in project.media.values()) or "none"
    raise CommandError(f"no media {ref!r} in the project and no such file; known media: {known}", 2)


def _span(start: float, end: float) -> dict[str, float]:
    return {"start": round(start, 3), "end": round(end, 3), "duration": round(end - start, 3)}


@handler
def cmd_analyze(args: argparse.Namespace) -> int:
    from editor_app.media.analysis import silences_and_duration, loudness, speech_from_silences
    from editor_app.media.errors import MediaError

    if args.min_silence <= 0:
        raise CommandError("--min-silence must be positive", 2)
    session = open_session(args.dir)
    media_id, name, path = resolve_media(session.project, args.media, session.path)
    try:
        silences, duration = silences_and_duration(path, args.threshold, args.min_silence)
        speech = speech_from_silences(silences, duration)
        level = loudness(path)
    except MediaError as exc:
        raise CommandError(str(exc)) from None
    if args.json:
        print_json(
            {
                "media_id": media_id,
                "name": name,
                "path": str(path),
                "duration": round(duration, 3),
                "threshold_db": args.threshold,
                "min_silence": args.min_silence,
                "silences": [_span(s, e) for s, e in silences],
                "speech": [_span(s, e) for s, e in speech],
                "loudness": level,
            }
        )
        return 0
    label = f"{media_id} {name}" if media_id else name
    print(f"{label}: {path} ({duration:.2f} s)")
    lufs, peak, lra = level["integrated_lufs"], level["true_peak_db"], level["lra"]
    peak_text = "silent" if peak is None else f"{peak:.1f} dBTP"
    print(f"Loudness: {lufs:.1f} LUFS integrated, true peak {peak_text}, range {lra:.1f} LU")
    print(f"Silences ({len(silences)}; below {args.threshold:g} dB for at least {args.min_silence:g} s):")
    for s, e in silences:
        print(f"  {s:8.2f} - {e:8.2f}  ({e - s:.2f} s)")
    print(f"Speech segments ({len(speech)}):")
    for s, e in speech:
        print(f"  {s:8.2f} - {e:8.2f}  ({e - s:.2f} s)")
    return 0


@handler
def cmd_probe(args: argparse.Namespace) -> int:
    from editor_app.media.errors import MediaError
    from editor_app.media.probe import probe

    try:
        info = probe(args.file)
    except MediaError as exc:
        raise CommandError(str(exc)) from None
    data = {
        key: (str(value) if key in ("duration", "fps") and value is not None else value)
        for key, value in info.__dict__.items()
    }
    if args.json:
        print_json(data)
        return 0
    for key, value in data.items():
        print(f"{key:20} {value}")
    return 0


@handler
def cmd_relink(args: argparse.Namespace) -> int:
    from editor_app.media.relink import default_search_folders, missing_media, plan_relink

    session = open_session(args.dir, write=not args.dry_run)
    project = session.project
    missing = missing_media(project)
    for folder in args.search:
        if not Path(folder).expanduser().is_dir():
            raise CommandError(f"--search {folder}: there is no such folder", 2)
    folders = [Path(f) for f in args.search] or default_search_folders(project, session.path)
    plan = plan_relink(project, folders)
    if plan.ops and not args.dry_run:
        session.apply(plan.ops, f"Relink {len(plan.ops)} media file{'s' if len(plan.ops) != 1 else ''}")
    if args.json:
        print_json({"ok": not plan.unresolved, "missing": [a.id for a in missing], "relinked": plan.found,
                    "applied": bool(plan.ops) and not args.dry_run, "notes": plan.notes, "unresolved": plan.unresolved})
        return 1 if plan.unresolved else 0
    if not missing:
        print("no media is missing")
        return 0
    verb = "would relink" if args.dry_run else "relinked"
    for media_id, path in plan.found.items():
        print(f"{verb} {media_id} ({project.media[media_id].name}) -> {path}")
    for line in plan.notes:
        print(line)
    for media_id, why in plan.unresolved.items():
        asset = project.media[media_id]
        print(f"still missing {media_id} ({asset.name}, was {asset.path}): {why}", file=sys.stderr)
    if plan.unresolved:
        print("search another folder with --search FOLDER", file=sys.stderr)
    return 1 if plan.unresolved else 0
