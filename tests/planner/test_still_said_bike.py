"""Lead, round 16: a photo said by what it shows beats a video whose description shares one word. Before,
"put the repaired bike photo at 0:10" placed a video described "the kids racing their bikes down our street"
(the phrase was read from "bike" on, losing "repaired", and "bike" matched the video exactly while the photo
says "bicycle"). A bike-puncture project of our own, our own words.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from editor_app.model.history import History
from editor_app.model.project_io import ProjectStore
from editor_app.orchestrator import OfflineBackend, Orchestrator
from editor_app.session import Session
from tests.planner.own_talk import asset, asks, talk_asset, talk_project, timed

SCRIPT = [
    ("Hi, I'm Sam, and today I'm fixing a puncture on my daughter's bike.", 0.4),
    ("First flip the bike upside down so it rests on the saddle and the bars.", 0.4),
    ("Lever the tyre off the rim with two plastic levers, never a screwdriver.", 0.6),
    ("Pump a little air into the tube and listen for the hiss to find the hole.", 0.4),
    ("Rough up the rubber around the hole, then spread a thin layer of glue.", 0.5),
    ("Wait a minute until the glue goes tacky, then press the patch on hard.", 0.4),
    ("Tuck the tube back in, seat the tyre, and pump it up to the pressure on the sidewall.", 0.4),
    ("And that's it, she can ride to school tomorrow.", 0.5),
]
WORDS, SEGMENTS, LENGTH = timed(SCRIPT, 0.3)
OTHERS = [  # m2.. in the bin
    asset("GX010901.MP4", "video", 8.0, "the kids racing their bikes down our street after school"),  # m2
    asset("IMG_7710.JPG", "image", None, "the repaired bicycle leaning against the garden fence"),  # m3
    asset("IMG_7702.MOV", "video", 6.0, "pressing the patch onto the tube with my thumb"),  # m4
    asset("hiss test.mp4", "video", 5.0, "the tube in a bowl of water with bubbles coming out"),  # m5
    asset("IMG_7699.JPG", "image", None, "the patch kit open on the workbench"),  # m6
    asset("cheerful whistle loop.mp3", "audio", 120.0, ""),  # m7
]


def _turn(tmp_path: Path, message: str):
    project = talk_project("puncture", talk_asset("C0301.MP4", LENGTH, WORDS, SEGMENTS), list(OTHERS),
                           music_id="m7", music_db=-14.0)
    session = Session(ProjectStore.create(tmp_path / "bike", project), project, History())
    result = asyncio.run(Orchestrator(session, backend=OfflineBackend()).run_turn(message, auto_apply=True))
    return session.project, result


def _placed(project) -> list[str]:
    return [c.media_id for t in project.tracks if t.role == "broll" for c in t.clips]


@pytest.mark.parametrize("message", [
    "put the repaired bike photo at 0:10",
    "the photo of the fixed bike over the part about the glue",
    pytest.param("the photo of the fixed bike by the fence over the part about the glue",
                 marks=pytest.mark.xfail(reason="'by the fence' ends the naming phrase (read as a place), not fixed yet", strict=True)),
    "last pic should be the repaired bike picture",
    "put the photo of my bike against the fence at 0:05",
])
def test_the_photo_said_is_the_still(tmp_path, message):
    project, result = _turn(tmp_path, message)
    assert _placed(project) == ["m3"], result.reply


def test_the_video_said_is_still_the_video(tmp_path):
    project, result = _turn(tmp_path, "put the kids racing their bikes clip at 0:10")
    assert _placed(project) == ["m2"], result.reply


def test_a_photo_no_still_shows_does_not_become_another_still(tmp_path):
    project, result = _turn(tmp_path, "put the photo of the kids racing at 0:10")
    assert "m3" not in _placed(project) and "m6" not in _placed(project), result.reply
