"""Token and cost accounting over a turn, and that keys stay out of logs."""

from __future__ import annotations

import asyncio
import logging

import pytest

from editor_app.llm import client as llm
from editor_app.llm.settings import ProviderSettings
from editor_app.llm.usage import Usage, cost_of, estimate_tokens, format_usage, make_usage, sum_usage
from editor_app.testing.openai_server import OpenAIServer
from editor_app.testing.replies import text, tool_calls

OPENAI = ProviderSettings.from_preset("openai")  # $0.15 in / $0.60 out per 1M


def test_cost_and_format() -> None:
    usage = make_usage(OPENAI, 1234, 210, 1.84)
    assert usage.cost_usd == pytest.approx(1234 * 0.15e-6 + 210 * 0.60e-6)
    assert format_usage(usage) == "1,234 in / 210 out tokens · 1.8 s · $0.0003"
    big = make_usage(OPENAI, 2_000_000, 1_000_000, 12.0)
    assert format_usage(big) == "2,000,000 in / 1,000,000 out tokens · 12.0 s · $0.90"
    local = make_usage(ProviderSettings.from_preset("ollama", prices={"qwen2.5:7b": {"input": 5, "output": 5}}), 5000, 300, 3.0, estimated=True)
    assert local.cost_usd == 0 and format_usage(local) == "~5,000 in / ~300 out tokens · 3.0 s · $0"
    assert cost_of(ProviderSettings(preset="custom", base_url="http://localhost:9/v1", model="x", prices={"x": {"input": 1, "output": 1}}), 10**6, 0) == 0


def test_sum_over_a_turn() -> None:
    a = make_usage(OPENAI, 1000, 100, 0.5)
    b = make_usage(OPENAI, 300, 50, 0.25, estimated=True)
    total = sum_usage([a, b])
    assert (total.prompt_tokens, total.completion_tokens, total.calls) == (1300, 150, 2)
    assert total.latency_s == pytest.approx(0.75) and total.estimated
    assert total.cost_usd == pytest.approx(a.cost_usd + b.cost_usd)
    assert total.total_tokens == 1450 and sum_usage([]) == Usage()


def test_estimate_tokens() -> None:
    assert estimate_tokens("abcd" * 25) == 25
    assert estimate_tokens("a") == 1 and estimate_tokens("") == 0 and estimate_tokens(None) == 0
    assert estimate_tokens([{"role": "user", "content": "x" * 100}]) == pytest.approx(33, abs=2)


def test_turn_usage_from_server_counts(openai_server: OpenAIServer, caplog: pytest.LogCaptureFixture) -> None:
    """A two-call turn against the server, with debug logging on: counts add up, the key is never logged."""
    key = "sk-live-DONOTLOG-9876"
    settings = openai_server.provider_settings(preset="openai", prices={"test-model": {"input": 0.15, "output": 0.60}})
    openai_server.chat.add(tool_calls([("insert_clip", {"media": "m1", "at": 0})], usage=(800, 40)),
                           text("Inserted.", usage=(900, 5)))

    async def turn() -> Usage:
        async with llm.make_client(settings, api_key=key) as client:
            first = await llm.chat(client, settings, [{"role": "user", "content": "add m1"}])
            second = await llm.chat(client, settings, [{"role": "user", "content": "add m1"},
                                                       first.assistant_message(),
                                                       {"role": "tool", "tool_call_id": "call_0", "content": "ok"}])
            return first.usage + second.usage

    with caplog.at_level(logging.DEBUG):
        total = asyncio.run(turn())
    assert (total.prompt_tokens, total.completion_tokens, total.calls) == (1700, 45, 2)
    assert total.cost_usd == pytest.approx(1700 * 0.15e-6 + 45 * 0.60e-6)
    assert not total.estimated
    assert "chat/completions" in caplog.text  # debug logging really ran
    assert key not in caplog.text
