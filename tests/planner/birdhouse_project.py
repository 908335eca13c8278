"""A project of our own for round-6 mechanisms: building a wooden birdhouse with my daughter.

A word transcript with a question, a spoken self-correction and fillers (two "um", one "uh",
one "er"); B-roll named like phone and camera files with descriptions, two stills, a sound effect
in the bin (an audio file that is not music) and a music bed. Nothing here is copied from any
eval suite: names, speech and phrasings are our own.

    m1 talk (c1 on t1), m2..m7 B-roll and stills (bin), m8 hammer sound (bin), m9 music (c2 on t3, -10 dB)
"""

from __future__ import annotations

from fractions import Fraction

from editor_app.model.history import apply_all
from editor_app.model.operations import AddTrack, ImportMedia, InsertClip, parse_operation
from editor_app.model.project import MediaAsset, Project, Settings
from tests.planner.garden_project import timed

# (sentence, pause after it in seconds)
SCRIPT = [
    ("Hi, I'm Sam, and this weekend my daughter Ella and I are building a birdhouse.", 0.4),  # 0
    ("Um, we picked cedar because it shrugs off the rain for years.", 0.4),                    # 1
    ("What size should the entrance hole be?", 0.4),                                            # 2
    ("For small songbirds about an inch and a quarter is plenty.", 1.5),                        # 3
    ("Ella marked the panels with a pencil and a square.", 0.4),                                # 4
    ("Then I sawed along the lines, um, slowly, while she held the board steady.", 0.4),        # 5
    ("Glue the walls to the base, wait, let me say that again.", 0.4),                          # 6
    ("Glue the walls to the base and tap the nails in with a light hammer.", 1.6),              # 7
    ("The roof hangs over the front so the rain drips clear of the hole.", 0.4),                # 8
    ("She painted it sky blue, uh, with little yellow stars.", 0.4),                            # 9
    ("We hung it in the plum tree, er, facing away from the wind.", 0.4),                       # 10
    ("Thanks for watching, and tell us which birds move in.", 0.6),                             # 11
]


WORDS, SEGMENTS, LENGTH = timed(SCRIPT, 0.3)


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def word_start(text: str) -> float:
    """Where the first word reading ``text`` starts (exact text, with its punctuation)."""
    return next(w.start for w in WORDS if w.text == text)


def _asset(name: str, kind: str = "video", seconds: float | None = 5.0, description: str = "") -> MediaAsset:
    return MediaAsset(id="", name=name, path=f"/nonexistent/{name}", kind=kind,
                      duration=Fraction(str(seconds)) if seconds is not None else None,
                      has_audio=kind == "audio", has_video=kind in ("video", "image"), description=description)


def birdhouse_project(*, broll: dict[str, float] | None = None) -> Project:
    """The talk c1 on t1 (Main), the music c2 on t3 at -10 dB; ``broll`` ({media id: start s}, 4 s
    each, clips c3, c4, ... in that order) on t2 (B-roll); the rest stays in the bin."""
    p = Project(name="birdhouse", settings=Settings(fps=25))
    talk = MediaAsset(id="", name="birdhouse_talk_A001.MP4", path="/nonexistent/birdhouse_talk_A001.MP4", kind="video",
                      duration=Fraction(str(LENGTH)), has_audio=True, has_video=True, words=tuple(WORDS),
                      transcript=tuple(SEGMENTS))
    apply_all(p, [
        ImportMedia(asset=talk),                                                                                  # m1
        ImportMedia(asset=_asset("VID_20260503_1012.mp4", description="sawing the cedar plank on the workbench")),  # m2
        ImportMedia(asset=_asset("VID_20260503_1140.mp4", description="painting the birdhouse blue with a small brush")),  # m3
        ImportMedia(asset=_asset("drill bit closeup.MOV", seconds=3)),                                            # m4
        ImportMedia(asset=_asset("finished birdhouse.jpg", kind="image", seconds=None)),                          # m5
        ImportMedia(asset=_asset("cedar offcuts.JPG", kind="image", seconds=None)),                               # m6
        ImportMedia(asset=_asset("IMG_0931.MOV", seconds=6, description="hanging the birdhouse in the plum tree")),  # m7
        ImportMedia(asset=_asset("hammer tap.wav", kind="audio", seconds=0.4, description="three light hammer taps")),  # m8
        ImportMedia(asset=_asset("acoustic sunday.mp3", kind="audio", seconds=120)),                              # m9
        AddTrack(kind="video", role="main", name="Main"), AddTrack(kind="video", role="broll", name="B-roll"),
        AddTrack(kind="audio", role="music", name="Music"),
    ])
    fps = p.fps
    apply_all(p, [InsertClip(track_id="t1", media_id="m1", start=0),
                  InsertClip(track_id="t3", media_id="m9", start=0, duration=int(LENGTH * fps))])
    ops = [parse_operation({"op": "set_volume", "clip_id": "c2", "db": -10}, fps, units="seconds")]
    for media_id, start in (broll or {}).items():
        ops.append(parse_operation({"op": "overwrite_clip", "track_id": "t2", "media_id": media_id, "start": start,
                                    "duration": 4}, fps, units="seconds"))
    apply_all(p, ops)
    return p
