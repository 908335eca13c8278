"""A project of our own for round-5 mechanisms: repotting a houseplant on a balcony.

Its talk has a word transcript with a spoken self-correction (an abandoned sentence, then the
same sentence again), fillers and a long pause; two B-roll clips are both "watering" and told
apart only by their descriptions; one file name holds a particle ("pot_knocked_off.mp4"); the
music is named after its instrument, not "music". Nothing here is copied from any eval suite.
"""

from __future__ import annotations

from functools import partial

from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

# (sentence, pause after it in seconds)
SCRIPT = [
    ("Hey, I'm Jo, and today I'm repotting my monstera.", 0.4),
    ("Water it the day before so the roots slide out easily.", 1.6),
    ("Then tip the pot, um, and ease the plant out.", 0.4),
    ("Loosen the roots, oh hold on, let me start that again.", 0.4),
    ("Loosen the roots gently with your fingers.", 0.4),
    ("Add fresh compost, press it down, um, and water it in.", 0.4),
    ("That's it, thanks for watching.", 0.4),
    ("See you next time.", 0.3),
    ("See you next time.", 0.5),  # said twice word for word: the remove_retakes tool's kind of retake
]
WORDS, SEGMENTS, LENGTH = timed(SCRIPT)


def sentence_words(index: int) -> tuple[int, int]:
    """(first, last) word index of sentence ``index`` of SCRIPT."""
    first = sum(len(s.split()) for s, _ in SCRIPT[:index])
    return first, first + len(SCRIPT[index][0].split()) - 1


_asset = partial(asset, seconds=6.0)


def garden_project(*, broll: dict[str, float] | None = None) -> Project:
    """m1 the talk (c1 on t1), m8 the music (c2 on t3 at -10 dB); B-roll t2 holds ``broll``
    ({media id: start seconds}, 6 s each, clips c3, c4, ... in that order); the rest is in the bin."""
    others = [
        _asset("DSC_1040.MP4", description="watering can pouring into the old pot, morning light"),  # m2
        _asset("DSC_1041.MP4", description="watering the repotted plant on the balcony at dusk"),  # m3
        _asset("pot_knocked_off.mp4", seconds=4),                                        # m4
        _asset("compost_bag.jpg", kind="image", seconds=None),                           # m5
        _asset("P1000212.MOV", seconds=8, description="wide view of the balcony garden in the rain"),  # m6
        _asset("hole_in_pot_base.jpg", kind="image", seconds=None),                      # m7
        _asset("acoustic_strum_loop.wav", kind="audio", seconds=60),                     # m8
    ]
    return talk_project("repotting", talk_asset("repot_monstera_A7S.mp4", LENGTH, WORDS, SEGMENTS), others,
                        music_id="m8", music_db=-10, broll=broll, track_names=("Talk", "Overlays", "Music"),
                        broll_seconds={f"m{i}": 4 if i == 4 else 6 for i in range(2, 9)})
