"""A project of our own for round-16 media placement (helper r2): a teenager mending a stunt kite.

Files named the way phone, GoPro, Mac and Zoom name them: the talk (an iPhone file), two GoPro clips told apart only
by their descriptions (GX010301 the new spar pushed into its sleeve, GX010304 the old snapped spar), a Pixel clip
(sawing the spar to length), a Pixel still with a description (the mended kite on the grass), a macOS screen
recording, a Zoom cloud recording (gallery view), a sound named after the talk's subject ("kite tail flap.wav")
and a music bed. Names, speech and phrasings are our own.

    m1 talk (c1 on t1), m2..m9 B-roll, stills, recordings and sound (bin), m10 music (c2 on t3)
"""

from __future__ import annotations

from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

SCRIPT = [
    ("Hi, I'm Theo, and my stunt kite snapped a spar on the beach last weekend.", 0.4),                 # 0
    ("I ordered a carbon spar online and it came in a really long tube.", 0.8),                          # 1
    ("First I pull the broken spar out of the sleeve, it's in two pieces.", 0.4),                        # 2
    ("Then I measure the new one against the old bits and saw it to length.", 0.8),                      # 3
    ("Push the new spar into the sleeve until it clicks into the connector.", 0.4),                      # 4
    ("I use an app on my phone to check the wind before I go out.", 0.8),                                # 5
    ("My cousin helped me on a video call because he flies kites too.", 0.4),                            # 6
    ("The whole repair took me about twenty minutes.", 0.4),                                             # 7
    ("It flies so much better now, it turns really sharp.", 0.8),                                        # 8
    ("Thanks for watching, see you at the beach.", 0.5),                                                 # 9
]

WORDS, SEGMENTS, LENGTH = timed(SCRIPT, 0.2)

BROLL = [  # (file name, kind, seconds, description): m2..m9
    ("GX010301.MP4", "video", 6.0, "the new carbon spar being pushed into the sleeve"),                   # m2
    ("GX010304.MP4", "video", 6.0, "the old spar snapped in two on the sand"),                             # m3
    ("PXL_20260914_101530222.mp4", "video", 5.0, "sawing the carbon spar to length with a hacksaw"),       # m4
    ("PXL_20260914_121002118.jpg", "image", None, "the mended kite lying on the grass"),                   # m5
    ("Screen Recording 2026-09-14 at 18.22.05.mov", "video", 8.0, "a wind forecast app"),                  # m6
    ("GMT20260913-170044_Recording_gallery_1280x720.mp4", "video", 9.0, ""),                              # m7
    ("kite tail flap.wav", "audio", 1.0, ""),                                                              # m8
    ("spar tube unboxing.mp4", "video", 5.0, ""),                                                          # m9
]


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def kite_project(broll: dict[str, float] | None = None) -> Project:
    """The talk c1 on t1, the music c2 on t3; ``broll`` ({media id: start s}) on t2 as c3, c4, ...; the rest in the bin."""
    others = [asset(*b) for b in BROLL] + [asset("breezy-acoustic-0412.mp3", "audio", 300.0, "")]
    return talk_project("kite", talk_asset("IMG_5521.MOV", LENGTH, WORDS, SEGMENTS), others, music_id="m10",
                        music_db=-20.0, broll=broll)
