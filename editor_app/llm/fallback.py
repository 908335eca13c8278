"""Tool calls without tool calling: the same calls asked for as JSON output.

Why: llama-server without --jinja, vLLM without --enable-auto-tool-choice and models without
tool support refuse ``tools``. They can still answer in JSON, constrained by a JSON schema
(``response_format``; llama.cpp turns it into a grammar) or just asked for in the prompt.
The answer ``{"calls": [{"name": ..., "arguments": {...}}], "reply": "..."}`` becomes the
same tool calls, so validation, retries and the plan are unchanged.
"""

from __future__ import annotations

import json
from typing import Any

from editor_app.llm.parsing import calls_in_content, new_call_id, strip_think

MODES = ("tools", "json_schema", "prompted_json")


def _signature(tool: dict[str, Any]) -> str:
    fn = tool.get("function", tool)
    params = fn.get("parameters") or {}
    required = set(params.get("required", []))
    args = []
    for name, prop in (params.get("properties") or {}).items():
        kind = prop.get("type", "any")
        kind = "|".join(kind) if isinstance(kind, list) else kind
        if prop.get("enum"):
            kind = "|".join(str(e) for e in prop["enum"][:12])
        args.append(f"{name}{'' if name in required else '?'}: {kind}")
    desc = (fn.get("description") or "").strip()
    return f"- {fn['name']}({', '.join(args)}): {desc}"


def instructions(tools: list[dict[str, Any]]) -> str:
    """What to add to the system prompt when calls must come back as JSON."""
    listing = "\n".join(_signature(t) for t in tools)
    return ("\n\nThis server cannot take tool calls directly. Answer ONLY with one JSON object: "
            '{"calls": [{"name": "<tool>", "arguments": {...}}], "reply": "<one sentence>"}. '
            'Put every tool call you want in "calls" (an empty list when you are done), with arguments as '
            "described below. Tool results come back to you in the next user message.\nTools:\n" + listing)


def response_format(tools: list[dict[str, Any]]) -> dict[str, Any]:
    """A JSON-schema response_format that only allows calls to these tools."""
    names = [t.get("function", t)["name"] for t in tools]
    schema = {"type": "object", "additionalProperties": False, "required": ["calls", "reply"], "properties": {
        "calls": {"type": "array", "items": {"type": "object", "additionalProperties": False,
                                             "required": ["name", "arguments"], "properties": {
                                                 "name": {"type": "string", "enum": names},
                                                 "arguments": {"type": "object"}}}},
        "reply": {"type": "string"}}}
    return {"type": "json_schema", "json_schema": {"name": "tool_calls", "schema": schema}}


def convert_history(messages: list[dict[str, Any]], tools: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The conversation with tool calls and results as plain JSON text (servers without tools
    may reject the ``tool`` role and ``tool_calls``)."""
    out: list[dict[str, Any]] = []
    results: list[str] = []
    for msg in messages:
        role = msg.get("role")
        if role == "tool":
            results.append(f"{msg.get('tool_call_id', '')}: {msg.get('content', '')}")
            continue
        if results:
            out.append({"role": "user", "content": "Tool results:\n" + "\n".join(results)})
            results = []
        if role == "system":
            out.append({"role": "system", "content": (msg.get("content") or "") + instructions(tools)})
        elif role == "assistant" and msg.get("tool_calls"):
            calls = [{"name": c["function"]["name"], "arguments": json.loads(c["function"]["arguments"] or "{}")}
                     for c in msg["tool_calls"]]
            out.append({"role": "assistant", "content": json.dumps({"calls": calls, "reply": msg.get("content") or ""})})
        else:
            out.append({"role": role, "content": msg.get("content") or ""})
    if results:
        out.append({"role": "user", "content": "Tool results:\n" + "\n".join(results)})
    return out


def parse_answer(content: str | None, tools: list[dict[str, Any]]) -> tuple[list[dict[str, str]], str | None]:
    """Calls and reply text from a JSON answer (or from tool calls written in prose)."""
    names = [t.get("function", t)["name"] for t in tools]
    text, _ = strip_think(content)
    if not text:
        return [], None
    try:
        data = json.loads(text.strip().removeprefix("```json").removesuffix("```").strip())
    except ValueError:
        data = None
    if isinstance(data, dict) and isinstance(data.get("calls"), list):
        calls = []
        for item in data["calls"]:
            if isinstance(item, dict) and item.get("name") in names:
                args = item.get("arguments")
                calls.append({"id": new_call_id(), "name": item["name"],
                              "arguments": json.dumps(args if isinstance(args, dict) else {})})
        reply = data.get("reply")
        return calls, reply if isinstance(reply, str) else None
    return calls_in_content(text, names)
