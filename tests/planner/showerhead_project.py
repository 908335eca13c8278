"""A project of our own for round-12 conversation: descaling a limescaled shower head.

Written before reading the planner's misses. Built like the blind eval projects
(editor_app/eval/talk_project.py): the talk is a Sony camera file (C0047.MP4) whose transcript is
written here with word times (fillers um/uh as words, long pauses after some sentences, one retake
said out loud), B-roll named like people's files: two iPhone clips that look alike (IMG_5530.MOV the
spray before, IMG_5544.MOV the spray after), a GoPro of the bag on the head (GH010882.MP4), a DJI
Osmo clip of scrubbing the nozzles (DJI_20261201_0913.MP4), a descriptive name ("pin in the
nozzles.mov"), a WhatsApp video, and three stills (limescale_closeup.JPG, "citric acid tub.jpg",
IMG_5551.HEIC.jpg the finished head). A second take of the outro (ZOOM0007.WAV) is in the bin only.

Two builders from the same data: ``showerhead_project()`` an in-memory Project laid out like every
tests/planner own project (m1 talk c1 on t1, B-roll m2.. in the bin, music c2 on t3), and
``create_showerhead_session(folder)`` a real project folder with generated media, which the eval
runner copies per case (tests/planner/showerhead_commands.py).

    ids: m1 talk, m2..m11 B-roll (BROLL order), m12 music, m13 outro take 2
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project, timed_script
from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project

TALK = "C0047.MP4"
MUSIC = "lofi chill beat 02.mp3"
MUSIC_DB = -18.0
TAKE2 = "ZOOM0007.WAV"
# (file name, seconds or None for a still, description)
BROLL = [
    ("IMG_5530.MOV", 5.0, "the shower spraying in crooked weak jets, before"),  # m2
    ("IMG_5544.MOV", 5.0, "the shower spraying in strong even jets, after descaling"),  # m3
    ("GH010882.MP4", 8.0, "a freezer bag of vinegar tied round the shower head with a rubber band"),  # m4
    ("DJI_20261201_0913.MP4", 7.0, "scrubbing the nozzles with an old toothbrush"),  # m5
    ("pin in the nozzles.mov", 6.0, ""),  # m6
    ("WhatsApp Video 2026-12-01 at 08.12.30.mp4", 6.0, "the vinegar fizzing as the limescale dissolves"),  # m7
    ("limescale_closeup.JPG", None, "close up of white limescale crusted on the nozzles"),  # m8
    ("citric acid tub.jpg", None, ""),  # m9
    ("IMG_5551.jpg", None, "the clean chrome shower head back on the wall"),  # m10
    ("unscrewing.mp4", 5.0, "unscrewing the shower head from the hose by hand"),  # m11
]
COLORS = ["0x8fa3b8", "0x9ab0c4", "0x6b7a5c", "0x4f5a66", "0xb0b0a8", "0x7a8c4f", "0xe8e4dc", "0xf4f1e8",
          "0xc8ccd0", "0x5c6670"]

SCRIPT: list[tuple[str, float]] = [
    ("Hi everyone, I'm Dan, and today we're fixing my sad little shower.", 0.3),  # 0
    ("Look at this spray, half the jets go sideways and the rest just dribble.", 0.3),  # 1
    ("That's limescale, um, we live in a hard water area so it builds up fast.", 1.6),  # 2
    ("You'll need white vinegar, a freezer bag, a rubber band and an old toothbrush.", 0.3),  # 3
    ("If you hate the smell, citric acid from the baking aisle works just as well.", 1.5),  # 4
    ("First, unscrew the head from the hose, it should come off by hand.", 0.3),  # 5
    ("Uh, if it's stuck, wrap a cloth round it before you use the pliers so you don't scratch the chrome.", 0.3),  # 6
    ("Fill the bag with vinegar, dunk the head in, and do the rubber band up tight.", 0.3),  # 7
    ("You'll hear it fizzing straight away, that's the scale dissolving.", 1.8),  # 8
    ("Leave it for at least two hours, or overnight if it's really bad like mine.", 0.3),  # 9
    ("Next morning, scrub the face of it with the toothbrush.", 0.3),  # 10
    ("Then poke each nozzle with a pin, um, the gunk just pops out.", 0.3),  # 11
    ("Rinse it under the tap, and, uh, wrap the thread with PTFE tape, about three turns, no, four, sorry, let me say that again.", 0.3),  # 12
    ("Wrap the thread with PTFE tape, four turns clockwise, so it doesn't leak.", 1.7),  # 13
    ("Screw it back on, hand tight, and turn the water on.", 0.3),  # 14
    ("And look at that, every jet straight and strong, like a brand new shower.", 0.3),  # 15
    ("It cost me about a pound in vinegar and saved me twenty five quid on a new head.", 0.3),  # 16
    ("Do it every three months and it'll never get this bad again.", 0.3),  # 17
    ("Thanks for watching, and I'll see you in the next one.", 0.5),  # 18
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("So that's the shower sorted, do it every few months, and thanks for watching.", 0.4),
]

SEGMENTS, WORDS, LENGTH = timed_script(SCRIPT)

SPEC = TalkProject(
    title="Shower Head Descale", topic="shower head descaling", talk=TALK, talk_color="0x4a5a6a", music=MUSIC,
    music_tones=(196, 247, 200), music_codec=("-c:a", "libmp3lame", "-b:a", "96k"), music_db=MUSIC_DB, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=140.0, filler=118.0, swing=20.0, step=0.7, tremolo=3.0),
)


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def showerhead_project(broll: dict[str, float] | None = None, broll_seconds: float | dict[str, float] = 4.0) -> Project:
    """In memory: the talk c1 on t1, the music c2 on t3 at MUSIC_DB; ``broll`` ({media id: start s}) on
    t2 as c3, c4, ...; the rest of the media in the bin."""
    others = [asset(name, "image" if seconds is None else "video", seconds, description)
              for name, seconds, description in BROLL]
    others += [asset(MUSIC, "audio", 240.0, ""), asset(TAKE2, "audio", 5.0, "")]
    return talk_project("showerhead", talk_asset(TALK, LENGTH, WORDS, SEGMENTS), others, music_id="m12",
                        music_db=MUSIC_DB, broll=broll, broll_seconds=broll_seconds)


def create_showerhead_session(target: str | Path):
    """The project folder at ``target`` (a Session) with generated media: what the eval runner copies."""
    return create_talk_project(target, SPEC)


def showerhead_session(folder: str | Path, broll: dict[str, float] | None = None):
    """The in-memory project saved as a project folder (a Session, no media files): for turns through
    the orchestrator, which keeps the chat memory and the undo history as the app does."""
    from editor_app.model.history import History
    from editor_app.session import Session
    from editor_app.model.project_io import ProjectStore

    project = showerhead_project(broll)
    return Session(ProjectStore.create(Path(folder), project), project, History())
