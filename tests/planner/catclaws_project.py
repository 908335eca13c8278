"""A project of our own for round-16 media references (helper r): a vet nurse trimming her rescue cat's
claws and brushing him at home.

Written before reading the planner's misses, laid out like every own project (tests/planner/own_talk.py):
the talk is a Sony camera file (C0017.MP4) with word times, fillers and pauses; B-roll named the way people
name files: two Pixel clips that look alike (the same front paw held up close, claws long before and short
after), two GoPro chest-mount files (clipping a claw, brushing his back), an OBS screen recording of a vet's
booking page (OBS names files by date and time), a descriptive name ("biscuit kneading blanket.mov"), and
three stills (a Pixel photo of the kit, "biscuit rescue day.jpg", "styptic powder.png"). A purring sound
effect and the music bed sit in the bin.

    ids: m1 talk, m2..m10 B-roll (BROLL order), m11 music, m12 purr
"""

from __future__ import annotations

from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

TALK = "C0017.MP4"
MUSIC = "lofi sunday - bensound.mp3"
MUSIC_DB = -16.0
PURR = "cat purr loop.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("PXL_20261203_091204567.mp4", 5.0, "the cat's front paw held up close, claws long and curved"),  # m2
    ("PXL_20261203_092741118.mp4", 5.0, "the cat's front paw held up close, claws short and neat"),  # m3
    ("GX010231.MP4", 8.0, "chest mount view looking down at hands clipping a claw"),  # m4
    ("GX010232.MP4", 8.0, "chest mount view of a brush going down a ginger cat's back"),  # m5
    ("2026-12-03 09-41-17.mkv", 10.0, "screen recording of a vet clinic's online booking page"),  # m6
    ("biscuit kneading blanket.mov", 6.0, ""),  # m7
    ("PXL_20261203_093012890.jpg", None, "nail clippers, a slicker brush, treats and a towel laid out on a table"),  # m8
    ("biscuit rescue day.jpg", None, ""),  # m9
    ("styptic powder.png", None, ""),  # m10
]

SCRIPT: list[tuple[str, float]] = [
    ("Hi, I'm Priya, I'm a vet nurse, and this is Biscuit, my rescue cat.", 0.3),  # 0
    ("When he came to me his claws were so long they were curling into his paw pads.", 0.3),  # 1
    ("Um, if you're nervous about doing this at home, your vet can do it for you.", 0.3),  # 2
    ("Most clinics let you book a nail trim online, it only takes a few minutes.", 0.3),  # 3
    ("But honestly it's easy once you know where the quick is.", 1.5),  # 4
    ("First, get everything ready, clippers, a brush, treats, and a towel.", 0.3),  # 5
    ("Wrap him in the towel if he wriggles, like a little burrito.", 0.3),  # 6
    ("Press gently on the toe pad and the claw pops out.", 0.3),  # 7
    ("See the pink bit inside, that's the quick, so never cut into it.", 0.3),  # 8
    ("Just snip the clear white tip, uh, at a slight angle.", 1.5),  # 9
    ("If you do nick the quick, dab on some styptic powder and the bleeding stops.", 0.3),  # 10
    ("Give him a treat after every paw, he's earned it.", 1.5),  # 11
    ("Now for the brushing, which he actually loves.", 0.3),  # 12
    ("Go with the direction of the fur, starting at the neck and working down his back.", 0.3),  # 13
    ("Be extra gentle on the belly, um, that's where the mats hide.", 1.5),  # 14
    ("Listen to that, he's purring like a little motor.", 1.5),  # 15
    ("Do the claws every few weeks and brush him a couple of times a week.", 0.3),  # 16
    ("Thanks for watching, and give your cat a scratch from me.", 0.5),  # 17
]

WORDS, SEGMENTS, LENGTH = timed(SCRIPT)


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def catclaws_project(broll: dict[str, float] | None = None, broll_seconds: float | dict[str, float] = 4.0) -> Project:
    """In memory: the talk c1 on t1, the music c2 on t3 at MUSIC_DB; ``broll`` ({media id: start s}) on
    t2 as c3, c4, ...; the rest of the media in the bin."""
    others = [asset(name, "image" if seconds is None else "video", seconds, description)
              for name, seconds, description in BROLL]
    others += [asset(MUSIC, "audio", 240.0, ""), asset(PURR, "audio", 3.0, "")]
    return talk_project("catclaws", talk_asset(TALK, LENGTH, WORDS, SEGMENTS), others, music_id="m11",
                        music_db=MUSIC_DB, broll=broll, broll_seconds=broll_seconds)


def catclaws_session(folder, broll: dict[str, float] | None = None):
    """The in-memory project saved as a project folder, for turns through the orchestrator."""
    from pathlib import Path

    from editor_app.model.history import History
    from editor_app.model.project_io import ProjectStore
    from editor_app.session import Session

    project = catclaws_project(broll)
    return Session(ProjectStore.create(Path(folder), project), project, History())
