"""A project of our own for round-9 dialogue: replacing the battery in a ceiling smoke alarm.

The talk (a Sony-style camera file) has a word transcript; B-roll is named like phone, drone and
GoPro files, two GoPro chest-cam clips alike (GX010555 and GX010556), one plain-named clip, a
still photo of the old and new battery, a chirp sound effect, and a music loop under the talk.
Nothing here is copied from an eval suite: names, speech and phrasings are our own.

    m1 talk (c1 on t1), m2..m8 B-roll and a still (bin), m9 music (c2 on t3 at -12 dB), m10 chirp sfx (bin)
"""

from __future__ import annotations

from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

SCRIPT = [
    ("Hi, I'm Priya, and today I'm changing the battery in the smoke alarm on our landing.", 0.4),      # 0
    ("It has been chirping every minute since three in the morning, which drove the whole house mad.", 0.8),  # 1
    ("First get a stable step ladder and stand it right under the alarm.", 0.4),                        # 2
    ("Twist the alarm anticlockwise and it drops off the ceiling plate.", 0.4),                         # 3
    ("Open the little battery door on the back with your thumbnail.", 0.4),                             # 4
    ("Pull the old nine volt battery off its clip, it can be a bit stiff.", 1.0),                       # 5
    ("Now push the new battery onto the terminals, positive to positive.", 0.4),                        # 6
    ("Close the door, and line the alarm back up with the plate before you twist it on.", 0.6),         # 7
    ("Finally hold the test button down for five seconds until it beeps loudly.", 0.4),                # 8
    ("If it stays quiet, the battery is in the wrong way round.", 0.4),                                 # 9
    ("Do this test every month, and swap the battery once a year.", 0.4),                               # 10
    ("That's all, stay safe and thanks for watching.", 0.5),                                            # 11
]

WORDS, SEGMENTS, LENGTH = timed(SCRIPT, 0.3)

TALK = "C0117.MP4"
MUSIC = "soft ukulele loop.mp3"
MUSIC_DB = -12.0

BROLL = [  # (file name, kind, seconds, description): m2..m8
    ("PXL_20261120_091544210.mp4", "video", 6.0, "twisting the smoke alarm off its ceiling plate"),
    ("IMG_5520.MOV", "video", 6.0, "pulling the old nine volt battery off the clip"),
    ("DJI_20261120_092010_0007_D.MP4", "video", 6.0, "wide shot of the landing ceiling from above the stairs"),
    ("GX010555.MP4", "video", 5.0, "chest cam, pushing the new battery onto the terminals"),
    ("GX010556.MP4", "video", 5.0, "chest cam, closing the battery door"),
    ("dead vs fresh battery.jpg", "image", None, "the old battery next to the new one"),
    ("test button close up.mp4", "video", 6.0, "finger pressing the test button until it beeps"),
]


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def smokealarm_project(broll: dict[str, float] | None = None) -> Project:
    """The talk c1 on t1 (Main), the music c2 on t3 at MUSIC_DB; ``broll`` ({media id: start s}, 4 s
    each) on t2 as c3, c4, ...; the rest of the B-roll, the still and the chirp in the bin."""
    others = [asset(*b) for b in BROLL] + [asset(MUSIC, "audio", 200.0, ""),
                                           asset("chirp sfx.wav", "audio", 0.5, "one low battery chirp")]
    return talk_project("smoke alarm", talk_asset(TALK, LENGTH, WORDS, SEGMENTS), others, music_id="m9",
                        music_db=MUSIC_DB, broll=broll)
