"""Round 16 (helper r): the HELD-OUT half of our own media-reference commands on the cat-claws project
(tests/planner/catclaws_heldout.py), written with the tuning half before any planner code was read and
never tuned on. The misses of the first run are marked xfail (not strict) so the figure can be read off:
`pytest tests/planner/test_catclaws_heldout.py -q -rxX`.

First run (base 1b02e35): 24/34, 2 wrong edits on things that do not exist ("the x-ray clip" placed the kit
photo; "the zoom recording" zoomed the talk). Last run (end of round 16, helper r): 26/34 (the zoom recording now
asks; the purr under the purring line is placed there); "the x-ray clip" still places a photo (left).
"""

from __future__ import annotations

import pytest

from tests.planner.catclaws_commands import run_case
from tests.planner.catclaws_heldout import HELDOUT

FIRST_RUN_MISSES = {
    "broll-full-pxl-name", "broll-xray-missing", "broll-zoom-missing", "audio-purr-under", "audio-music-30",
    "broll-short-last", "broll-second-paw", "move-vet-website", "broll-neat-claws", "broll-gopro-5s",
}
MISS = pytest.mark.xfail(strict=False, reason="missed on the first run of the held-out half (not tuned on)")

CASES = [pytest.param(message, expect, id=case_id, marks=[MISS] if case_id in FIRST_RUN_MISSES else [])
         for case_id, message, expect in HELDOUT]


@pytest.mark.parametrize("message, expect", CASES)
def test_heldout(tmp_path, message, expect):
    ok, detail = run_case(tmp_path, message, expect)
    assert ok, detail
