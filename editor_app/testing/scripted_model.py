"""A scripted model for the test server: routes, then plays intended tool calls rendered the
way the request asks for them (native tool calls, or JSON text when the app fell back to
JSON output), with arguments in the shape the server's schema showed (flattened, renamed).

Used by the dialect tests and benchmarks/tokens_bench.py, so both drive the real client,
orchestrator and server with the same "model".
"""

from __future__ import annotations

import json
from typing import Any

from editor_app.testing.replies import Reply, text, tool_calls

Action = tuple[str, dict[str, Any]] | Reply  # an intended call, or a fixed reply


def is_route(request: dict[str, Any]) -> bool:
    names = [t.get("function", {}).get("name") for t in request.get("tools") or []]
    fmt = json.dumps(request.get("response_format") or {})
    system = (request.get("messages") or [{}])[0].get("content") or ""
    return names == ["route"] or '"route"' in fmt or "- route(" in system


def wants_json(request: dict[str, Any]) -> bool:
    return not request.get("tools")


def _props(request: dict[str, Any], name: str) -> dict[str, Any] | None:
    for tool in request.get("tools") or []:
        fn = tool.get("function") or {}
        if fn.get("name") == name:
            return (fn.get("parameters") or {}).get("properties") or {}
    return None


def shaped(request: dict[str, Any], name: str, args: dict[str, Any]) -> dict[str, Any]:
    """``args`` (the tool's own shape) as the server showed the tool: hoisted objects, renamed fields."""
    props = _props(request, name)
    if props is None and wants_json(request):
        system = request["messages"][0]["content"]
        line = next((ln for ln in system.splitlines() if ln.startswith(f"- {name}(")), "")
        props = {part.split(":")[0].strip().rstrip("?"): {} for part in line[line.find("(") + 1:line.find(")")].split(",")}
    if not props:
        return args
    out: dict[str, Any] = {}
    for key, value in args.items():
        if isinstance(value, dict) and key not in props:
            out.update(value)  # hoisted: its fields are top-level properties
        elif key == "frame" and "frame" not in props and "time" in props:
            out["time"] = value
        else:
            out[key] = value
    return out


class ScriptedModel:
    """Routes to ``route``; then each agent request gets the next action, rendered for the request."""

    def __init__(self, route: list[str], actions: list[Action], closing: str = "Done.") -> None:
        self.route = route
        self.actions = list(actions)
        self.closing = closing
        self.requests: list[dict[str, Any]] = []
        self.agent_requests: list[dict[str, Any]] = []

    def __call__(self, request: dict[str, Any]) -> Reply:
        self.requests.append(request)
        if is_route(request):
            if wants_json(request):
                return text(json.dumps({"calls": [{"name": "route", "arguments": {"agents": self.route}}],
                                        "reply": ""}))
            return tool_calls([("route", {"agents": self.route})])
        self.agent_requests.append(request)
        if not self.actions or (request["messages"][-1].get("role") == "tool" and self._answered(request)):
            return text(json.dumps({"calls": [], "reply": self.closing}) if wants_json(request) else self.closing)
        action = self.actions.pop(0)
        if isinstance(action, Reply):
            return action
        name, args = action
        args = shaped(request, name, args)
        if wants_json(request):
            return text(json.dumps({"calls": [{"name": name, "arguments": args}], "reply": ""}))
        return tool_calls([(name, args)])

    def _answered(self, request: dict[str, Any]) -> bool:
        """With one action per agent, a request that already carries a successful result is a closing one."""
        return self.one_per_agent and '"ok": true' in (request["messages"][-1].get("content") or "")

    one_per_agent = False
