"""A project of our own for round 23 (lead): putting up a floating shelf, talked through by a retired joiner.

Written for the mechanisms round 23 added, in words of our own (not blind suites AC, AD, AA's): a walk-through that
numbers its parts ("Step one is ...", "Step two ..."), a four-word tic set off by commas in three sentences ("if you
follow me"), a tic with an apostrophe ("d'ya see") said in three sentences, a phrase said twice in one sentence only
("mind the cable, I'm serious, mind the cable"), a neighbour's story over two sentences where the second says "she"
but not her name (Dot), and a call-back to her at the end; an instruction whose first clause goes on after a comma
("Hold it level, and then mark both ends, ..."); a line with an amount in its words ("that took me forty minutes"); media
named the way phones and apps name them, among them a Messenger save and two look-alike phone clips.

    ids: m1 talk, m2..m8 B-roll (BROLL order), m9 music
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import timed_script
from editor_app.model.project import Project
from tests.planner.own_talk import asset, saved_session, talk_asset, talk_project

TALK = "VID_20261201_140512.mp4"
MUSIC = "acoustic sunday.mp3"
BROLL = [
    ("PXL_20261201_141002.mp4", 6.0, "close-up drilling the first hole into the brick"),  # m2
    ("PXL_20261201_141533.mp4", 6.0, "close-up drilling the second hole into the brick with the spirit level on top"),  # m3
    ("received_2233445566778899.mp4", 5.0, "my daughter's old bedroom wall with the wonky shelf"),  # m4
    ("cable detector.jpg", None, "the cable detector beeping over the wall"),  # m5
    ("shelf up FINAL.mov", 5.0, "the finished oak shelf with plants on it"),  # m6
    ("Voice 021.m4a", 4.0, "second take of the sign-off"),  # m7
    ("drill.wav", 2.0, "a drill whirring"),  # m8
]
SCRIPT = [
    ("Afternoon, I'm Len, and today we're putting up a floating oak shelf in the hall.", 0.3),  # 0
    ("Step one is checking the wall, if you follow me, with a cable detector.", 0.3),  # 1
    ("Mind the cable, I'm serious, mind the cable.", 1.5),  # 2
    ("Step two is marking up, so get the shelf straight first.", 0.3),  # 3
    ("Hold it level, and then mark both ends, d'ya see, before you drill anything.", 1.6),  # 4
    ("My neighbour Dot put hers up without a level last spring.", 0.3),  # 5
    ("Well, every mug slid off the end, and she blamed the cat for a week.", 1.5),  # 6
    ("Step three is drilling, um, two holes at the marks, if you follow me.", 0.3),  # 7
    ("Push the plugs in and screw the bracket on tight, d'ya see.", 0.3),  # 8
    ("Slide the shelf over the rods, uh, and that took me forty minutes, if you follow me.", 1.5),  # 9
    ("Don't do a Dot, d'ya see, use a level.", 0.3),  # 10
    ("Right, that's the shelf up, cheerio.", 0.5),  # 11
]

SEGMENTS, WORDS, LENGTH = timed_script(SCRIPT)


def shelf_project(broll: dict[str, float] | None = None) -> Project:
    """In memory: the talk c1 on t1, the music c2 on t3; ``broll`` ({media id: start s}) on t2; the rest in the bin."""
    others = [asset(name, "image" if name.endswith(".jpg") else "audio" if name.endswith((".m4a", ".wav")) else "video",
                    seconds, description) for name, seconds, description in BROLL]
    others += [asset(MUSIC, "audio", 240.0, "")]
    return talk_project("shelf", talk_asset(TALK, LENGTH, WORDS, SEGMENTS), others, music_id="m9",
                        music_db=-18.0, broll=broll)


def shelf_session(folder: str | Path, broll: dict[str, float] | None = None):
    """The in-memory project saved as a project folder, for turns through the orchestrator."""
    return saved_session(folder, shelf_project(broll))
