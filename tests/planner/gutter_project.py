"""A project of our own for round-12b media references: clearing leaves out of a house's rain gutters.

The B-roll is named the way apps and cameras name files, never by what it shows: two drone clips of the
same roof told apart only by their descriptions (one in autumn, one in the rain), a Zoom meeting saved to the
cloud (GMT..._Recording), a handheld Zoom audio recorder's take (ZOOM0031_LR.WAV, which is *not* the meeting),
an OBS Studio screen capture named by its date and time, an Insta360 export and a plain still. Nothing here is
copied from an eval suite.

    m1 talk (c1 on t1), m2..m8 B-roll/bin (on t2 as c3, ... where a test puts them), m9 music (c2)
"""

from __future__ import annotations

from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

SCRIPT = [
    ("Morning all, Priya here, and today the gutters finally get cleared out.", 0.4),  # 0
    ("Every autumn the maple drops its leaves straight into them.", 0.3),  # 1
    ("Last winter the downpipe froze solid and water ran down the wall.", 0.6),  # 2
    ("I got a roofer to quote over a Zoom call and it was far too much.", 0.3),  # 3
    ("So I bought a plastic scoop and a sturdy ladder instead.", 0.3),  # 4
    ("Scoop the muck into a bucket hooked on the ladder.", 0.3),  # 5
    ("Then flush the run with the hose and watch the downpipe.", 0.3),  # 6
    ("If it backs up, push a plumber's snake down from the top.", 0.5),  # 7
    ("That's it, clear gutters for another year.", 0.5),  # 8
]

WORDS, SEGMENTS, LENGTH = timed(SCRIPT, 0.3)

BROLL = [  # (file name, kind, seconds, description): m2..m8
    ("DJI_0311.MP4", "video", 8.0, "drone over the roof in autumn, the maple bare and leaves piled along the gutter"),
    ("DJI_0318.MP4", "video", 8.0, "drone over the same roof after a frost, ice along the gutter edge"),
    ("GMT20261012-181500_Recording_1280x720.mp4", "video", 9.0, ""),
    ("ZOOM0031_LR.WAV", "audio", 6.0, "second take of the outro on the handheld recorder"),
    ("2026-10-14 08-30-12.mkv", "video", 6.0, ""),
    ("VID_20261013_140210_00_007.mp4", "video", 7.0, ""),
    ("gutter scoop.jpg", "image", None, ""),
]


def gutter_project(broll: dict[str, float] | None = None) -> Project:
    """The talk c1 on t1, the music c2 on t3 at -18 dB; ``broll`` ({media id: start s}) on t2 as c3, ... each
    5 s long; the rest stays in the bin."""
    return talk_project("rain gutters", talk_asset("MVI_2207.MP4", LENGTH, WORDS, SEGMENTS),
                        [*(asset(*b) for b in BROLL), asset("porch banjo loop.mp3", "audio", 200.0)],
                        music_id="m9", music_db=-18, broll=broll, broll_seconds=5.0)
