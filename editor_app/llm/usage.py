"""Tokens, latency and estimated cost of model calls, summed over a chat turn and a session.

Prices come from a per-model table: the user's own entries (Settings) over the built-in
one below. A remote model with no known price shows "cost unknown", never a made-up $0.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ConfigDict

from editor_app.llm.settings import ModelPrice, ProviderSettings

CHARS_PER_TOKEN = 4  # the usual rough heuristic when a server reports no usage

# USD per 1M tokens (input, output, cached input), OpenAI's published list prices.
BUILTIN_PRICES: dict[str, ModelPrice] = {
    name: ModelPrice(input=i, output=o, cached_input=c) for name, (i, o, c) in {
        "gpt-4o-mini": (0.15, 0.60, 0.075),
        "gpt-4o": (2.50, 10.00, 1.25),
        "gpt-4.1": (2.00, 8.00, 0.50),
        "gpt-4.1-mini": (0.40, 1.60, 0.10),
        "gpt-4.1-nano": (0.10, 0.40, 0.025),
        "o3-mini": (1.10, 4.40, 0.55),
        "o4-mini": (1.10, 4.40, 0.275),
        "o3": (2.00, 8.00, 0.50),
        "gpt-5": (1.25, 10.00, 0.125),
        "gpt-5-mini": (0.25, 2.00, 0.025),
        "gpt-5-nano": (0.05, 0.40, 0.005),
    }.items()
}


class Usage(BaseModel):
    """What one or more calls cost. ``estimated`` is True when any token count was guessed;
    ``cost_known`` is False when a remote model had no price in the table."""

    model_config = ConfigDict(frozen=True)

    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0  # part of prompt_tokens the server served from its cache
    latency_s: float = 0.0
    cost_usd: float = 0.0
    calls: int = 0
    estimated: bool = False
    cost_known: bool = True

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def __add__(self, other: Usage) -> Usage:
        if not isinstance(other, Usage):
            return NotImplemented
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            cached_tokens=self.cached_tokens + other.cached_tokens,
            latency_s=self.latency_s + other.latency_s,
            cost_usd=self.cost_usd + other.cost_usd,
            calls=self.calls + other.calls,
            estimated=self.estimated or other.estimated,
            cost_known=self.cost_known and other.cost_known,
        )


def price_for(settings: ProviderSettings, model: str | None = None) -> ModelPrice | None:
    """The price of ``model`` (default: the settings' model): exact name, else the longest
    table name it starts with (dated snapshots such as gpt-4o-2024-08-06)."""
    name = (model or settings.model or "").strip()
    if not name:
        return None
    for table in (settings.prices, BUILTIN_PRICES):
        if name in table:
            return table[name]
    for table in (settings.prices, BUILTIN_PRICES):
        matches = [k for k in table if name.startswith(k + "-") or name.startswith(k + ":")]
        if matches:
            return table[max(matches, key=len)]
    return None


def cost_of(settings: ProviderSettings, prompt_tokens: int, completion_tokens: int, cached_tokens: int = 0,
            model: str | None = None) -> float | None:
    """USD for one call; 0 on a local server; None when the model's price is unknown."""
    if settings.is_local:
        return 0.0
    price = price_for(settings, model)
    if price is None:
        return None
    cached = min(max(cached_tokens, 0), prompt_tokens)
    cached_rate = price.cached_input if price.cached_input is not None else price.input
    return ((prompt_tokens - cached) * price.input + cached * cached_rate
            + completion_tokens * price.output) / 1_000_000


def make_usage(
    settings: ProviderSettings,
    prompt_tokens: int,
    completion_tokens: int,
    latency_s: float,
    estimated: bool = False,
    cached_tokens: int = 0,
    model: str | None = None,
) -> Usage:
    """One call's usage with its cost worked out."""
    cost = cost_of(settings, prompt_tokens, completion_tokens, cached_tokens, model)
    return Usage(
        prompt_tokens=prompt_tokens,
        completion_tokens=completion_tokens,
        cached_tokens=cached_tokens,
        latency_s=latency_s,
        cost_usd=cost or 0.0,
        calls=1,
        estimated=estimated,
        cost_known=cost is not None,
    )


def sum_usage(items: Iterable[Usage]) -> Usage:
    """All calls of a turn (or of a session) as one figure."""
    total = Usage()
    for item in items:
        total = total + item
    return total


class SessionUsage:
    """A running total over the turns of one window or CLI session."""

    def __init__(self) -> None:
        self.total = Usage()
        self.turns = 0

    def add(self, usage: Usage) -> Usage:
        self.total = self.total + usage
        self.turns += 1
        return self.total

    def line(self) -> str:
        return f"session: {self.turns} turn{'s' if self.turns != 1 else ''}, {format_usage(self.total)}"


def estimate_tokens(value: Any) -> int:
    """Rough token count of text or JSON-able data (chars / 4, at least 1 for non-empty)."""
    if value is None:
        return 0
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    if not text:
        return 0
    return max(1, round(len(text) / CHARS_PER_TOKEN))


def _money(usage: Usage) -> str:
    if not usage.cost_known:
        known = f" (+${usage.cost_usd:.4f} known)" if usage.cost_usd else ""
        return "cost unknown: add the model's price in Settings" + known
    cost = usage.cost_usd
    if cost == 0:
        return "$0"
    if cost < 0.01:
        return f"${cost:.4f}"
    return f"${cost:,.2f}"


def format_usage(usage: Usage) -> str:
    """E.g. "1,234 in (1,024 cached) / 210 out tokens · 1.8 s · $0.0004" ("~" marks guesses)."""
    approx = "~" if usage.estimated else ""
    cached = f" ({usage.cached_tokens:,} cached)" if usage.cached_tokens else ""
    return (f"{approx}{usage.prompt_tokens:,} in{cached} / {approx}{usage.completion_tokens:,} out tokens"
            f" · {usage.latency_s:.1f} s · {_money(usage)}")
