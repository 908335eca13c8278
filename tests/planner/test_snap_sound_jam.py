"""Lead, round 16: "drop the snap sfx here" with several stills asked "which snap do you mean" between two photos:
a round-16 rule reads "the snap/photo" said alone as "which still?", and took "snap" in "the snap sfx" for the photo
word. Another kind noun after it ("sfx", "sound", "clip") is the head. Jam project of our own."""

from __future__ import annotations

import pytest

from editor_app.planner import plan
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

SCRIPT = [("Today I'm making strawberry jam with my gran's old recipe.", 0.4),
          ("Pop the lid on while it's hot and you'll hear it seal.", 0.4),
          ("That's the jam done, thanks for watching.", 0.5)]
WORDS, SEGMENTS, LENGTH = timed(SCRIPT, 0.3)


def _project():
    others = [asset("jars on the shelf.jpg", "image", None, ""), asset("gran's recipe card.jpg", "image", None, ""),
              asset("lid snap.wav", "audio", 0.5, ""), asset("sunny ukulele.mp3", "audio", 120.0, "")]
    return talk_project("jam", talk_asset("MVI_0101.MP4", LENGTH, WORDS, SEGMENTS), others, music_id="m5", music_db=-14)


@pytest.mark.parametrize("message", ["drop the snap sfx here", "put the snap sound here"])
def test_the_snap_sound_is_the_sound(message):
    result = plan(message, _project(), playhead=50)
    assert "m4" in [s.args.get("media_id") for s in result.steps], result.reply


def test_the_snap_alone_with_two_stills_still_asks():
    result = plan("put the snap at 0:02", _project())
    assert result.steps == [] and "jars on the shelf.jpg" in result.reply
