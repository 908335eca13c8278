"""A project of our own for the planner's wording tests: a bike-repair vlog (fixing a puncture).

Its talk, B-roll names and descriptions are written the way a person would name their files
(camera names, camelCase, a photo, a description on one clip only), and share no words with
the demo or the pancake projects, so phrasings tested on it are not tuned to either.
"""

from __future__ import annotations

from functools import partial

from editor_app.model.project import Project, TranscriptSegment
from tests.planner.own_talk import asset, talk_project

SPEECH = [
    (0.0, 4.5, "Hi, I'm Sam, and today we're fixing a flat tyre on my old road bike."),
    (5.5, 10.0, "First take the wheel off and let the rest of the air out of the tube."),
    (11.0, 16.0, "Use two tyre levers to ease the tyre away from the rim, working all the way round."),
    (17.0, 22.0, "Find the hole by pumping the tube up and listening for the hiss, or dunk it in a bucket of water."),
    (23.0, 28.0, "Rough up the rubber, spread a thin layer of glue and press the patch on firmly."),
    (29.0, 34.0, "Pop everything back together, pump it up to the right pressure and you are ready to ride."),
]
LENGTH = 35.0


_asset = partial(asset, seconds=6.0)


def bike_project() -> Project:
    """m1 the talk (c1 on the main track t1, 0-35 s), m8 the music (c2 on t3, 0-35 s at -12 dB);
    B-roll t2 is empty; m2-m7 are in the bin."""
    talk = _asset("sam_puncture_repair_A001.mp4", seconds=LENGTH,
                  transcript=tuple(TranscriptSegment(start=a, end=b, text=t) for a, b, t in SPEECH))
    others = [
        _asset("GX010045.MP4", description="riding along the canal towpath"),  # m2
        _asset("tyreLeversCloseup.mov"),                                        # m3
        _asset("bucket-bubbles.mp4"),                                           # m4
        _asset("PXL_20240611_0931.jpg", kind="image", seconds=None,
               description="the patch kit laid out on the bench"),              # m5
        _asset("garage_wide.mp4", seconds=8),                                   # m6
        _asset("pump_gauge_macro.mp4", seconds=4),                              # m7
        _asset("lofi_chill_loop.mp3", kind="audio", seconds=60),               # m8
    ]
    return talk_project("puncture", talk, others, music_id="m8", music_db=-12,
                        track_names=("Talk", "Cutaways", "Music"))
