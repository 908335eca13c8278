"""Fine-tuning export of kept turns (OpenAI chat format, undone turns left out), conversation
memory across turns, and prices per model."""

from __future__ import annotations

import asyncio
import json

import pytest

from editor_app.cli import main
from editor_app.llm.dataset import validate_example
from editor_app.llm.settings import ProviderSettings, load_settings, save_settings
from editor_app.llm.usage import SessionUsage, cost_of, format_usage, make_usage
from editor_app.orchestrator import LLMBackend, Orchestrator
from editor_app.testing.scripted_model import ScriptedModel

from tests.chat.conftest import build_session


def _turn(server, session, message, route, actions, **settings):
    model = ScriptedModel(route, actions)
    server.chat.handler = model
    orc = Orchestrator(session, backend=LLMBackend(server.provider_settings(**settings)))
    return asyncio.run(orc.run_turn(message)), model


def test_export_keeps_applied_turns_only_in_openai_format(openai_server, tmp_path, capsys):
    session = build_session(tmp_path / "proj")
    kept, _ = _turn(openai_server, session, "music quieter", ["audio"], [("set_volume", {"clip_id": "c3", "db": -9})])
    undone, _ = _turn(openai_server, session, "fade in the talk over 2 s; key sk-abcdefghijklmnop123",
                      ["effects"], [("add_effect", {"clip_id": "c1", "effect": {"type": "fade_in", "duration": 2}})])
    assert kept.applied and undone.applied
    session.undo()  # the fade is taken back: it must not be training data
    failed, _ = _turn(openai_server, session, "do something odd", ["audio"], [])
    assert not failed.applied
    out = tmp_path / "train.jsonl"
    assert main(["dataset", "export", str(session.path), str(out)]) == 0
    assert "wrote 1 example" in capsys.readouterr().out
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(lines) == 1
    example = lines[0]
    assert validate_example(example) == []
    roles = [m["role"] for m in example["messages"]]
    assert roles == ["system", "user", "assistant", "tool", "assistant"]
    call = example["messages"][2]["tool_calls"][0]
    assert call["id"] == "call_1" and example["messages"][3]["tool_call_id"] == "call_1"
    assert json.loads(call["function"]["arguments"]) == {"clip_id": "c3", "db": -9}
    assert call["function"]["name"] in {t["function"]["name"] for t in example["tools"]}
    assert "$defs" not in json.dumps(example["tools"]) and "oneOf" not in json.dumps(example["tools"])  # clean
    assert "fade" not in json.dumps(example["messages"][1])  # the undone turn is nowhere
    assert "sk-abcdefghijklmnop123" not in out.read_text()


def test_export_shows_arguments_in_the_exported_schema(openai_server, tmp_path):
    session = build_session(tmp_path / "proj")
    result, _ = _turn(openai_server, session, "marker at 4 s called intro", ["timeline"],
                      [("add_marker", {"frame": 4, "name": "intro"})])
    assert result.applied
    from editor_app.llm.dataset import export

    assert export([session.path], tmp_path / "m.jsonl") == (1, 0)
    example = json.loads((tmp_path / "m.jsonl").read_text())
    marker = next(t for t in example["tools"] if t["function"]["name"] == "add_marker")
    assert "time" in marker["function"]["parameters"]["properties"]
    call = example["messages"][2]["tool_calls"][0]["function"]
    assert json.loads(call["arguments"]) == {"time": 4, "name": "intro"}
    # a turn made against a flat (Ollama) schema is exported in the one standard shape too
    flat, _ = _turn(openai_server, session, "fade in the talk over 2 s", ["effects"],
                    [("add_effect", {"clip_id": "c1", "effect": {"type": "fade_in", "duration": 2}})],
                    preset="ollama", context_window=8192)
    assert flat.applied
    export([session.path], tmp_path / "m.jsonl")
    last = json.loads((tmp_path / "m.jsonl").read_text().splitlines()[-1])
    args = json.loads(last["messages"][2]["tool_calls"][0]["function"]["arguments"])
    assert args == {"clip_id": "c1", "effect": {"type": "fade_in", "duration": 2}}
    assert validate_example(last) == []


def test_export_validator_catches_format_errors():
    good = {"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]}
    assert validate_example(good) == []
    assert validate_example({"messages": [{"role": "user", "content": "hi"}]}) == ["no assistant message"]
    bad_call = {"messages": [{"role": "user", "content": "x"}, {"role": "assistant", "tool_calls": [
        {"id": "a", "type": "function", "function": {"name": "nope", "arguments": "{"}}]},
        {"role": "tool", "tool_call_id": "b", "content": "ok"}], "tools": []}
    problems = " ".join(validate_example(bad_call))
    assert "not in tools" in problems and "not a JSON string" in problems and "unknown call id" in problems


def test_follow_up_turn_sees_earlier_turns_as_records(openai_server, tmp_path):
    session = build_session(tmp_path / "proj")
    _turn(openai_server, session, "put a marker at 4 s called intro", ["timeline"],
          [("add_marker", {"frame": 4, "name": "intro"})])
    _, model = _turn(openai_server, session, "move it to 6 s", ["timeline"], [])
    content = model.agent_requests[0]["messages"][1]["content"]
    assert "Earlier turns of this chat" in content and '"put a marker at 4 s called intro"' in content
    assert "marker" in content.lower() and "k1" in content  # what was applied, and the id it made


def test_prices_per_model_cached_tokens_and_unknown_models():
    mini = ProviderSettings.from_preset("openai")
    big = ProviderSettings.from_preset("openai", model="gpt-4o-2024-08-06")
    assert cost_of(big, 1_000_000, 0) == pytest.approx(2.50) and cost_of(mini, 1_000_000, 0) == pytest.approx(0.15)
    assert cost_of(big, 1_000_000, 0, cached_tokens=600_000) == pytest.approx(0.4 * 2.50 + 0.6 * 1.25)
    remote = ProviderSettings(preset="custom", base_url="https://llm.example.com/v1", model="my-model")
    usage = make_usage(remote, 1000, 10, 1.0)
    assert not usage.cost_known and "cost unknown" in format_usage(usage)
    priced = ProviderSettings(**{**remote.model_dump(), "prices": {"my-model": {"input": 1.0, "output": 2.0}}})
    assert cost_of(priced, 1_000_000, 1_000_000) == pytest.approx(3.0)
    total = SessionUsage()
    total.add(make_usage(mini, 1000, 100, 0.5, cached_tokens=800))
    total.add(make_usage(mini, 1000, 100, 0.5))
    assert total.total.cached_tokens == 800 and "session: 2 turns" in total.line()


def test_saving_settings_keeps_hand_set_prices(llm_env):
    settings = ProviderSettings.from_preset("openai", prices={"gpt-4o-mini": {"input": 0.1, "output": 0.2}},
                                            temperature=0.1, context_window=64000)
    save_settings(settings)
    edited = load_settings().edited("openai", model="gpt-4o")  # what the Settings dialog does on Save
    save_settings(edited)
    again = load_settings()
    assert again.model == "gpt-4o" and again.prices["gpt-4o-mini"].input == 0.1 and again.temperature == 0.1
    switched = again.edited("ollama")
    assert switched.base_url.endswith(":11434/v1") and switched.context_window == 4096
    assert switched.prices == again.prices  # the table survives a preset switch too


def test_settings_dialog_keeps_prices_and_saves_model_fields(qtbot, llm_env):
    from editor_app.ui.dialogs import SettingsDialog

    save_settings(ProviderSettings.from_preset("openai", prices={"ft:gpt-4o-mini:me": {"input": 0.3, "output": 1.2}}))
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert "ft:gpt-4o-mini:me 0.3 1.2" in dialog.model_box.prices.toPlainText()
    dialog.model.setText("gpt-4o")
    dialog.model_box.temperature.setValue(0.0)
    dialog.model_box.prices.setPlainText(dialog.model_box.prices.toPlainText() + "\nlocal-x 0 0 0")
    dialog.save()
    saved = load_settings()
    assert saved.model == "gpt-4o" and saved.temperature == 0.0
    assert saved.prices["ft:gpt-4o-mini:me"].output == 1.2 and saved.prices["local-x"].cached_input == 0
    dialog.preset.setCurrentIndex(dialog.preset.findData("ollama"))
    assert dialog.model_box.context.value() == 4096 and "OLLAMA_CONTEXT_LENGTH" in dialog.model_box.context_note.text()
    dialog.model_box.prices.setPlainText("broken line")
    dialog.save()
    assert "price line 1" in dialog.key_note.text()


def test_eval_with_an_endpoint_reports_cost_category_and_repeats(openai_server, tmp_path, monkeypatch):
    """A model that gets a case right once and wrong once: the spread shows, and cost is counted."""
    from editor_app.eval import run_suite, score
    from editor_app.eval.suite import Case

    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-eval-0000")
    template = build_session(tmp_path / "template").path
    answers = iter([-9, 3])  # the second run answers a positive gain: the check fails

    def model(request):
        from editor_app.testing.replies import text, tool_calls
        if [t["function"]["name"] for t in request.get("tools") or []] == ["route"]:
            return tool_calls([("route", {"agents": ["audio"]})], usage=(100, 10))
        if request["messages"][-1]["role"] == "tool":
            return text("Done.", usage=(300, 5))
        return tool_calls([("set_volume", {"clip_id": "c3", "db": next(answers)})], usage=(1000, 20))

    openai_server.chat.handler = model
    settings = openai_server.provider_settings(preset="openai", prices={"test-model": {"input": 1.0, "output": 4.0}})
    backend = LLMBackend(settings)
    case = Case(id="volume-down", message="music quieter", agents=["audio"],
                expect={"clip_volume": {"media": "music", "db": -9}})
    results = run_suite([case], backend=backend, template=template, repeat=2)
    scores = score(results)
    assert [r.passed for r in results] == [True, False], [r.checks for r in results]
    assert scores["per_category"]["volume"]["cases"] == 2 and scores["per_agent"]["audio"]["accuracy"] == 0.5
    assert scores["repeats"]["accuracy_per_round"] == [1.0, 0.0] and scores["repeats"]["unstable_cases"] == ["volume-down"]
    per_turn = (1100 * 1.0 + 30 * 4.0) / 1e6  # route + one agent call (no closing call after a good edit)
    assert scores["overall"]["cost_usd"] == pytest.approx(2 * per_turn, rel=0.01) and scores["overall"]["cost_known"]


def test_shared_chat_store_is_read_as_records():
    """The planner's per-project chat store (turns(n) of message/kind/applied/ids) feeds the same records."""
    from dataclasses import dataclass, field

    from editor_app.llm.memory import StoreMemory, memory_block

    @dataclass
    class Turn:
        message: str
        kind: str = "edit"
        applied: bool = True
        clip_ids: list = field(default_factory=list)
        media_ids: list = field(default_factory=list)
        track_ids: list = field(default_factory=list)
        descriptions: list = field(default_factory=list)

    class Store:
        def turns(self, n=None):
            return [Turn("hello", kind="unclear"), Turn("put the beach shot at 5 s", clip_ids=["c4"], media_ids=["m2"],
                                                        descriptions=["Insert beach at 0:05"]),
                    Turn("make it longer", applied=False), Turn("undo that", kind="undo")]

    records = StoreMemory(Store()).recent(3)
    block = memory_block(records)
    assert [r.request for r in records] == ["put the beach shot at 5 s", "make it longer", "undo that"]
    assert "Insert beach at 0:05" in block and "c4" in block and "nothing applied" in block and "-> undo" in block
