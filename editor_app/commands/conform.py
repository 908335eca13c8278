"""`editor-app conform`: replace a variable-frame-rate source with a constant-rate copy.

Import announces VFR sources with this command; the copy is written into the project's
media/ folder and swapped in with one undoable operation (clips keep their media id).
"""

from __future__ import annotations

import argparse
from fractions import Fraction
from pathlib import Path

from editor_app.commands.common import CommandError, handler, open_session, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("conform", help="make a constant-frame-rate copy of a media item and use it")
    p.add_argument("dir")
    p.add_argument("media_id")
    p.add_argument("--fps", help="target rate (default: the project's)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_conform)


@handler
def cmd_conform(args) -> int:
    from editor_app.media.errors import MediaError
    from editor_app.media.verify import constant_rate_copy, verify_asset
    from editor_app.model.operations import ReplaceMediaFile
    from editor_app.model.operations.base import get_media
    from editor_app.model.time import normalize_rate

    session = open_session(args.dir, write=True)
    asset = get_media(session.project, args.media_id)
    if asset.kind != "video":
        raise CommandError(f"{asset.id} ({asset.name}) is {asset.kind}; only video has a frame rate to conform")
    fps = normalize_rate(args.fps) if args.fps else Fraction(session.project.fps)
    source = Path(asset.path) if Path(asset.path).is_absolute() else session.path / asset.path
    target = session.path / "media" / f"{source.stem}-cfr-{float(fps):g}fps.mp4"
    try:
        constant_rate_copy(source, target, fps)
        new = verify_asset(asset.model_copy(update={"path": str(target)}))
    except MediaError as exc:
        raise CommandError(str(exc)) from None
    batch = session.apply([ReplaceMediaFile(media_id=asset.id, asset=new)], f"Constant-rate copy of {asset.name}")
    if args.json:
        print_json({"ok": True, "batch": batch.id, "path": str(target), "fps": str(fps)})
    else:
        print(f"{asset.id} ({asset.name}) now uses {target} at a constant {float(fps):g} fps (undo with `editor-app undo`)")
    return 0
