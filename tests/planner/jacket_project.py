"""A project of our own for round-11b media and place references: re-taping a leaky seam on a rain jacket.

The talk is a DJI file (DJI_0412.MP4) with a false start said out loud ("sorry, let me start that
again") before the proper take about pressing the tape. B-roll: two GoPro clips that look alike
(GH010552 pressing the seam tape with a roller, GH010557 brushing seam sealer on the hood), a plain-named
clip ("seam roller close up.mp4"), a description-only Insta360 clip of the jacket on a hanger, and two
stills (a tube of seam grip, the finished jacket). Nothing here is a heat gun, a wool sock or a zip.
Nothing is copied from an eval suite: names, speech and phrasings are our own.

    m1 talk (c1 on t1), m2..m7 B-roll and stills (bin), m8 music (c2 on t3), m9 a screen recording, m10 a camelCase clip, m11 a still named "before"
"""

from __future__ import annotations

from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

SCRIPT = [
    ("Hey, I'm Tomasz, and my rain jacket leaks at the shoulder seam, so let's fix it.", 0.4),      # 0
    ("The old seam tape has peeled off along the shoulder and the water gets straight in.", 0.4),  # 1
    ("First, pull off the loose tape and clean the seam with a bit of alcohol.", 0.8),             # 2
    ("Now lay the new tape over the seam and press, um, no wait, sorry, let me start that again.", 0.4),  # 3
    ("Lay the new tape over the seam and press it down hard with the little roller.", 0.4),         # 4
    ("Don't stretch the tape while you roll or it shrinks back and lifts later.", 0.8),             # 5
    ("On the hood seam I brushed on liquid sealer instead, because the curve is too tight for tape.", 0.4),  # 6
    ("Leave it hanging overnight so the sealer can cure properly.", 0.8),                          # 7
    ("And that's it, the shoulder stays dry in the shower test, thanks for watching.", 0.5),       # 8
    ("A new jacket like this one would be about a hundred and twenty dollars.", 0.4),          # 9
    ("The tape roll was nine dollars, and honestly the sealer cost me nine dollars too.", 0.4),   # 10
    ("All in, about an hour of work for eighteen dollars.", 0.5),                                # 11
    ("Would I bother again? Yes, every single time, it beats buying new.", 0.5),                  # 12
]

WORDS, SEGMENTS, LENGTH = timed(SCRIPT, 0.3)

BROLL = [  # (file name, kind, seconds, description): m2..m7
    ("GH010552.MP4", "video", 6.0, "chest mount view, pressing the new seam tape down with a small roller"),   # m2
    ("GH010557.MP4", "video", 6.0, "chest mount view, brushing liquid seam sealer along the hood seam"),        # m3
    ("seam roller close up.mp4", "video", 5.0, ""),                                                            # m4
    ("VID_20261130_0931.insv", "video", 7.0, "the jacket hanging on a hanger by the window to cure"),          # m5
    ("seam grip tube.jpg", "image", None, ""),                                                                 # m6
    ("finished jacket.JPG", "image", None, "the jacket laid flat, new tape along the shoulder"),               # m7
]

LATER = [  # m9, m10: added for the round-11b name tests
    ("Screen Recording 2026-11-29 at 20.14.55.mov", "video", 6.0, ""),  # m9: ordering the tape online
    ("hoodSealerDrips.mp4", "video", 4.0, ""),  # m10: a name that shares "hood" and "sealer" with GH010557's description
    ("before_shoulder.jpg", "image", None, ""),  # m11
]


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def jacket_project(broll: dict[str, float] | None = None) -> Project:
    """The talk c1 on t1, the music c2 on t3; ``broll`` ({media id: start s}) on t2 as c3, c4, ...; the rest in the bin."""
    others = [asset(*b) for b in BROLL] + [asset("rainy lofi loop.mp3", "audio", 300.0, "")] + [asset(*x) for x in LATER]
    return talk_project("jacket", talk_asset("DJI_0412.MP4", LENGTH, WORDS, SEGMENTS), others, music_id="m8",
                        music_db=-18.0, broll=broll)
