"""LLM turns through the real openai client and the scripted server: success, retries, faults,
invalid calls corrected (or not), and the reply never claiming what failed."""

from __future__ import annotations

import asyncio
import json
import time

from editor_app.orchestrator import LLMBackend, Orchestrator
from editor_app.testing.replies import hang, raw_content, status, text, tool_calls

from tests.chat.conftest import Script, snapshot


def orchestrator(session, server, **overrides) -> Orchestrator:
    return Orchestrator(session, backend=LLMBackend(server.provider_settings(**overrides)))


def run(orc, message, **kw):
    return asyncio.run(orc.run_turn(message, **kw))


def tool_messages(request) -> list[dict]:
    return [json.loads(m["content"]) for m in request["messages"] if m["role"] == "tool"]


def test_correct_turn_changes_project(session, openai_server):
    script = Script(openai_server, ["timeline"])
    script.add(tool_calls([("split_clip", {"clip_id": "c1", "at": 5})]), text("I split the talk at 5 s."))
    result = run(orchestrator(session, openai_server), "split the talk at 5 seconds")
    assert result.ok and result.applied, result.errors
    track = session.project.track("t1")
    assert [(c.start, c.end) for c in track.clips] == [(0, 150), (150, 600)]
    record = session.journal_records()[-1]
    assert record["author"] == "agent:timeline" and record["turn_id"] == result.turn_id
    assert result.agents == ["timeline"]
    assert "I split the talk" in result.reply and "Split c1" in result.reply
    assert result.usage.calls == 3 and result.usage.total_tokens > 0
    first = script.agent_requests()[0]
    names = {t["function"]["name"] for t in first["tools"]}
    assert "split_clip" in names and "set_volume" not in names and "add_effect" not in names  # only its own tools
    assert first["messages"][0]["role"] == "system" and "timeline agent" in first["messages"][0]["content"]
    assert "c1 | t1 | talk | 0-20" in first["messages"][1]["content"]


def test_invalid_call_then_corrected(session, openai_server):
    script = Script(openai_server, ["timeline"])
    script.add(tool_calls([("split_clip", {"clip_id": "c1", "at": 25})]),
               tool_calls([("split_clip", {"clip_id": "c1", "at": 12})]), text("Split."))
    result = run(orchestrator(session, openai_server), "split the talk")
    assert result.ok and result.applied
    error = tool_messages(script.agent_requests()[1])[0]
    assert error["ok"] is False and "not inside clip c1" in error["error"]
    assert [c.end for c in session.project.track("t1").clips] == [360, 600]


def test_rate_limit_then_success(session, openai_server):
    script = Script(openai_server, ["audio"])
    script.add(status(429, retry_after=0), tool_calls([("set_volume", {"clip_id": "c3", "db": -10})]), text("ok"))
    result = run(orchestrator(session, openai_server), "music quieter")
    assert result.ok and result.applied
    assert session.project.find_clip("c3")[1].volume_db == -10


def test_server_error_forever_fails_clearly(session, openai_server):
    before, version = snapshot(session), session.version
    Script(openai_server, ["audio"], default=status(500, "boom"))
    result = run(orchestrator(session, openai_server, max_retries=1), "music quieter")
    assert not result.ok and not result.applied
    assert "server error (500)" in result.errors[0] and result.reply.startswith("Nothing was changed")
    assert snapshot(session) == before and session.version == version


def test_timeout_fails_clearly(session, openai_server):
    before = snapshot(session)
    Script(openai_server, ["audio"], default=hang(30))
    start = time.perf_counter()
    result = run(orchestrator(session, openai_server, timeout=0.5, max_retries=0), "music quieter")
    assert time.perf_counter() - start < 25  # not the 30 s hang
    assert not result.ok and "did not answer within 0.5 s" in result.errors[0]
    assert snapshot(session) == before


def test_malformed_json_arguments_go_back_as_error(session, openai_server):
    script = Script(openai_server, ["audio"])
    script.add(raw_content('{"clip_id": "c3", "db": -6', name="set_volume"),
               tool_calls([("set_volume", {"clip_id": "c3", "db": -6})]), text("done"))
    result = run(orchestrator(session, openai_server), "music a bit quieter")
    assert result.ok
    error = tool_messages(script.agent_requests()[1])[0]
    assert "not valid JSON" in error["error"] and "JSON object" in error["how_to_fix"]


def test_hallucinated_and_placeholder_ids(session, openai_server):
    script = Script(openai_server, ["effects"])
    script.add(tool_calls([("add_effect", {"clip_id": "c10", "effect": {"type": "black_and_white"}})]),
               tool_calls([("add_effect", {"clip_id": "<clip_id>", "effect": {"type": "black_and_white"}})]),
               tool_calls([("add_effect", {"clip_id": "c1", "effect": {"type": "black_and_white"}})]), text("done"))
    result = run(orchestrator(session, openai_server), "make the talk black and white")
    assert result.ok, result.errors
    requests = script.agent_requests()
    first = tool_messages(requests[1])[0]
    assert "no clip 'c10'" in first["error"] and "did you mean c1" in first["how_to_fix"]
    second = tool_messages(requests[2])[-1]
    assert "placeholder" in second["error"]
    assert [e.type for e in session.project.find_clip("c1")[1].effects] == ["black_and_white"]


def test_unknown_and_foreign_tools(session, openai_server):
    script = Script(openai_server, ["effects"])
    script.add(tool_calls([("set_volume", {"clip_id": "c3", "db": -6})]), text("I lowered the music."))
    before = snapshot(session)
    result = run(orchestrator(session, openai_server), "music quieter")
    error = tool_messages(script.agent_requests()[1])[0]
    assert "belongs to the audio agent" in error["how_to_fix"]
    # The model claimed success for a call that failed and was never corrected: no claim, no change.
    assert not result.ok and "lowered" not in result.reply and "set_volume step failed" in result.reply
    assert snapshot(session) == before


def test_retries_are_bounded_and_repeats_stop(session, openai_server):
    bad = [("split_clip", {"clip_id": "c1", "at": 30 + i}) for i in range(6)]
    script = Script(openai_server, ["timeline"])
    script.add(*(tool_calls([call]) for call in bad))
    before = snapshot(session)
    result = run(orchestrator(session, openai_server), "split it")
    assert not result.ok and "gave up after 4 failed tool calls" in result.errors[0]
    assert len(script.agent_requests()) == 4 and snapshot(session) == before

    script = Script(openai_server, ["timeline"])
    script.add(tool_calls([bad[0]]), tool_calls([bad[0]]))
    result = run(orchestrator(session, openai_server), "split it")
    assert not result.ok and "repeated a call that had failed" in result.errors[0]


def test_cancel_mid_turn_applies_nothing(session, openai_server):
    script = Script(openai_server, ["timeline"], default=hang(30))
    script.add(tool_calls([("split_clip", {"clip_id": "c1", "at": 5})]))  # applied to the scratch copy, then hang
    before, orc = snapshot(session), orchestrator(session, openai_server, timeout=20)

    async def go():
        cancel = asyncio.Event()
        task = asyncio.create_task(orc.run_turn("split", cancel=cancel))
        await asyncio.sleep(0.6)
        cancel.set()
        return await asyncio.wait_for(task, 5)

    result = asyncio.run(go())
    assert not result.ok and result.errors == ["cancelled"] and not result.applied
    assert snapshot(session) == before and len(session.journal_records()) == 2
