"""A project of our own for round-13 conversation: assembling a flat-pack bookshelf.

Written before reading the planner's misses. The talk is a Canon camera file (MVI_4410.MP4) with
word times, fillers (um/uh), long pauses after some sentences and one retake said out loud; B-roll
named the way people's files come off phones and cameras: two iPhone clips that look alike
(IMG_2231.MOV the cam locks turning, IMG_2240.MOV the shelf pins going in), a GoPro overhead of the
panels laid out (GX010114.MP4), a DJI clip of the finished shelf (DJI_0042.MP4), a descriptive name
("hammering the back panel.mov"), a screen recording of the instructions PDF, stills (the bag of
fittings, the missing screw, the wall anchor), music under the talk, and a second take of the outro.

``bookshelf_project()`` is the in-memory Project laid out like every own project (m1 talk c1 on t1,
B-roll m2.. in the bin, music c2 on t3); ``bookshelf_session(folder)`` saves it as a project folder
so turns go through the orchestrator with the session's chat memory and undo history.

    ids: m1 talk, m2..m10 B-roll (BROLL order), m11 music, m12 outro take 2
"""

from __future__ import annotations

from pathlib import Path

from tests.planner.own_talk import asset, talk_asset, talk_project, timed

TALK = "MVI_4410.MP4"
MUSIC = "acoustic morning - free music.mp3"
MUSIC_DB = -16.0
TAKE2 = "outro take 2.m4a"
BROLL = [
    ("IMG_2231.MOV", 6.0, "turning a cam lock with a screwdriver until it grips the dowel"),  # m2
    ("IMG_2240.MOV", 5.0, "pushing metal shelf pins into the side panel holes"),  # m3
    ("GX010114.MP4", 10.0, "overhead of all the panels and fittings laid out on the carpet"),  # m4
    ("DJI_0042.MP4", 8.0, "slow orbit round the finished bookshelf full of books"),  # m5
    ("hammering the back panel.mov", 7.0, ""),  # m6
    ("Screen Recording 2026-11-29 at 10.14.02.mov", 9.0, "scrolling through the instructions pdf"),  # m7
    ("fittings bag.jpg", None, "a plastic bag of cam locks, dowels and screws"),  # m8
    ("missing_screw.HEIC.jpg", None, "an empty slot in the fittings tray where a screw should be"),  # m9
    ("wall anchor.png", None, "a plasterboard wall anchor and the anti-tip strap"),  # m10
]

SCRIPT: list[tuple[str, float]] = [
    ("Hey guys, Priya here, and today I'm finally building this bookshelf that's been in my hallway for a month.", 0.3),  # 0
    ("Open the box on the floor, not on a table, because the panels are heavier than they look.", 0.3),  # 1
    ("Lay everything out and count the fittings, um, the cam locks, the dowels and the little screws.", 1.6),  # 2
    ("Of course one screw was missing, so I pinched one from the spare bits drawer.", 0.3),  # 3
    ("Tap the wooden dowels into the side panel with a rubber mallet, uh, don't use glue yet.", 0.3),  # 4
    ("Then drop the cam locks in with the arrow pointing at the hole.", 0.3),  # 5
    ("Slide the shelf onto the dowels and turn each cam lock clockwise, about half a turn, no, a quarter, sorry, let me start that again.", 0.3),  # 6
    ("Turn each cam lock a quarter turn clockwise until it bites, and don't overtighten it.", 1.8),  # 7
    ("Now the back panel, it's that thin hardboard sheet, and it's what keeps the whole thing square.", 0.3),  # 8
    ("Measure corner to corner both ways, and if the numbers match it's square.", 0.3),  # 9
    ("Nail the back panel on every ten centimetres, um, it's loud, sorry neighbours.", 1.5),  # 10
    ("Push the shelf pins in at whatever height you like and rest the shelves on them.", 0.3),  # 11
    ("Finally, fix it to the wall with the anti-tip strap and a proper wall anchor.", 0.3),  # 12
    ("Honestly, don't skip the wall anchor, these things really do fall over.", 0.3),  # 13
    ("And there it is, a whole afternoon but it looks great with the books on.", 0.3),  # 14
    ("Thanks for watching, and let me know what you want me to build next.", 0.5),  # 15
]

WORDS, SEGMENTS, LENGTH = timed(SCRIPT)


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def bookshelf_project(broll: dict[str, float] | None = None, broll_seconds: float | dict[str, float] = 4.0):
    """In memory: the talk c1 on t1, the music c2 on t3 at MUSIC_DB; ``broll`` ({media id: start s}) on
    t2 as c3, c4, ...; the rest of the media in the bin."""
    others = [asset(name, "image" if seconds is None else "video", seconds, description)
              for name, seconds, description in BROLL]
    others += [asset(MUSIC, "audio", 200.0, ""), asset(TAKE2, "audio", 6.0, "")]
    return talk_project("bookshelf", talk_asset(TALK, LENGTH, WORDS, SEGMENTS), others, music_id="m11",
                        music_db=MUSIC_DB, broll=broll, broll_seconds=broll_seconds)


def bookshelf_session(folder: str | Path, broll: dict[str, float] | None = None):
    """The in-memory project saved as a project folder (no media files): a Session for orchestrator turns."""
    from editor_app.model.history import History
    from editor_app.model.project_io import ProjectStore
    from editor_app.session import Session

    project = bookshelf_project(broll)
    return Session(ProjectStore.create(Path(folder), project), project, History())


def reopen_session(folder: str | Path):
    """The project folder opened again, as the app does on restart (its chat memory is in the folder)."""
    from editor_app.session import Session

    return Session.open(Path(folder))
