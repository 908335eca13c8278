"""A project of our own for round-11 dialogue: baking a first sourdough loaf.

The talk (a Panasonic-style camera file, P1030218.MP4) has a word transcript; B-roll is named like
people's files: a shaping clip and a scoring clip described in words, two phone clips alike
(IMG_2201 the dough before the stretch and folds, IMG_2202 after), a GoPro of the oven, a still of
the sliced crumb ("crumb shot.jpg"), a still with a camera name (DSC_0419.JPG, the starter jar), a
second take of the outro from a Tascam recorder (TASCAM_0031.wav, named after its device, bin only),
and a music loop under the talk. Nothing here is copied from an eval suite.

    m1 talk (c1 on t1, the whole file), m2..m9 B-roll, stills and the outro take (bin),
    m10 music (c2 on t3 at -16 dB)
"""

from __future__ import annotations

from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

SCRIPT = [
    ("Hi, I'm Priya, and this is my very first sourdough loaf.", 0.4),                              # 0
    ("My starter is called Gerald and he lives in a jam jar on the fridge.", 0.4),                  # 1
    ("Mix the flour and water first and leave it for an hour.", 1.5),                               # 2
    ("Then add the starter and the salt and squish it all together.", 0.4),                        # 3
    ("Every half hour do a set of stretch and folds, four sets in all.", 0.4),                      # 4
    ("Shape it into a tight ball and put it in the basket overnight in the fridge.", 1.6),          # 5
    ("In the morning score the top with a razor blade.", 0.4),                                      # 6
    ("Bake it in a hot dutch oven, lid on for twenty minutes, then lid off.", 0.4),                 # 7
    ("Let it cool for an hour before you cut it, I know it's hard.", 0.4),                          # 8
    ("That's the loaf, see you next bake.", 0.5),                                                   # 9
]

WORDS, SEGMENTS, LENGTH = timed(SCRIPT, 0.3)

TALK = "P1030218.MP4"
MUSIC = "mellow acoustic loop.mp3"
MUSIC_DB = -16.0
TAKE2 = "TASCAM_0031.wav"

BROLL = [  # (file name, kind, seconds, description): m2..m9
    ("shaping the dough.mp4", "video", 6.0, "shaping the dough into a tight ball on the bench"),
    ("scoring.mov", "video", 5.0, "scoring the top of the loaf with a razor blade"),
    ("IMG_2201.MOV", "video", 5.0, "the dough in the bowl before the stretch and folds"),
    ("IMG_2202.MOV", "video", 5.0, "the dough in the bowl after the stretch and folds"),
    ("GH011204.MP4", "video", 8.0, "gopro inside the oven, the loaf rising"),
    ("crumb shot.jpg", "image", None, ""),
    ("DSC_0419.JPG", "image", None, "the starter bubbling in its jam jar"),
    (TAKE2, "audio", 6.0, "second take of the outro"),
]


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def sourdough_project(broll: dict[str, float] | None = None, broll_seconds: float | dict[str, float] = 4.0,
                      talk_seconds: float = LENGTH) -> Project:
    """The talk c1 on t1 (Main), the music c2 on t3 at MUSIC_DB; ``broll`` ({media id: start s}) on
    t2 as c3, c4, ...; the rest of the media in the bin. ``talk_seconds``: the camera file's length
    (a real file is rarely a whole number of frames long; c1 still uses all of it)."""
    others = [asset(*b) for b in BROLL] + [asset(MUSIC, "audio", 240.0, "")]
    return talk_project("sourdough", talk_asset(TALK, talk_seconds, WORDS, SEGMENTS), others, music_id="m10",
                        music_db=MUSIC_DB, broll=broll, broll_seconds=broll_seconds)
