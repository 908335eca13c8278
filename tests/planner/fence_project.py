"""A project of our own for round-13 sequencing (several steps, reorder, move, transitions):
painting a weathered wooden garden fence.

Written before reading the planner's misses. Laid out like every tests/planner own project
(tests/planner/own_talk.py): the talk is a Panasonic camera file (P1010233.MOV) with word times,
fillers and long pauses, B-roll named the way people name files (two drone clips that look alike,
a GoPro, iPhone clips, a descriptive name), two stills, music under the talk.

    ids: m1 talk, m2..m9 B-roll (BROLL order), m10 music
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import timed_script
from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project

TALK = "P1010233.MOV"
MUSIC = "acoustic morning.mp3"
MUSIC_DB = -20.0
BROLL = [
    ("DJI_0412.MP4", 6.0, "drone shot flying along the grey weathered fence, before"),  # m2
    ("DJI_0436.MP4", 6.0, "drone shot flying along the freshly stained brown fence, after"),  # m3
    ("GX010551.MP4", 5.0, "sanding the fence boards with an orbital sander"),  # m4
    ("IMG_8812.MOV", 5.0, "brushing stain onto a board with a wide brush"),  # m5
    ("IMG_8830.MOV", 5.0, "rain drops beading on the stained wood"),  # m6
    ("stirring the tin.mp4", 4.0, ""),  # m7
    ("stain_tin.jpg", None, "the tin of oak coloured fence stain"),  # m8
    ("fence_before.JPG", None, "close up of flaking old paint and green moss"),  # m9
]

SCRIPT: list[tuple[str, float]] = [
    ("Hey folks, today we're bringing this tired old fence back to life.", 0.3),  # 0
    ("As you can see it's grey, um, the old paint is flaking and there's moss everywhere.", 1.4),  # 1
    ("You'll need a stiff brush, sandpaper, a tin of fence stain and a wide brush.", 0.3),  # 2
    ("Check the weather first, you want two dry days in a row.", 1.5),  # 3
    ("Start by scrubbing off the moss and dirt with the stiff brush.", 0.3),  # 4
    ("Then sand the rough boards, uh, I used an orbital sander with eighty grit.", 0.3),  # 5
    ("Give the tin a really good stir, the pigment sinks to the bottom.", 1.6),  # 6
    ("Brush the stain along the grain, one board at a time.", 0.3),  # 7
    ("Don't overload the brush or you'll get drips down the boards.", 0.3),  # 8
    ("Let the first coat dry for about four hours before the second.", 1.8),  # 9
    ("The second coat goes on faster and evens out the colour.", 0.3),  # 10
    ("And here it is, a rich oak colour that should keep the rain off for years.", 0.3),  # 11
    ("Thanks for watching, and go enjoy your garden.", 0.5),  # 12
]

SEGMENTS, WORDS, LENGTH = timed_script(SCRIPT)


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def fence_project(broll: dict[str, float] | None = None, broll_seconds: float | dict[str, float] = 4.0) -> Project:
    """In memory: the talk c1 on t1, the music c2 on t3; ``broll`` ({media id: start s}) on t2 as
    c3, c4, ...; the rest of the media in the bin."""
    others = [asset(name, "image" if seconds is None else "video", seconds, description)
              for name, seconds, description in BROLL]
    others += [asset(MUSIC, "audio", 240.0, "")]
    return talk_project("fence", talk_asset(TALK, LENGTH, WORDS, SEGMENTS), others, music_id="m10",
                        music_db=MUSIC_DB, broll=broll, broll_seconds=broll_seconds)


def fence_session(folder: str | Path, broll: dict[str, float] | None = None):
    """The in-memory project saved as a project folder, for turns through the orchestrator."""
    from editor_app.model.history import History
    from editor_app.model.project_io import ProjectStore
    from editor_app.session import Session

    project = fence_project(broll)
    return Session(ProjectStore.create(Path(folder), project), project, History())
