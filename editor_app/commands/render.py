"""Render and interchange commands: render, export (.otio/.xml/.fcpxml/.edl), import-otio."""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path

from editor_app.commands.common import CommandError, handler, open_session, print_json
from editor_app.render.presets import PRESETS


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("render", help="render the timeline to an MP4 or WAV file")
    p.add_argument("dir", help="project folder")
    p.add_argument("out", help="output file: .mp4 (video) or .wav (sound only); the name picks the format")
    p.add_argument("--preset", choices=list(PRESETS), default=None,
                   help="encoder settings (default: draft for .mp4, wav for .wav)")
    p.add_argument("--no-smart", action="store_true",
                   help="re-encode every frame instead of copying unchanged footage (smart render); "
                        "\"smart_render\": false in the settings file's \"ui\" section does the same")
    p.add_argument("--smart", choices=["auto", "always", "off"], default="auto",
                   help="smart render: auto copies unchanged footage where that pays (default), "
                        "always wherever it can, off never")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_render)

    p = subparsers.add_parser("export", help="export the timeline as .otio, FCP .xml/.fcpxml or .edl")
    p.add_argument("dir")
    p.add_argument("out")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_export)

    p = subparsers.add_parser("import-otio", help="make a new project folder from an .otio (.edl, .xml) timeline")
    p.add_argument("file")
    p.add_argument("dir", help="new project folder")
    p.add_argument("--fps", help="frame rate of an EDL that does not name one, e.g. 25 or 29.97")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import_otio)


def smart_render_setting() -> bool:
    """The Export dialog's "Smart render" choice (settings file, "ui" section); on unless turned off."""
    import json

    from editor_app.llm.settings import settings_path

    try:
        section = json.loads(settings_path().read_text(encoding="utf-8")).get("ui", {})
    except (OSError, ValueError, AttributeError):
        return True
    return not (isinstance(section, dict) and section.get("smart_render") is False)


def _smart_choice(args) -> bool | str:
    if args.no_smart or args.smart == "off":
        return False
    if args.smart == "always":
        return "always"
    return smart_render_setting()


def _bar(progress) -> None:
    width = 30
    filled = int(progress.fraction * width)
    eta = f"{progress.eta_s:5.1f}s left" if progress.eta_s is not None else "          "
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {progress.percent:5.1f}% {eta}")
    sys.stderr.flush()


@handler
def cmd_render(args) -> int:
    from editor_app.render import RenderError, render
    from editor_app.render.presets import preset_for_path

    try:
        preset = preset_for_path(args.out, args.preset)
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    session = open_session(args.dir)
    cancel = threading.Event()
    try:
        result = render(session.project, args.out, preset=preset,
                        progress=None if args.json else _bar, cancel=cancel,
                        smart=_smart_choice(args), cache_dir=session.path / "cache")
    except KeyboardInterrupt:
        cancel.set()
        raise CommandError("render interrupted; no file was written", 130) from None
    except RenderError as exc:
        if not args.json:
            sys.stderr.write("\n")
        raise CommandError(str(exc)) from None
    if args.json:
        print_json({"path": str(result.path), "preset": result.preset, "frames": result.frames,
                    "duration_s": round(result.duration_s, 3), "elapsed_s": round(result.elapsed_s, 3),
                    "width": result.width, "height": result.height, "mode": result.decision})
    else:
        sys.stderr.write("\n")
        picture = f"{result.width}x{result.height}" if result.width and result.height else "sound only"
        print(f"rendered {result.duration_s:.2f} s to {result.path} in {result.elapsed_s:.1f} s "
              f"({result.preset}, {picture})")
        if args.preset is None and result.preset == "draft":
            print("draft quality for a quick look; --preset 1080p (or 720p) for the final export")
        if result.decision and result.width:  # smart or full re-encode means nothing for a sound-only file
            print(result.decision)
    return 0


@handler
def cmd_export(args) -> int:
    from editor_app.render import RenderError
    from editor_app.render.interchange import export_timeline

    session = open_session(args.dir)
    try:
        warnings = export_timeline(session.project, args.out)
    except RenderError as exc:
        raise CommandError(str(exc)) from None
    if args.json:
        print_json({"path": str(Path(args.out).resolve()), "warnings": warnings})
    else:
        for line in warnings:
            print(f"warning: {line}", file=sys.stderr)
        print(f"exported {args.out}")
    return 0


@handler
def cmd_import_otio(args) -> int:
    from editor_app.model.project_io import ProjectStore
    from editor_app.render import RenderError
    from editor_app.render.otio_import import project_from_otio

    from editor_app.model.time import normalize_rate

    try:
        fps = normalize_rate(args.fps) if args.fps else None
    except ValueError as exc:
        raise CommandError(f"--fps: {exc}") from None
    try:
        project, warnings = project_from_otio(args.file, fps)
    except RenderError as exc:
        raise CommandError(str(exc)) from None
    ProjectStore.create(Path(args.dir).expanduser().resolve(), project)
    if args.json:
        print_json({"dir": str(Path(args.dir).resolve()), "tracks": len(project.tracks),
                    "clips": sum(len(t.clips) for t in project.tracks), "warnings": warnings})
    else:
        for line in warnings:
            print(f"warning: {line}", file=sys.stderr)
        print(f"imported {args.file} into {args.dir}: {len(project.tracks)} tracks, "
              f"{sum(len(t.clips) for t in project.tracks)} clips")
    return 0
