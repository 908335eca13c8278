"""A project as a new user has it right after `editor-app new` and `import`: nothing on the timeline.

The talk is the real filler speech (../shared/testdata/speech/fillers.wav: someone showing
their new camera) with its true chunk times as the transcript; the rest is named the way
cameras and people name files (GX010455.MP4, DJI_0107.MP4, "bed track.mp3"). Nothing here is
copied from an eval suite: it is the first-steps workflow (get media onto an empty timeline,
then edit) that the eval projects skip, because they all start with the talk already placed.
"""

from __future__ import annotations

import json
from fractions import Fraction
from functools import partial
from pathlib import Path

from editor_app.model.history import apply_all
from editor_app.model.operations import AddTrack, ImportMedia, InsertClip
from editor_app.model.project import MediaAsset, Project, Settings, TranscriptSegment, TranscriptWord
from tests.planner.own_talk import asset

SPEECH = Path(__file__).resolve().parents[3] / "shared" / "testdata" / "speech"
if not SPEECH.exists():  # a worktree beside /work/shared
    SPEECH = Path("/work/shared/testdata/speech")


def _transcript() -> tuple[list[TranscriptWord], list[TranscriptSegment], float]:
    truth = json.loads((SPEECH / "fillers.json").read_text())
    words: list[TranscriptWord] = []
    segments: list[TranscriptSegment] = []
    for chunk in truth["chunks"]:
        if chunk["kind"] == "pause":
            continue
        parts = chunk["text"].split()
        step = (chunk["end"] - chunk["start"]) / len(parts)
        for i, part in enumerate(parts):
            words.append(TranscriptWord(start=round(chunk["start"] + i * step, 3),
                                        end=round(chunk["start"] + (i + 1) * step - 0.02, 3), text=part))
        segments.append(TranscriptSegment(start=chunk["start"], end=chunk["end"], text=chunk["text"]))
    return words, segments, truth["duration"]


WORDS, SEGMENTS, LENGTH = _transcript()


_asset = partial(asset, seconds=5.0)


def fresh_project(*, placed: bool = False, second_gx: bool = False) -> Project:
    """m1 the talk "cam A 0007", m2 GX010455 (a street at night), m3 DJI_0107 (aerial of a lake),
    m4 "bed track" (40 s of music), m5 unboxing.jpg; tracks as `editor-app new` makes them:
    t1 Main (main), t2 B-roll (broll), t3 Music (music). With ``placed`` the talk is c1 on t1.
    With ``second_gx`` a second GX file m6 is in the bin too."""
    p = Project(name="camera", settings=Settings(fps=30))
    talk = MediaAsset(id="", name="cam A 0007", path="/nonexistent/cam A 0007.mp4", kind="video",
                      duration=Fraction(str(LENGTH)), has_audio=True, has_video=True, words=tuple(WORDS),
                      transcript=tuple(SEGMENTS))
    ops = [
        AddTrack(kind="video", role="main", name="Main"), AddTrack(kind="video", role="broll", name="B-roll"),
        AddTrack(kind="audio", role="music", name="Music"),
        ImportMedia(asset=talk),                                                                  # m1
        ImportMedia(asset=_asset("GX010455.MP4", description="")),                                # m2
        ImportMedia(asset=_asset("DJI_0107.MP4", seconds=8, description="aerial of the lake")),   # m3
        ImportMedia(asset=_asset("bed track", kind="audio", seconds=40)),                          # m4
        ImportMedia(asset=_asset("unboxing.jpg", kind="image", seconds=None)),                    # m5
    ]
    if second_gx:
        ops.append(ImportMedia(asset=_asset("GX010461.MP4")))                                     # m6
    apply_all(p, ops)
    if placed:
        apply_all(p, [InsertClip(track_id="t1", media_id="m1", start=0)])
    return p
