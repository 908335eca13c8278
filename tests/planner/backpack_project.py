"""A project of our own for round-8 dialogue: packing a hiking backpack for a day on the hills.

The talk (a Sony-style camera file, C0042.MP4) has a word transcript with fillers, pauses and a
long silent tail after the last word (the camera kept running while the hiker walked over to stop
it), the way fresh footage arrives. B-roll is named like phone and GoPro files, two GoPro clips
alike (GH010871 and GH010872, both chest-cam shots of the straps); a flat-lay still of the gear,
a zip sound effect and a music loop. Where the music is (bin, timeline or nowhere) and whether a
Music track exists is chosen per test, because those are the cases a new user meets.
Nothing here is copied from any eval suite: names, speech and phrasings are our own.

    m1 talk (c1 on t1), m2..m7 B-roll and a still (bin), m8 zip sound (bin), m9 music (when any)
"""

from __future__ import annotations

from fractions import Fraction
from functools import partial

from editor_app.model.history import apply_all
from editor_app.model.operations import AddTrack, ImportMedia, InsertClip, parse_operation
from editor_app.model.project import MediaAsset, Project, Settings
from tests.planner.own_talk import asset, timed

# (sentence, pause after it in seconds); the last pause is the silent tail after the last word
SCRIPT = [
    ("Morning, I'm Tomasz, and this is how I pack my daypack for a long walk in the hills.", 0.4),       # 0
    ("Everything I'm taking is laid out on the floor first, so nothing gets forgotten.", 1.7),         # 1
    ("The sleeping bag goes right at the bottom, um, because I won't need it until camp.", 0.4),        # 2
    ("Heavy things like the stove and the food sit in the middle, close to my back.", 0.4),            # 3
    ("That keeps the weight over your hips instead of pulling you backwards.", 1.5),                  # 4
    ("The water bladder slides into its sleeve behind the frame, uh, with the hose over the shoulder.", 0.4),  # 5
    ("Waterproofs and a warm layer go near the top where I can grab them fast.", 0.4),               # 6
    ("Snacks, the map and a head torch live in the lid pocket.", 1.6),                                # 7
    ("Now buckle the hip belt first and pull it snug on the hip bones.", 0.4),                        # 8
    ("Then tighten the shoulder straps and the little load lifters up top.", 0.4),                   # 9
    ("If it rains, the cover tucks out of the bottom pocket and goes over the whole pack.", 0.4),    # 10
    ("That's it, have a great walk and pack light.", 3.5),                                            # 11: then 3.5 s of nothing
]

WORDS, SEGMENTS, LENGTH = timed(SCRIPT, 0.3)
LAST_WORD_END = WORDS[-1].end
MUSIC_NAME = "campfire acoustic loop.mp3"


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


_asset = partial(asset, seconds=6.0)


def backpack_project(*, music: str | None = "bin", music_track: bool = True,
                     broll: dict[str, float] | None = None) -> Project:
    """The talk c1 on t1 (Main), a B-roll track t2; a Music track t3 when ``music_track``.

    ``music``: "bin" (imported, not placed), "timeline" (c2 on t3 for the whole talk at -10 dB) or
    None (no music in the project at all). ``broll`` ({media id: start s}, 4 s each) on t2."""
    p = Project(name="daypack", settings=Settings(fps=25))
    talk = MediaAsset(id="", name="C0042.MP4", path="/nonexistent/C0042.MP4", kind="video",
                      duration=Fraction(str(LENGTH)), has_audio=True, has_video=True, words=tuple(WORDS),
                      transcript=tuple(SEGMENTS))
    ops = [
        ImportMedia(asset=talk),                                                                                     # m1
        ImportMedia(asset=_asset("IMG_3307.MOV", description="stuffing the sleeping bag into the bottom of the pack")),  # m2
        ImportMedia(asset=_asset("GH010871.MP4", seconds=7, description="chest cam, clicking the hip belt buckle shut")),  # m3
        ImportMedia(asset=_asset("GH010872.MP4", seconds=7, description="chest cam, tightening the shoulder straps")),  # m4
        ImportMedia(asset=_asset("water bladder refill.mp4", seconds=5)),                                            # m5
        ImportMedia(asset=_asset("rain cover.mov", seconds=5)),                                                      # m6
        ImportMedia(asset=_asset("gear flatlay.jpg", kind="image", seconds=None)),                                   # m7
        ImportMedia(asset=_asset("zip pull.wav", kind="audio", seconds=0.6, description="a zip being pulled")),      # m8
    ]
    if music is not None:
        ops.append(ImportMedia(asset=_asset(MUSIC_NAME, kind="audio", seconds=150)))                                 # m9
    ops += [AddTrack(kind="video", role="main", name="Main"), AddTrack(kind="video", role="broll", name="B-roll")]
    if music_track:
        ops.append(AddTrack(kind="audio", role="music", name="Music"))
    apply_all(p, ops)
    fps = p.fps
    placed = [InsertClip(track_id="t1", media_id="m1", start=0)]
    if music == "timeline":
        placed.append(InsertClip(track_id="t3", media_id="m9", start=0, duration=int(LENGTH * fps)))
    apply_all(p, placed)
    more = []
    if music == "timeline":
        more.append(parse_operation({"op": "set_volume", "clip_id": "c2", "db": -10.0}, fps, units="seconds"))
    for media_id, start in (broll or {}).items():
        more.append(parse_operation({"op": "overwrite_clip", "track_id": "t2", "media_id": media_id, "start": start,
                                     "duration": 4.0}, fps, units="seconds"))
    apply_all(p, more)
    return p
