"""Tokens, latency and estimated cost of model calls, summed over a chat turn."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ConfigDict

from editor_app.llm.settings import ProviderSettings

CHARS_PER_TOKEN = 4  # the usual rough heuristic when a server reports no usage


class Usage(BaseModel):
    """What one or more calls cost. ``estimated`` is True when any token count was guessed."""

    model_config = ConfigDict(frozen=True)

    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_s: float = 0.0
    cost_usd: float = 0.0
    calls: int = 0
    estimated: bool = False

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def __add__(self, other: Usage) -> Usage:
        if not isinstance(other, Usage):
            return NotImplemented
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            latency_s=self.latency_s + other.latency_s,
            cost_usd=self.cost_usd + other.cost_usd,
            calls=self.calls + other.calls,
            estimated=self.estimated or other.estimated,
        )


def cost_of(settings: ProviderSettings, prompt_tokens: int, completion_tokens: int) -> float:
    """USD from the settings' per-1M prices; local servers cost nothing."""
    if settings.is_local:
        return 0.0
    return (prompt_tokens * settings.price_in_per_m + completion_tokens * settings.price_out_per_m) / 1_000_000


def make_usage(
    settings: ProviderSettings,
    prompt_tokens: int,
    completion_tokens: int,
    latency_s: float,
    estimated: bool = False,
) -> Usage:
    """One call's usage with its cost worked out."""
    return Usage(
        prompt_tokens=prompt_tokens,
        completion_tokens=completion_tokens,
        latency_s=latency_s,
        cost_usd=cost_of(settings, prompt_tokens, completion_tokens),
        calls=1,
        estimated=estimated,
    )


def sum_usage(items: Iterable[Usage]) -> Usage:
    """All calls of a turn as one figure."""
    total = Usage()
    for item in items:
        total = total + item
    return total


def estimate_tokens(value: Any) -> int:
    """Rough token count of text or JSON-able data (chars / 4, at least 1 for non-empty)."""
    if value is None:
        return 0
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    if not text:
        return 0
    return max(1, round(len(text) / CHARS_PER_TOKEN))


def _money(cost: float) -> str:
    if cost == 0:
        return "$0"
    if cost < 0.01:
        return f"${cost:.4f}"
    return f"${cost:,.2f}"


def format_usage(usage: Usage) -> str:
    """E.g. "1,234 in / 210 out tokens · 1.8 s · $0.0004" ("~" marks guessed token counts)."""
    approx = "~" if usage.estimated else ""
    return (f"{approx}{usage.prompt_tokens:,} in / {approx}{usage.completion_tokens:,} out tokens"
            f" · {usage.latency_s:.1f} s · {_money(usage.cost_usd)}")
