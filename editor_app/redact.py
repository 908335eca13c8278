"""Mask secrets in any text shown to the user or written to a log.

Why: a server error that echoed the API key was printed verbatim. Keys the app has
resolved are remembered here (``remember``); key-shaped strings (``sk-...``, bearer tokens,
``api_key=...``) are masked even when unknown. Pure, no dependencies: every layer can use it.
"""

from __future__ import annotations

import logging
import os
import re

_KNOWN: set[str] = set()
_ENV_KEYS = ("OPENAI_API_KEY", "EDITOR_APP_API_KEY", "ANTHROPIC_API_KEY")
# (prefix kept, secret masked)
_PATTERNS = [
    re.compile(r"()\b((?:sk|pk|rk)-[A-Za-z0-9_\-]{12,})"),
    re.compile(r"(?i)(bearer\s+)([A-Za-z0-9._~+/\-]{12,}=*)"),
    re.compile(r"(?i)((?:api[_-]?key|access[_-]?token|secret|password)[\"']?\s*[:=]\s*[\"']?)([^\s\"',;}&]{8,})"),
]


def remember(secret: str | None) -> None:
    """Mask this exact value from now on (keys resolved from settings, keyring or environment)."""
    if secret and len(secret) >= 6:
        _KNOWN.add(secret)


def _mask(secret: str) -> str:
    return f"…{secret[-4:]}" if len(secret) > 12 else "…"


def redact(text: str) -> str:
    """``text`` with every known or key-shaped secret masked."""
    if not text:
        return text
    known = set(_KNOWN) | {v for k in _ENV_KEYS if len(v := os.environ.get(k, "")) >= 6}
    for secret in sorted(known, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, _mask(secret))
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + _mask(m.group(2)), text)
    return text


class RedactingFilter(logging.Filter):
    """A logging filter that masks secrets in messages and tracebacks before they are written."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info:
            import traceback

            record.exc_text = redact("".join(traceback.format_exception(*record.exc_info)).rstrip())
            record.exc_info = None
        return True
