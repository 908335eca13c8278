"""Lead, round 16: one thing named, a picture and a sound fit it equally: ask. Round 13 made "add the hammer clip at
the end" ask when two media fit; a round-16 change (a sound effect at the end is a moment, not a clip) let a tie of a
picture and a sound fall through to the B-roll reading, which took the picture alone. A jam-making project of our own.
"""

from __future__ import annotations

import pytest

from editor_app.planner import plan
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

SCRIPT = [("Today I'm making strawberry jam with my gran's old recipe.", 0.4),
          ("Pop the lid on while it's hot and you'll hear it seal.", 0.4),
          ("That's the jam done, thanks for watching.", 0.5)]
WORDS, SEGMENTS, LENGTH = timed(SCRIPT, 0.3)


def _project():
    others = [asset("lid photo.jpg", "image", None, ""), asset("lid pop.wav", "audio", 0.5, ""),
              asset("stirring the pot.mp4", "video", 6.0, "stirring the jam in a big pan"),
              asset("sunny ukulele.mp3", "audio", 120.0, "")]
    return talk_project("jam", talk_asset("MVI_0101.MP4", LENGTH, WORDS, SEGMENTS), others, music_id="m5",
                        music_db=-14, broll={"m4": 1.0})


@pytest.mark.parametrize("message", ["add the lid clip at the end", "put the lid one at the end"])
def test_a_picture_and_a_sound_that_fit_equally_ask(message):
    result = plan(message, _project())
    assert result.steps == [] and "lid photo.jpg" in result.reply and "lid pop.wav" in result.reply, result.reply


def test_the_photo_said_is_still_placed():
    result = plan("add the lid photo at the end", _project())
    assert [s.args.get("media_id") for s in result.steps if "media_id" in s.args] == ["m2"], result.reply
