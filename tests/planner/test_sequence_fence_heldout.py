"""Round 13 (sequence): the HELD-OUT half of our own commands on the fence project
(tests/planner/fence_project.py), written with the tuning half before any planner code was read
and never tuned on. Known misses are marked xfail (not strict) so the figure can be read off:
`pytest tests/planner/test_sequence_fence_heldout.py -q -rxX`.

First run (base 14c7a1c): 14/24 (3 wrong edits: a sentence move read as a B-roll placement twice, and
"move X to just after Y" swapping the two clips).
"""

from __future__ import annotations

import pytest

from editor_app.model.time import seconds
from tests.planner.fence_project import SCRIPT, sentence_span
from tests.planner.test_sequence_fence import Chat, said

ASKS = object()  # the editor must ask: nothing changes


def _overlaps(chat: Chat, media_id: str, span: tuple[float, float]) -> bool:
    fps = chat.project.fps
    return any(c.media_id == media_id and float(seconds(c.start, fps)) < span[1] and float(seconds(c.end, fps)) > span[0]
               for c in chat.project.clips())


def _effects(chat: Chat, media_id: str) -> set[str]:
    return {e.type for c in chat.project.clips() if c.media_id == media_id for e in c.effects}


def _titles(chat: Chat) -> list[tuple[str, float]]:
    return [(c.generator.text if hasattr(c.generator, "text") else c.name, float(seconds(c.start, chat.project.fps)))
            for c in chat.project.clips() if c.generator is not None]


def _music_db(chat: Chat) -> float:
    [clip] = [c for c in chat.project.clips() if c.media_id == "m10"]
    return clip.volume_db


MISS = pytest.mark.xfail(strict=False, reason="known miss on the held-out half (left, not tuned)")
MEDIA = pytest.mark.xfail(strict=False, reason="needs the media files: pauses are found in the audio")

CASES = [
    ("remove all the uhs and ums, then add a title at the start that says Fence Revival", None,
     lambda c: " um," not in c.heard() and " uh," not in c.heard() and any(s == 0 for _, s in _titles(c))),
    ("could you move the bit where i say check the weather to right after the intro", None,
     lambda c: said(0, 3, 1) in c.heard()),
    pytest.param("swap the sentence about the first coat drying with the one about the second coat", None,
                 lambda c: said(10, 9) in c.heard(), marks=MISS),
    ("put a dissolve between the sanding clip and the brushing clip", {"m4": 19.5, "m5": 23.5},
     lambda c: c.transitions() == [("m4", "m5")]),
    ("slide the drone before clip to 0:12 please", {"m2": 0.5}, lambda c: c.start("m2") == pytest.approx(12.0, abs=0.05)),
    ("fade the talk in at the start and out at the end, also turn the music down a bit", None,
     lambda c: {"fade_in", "fade_out"} <= _effects(c, "m1") and _music_db(c) < -20.0),
    ("put DJI_0436 over the last sentence and then fade it out", None,
     lambda c: _overlaps(c, "m3", sentence_span(12)) and "fade_out" in _effects(c, "m3")),
    pytest.param("cut the bit about overloading the brush, and put the brushing clip over the brush the stain part", None,
                 lambda c: SCRIPT[8][0] not in c.heard() and _overlaps(c, "m5", sentence_span(7)), marks=MISS),
    # fixed by the lead after the round (a wrong edit: both clips moved), so no longer a held-out figure
    ("move the sanding clip to just after the brushing clip", {"m4": 10.0, "m5": 27.6},
     lambda c: c.start("m5") == pytest.approx(27.6, abs=0.05) and c.start("m4") == pytest.approx(31.6, abs=0.1)),
    pytest.param("make the transition from the drone shot into the talk smoother", {"m2": 0.5},
                 lambda c: bool(_effects(c, "m2") & {"fade_in", "fade_out"}), marks=MISS),
    ("put the bit about moss and flaking paint at the very end", None, lambda c: c.heard().endswith(SCRIPT[1][0])),
    ("move the title to 0:05", None, ASKS),  # there is no title
    pytest.param("first cut the pauses, then swap the first two sentences", None,
                 lambda c: said(1, 0).split()[:5] == c.heard().split()[:5], marks=MEDIA),
    ("crossfade between GX010551 and IMG_8812", {"m4": 19.5, "m5": 23.5}, lambda c: c.transitions() == [("m4", "m5")]),
    ("get rid of the intro, move the thanks for watching line to after the second coat bit", None,
     lambda c: SCRIPT[0][0] not in c.heard() and said(10, 12, 11) in c.heard()),
    ("put the stirring video over where i talk about stirring the tin and the rain clip over the last bit", None,
     lambda c: _overlaps(c, "m7", sentence_span(6)) and _overlaps(c, "m6", (sentence_span(11)[0], sentence_span(12)[1]))),
    pytest.param("stick a fade between every b-roll clip", {"m2": 0.5, "m3": 4.5, "m4": 19.5},
                 lambda c: ("m2", "m3") in c.transitions(), marks=MISS),
    ("move the rain clip 3 seconds earlier", {"m6": 10.0}, lambda c: c.start("m6") == pytest.approx(7.0, abs=0.05)),
    # must not edit
    ("move the part where i paint the gate to the start", None, ASKS),
    ("add a wipe between the pressure washer clip and the sanding one", {"m4": 19.5}, ASKS),
    ("put the bit about primer after the weather bit", None, ASKS),
    ("remove the pauses and then slide the ladder clip to 0:20", {"m6": 10.0}, ASKS),
    ("move it to 0:20", None, ASKS),
    ("can you swap those two?", {"m2": 0.5, "m3": 40.2}, ASKS),
]


@pytest.mark.parametrize("message, broll, check", CASES)
def test_heldout(tmp_path, message, broll, check):
    chat = Chat(tmp_path / "fence", broll)
    chat.say(message)
    if check is ASKS:
        assert chat.unchanged()
    else:
        assert check(chat)
