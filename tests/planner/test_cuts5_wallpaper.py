"""Round 13 cuts, times and trims in our own words on our own project (wallpapering a feature wall,
tests/planner/wallpaper_project.py): the TUNING half. The held-out half is
test_cuts5_wallpaper_heldout.py and is never tuned on.

Each message goes through the orchestrator as one chat turn; wallpaper_checks.check says what the
timeline should be after it (a cut by what is said, a cut by time, a trimmed clip, or nothing at all
where the editor must ask).
"""

from __future__ import annotations

import pytest

from tests.planner.wallpaper_checks import Asks, Drop, PauseOnly, Shorter, Span, TalkKept, check

FILLERS = ((2, "Um,"), (5, "erm,"), (10, "uh,"), (12, "um,"))

CASES = [
    # cut: by what is said
    ("cut the bit where I moan about the paste", Drop((6,))),
    ("get rid of the bit about my sister", Drop((3,))),
    ("delete the sentence with the price in it", Drop((1,))),
    ("remove all the ums and uhs", Drop((), FILLERS)),
    ("get rid of the retake at the ceiling bit", Drop((16,))),
    ("cut everything after I say four rolls", Drop((21,))),
    ("cut the part about the wallpaper steamer", Asks()),
    ("cut the sentence about the paste", Asks()),
    ("remove every sentence that mentions paste", Drop((5, 6, 10, 18))),
    ("cut the stutter where i say the the", Drop((), ((14, "the,"), (14, "the,")))),
    ("delete the bit where I say no wall is straight", Drop((8,))),
    ("cut the word honestly", Drop((), ((6, "Honestly"),))),
    ("delete the sentense about the hole job", Drop((20,))),
    ("cut where I say 48 hours", Drop((), ((19, "forty"), (19, "eight"), (19, "hours")))),  # the words, as "where I say forty eight hours"
    ("cut the bit where I mention 50 cm from the corner", Drop((7,))),
    ("delete everything before the sentence about stripping the old paper", Drop((0, 1, 2, 3))),
    # time
    ("cut 0:30 to 0:34", Drop((7,))),
    ("cut the last 3 seconds", Shorter(3.0)),
    ("delete the first half minute", Drop((0, 1, 2, 3, 4, 5, 6))),
    ("cut between one minute and a minute ten", Shorter(10.0)),
    ("cut from 45s in to 50s", Shorter(5.0)),
    ("cut 2:30 to 2:40", Asks()),
    ("cut the first 10 seconds", Shorter(10.0)),
    ("cut the long pause after I talk about custard", PauseOnly(5)),
    # trim
    ("shorten the plumb line clip by 2 seconds", Span("m3", 30.0, 36.0)),
    ("trim the start of the talk so it starts when I say first, strip the old paper", Drop((0, 1, 2, 3))),
    ("make the brush clip end when I stop talking about air bubbles", Span("m4", 50.0, 54.16)),
    ("trim the first second off the skirting clip", Span("m5", 63.0, 67.0, 1.0)),
    ("trim the end of the talk so it finishes after four rolls", Drop((21,))),
    ("shorten the paste video", Asks()),
    # must not cut
    ("how long is the video?", Asks()),
    ("put a caption that says cut carefully at 1:02", TalkKept()),
]


@pytest.mark.parametrize("message, want", CASES)
def test_wallpaper_tuning(tmp_path, message, want):
    assert check(tmp_path / "wall", message, want) is None, check(tmp_path / "wall2", message, want)
