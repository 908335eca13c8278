"""Round 13 cuts, times and trims in our own words on our own project (wallpapering a feature wall,
tests/planner/wallpaper_project.py): the HELD-OUT half, written with the tuning half and never tuned
on (figures reported first and last). See test_cuts5_wallpaper.py for the shape.
"""

from __future__ import annotations

import pytest

from tests.planner.wallpaper_checks import Asks, Drop, PauseOnly, Shorter, Span, TalkKept, check

FILLERS = ((2, "Um,"), (5, "erm,"), (10, "uh,"), (12, "um,"))

CASES = [
    # cut: by what is said
    ("lose the part where i complain about paste getting everywhere", Drop((6,))),
    ("remove the line mentioning my sister pls", Drop((3,))),
    ("can you take out where I say how much the paper cost", Drop((1,))),
    ("clean up the umms and errs please", Drop((), FILLERS)),
    ("I fluffed the line about the ceiling, keep only the second go", Drop((16,))),
    ("delete everything after the bit about the whole job taking a saturday", Drop((21,))),
    ("remove the bit where I talk about the light switch", Asks()),
    ("delete the line about the corner", Asks()),
    pytest.param("cut all the bits where I say pencil", Drop((7, 11)),  # cuts the word "pencil" each time
                 marks=pytest.mark.xfail(reason="held-out miss, not tuned on (round 13)", strict=False)),
    ("take out the sentence where i say dont trust the corner", Drop((8,))),
    ("remove the word slightly from the batch number line", Drop((), ((2, "slightly"),))),
    ("cut where I say fourty eight hours", Drop((19,))),
    ("delete the bit where I say it cost 32 quid", Drop((1,))),
    ("remove the 10cm spare line", Drop((9,))),
    ("cut everything from wipe any paste onwards", Drop((18, 19, 20, 21))),
    # time
    ("cut from 1:11 to 1:15", Drop((17,))),
    ("chop off the final five seconds", Shorter(5.0)),
    ("get rid of everything before thirty four seconds", Drop((0, 1, 2, 3, 4, 5, 6, 7))),
    ("remove 1:20 through 1:25", Shorter(5.0)),
    ("take out one minute twenty to one minute twenty two", Shorter(2.0)),
    ("cut 1:40-1:50", Asks()),
    ("lose the opening ten seconds", Shorter(10.0)),
    ("tighten the gap after the no wall is straight bit", PauseOnly(8)),
    # trim
    ("trim 2 secs off the end of the GoPro clip", Span("m3", 30.0, 36.0)),
    ("start the video where I talk about stripping the old paper", Drop((0, 1, 2, 3))),
    ("have the DJI clip finish when I'm done with the bit about bubbles", Span("m4", 50.0, 54.16)),
    ("cut the first 1.5 seconds off trimming at the skirting", Span("m5", 63.5, 67.0, 1.5)),
    ("make the video end after the forty eight hours line", Drop((20, 21))),
    ("trim the timelapse clip by 3 seconds", Asks()),
    # must not cut
    ("can you cut things by timecode?", Asks()),
    ("add text saying remove the bubbles over the brush clip", TalkKept()),
]


@pytest.mark.parametrize("message, want", CASES)
def test_wallpaper_heldout(tmp_path, message, want):
    assert check(tmp_path / "wall", message, want) is None, check(tmp_path / "wall2", message, want)
