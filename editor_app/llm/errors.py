"""LLM failures as exceptions whose message a user can act on.

The openai client's exceptions speak HTTP; these say what to do: start Ollama,
check the key, add the server flags that enable tool calling.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlparse

from editor_app.llm.settings import ProviderSettings

if TYPE_CHECKING:  # loaded by map_error, i.e. only once a model client exists
    import openai

_SERVER_NAMES = {
    "ollama": "Ollama",
    "lmstudio": "LM Studio's local server",
    "vllm": "the vLLM server",
    "llamacpp": "llama-server (llama.cpp)",
}
TOOLS_HINT = ("vLLM needs --enable-auto-tool-choice --tool-call-parser <parser for the model>, "
              "llama.cpp's llama-server needs --jinja, and Ollama needs a model that supports tools")


class LLMError(Exception):
    """Any failure talking to the model; ``str(err)`` is a plain-words message."""

    status_code: int | None = None
    partial: str = ""  # content streamed before a failure cut the reply off

    def __init__(self, message: str, status_code: int | None = None) -> None:
        from editor_app.redact import redact

        message = redact(message)  # a server error may echo the API key back
        super().__init__(message)
        self.message = message
        if status_code is not None:
            self.status_code = status_code


class LLMConfigError(LLMError):
    """Something the user must set first: a key, a model, an endpoint."""


class LLMAuthError(LLMError):
    """401/403: the key is missing, wrong or lacks access."""


class LLMRateLimitError(LLMError):
    """429 still after the client's retries."""


class LLMServerError(LLMError):
    """5xx still after the client's retries."""


class LLMTimeoutError(LLMError):
    """No answer within the configured timeout (after retries)."""


class LLMConnectionError(LLMError):
    """The server could not be reached at all."""


class LLMToolsUnsupportedError(LLMError):
    """The server refused the ``tools`` parameter (missing server flags or a model without tools)."""


class LLMModelNotFoundError(LLMError):
    """404: the model is not on this server (or the URL is wrong)."""


class LLMBadRequestError(LLMError):
    """Another 4xx the server explained."""


class LLMUnsupportedError(LLMError):
    """The server has no such endpoint (e.g. no speech-to-text)."""


class LLMResponseError(LLMError):
    """The server answered with something that is not a usable reply."""


def server_name(settings: ProviderSettings) -> str:
    return _SERVER_NAMES.get(settings.preset, "the server")


def _detail(exc: openai.APIStatusError) -> str:
    """The server's own error message, short."""
    body = exc.body
    msg = None
    if isinstance(body, dict):
        inner = body.get("error", body)
        msg = inner.get("message") if isinstance(inner, dict) else inner
    text = str(msg or exc.message or "").strip()
    return text[:300]


def map_error(exc: Exception, settings: ProviderSettings, what: str = "chat", tools_sent: bool = False) -> LLMError:
    """The openai exception ``exc`` as an LLMError with a clear message."""
    import openai

    if isinstance(exc, LLMError):
        return exc
    url = settings.base_url or "(no URL)"
    retries = f" after {settings.max_retries} retries" if settings.max_retries else ""
    if isinstance(exc, openai.APITimeoutError):
        return LLMTimeoutError(f"{url} did not answer within {settings.timeout:g} s{retries}; "
                               "the model may be loading or overloaded — try again or raise the timeout")
    if isinstance(exc, openai.APIConnectionError):
        if settings.is_local:
            return LLMConnectionError(f"cannot reach {url} — is {server_name(settings)} running?")
        host = urlparse(url).hostname or url
        return LLMConnectionError(f"cannot reach {url} — check the address and your internet connection ({host})")
    if not isinstance(exc, openai.APIStatusError):
        return LLMError(f"{what} failed: {type(exc).__name__}: {exc}")
    code = exc.status_code
    detail = _detail(exc)
    said = f" (server said: {detail})" if detail else ""
    if code in (401, 403):
        return LLMAuthError(f"{url} refused the API key ({code}){said}; check the key in Settings "
                            "or OPENAI_API_KEY", code)
    if code == 429:
        return LLMRateLimitError(f"rate limited by {url} (429){retries}{said}; wait a moment and try again", code)
    if code >= 500:
        return LLMServerError(f"{url} had a server error ({code}){retries}{said}", code)
    if code == 400 and tools_sent and _mentions_tools(detail):
        return LLMToolsUnsupportedError(f"this server rejected tool calling{said}; {TOOLS_HINT}", code)
    if code == 404:
        if what in ("transcription", "embeddings") and "model" not in detail.lower():
            return LLMUnsupportedError(f"{url} has no {what} endpoint{said}", code)
        if "model" in detail.lower() or not detail:
            model = settings.model if what == "chat" else None
            name = f"model {model!r}" if model else "the model"
            return LLMModelNotFoundError(f"{name} was not found on {url}{said}; pick one the server lists "
                                         "(Settings → Test connection) or pull it first", code)
        return LLMModelNotFoundError(f"{url} answered 404 for {what}{said}; does the base URL end in /v1?", code)
    return LLMBadRequestError(f"{url} rejected the {what} request ({code}){said}", code)


def _mentions_tools(detail: str) -> bool:
    low = detail.lower()
    return any(word in low for word in ("tool", "function", "jinja"))
