"""A project of our own for round 24 (lead): rehanging a garden gate, talked through by Bev.

Written for the mechanisms round 24 added, in words of our own (not blind suites AE, AF's): the speaker says her name
("I'm Bev"), a five-word tic set off by commas in three sentences ("you know what I mean"), a tag said twice set off
("pal"), a neighbour's story over two sentences and a third that names him by his short name ("Anyway, Ken's ..."),
a hyphenated word ("lift-off"), a line whose word to cut sits after the words a request quotes ("Don't you dare ...,
pal, ..."), a sentence abandoned out loud ("no, hang on, I've got that backwards"), a sentence with "then" in it for a place typed unquoted, long pauses; media named by the apps that made
them (a laptop's Windows Camera file, a dashcam file) and one whose name says "ends".

    ids: m1 talk, m2..m6 B-roll (BROLL order), m7 music, m8 a sound effect (in the bin), m9 a second
    Pixel clip
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import timed_script
from editor_app.model.project import Project
from tests.planner.own_talk import asset, saved_session, talk_asset, talk_project

TALK = "VID_20261204_101500.mp4"
MUSIC = "folk bed.mp3"
SOUND = "latch click.wav"
BROLL = [
    ("WIN_20261204_10_15_22_Pro.mp4", 5.0, "me at the laptop ordering new hinges"),  # m2
    ("2026_1204_094510_003.MP4", 5.0, "the car pulling onto the drive past the gate"),  # m3
    ("drill close up.mov", 5.0, "drilling the pilot holes into the post"),  # m4
    ("ends sanded FINAL.mov", 5.0, "sanding the rails smooth"),  # m5
    ("PXL_20261204_103300.mp4", 6.0, "the gate swinging shut on its new hinges"),  # m6
]
SCRIPT = [
    ("Hiya, I'm Bev, and today we're rehanging the garden gate that's dragged on the path for years.", 0.3),  # 0
    ("First, lift the gate off its lift-off hinges, you know what I mean, and lay it flat on the grass.", 1.4),  # 1
    ("Check the post for rot, pal, because a soft post won't hold a screw.", 0.3),  # 2
    ("My neighbour Kenneth hung his gate with one hinge last summer.", 0.3),  # 3
    ("It swung open in the wind and flattened all his sweet peas.", 0.3),  # 4
    ("Anyway, Ken's never touched a gate since.", 1.5),  # 5
    ("Hold the gate level then mark the holes, you know what I mean, with a sharp pencil.", 0.3),  # 6
    ("Drill pilot holes, um, so the wood doesn't split on you.", 1.2),  # 7
    ("Don't you dare hang it without the brace, pal, it'll sag in a week.", 0.3),  # 8
    ("Then you hang the, no, hang on, I've got that backwards, let me say that again.", 0.3),  # 9: a false start
    ("Screw the hinges on, uh, and hang it back on the pins, you know what I mean.", 1.6),  # 10
    ("Give it a swing and listen for any scraping on the path.", 0.3),  # 11
    ("That's the gate sorted, tara for now.", 0.5),  # 12
]

SEGMENTS, WORDS, LENGTH = timed_script(SCRIPT)


def gate_project(broll: dict[str, float] | None = None) -> Project:
    """In memory: the talk c1 on t1, the music c2 on t3; ``broll`` ({media id: start s}) on t2; the rest in the bin."""
    others = [asset(name, "video", seconds, description) for name, seconds, description in BROLL]
    others += [asset(MUSIC, "audio", 240.0, ""), asset(SOUND, "audio", 1.0, "the gate latch clicking shut"),
               asset("PXL_20261204_104500.mp4", "video", 5.0, "the latch catching on the post")]
    return talk_project("gate", talk_asset(TALK, LENGTH, WORDS, SEGMENTS), others, music_id="m7",
                        music_db=-18.0, broll=broll)


def gate_session(folder: str | Path, broll: dict[str, float] | None = None):
    """The in-memory project saved as a project folder, for turns through the orchestrator."""
    return saved_session(folder, gate_project(broll))
