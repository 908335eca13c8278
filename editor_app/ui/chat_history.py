"""The chat as the user saw it, per project: shown again when the project is opened.

A display log (who said what), one JSON line per message in ``chat_history.jsonl`` in the
project folder. It is not the assistant's conversation memory (planner/memory.py keeps turns
for resolving "it" and "the same again"); a torn last line from a crash is skipped.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

FILE_NAME = "chat_history.jsonl"
SHOW = 60  # messages shown again on open
MAX_TEXT = 4000


class ChatHistory:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    @classmethod
    def for_project(cls, project_dir: str | Path) -> "ChatHistory":
        return cls(Path(project_dir) / FILE_NAME)

    def add(self, who: str, text: str) -> None:
        record = {"who": who, "text": text[:MAX_TEXT], "time": time.time()}
        try:
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        except OSError:  # a read-only project still chats; it just forgets
            pass

    def load(self, limit: int = SHOW) -> list[tuple[str, str]]:
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            return []
        out = []
        for line in lines:
            try:
                data = json.loads(line)
            except ValueError:
                continue
            if isinstance(data, dict) and isinstance(data.get("text"), str) and data.get("who") in ("user", "assistant", "error"):
                out.append((data["who"], data["text"]))
        return out[-limit:]
