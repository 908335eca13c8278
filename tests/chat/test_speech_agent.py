"""The speech agent (split off the timeline agent, issue 13): what it owns, how requests reach it,
and a two-agent turn (speech, then timeline) on real speech through the real client and server."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest

from editor_app.agents import load_agents
from editor_app.agents.base import read_prompt
from editor_app.llm.tokens import count_request
from editor_app.model.operations import AddTrack, ImportMedia, InsertClip
from editor_app.model.word_cuts import timeline_words
from editor_app.orchestrator import LLMBackend, Orchestrator
from editor_app.orchestrator.routing import keyword_route
from editor_app.session import Session
from editor_app.testing.replies import text, tool_calls
from editor_app.tools import TOOLS

from tests.chat.conftest import fake_asset, snapshot

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "words"))
from speech_truth import speech_asset  # noqa: E402

WORD_TOOLS = {"cut_words", "remove_fillers", "remove_retakes", "shorten_pauses", "remove_silences", "cut_range"}


@pytest.fixture(scope="module")
def agents():
    return list(load_agents().agents.values())


def test_speech_agent_owns_the_word_and_pause_tools_and_the_timeline_agent_does_not(agents):
    by_name = {a.name: a for a in agents}
    assert [a.name for a in agents][:4] == ["speech", "timeline", "effects", "audio"]  # cutting acts first
    speech, timeline = by_name["speech"], by_name["timeline"]
    assert WORD_TOOLS <= set(speech.tool_names())
    assert not WORD_TOOLS & set(timeline.tool_names())
    assert {"place_broll", "insert_clip", "move_clip", "add_marker"} <= set(timeline.tool_names())
    assert {t.name for t in TOOLS if "speech" in t.agents} == set(speech.tool_names())  # read from the registry
    prompt = read_prompt("speech.txt")
    assert speech.system_prompt() == prompt and prompt.count("Example:") == 1 and "remove_fillers(" in prompt


@pytest.mark.parametrize("message, route", [
    ("remove the ums", ["speech"]),
    ("cut the pauses", ["speech"]),
    ("delete the words 'you know'", ["speech"]),
    ("Get rid of all the uhs and erms please", ["speech"]),
    ("tighten up the dead air", ["speech"]),
    ("cut every place where he says basically", ["speech"]),
    ("drop the botched take of the first line", ["speech"]),
    ("shorten the long pauses to half a second", ["speech"]),
    ("chop off the first two and a half seconds", ["speech"]),
    ("remove the ums and put the harbour shot over the intro", ["speech", "timeline"]),
    ("cut the silences and duck the music", ["speech", "audio"]),
    ("remove the ums and make the intro black and white", ["speech", "effects"]),
    # cut verbs about clips stay with the timeline agent; words said for placing B-roll do too
    ("cut the harbour clip", ["timeline"]),
    ("please trim the second clip", ["timeline"]),
    ("delete the clip called 'Harbour'", ["timeline"]),
    ("put the harbour shot where she says boats", ["timeline"]),
    ("make the music quieter", ["audio"]),
])
def test_keyword_router_sends_word_edits_to_the_speech_agent(agents, message, route):
    assert keyword_route(message, agents) == route


def _session(folder: Path) -> Session:
    """Real speech with fillers (true word times) on the main track, and a video to use as B-roll."""
    session = Session.create(folder, fps=30)
    talk = speech_asset("fillers", media_id="")
    session.apply([ImportMedia(asset=talk), ImportMedia(asset=fake_asset("harbour", 6, audio=False)),
                   AddTrack(kind="audio", role="voice", name="Talk")], "setup")
    session.apply([InsertClip(track_id="t1", media_id="m1", start=0)], "place")
    return session


@pytest.mark.parametrize("preset", ["custom", "ollama"])  # standard schemas; flat ones in a 4,096-token window
def test_two_agent_turn_speech_then_timeline_on_real_speech(tmp_path, openai_server, preset):
    session = _session(tmp_path / "proj")
    before, batches = snapshot(session), len(session.journal_records())
    said = [w.text for w in timeline_words(session.project)]
    requests: list[dict] = []

    def model(request):
        names = [t["function"]["name"] for t in request.get("tools") or []]
        if names == ["route"]:
            return text("Hmm, hard to say.")  # unusable: the keyword router decides
        requests.append(request)
        if request["messages"][-1]["role"] == "tool":
            return text("Removed the fillers and put the harbour shot over the start.")
        return tool_calls([("remove_fillers", {})]) if "remove_fillers" in names else \
            tool_calls([("place_broll", {"media_id": "m2", "start": 1, "duration": 2})])

    openai_server.chat.handler = model
    settings = openai_server.provider_settings(preset=preset, context_window=4096 if preset == "ollama" else 128_000)
    orc = Orchestrator(session, backend=LLMBackend(settings))
    result = asyncio.run(orc.run_turn("remove the ums and put the harbour shot over the intro"))
    assert result.ok and result.applied, result.errors
    assert result.agents == ["speech", "timeline"]
    speech_call, timeline_call, closing = requests  # only the last agent is asked for the closing sentence
    assert closing["messages"][-1]["role"] == "tool" and result.reply.endswith("over the start.")
    speech_tools = {t["function"]["name"] for t in speech_call["tools"]}
    timeline_tools = {t["function"]["name"] for t in timeline_call["tools"]}
    assert "remove_fillers" in speech_tools and "place_broll" not in speech_tools
    assert "place_broll" in timeline_tools and not WORD_TOOLS & timeline_tools
    assert "Earlier in this turn" in timeline_call["messages"][1]["content"]
    for request in requests:  # the token target of issue 13, counted with the Llama-2 vocabulary
        assert count_request(request["messages"], request["tools"]) < 4000
    heard = [w.text for w in timeline_words(session.project)]
    assert len(heard) == len(said) - 4 and not {"um", "uh"} & set(heard)
    broll = [c for t in session.project.tracks if t.role == "broll" for c in t.clips]
    assert [(c.media_id, c.start, c.duration) for c in broll] == [("m2", 30, 60)]
    records = session.journal_records()
    assert len(records) == batches + 1 and records[-1]["author"] == "agent:speech+timeline"
    assert session.undo() is not None and snapshot(session) == before
