"""The captions plugin against the demo project, through the app's shipped plugin fixture."""

from __future__ import annotations

import json
import math
from fractions import Fraction
from pathlib import Path

import pytest

from captions_agent.agent import make_agent, offline_handler, style_from_message
from captions_agent.captions import caption_spans
from editor_app.model.operations import AddTrack, OperationError, SetSpeed, TrimClip
from editor_app.plugins import check_agent, parse_manifest

MANIFEST = parse_manifest(json.loads((Path(__file__).parents[1] / "captions_agent" / "editor_app_plugin.json").read_text()))


def half_up(value: Fraction) -> int:
    return math.floor(value + Fraction(1, 2))


def titles(session):
    return [c for t in session.project.tracks if t.role == "titles" for c in t.clips]


def test_manifest_matches_agent():
    agent = make_agent()
    agent.check()
    assert check_agent(MANIFEST, agent) == []


def test_captions_follow_the_transcript_exactly(plugin_project, plugin_runner):
    project = plugin_project.project
    talk = next(m for m in project.media.values() if m.name == "talk")
    plugin_runner.run_custom(make_agent(), "make_captions", {"position": "top", "size": 50, "color": "yellow"}, MANIFEST)
    caps = titles(plugin_project)
    assert len(caps) == len(talk.transcript)
    for clip, seg in zip(caps, talk.transcript):
        assert clip.start == half_up(Fraction(seg.start) * project.fps)
        assert clip.end == half_up(Fraction(seg.end) * project.fps)
        assert clip.generator.text == seg.text
        assert (clip.generator.position, clip.generator.size, clip.generator.color) == ("top", 50, "yellow")
    track = next(t for t in plugin_project.project.tracks if t.role == "titles")
    assert track.name == "Captions"
    plugin_project.undo()
    assert titles(plugin_project) == []


def test_captions_follow_trim_and_speed(plugin_project, plugin_runner):
    """After trimming 5 s off the head and doubling the speed, captions move with the words."""
    main = plugin_project.project.tracks_by_role("main")[0]
    clip = main.clips[0]
    fps = plugin_project.project.fps
    plugin_project.apply([TrimClip(clip_id=clip.id, start=150), SetSpeed(clip_id=clip.id, speed=Fraction(2))])
    clip = plugin_project.project.tracks_by_role("main")[0].clips[0]
    plugin_runner.run_custom(make_agent(), "make_captions", {}, MANIFEST)
    talk = plugin_project.project.media[clip.media_id]
    second = talk.transcript[1]  # starts at 10 s in the source
    expected = clip.start + (Fraction(second.start) * fps - Fraction(clip.source_in)) / 2
    cap = next(c for c in titles(plugin_project) if c.generator.text == second.text)
    assert cap.start == half_up(expected)
    assert all(c.end <= clip.end for c in titles(plugin_project))


def test_no_transcript_is_a_clear_error(plugin_project, plugin_runner):
    project = plugin_project.project
    for track in project.tracks:
        track.clips = [c for c in track.clips if track.role != "main"]
    with pytest.raises(OperationError, match="no transcript"):
        plugin_runner.run_custom(make_agent(), "make_captions", {})


def test_second_run_refuses_duplicates(plugin_project, plugin_runner):
    plugin_runner.run_custom(make_agent(), "make_captions", {})
    with pytest.raises(OperationError, match="already holds captions"):
        plugin_runner.run_custom(make_agent(), "make_captions", {})


def test_offline_handler(plugin_project, plugin_runner):
    agent = make_agent()
    assert offline_handler("cut the silences", plugin_project.project) is None
    assert offline_handler("remove the captions", plugin_project.project) is None
    steps = offline_handler("add large yellow subtitles at the top", plugin_project.project)
    assert steps == [{"tool": "make_captions", "args": {"position": "top", "size": 60, "color": "yellow"}}]
    assert style_from_message("captions size 36 in #ff8800") == {"size": 36, "color": "#ff8800"}
    batch = plugin_runner.run_offline(agent, "add captions", MANIFEST)
    assert batch is not None and len(titles(plugin_project)) == len(caption_spans(plugin_project.project)) > 0


def test_existing_titles_track_is_not_reused_when_busy(plugin_project, plugin_runner):
    plugin_project.apply([AddTrack(kind="video", role="titles", name="Titles")])
    ops = plugin_runner.operations(make_agent(), "make_captions", {})
    assert ops[0].op == "add_track" and ops[0].name == "Captions"
    assert {o.track_id for o in ops[1:]} == {ops[0].track_id}
    plugin_runner.run_custom(make_agent(), "make_captions", {})
    assert [t.name for t in plugin_project.project.tracks if t.role == "titles"] == ["Titles", "Captions"]
