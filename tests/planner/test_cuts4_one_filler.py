"""Round 12b "cuts": one filler named loosely, on our own headlight-bulb project
(tests/planner/headlight_project.py; phrasings our own, none from an eval suite).

- "only the uh in my bright beam line, leave the rest alone": no verb, but "only" and the rest kept
  ask for that one filler to go.
- "there's an um when I talk about the wire clip, remove just that one": the place said with "when".
- A filler that is not in the line named asks, never cutting another one.
"""

from __future__ import annotations

import pytest

from editor_app.planner import plan
from tests.planner.headlight_project import SCRIPT, headlight_project
from tests.planner.own_talk import asks, heard, talk_without
from tests.planner.test_garden_words import applied


@pytest.mark.parametrize("message, drop", [
    ("only the uh in my bright beam line, please leave the rest alone", (14, "Uh,")),
    ("only the uh in my bright beam line, leave the rest alone", (14, "Uh,")),
    ("just the um in the pulled over sentence please, keep the others", (1, "um,")),
    ("only the um in the pulled over line, pls don't touch everything else", (1, "um,")),
    ("theres an um when i talk about the wire clip, remove just that one", (7, "um,")),
    ("there's a uh while i'm talking about the rubber cover, cut only that", (4, "uh,")),
])
def test_one_filler_named_loosely(message, drop):
    assert heard(applied(headlight_project(), message)) == talk_without(SCRIPT, [], (drop,))


@pytest.mark.parametrize("message", [
    "there's a uh when i talk about the price, cut only that",
    "only the um in the bright beam line, leave the rest alone",
])
def test_a_filler_not_in_the_line_named_asks(message):
    assert asks(plan(message, headlight_project()))
