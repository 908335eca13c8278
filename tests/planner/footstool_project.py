"""A project of our own for round-12 media references: reupholstering a footstool.

Media named the way people's files are named: the talk from a Sony camera (C0001), a DJI gimbal clip
(DJI_0142 the stripped frame on the bench), two iPhone clips that look alike (IMG_4410 ripping
off the old vinyl, IMG_4415 stapling the new fabric), a Canon clip (MVI_2231 cutting foam with an electric
knife), a second Sony clip with no description (C0004), a screen recording of the fabric shop's site, a
still with a plain name ("finished footstool.jpg"), a still with a description (IMG_4420.JPG, the fabric
swatches), a bin-only clip named after what it shows ("button tufting close up.mp4"), a sound effect
(staple gun.wav) and a music bed. Nothing here is nylon strings, a sewing machine or a drone shot.
Nothing is copied from an eval suite: names, speech and phrasings are our own.

    m1 talk (c1 on t1), m2..m11 B-roll, stills, screen recording and sound (bin), m12 music (c2 on t3)
"""

from __future__ import annotations

from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

SCRIPT = [
    ("Hey, I'm Marta, and um this old footstool from my gran is getting a whole new look today.", 0.4),   # 0
    ("The vinyl on top has cracked right across and the foam has gone flat as a pancake.", 0.8),          # 1
    ("First I flip it over and pull out every single staple with a flat screwdriver.", 0.4),              # 2
    ("Then the old vinyl just peels off, and uh you can see the horrible yellow foam underneath.", 0.8),   # 3
    ("I bought two inch high density foam, and I cut it with an electric carving knife.", 0.4),           # 4
    ("Trace the top of the stool onto the foam with a marker first, so it fits.", 0.8),                   # 5
    ("For the fabric I went with a mustard velvet, I ordered it online for about eighteen pounds.", 0.4),  # 6
    ("Lay the fabric face down, put the foam and the top on it, and pull it tight.", 0.4),               # 7
    ("Staple the middle of each side first, then work out towards the corners.", 0.8),                    # 8
    ("The corners are the fiddly bit, fold them like you are wrapping a present.", 0.4),                  # 9
    ("Screw the top back onto the legs and that's it, it looks brand new.", 0.4),                         # 10
    ("Let me know in the comments what colour you would have picked.", 0.5),                              # 11
]

WORDS, SEGMENTS, LENGTH = timed(SCRIPT, 0.2)

BROLL = [  # (file name, kind, seconds, description): m2..m11
    ("DJI_0142.MP4", "video", 6.0, "the stripped wooden frame of the stool on the workbench"),                  # m2
    ("IMG_4410.MOV", "video", 5.0, "ripping the old cracked vinyl off the top of the stool"),                  # m3
    ("IMG_4415.MOV", "video", 5.0, "stapling the new velvet fabric onto the underside with a staple gun"),    # m4
    ("MVI_2231.MP4", "video", 7.0, "cutting the yellow foam with an electric carving knife"),                 # m5
    ("C0004.MP4", "video", 6.0, ""),                                                                           # m6
    ("Screen Recording 2026-11-03 at 10.12.44.mov", "video", 8.0, "scrolling the fabric shop website"),       # m7
    ("finished footstool.jpg", "image", None, ""),                                                             # m8
    ("IMG_4420.JPG", "image", None, "fabric swatches laid out on the sofa, mustard velvet on top"),           # m9
    ("button tufting close up.mp4", "video", 4.0, ""),                                                         # m10
    ("staple gun.wav", "audio", 1.0, ""),                                                                      # m11
]


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def footstool_project(broll: dict[str, float] | None = None) -> Project:
    """The talk c1 on t1, the music c2 on t3; ``broll`` ({media id: start s}) on t2 as c3, c4, ...; the rest in the bin."""
    others = [asset(*b) for b in BROLL] + [asset("lofi beat.mp3", "audio", 300.0, "")]
    return talk_project("footstool", talk_asset("C0001.MP4", LENGTH, WORDS, SEGMENTS), others, music_id="m12",
                        music_db=-20.0, broll=broll)
