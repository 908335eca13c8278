"""`editor-app captions DIR OUT.srt|OUT.vtt`: captions from the words on the timeline.

With --place they also go on a Captions titles track (one undoable batch), so renders burn
them into the video.
"""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path

from editor_app.commands.common import CommandError, handler, open_session, print_json

POSITIONS = ("top", "center", "bottom")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("captions", help="write .srt/.vtt captions from the transcript's word timings")
    p.add_argument("dir", help="project folder")
    p.add_argument("out", nargs="?", help="caption file to write (.srt or .vtt)")
    p.add_argument("--words", type=int, default=3, help="words per caption when word timings exist (1-8, default 3)")
    p.add_argument("--highlight", action="store_true", help="word by word: one caption per word, that word in capitals")
    p.add_argument("--place", action="store_true", help="also put them on a Captions titles track (burned into renders)")
    p.add_argument("--position", choices=POSITIONS, default="bottom")
    p.add_argument("--size", type=int, default=42, help="text size in pixels at 1080p")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_captions)


@handler
def cmd_captions(args) -> int:
    from editor_app.model.captions import captions, to_srt, to_vtt

    if not 1 <= args.words <= 8:
        raise CommandError(f"--words must be from 1 to 8, not {args.words}")
    if args.out is None and not args.place:
        raise CommandError("give a file to write (.srt or .vtt), or --place")
    out = Path(args.out) if args.out else None
    if out is not None and out.suffix.lower() not in (".srt", ".vtt"):
        raise CommandError(f"{out.name}: caption files end in .srt or .vtt")
    session = open_session(args.dir)
    project = session.project
    caps = captions(project, args.words, args.highlight)
    if not caps:
        raise CommandError("nothing on the main or voice tracks has a transcript; transcribe it first "
                           f"(editor-app transcribe {shlex.quote(str(args.dir))})")
    if out is not None:
        text = to_srt(caps, project.fps) if out.suffix.lower() == ".srt" else to_vtt(caps, project.fps)
        out.write_text(text, encoding="utf-8")
    placed = 0
    if args.place:
        session.apply(title_operations(project, caps, args.position, args.size), "Add captions")
        placed = len(caps)
    if args.json:
        print_json({"path": str(out) if out else None, "captions": len(caps), "placed": placed})
    else:
        where = f" to {out}" if out else ""
        print(f"wrote {len(caps)} captions{where}" + (f"; placed them on the Captions track" if placed else ""))
    return 0


def title_operations(project, caps, position: str = "bottom", size: int = 42) -> list:
    """A Captions titles track (made if missing, must be empty) and one title per caption."""
    from editor_app.model.operations import AddTitle, AddTrack

    ops: list = []
    tracks = [t for t in project.tracks if t.role == "titles" and t.name == "Captions"]
    if tracks and tracks[0].clips:
        raise CommandError(f"the Captions track {tracks[0].id} already holds captions; remove them first")
    if tracks:
        track_id = tracks[0].id
    else:
        number = project.id_counters.get("t", 0) + 1
        while project.find_track(f"t{number}"):
            number += 1
        track_id = f"t{number}"
        ops.append(AddTrack(kind="video", role="titles", name="Captions", track_id=track_id))
    for cap in caps:
        ops.append(AddTitle(text=cap.text, start=cap.start, duration=cap.end - cap.start, track_id=track_id,
                            position=position, size=size))
    return ops
