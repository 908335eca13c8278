"""A project of our own for round 22 (lead): fitting a new toilet seat, talked through by a retired plumber.

Written for the mechanisms round 22 added, in words of our own (not blind suites Y, AA or AB's): a talker with fillers
(three um, two uh), a two-word tic set off by commas and said three times ("right enough"), a one-word tic said three
times at the ends of lines ("champion."), a retake announced as a redo ("I'm gonna redo that"), a list of what you
need with an um inside it, a neighbour named in the talk (Mick) and a number said in the words of a line ("at forty
five degrees"); media named the way phones and apps name them, two look-alike phone clips told apart only by what they
show.

    ids: m1 talk, m2..m8 B-roll (BROLL order), m9 music
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import timed_script
from editor_app.model.project import Project
from tests.planner.own_talk import asset, saved_session, talk_asset, talk_project

TALK = "VID_20261104_091233.mp4"
MUSIC = "ukulele morning.mp3"
BROLL = [
    ("PXL_20261104_092001.mp4", 6.0, "close-up unscrewing the old cracked seat's nuts from under the pan"),  # m2
    ("PXL_20261104_092517.mp4", 6.0, "close-up doing up the new seat's nuts under the pan by hand"),  # m3
    ("seat in box.jpg", None, "the new soft-close seat still in its box"),  # m4
    ("hinge bolts macro v2.mp4", 4.0, "the two hinge bolts and the rubber washers laid out on a towel"),  # m5
    ("InShot_20261104_093010.mp4", 5.0, "the lid closing slowly on its own"),  # m6
    ("Voice 017.m4a", 5.0, "second take of the sign-off"),  # m7
    ("flush.wav", 2.0, "a toilet flushing"),  # m8
]
SCRIPT = [
    ("Morning, I'm Bev, and today we're swapping this cracked old toilet seat for a soft-close one.", 0.3),  # 0
    ("Right enough, you'll need, um, a new seat, a twelve millimetre spanner and a bit of kitchen roll.", 1.6),  # 1
    ("First undo the two nuts under the pan, they're usually seized, champion.", 0.3),  # 2
    ("Lift the old seat off and give the holes a proper clean while you're there.", 1.5),  # 3
    ("Drop the new bolts through the holes, uh, no wait, the washers go on first, I'm gonna redo that.", 0.3),  # 4
    ("Put the rubber washers on the bolts, then drop the bolts through the holes.", 0.3),  # 5
    ("Right enough, line the seat up with the front of the pan before you tighten anything.", 1.7),  # 6
    ("Um, my neighbour Mick did his wonky and had to sit sideways for a month.", 0.3),  # 7
    ("Tighten the nuts by hand, then a quarter turn with the spanner at forty five degrees, champion.", 0.3),  # 8
    ("Don't overdo it or the pan can crack, uh, and that's a much bigger job.", 1.5),  # 9
    ("Right enough, lift the lid and let it go, it should close slowly on its own.", 0.3),  # 10
    ("Um, that's it, job done, champion.", 0.5),  # 11
]

SEGMENTS, WORDS, LENGTH = timed_script(SCRIPT)


def seat_project(broll: dict[str, float] | None = None, broll_seconds: float | dict[str, float] = 4.0) -> Project:
    """In memory: the talk c1 on t1, the music c2 on t3; ``broll`` ({media id: start s}) on t2 as c3, c4, ...; the rest
    of the media in the bin."""
    others = [asset(name, "image" if name.endswith(".jpg") else "audio" if name.endswith((".m4a", ".wav")) else "video",
                    seconds, description) for name, seconds, description in BROLL]
    others += [asset(MUSIC, "audio", 240.0, "")]
    return talk_project("seat", talk_asset(TALK, LENGTH, WORDS, SEGMENTS), others, music_id="m9",
                        music_db=-18.0, broll=broll, broll_seconds=broll_seconds)


def seat_session(folder: str | Path, broll: dict[str, float] | None = None):
    """The in-memory project saved as a project folder, for turns through the orchestrator."""
    return saved_session(folder, seat_project(broll))
