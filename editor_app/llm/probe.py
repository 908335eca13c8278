"""Does tool calling work on this server? One tiny call, and what to change when it does not.

Why: a server can list models and chat fine yet refuse ``tools`` (llama-server without
--jinja, vLLM without --enable-auto-tool-choice) or run a model that ignores them; then
every chat turn would fall back to slower JSON output or fail. Settings → Test connection
finds out first and says what to change.
"""

from __future__ import annotations

from typing import Any

from editor_app.llm.errors import LLMError, LLMToolsUnsupportedError
from editor_app.llm.settings import ProviderSettings

PROBE_TOOL = {"type": "function", "function": {
    "name": "set_volume", "description": "Set a clip's volume in dB.",
    "parameters": {"type": "object", "required": ["clip_id", "db"], "properties": {
        "clip_id": {"type": "string"}, "db": {"type": "number"}}}}}
FIXES = {
    "llamacpp": "start llama-server with --jinja (and a model whose chat template supports tools)",
    "vllm": "start vLLM with --enable-auto-tool-choice --tool-call-parser <the model's parser, e.g. hermes>",
    "ollama": "use a model with tool support (e.g. qwen2.5, llama3.1, mistral-nemo); `ollama show MODEL` lists "
              "'tools' under Capabilities",
    "lmstudio": "load a model with tool-use support in LM Studio",
}


async def check_tools(client: Any, settings: ProviderSettings) -> tuple[bool, str]:
    """(tool calling works, one sentence). Tool calls written in the text count, with a note."""
    from editor_app.llm.client import chat

    fix = FIXES.get(settings.preset, "use a server and model that support OpenAI tool calling")
    messages = [{"role": "system", "content": "You edit videos with tools."},
                {"role": "user", "content": "Set clip c1 to -6 dB."}]
    try:
        result = await chat(client, settings, messages, tools=[PROBE_TOOL], max_tokens=200)
    except LLMToolsUnsupportedError as err:
        return False, (f"but it refused tool calling ({err.message}); chat turns will ask for JSON output "
                       f"instead, which is slower and less reliable. To fix: {fix}")
    except LLMError as err:
        return False, f"but a tool-calling test failed: {err.message}"
    calls = [c for c in result.tool_calls if c["name"] == "set_volume"]
    if not calls:
        return False, (f"but the model answered without calling the test tool, so it may not support tools; "
                       f"{fix}")
    if result.notes:
        return True, "tool calling works (the model writes calls into its text; they are read from there)"
    return True, "tool calling works"


def context_note(settings: ProviderSettings) -> str:
    """What the user should know about the server's context window."""
    if settings.preset == "ollama":
        return (f"; Ollama keeps {settings.context_window:,} tokens per request as set here — if your Ollama "
                f"runs with another size, {settings.context_howto(16384)} and set the same number in Settings")
    return ""
