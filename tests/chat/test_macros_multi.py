"""Macro tools on generated audio, and a multi-agent turn (cut silences, then duck) as one batch."""

from __future__ import annotations

import asyncio

from editor_app.agents import macros, specs
from editor_app.agents.timing import timeline_silences, timeline_speech
from editor_app.model.operations import CutRange
from editor_app.orchestrator import LLMBackend, OfflineBackend, Orchestrator
from editor_app.testing.replies import text, tool_calls

from tests.chat.conftest import SPEECH, Script, snapshot
from tests.chat.helpers import stub_planner


def test_silences_and_speech_are_measured(audio_session):
    project = audio_session.project
    silences = timeline_silences(project, min_silence=0.8)
    assert [(round(a, 1), round(b, 1)) for a, b in silences] == [(1.5, 3.0), (4.5, 5.5)]
    speech = timeline_speech(project)
    assert len(speech) == 3 and abs(speech[0][1] - 1.6) < 0.1 and abs(speech[2][0] - 5.4) < 0.1


def test_remove_silences_cuts_latest_first(audio_session):
    project = audio_session.project
    all_ops = macros.expand("remove_silences", {"padding": 0.1}, project)
    ops = [op for op in all_ops if isinstance(op, CutRange)]
    music = {t.id for t in project.tracks if t.role == "music"}
    # the music bed is not chopped at every pause: only trimmed to the new end afterwards
    assert all(not music & set(op.track_ids) for op in ops)
    assert all(op.op in ("trim_clip", "remove_clip") for op in all_ops[len(ops):])
    starts = [op.start for op in ops]
    assert starts == sorted(starts, reverse=True) and len(ops) == 2
    assert abs(ops[0].start - 4.6 * 30) <= 2 and abs(ops[0].end - 5.4 * 30) <= 2
    assert abs(ops[1].start - 1.6 * 30) <= 2 and abs(ops[1].end - 2.9 * 30) <= 2


def test_place_broll_makes_a_track_and_clamps(audio_session):
    project = audio_session.project
    ops = macros.expand("place_broll", {"media_id": "m3", "start": 5}, project)
    assert [op.op for op in ops] == ["add_track", "overwrite_clip"]
    assert ops[1].track_id == ops[0].track_id and ops[1].duration == 60  # timeline ends at 7 s
    ops = macros.expand("place_broll_for_topic", {"media_id": "m3", "topic": "the seaside"}, project)
    assert ops[-1].start == 165 and ops[-1].duration == 45  # the beach line at 5.5-7 s


def test_fade_and_normalize_targets(session):
    project = session.project
    ops = macros.expand("fade", {"target": "all", "direction": "out", "duration": 2}, project)
    assert [(op.clip_id, op.effect.type, op.effect.duration) for op in ops] == [("c1", "fade_out", 60), ("c3", "fade_out", 60)]
    ops = macros.expand("normalize_loudness", {"target": "music", "target_lufs": -20}, project)
    assert [(op.clip_id, op.effect.target_lufs) for op in ops] == [("c3", -20)]


def test_multi_agent_turn_is_one_batch_and_one_undo(audio_session, openai_server):
    session = audio_session
    before, records = snapshot(session), len(session.journal_records())
    script = Script(openai_server, ["speech", "audio"])
    # Each agent's edits succeed at once, so no closing model call follows them (fewer tokens).
    script.add(tool_calls([("remove_silences", {"padding": 0.1})]), tool_calls([("duck_music", {"duck_db": -15})]))
    orc = Orchestrator(session, backend=LLMBackend(openai_server.provider_settings()))
    result = asyncio.run(orc.run_turn("cut the silences and duck the music"))
    assert result.ok and result.applied, result.errors
    assert result.agents == ["speech", "audio"]
    # the talk is cut at both pauses; the music stays one clip, trimmed to the new end, then ducked
    assert [op["op"] for op in result.operations] == ["cut_range"] * 2 + ["trim_clip", "set_volume_envelope"]
    records_now = session.journal_records()
    assert len(records_now) == records + 1 and records_now[-1]["author"] == "agent:speech+audio"
    # The audio agent saw the speech agent's result: the shortened timeline, and its changes listed.
    assert len(script.agent_requests()) == 2
    audio_request = script.agent_requests()[1]["messages"][1]["content"]
    assert "Earlier in this turn" in audio_request and "Cut " in audio_request
    pieces = session.project.track("t3").clips
    assert len(pieces) == 1
    total = sum(c.duration for c in pieces)
    assert abs(total - (7 - 1.5 - 1.0 + 0.4) * 30) <= 3  # both silences cut but 0.1 s padding each side
    music = pieces[0]
    dips = [p for p in music.envelope if p.db == -15]
    assert dips and all(p.envelope for p in pieces), music.envelope
    # Ducked exactly while speech plays on the cut timeline (measured, not guessed)
    speech = timeline_speech(session.project)
    first = speech[0]
    assert any(abs(p.frame / 30 - first[0]) < 0.05 for p in dips)
    assert session.undo() is not None and snapshot(session) == before


def test_offline_backend_multi_agent(audio_session):
    seen: list = []
    planner = stub_planner([("speech", "remove_silences", {}), ("audio", "duck_music", {})],
                           "Removed the silences and ducked the music.", seen)
    orc = Orchestrator(audio_session, backend=OfflineBackend(planner))
    result = asyncio.run(orc.run_turn("cut the silences and duck the music", playhead=30))
    assert result.ok and result.agents == ["speech", "audio"] and result.applied
    assert result.reply.endswith("Removed the silences and ducked the music.")
    assert seen[0]["playhead"] == 30 and callable(seen[0]["search"])
    hits = seen[0]["search"]("beach", 2)
    # the search works on the turn's scratch copy: the beach line (5.5 s) moved to 3.6 s after the cuts
    assert hits and abs(hits[0]["timeline_start"] - 3.6) < 0.05 and "beach" in hits[0]["quote"]
    assert SPEECH  # the fixture's layout the numbers above rely on


def test_remove_silences_inside_a_stretch_only(audio_session):
    """Silences at 1.5-3.0 and 4.5-5.5: a stretch around the second one cuts it alone, to the edges given."""
    project = audio_session.project
    ops = [op for op in macros.expand("remove_silences", {"start": 4.6, "end": 5.4, "padding": 0}, project)
           if isinstance(op, CutRange)]
    assert [(op.start, op.end) for op in ops] == [(138, 162)]


def test_dead_air_in_a_stretch_is_cut_there_and_nowhere_else(audio_session):
    orc = Orchestrator(audio_session, backend=OfflineBackend())
    before = audio_session.project.duration
    result = asyncio.run(orc.run_turn("get rid of the dead air from 4.6 to 5.4 seconds", auto_apply=True))
    assert result.ok, result.reply
    assert before - audio_session.project.duration == 24  # 0.8 s at 30 fps: the first silence stays
    silences = timeline_silences(audio_session.project, min_silence=0.8)
    assert [(round(a, 1), round(b, 1)) for a, b in silences] == [(1.5, 3.0)]
