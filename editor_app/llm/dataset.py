"""Fine-tuning data from real use: the turns a user applied and kept, in OpenAI's chat format.

Why: a small local model fine-tuned on the app's own accepted turns needs no long system
prompt or worked examples, which cuts every call's tokens. Each LLM turn's agent
conversations (messages, tool calls, tool results) are kept beside the project in
``finetune/turns.jsonl``; ``export`` joins them with the journal and writes only turns
whose batch is still applied (undone ones left out), one example per agent conversation:
``{"messages": [...], "tools": [...]}`` with call ids renumbered and secrets masked.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

FOLDER, FILE = "finetune", "turns.jsonl"
ROLES = {"system", "user", "assistant", "tool"}
SECRET = re.compile(r"\b(sk-[A-Za-z0-9_\-]{8,}|(?:api[_-]?key|token|password)\s*[=:]\s*\S+|Bearer\s+\S+)", re.I)


def record_turn(project_dir: Path, turn_id: str, conversations: dict[str, dict[str, Any]]) -> Path:
    """Append one turn's agent conversations (kept whether or not it is applied; export filters)."""
    path = Path(project_dir) / FOLDER / FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps({"turn_id": turn_id, "agents": conversations}, ensure_ascii=False, default=str)
    with path.open("a", encoding="utf-8") as fh:
        fh.write(line + "\n")
    return path


def kept_turn_ids(records: Iterable[dict[str, Any]]) -> set[str]:
    """Turn ids whose batch is applied and not undone at the end of the journal."""
    undo: list[dict[str, Any]] = []
    redo: list[dict[str, Any]] = []
    by_id: dict[str, dict[str, Any]] = {}
    for rec in records:
        kind = rec.get("type", "batch")
        if kind == "batch":
            by_id[rec.get("batch_id")] = rec
            undo.append(rec)
            redo.clear()
        elif kind == "undo" and undo and undo[-1].get("batch_id") == rec.get("batch_id"):
            redo.append(undo.pop())
        elif kind == "redo" and redo and redo[-1].get("batch_id") == rec.get("batch_id"):
            undo.append(redo.pop())
    return {r["turn_id"] for r in undo if r.get("turn_id")}


def _journal(project_dir: Path) -> list[dict[str, Any]]:
    try:
        from editor_app.model.project_io import read_journal  # below this layer, unlike the session; read-only

        return list(read_journal(Path(project_dir).resolve())[0])
    except Exception:  # noqa: BLE001 - a locked or newer project: read the plain journal lines
        out = []
        path = Path(project_dir) / "journal.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines() if path.is_file() else []:
            try:
                out.append(json.loads(line))
            except ValueError:
                continue
        return out


def mask(text: str) -> str:
    return SECRET.sub("[secret removed]", text)


def _example(conv: dict[str, Any]) -> dict[str, Any] | None:
    """One agent conversation in the fine-tuning format: call ids renumbered call_1.., tools in the
    clean standard schema and the calls' arguments in that schema's shape."""
    from editor_app.llm.schemas import server_tool, to_sent

    shaped = {}
    for tool in conv.get("tools") or []:
        try:
            clean, mapping = server_tool(tool, "standard")
        except Exception:  # noqa: BLE001 - an odd plugin schema goes as it was recorded
            clean, mapping = tool, None
        shaped[clean["function"]["name"]] = (clean, mapping)
    ids: dict[str, str] = {}
    messages: list[dict[str, Any]] = []
    for msg in conv.get("messages") or []:
        role = msg.get("role")
        if role not in ROLES:
            return None
        out: dict[str, Any] = {"role": role}
        if msg.get("content") is not None:
            out["content"] = mask(str(msg["content"]))
        if role == "assistant" and msg.get("tool_calls"):
            calls = []
            for call in msg["tool_calls"]:
                new = ids.setdefault(call.get("id") or f"missing{len(ids)}", f"call_{len(ids) + 1}")
                fn = call.get("function") or {}
                arguments = fn.get("arguments") or "{}"
                mapping = shaped.get(fn.get("name"), (None, None))[1]
                if mapping is not None:
                    try:
                        arguments = json.dumps(to_sent(mapping, json.loads(arguments)), ensure_ascii=False)
                    except ValueError:
                        pass
                calls.append({"id": new, "type": "function",
                              "function": {"name": fn.get("name"), "arguments": mask(arguments)}})
            out["tool_calls"] = calls
        if role == "tool":
            out["tool_call_id"] = ids.get(msg.get("tool_call_id"), msg.get("tool_call_id"))
            out.setdefault("content", "")
        if role != "assistant" or "tool_calls" not in out:
            out.setdefault("content", "")
        messages.append(out)
    tools = [{"type": "function", "function": {k: t["function"][k] for k in ("name", "description", "parameters")
                                               if k in t["function"]}} for t, _ in shaped.values()]
    example = {"messages": messages, "tools": tools}
    return example if not validate_example(example) else None


def export(project_dirs: Sequence[str | Path], out: str | Path) -> tuple[int, int]:
    """Write kept turns of these projects to ``out`` (JSONL); (examples written, turns skipped)."""
    written = skipped = 0
    lines: list[str] = []
    for folder in project_dirs:
        folder = Path(folder)
        path = folder / FOLDER / FILE
        if not path.is_file():
            continue
        kept = kept_turn_ids(_journal(folder))
        for raw in path.read_text(encoding="utf-8").splitlines():
            try:
                turn = json.loads(raw)
            except ValueError:
                skipped += 1
                continue
            if turn.get("turn_id") not in kept:
                skipped += 1
                continue
            for conv in (turn.get("agents") or {}).values():
                example = _example(conv)
                if example is None:
                    skipped += 1
                    continue
                lines.append(json.dumps(example, ensure_ascii=False))
                written += 1
    Path(out).write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return written, skipped


def validate_example(example: Any) -> list[str]:
    """Problems with one line against OpenAI's chat fine-tuning format (empty: valid).

    The checks of OpenAI's format guide and data-prep cookbook: a ``messages`` list of
    known roles with string content, at least one assistant message, assistant tool calls
    of type function with JSON-string arguments naming a tool in ``tools``, and tool
    messages answering an earlier call id.
    """
    problems: list[str] = []
    if not isinstance(example, dict) or not isinstance(example.get("messages"), list) or not example["messages"]:
        return ["no messages list"]
    unknown = set(example) - {"messages", "tools", "parallel_tool_calls"}
    if unknown:
        problems.append(f"unknown keys {sorted(unknown)}")
    names = set()
    for tool in example.get("tools") or []:
        fn = tool.get("function") if isinstance(tool, dict) else None
        if not isinstance(fn, dict) or tool.get("type") != "function" or not isinstance(fn.get("name"), str):
            problems.append("a tool is not {type: function, function: {name, ...}}")
            continue
        if not isinstance(fn.get("parameters", {}), dict):
            problems.append(f"tool {fn['name']} parameters is not an object")
        names.add(fn["name"])
    called: set[str] = set()
    assistants = 0
    for i, msg in enumerate(example["messages"]):
        role = msg.get("role") if isinstance(msg, dict) else None
        if role not in ROLES:
            problems.append(f"message {i}: unknown role {role!r}")
            continue
        keys = set(msg) - {"role", "content", "name", "tool_calls", "tool_call_id", "weight", "function_call"}
        if keys:
            problems.append(f"message {i}: unknown keys {sorted(keys)}")
        content = msg.get("content")
        if role == "assistant":
            assistants += 1
            if content is None and not msg.get("tool_calls"):
                problems.append(f"message {i}: assistant has neither content nor tool_calls")
            for call in msg.get("tool_calls") or []:
                fn = call.get("function") or {}
                if call.get("type") != "function" or not call.get("id"):
                    problems.append(f"message {i}: a tool call lacks id or type function")
                if fn.get("name") not in names:
                    problems.append(f"message {i}: calls {fn.get('name')!r}, which is not in tools")
                try:
                    json.loads(fn.get("arguments"))
                except (TypeError, ValueError):
                    problems.append(f"message {i}: arguments of {fn.get('name')} are not a JSON string")
                called.add(call.get("id"))
        elif content is not None and not isinstance(content, str):
            problems.append(f"message {i}: content is not a string")
        if role == "tool" and msg.get("tool_call_id") not in called:
            problems.append(f"message {i}: tool result for an unknown call id {msg.get('tool_call_id')!r}")
    if not assistants:
        problems.append("no assistant message")
    return problems
