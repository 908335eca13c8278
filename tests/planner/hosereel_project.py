"""A project of our own for round-13b cut, time and trim requests: fixing a dripping outdoor hose reel.

Written before reading the planner's misses. Built like tests/planner/showerhead_project.py: the talk
is a Panasonic camera file (P1030412.MP4) with word times, fillers (um/uh), long pauses after some
sentences and one retake said out loud; B-roll named the way people name files, two stills, music.

    ids: m1 talk, m2..m9 B-roll (BROLL order), m10 music
"""

from __future__ import annotations

from editor_app.eval.talk_project import timed_script
from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project

TALK = "P1030412.MP4"
MUSIC = "acoustic morning loop.mp3"
MUSIC_DB = -18.0
BROLL = [
    ("P1030415.MP4", 12.0, "water dripping from the reel's inlet joint onto the patio"),  # m2
    ("washer swap.mov", 6.0, ""),  # m3
    ("GX011204.MP4", 8.0, "unscrewing the hose connector from the outside tap"),  # m4
    ("Zoom call with Gary-20261130_201512-Recording.mp4", 10.0, "neighbour explaining reel seals"),  # m5
    ("old_washer_cracked.jpg", None, "a flattened cracked rubber washer"),  # m6
    ("IMG_0931.jpg", None, "the hose reel wound up neatly against the wall"),  # m7
    ("ptfe_wrap.mp4", 5.0, "wrapping PTFE tape on the reel's brass thread"),  # m8
    ("dry patio timelapse.mov", 8.0, ""),  # m9
]

SCRIPT: list[tuple[str, float]] = [
    ("Hi, I'm Priya, and this is my tiny hose reel that drips all over the patio.", 0.3),  # 0
    ("Every time I turn the tap on, um, water squirts out of the middle of the reel.", 1.6),  # 1
    ("You'll need a pack of rubber washers, some PTFE tape and a flat screwdriver.", 0.3),  # 2
    ("First, turn the outside tap off and squeeze the spray gun to let the pressure out.", 1.8),  # 3
    ("Unscrew the short leader hose from the inlet on the side of the reel.", 0.3),  # 4
    ("Inside there's a little washer, uh, and mine was squashed completely flat.", 0.3),  # 5
    ("Prise it out with the screwdriver, then push the new washer in, nice and even, and wrap the thread with tape, about five turns, no wait, sorry, let me do that bit again.", 0.3),  # 6
    ("Prise the old washer out with the screwdriver and push the new one in flat.", 0.3),  # 7
    ("Wrap the brass thread with PTFE tape, about five turns, going clockwise.", 1.7),  # 8
    ("Screw the leader hose back on, hand tight, then a quarter turn more.", 0.3),  # 9
    ("Turn the tap back on slowly and, um, watch the joint for a minute.", 1.5),  # 10
    ("No drips at all, the patio is finally staying dry.", 0.3),  # 11
    ("The washers cost me two pounds for a bag of twenty.", 0.3),  # 12
    ("So yeah, check your washers every spring and your reel will last for years.", 0.5),  # 13
]

SEGMENTS, WORDS, LENGTH = timed_script(SCRIPT)


def hosereel_project(broll: dict[str, float] | None = None, broll_seconds: float | dict[str, float] = 4.0) -> Project:
    """In memory: the talk c1 on t1, music c2 on t3; ``broll`` ({media id: start s}) on t2; the rest in the bin."""
    others = [asset(name, "image" if seconds is None else "video", seconds, description)
              for name, seconds, description in BROLL]
    others += [asset(MUSIC, "audio", 240.0, "")]
    return talk_project("hosereel", talk_asset(TALK, LENGTH, WORDS, SEGMENTS), others, music_id="m10",
                        music_db=MUSIC_DB, broll=broll, broll_seconds=broll_seconds)
