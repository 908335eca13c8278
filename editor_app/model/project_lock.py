"""One writer at a time per project folder: an OS file lock plus a note of who holds it.

Why: two writers interleaving journal appends and project.json rewrites lost confirmed
edits. The window holds the lock while a project is open; a CLI edit takes it for the
command's duration. Whoever is refused gets a sentence naming the holder. The lock is an
OS lock (flock through filelock): a killed holder releases it, so it never goes stale.
"""

from __future__ import annotations

import json
import os
import socket
import time
from pathlib import Path

from filelock import FileLock, Timeout

LOCK_FILE = ".editor.lock"
OWNER_FILE = ".editor.lock.owner"


class ProjectLocked(Exception):
    """Another writer holds the project; the message says who and what to do."""


class ProjectLock:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._lock = FileLock(str(self.folder / LOCK_FILE), thread_local=False)
        self.holder: str | None = None  # "window", "cli", ... while this object holds it

    @property
    def held(self) -> bool:
        return self.holder is not None

    def owner(self) -> dict:
        try:
            data = json.loads((self.folder / OWNER_FILE).read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def acquire(self, holder: str, wait: float = 10.0) -> None:
        """Take the lock, waiting up to ``wait`` s for a short-lived writer (never for a window)."""
        if self.held:
            return
        owner = self.owner()
        if owner.get("holder") == "window" and holder != "window":
            wait = 0.2  # a window holds it for hours: say so at once
        try:
            self._lock.acquire(timeout=wait)
        except Timeout:
            raise ProjectLocked(self.refusal(self.owner())) from None
        self.holder = holder
        info = {"holder": holder, "pid": os.getpid(), "host": socket.gethostname(), "since": time.time()}
        try:  # advisory only (names the holder in a refusal): no fsync, so a write stays cheap
            (self.folder / OWNER_FILE).write_text(json.dumps(info), encoding="utf-8")
        except OSError:
            pass

    def release(self) -> None:
        if not self.held:
            return
        if self.owner().get("pid") == os.getpid():
            try:
                (self.folder / OWNER_FILE).unlink()
            except OSError:
                pass
        self.holder = None
        self._lock.release()

    def refusal(self, owner: dict) -> str:
        where = f"process {owner.get('pid', '?')}" + (f" on {owner['host']}" if owner.get("host") not in (None, socket.gethostname()) else "")
        if owner.get("holder") == "window":
            return (f"{self.folder} is open in the editor window ({where}); make this edit there, or close the "
                    f"project in the window and try again. Nothing was changed.")
        if owner.get("holder"):
            return (f"{self.folder} is being changed by another editor-app command ({where}); try again when it "
                    f"has finished. Nothing was changed.")
        return f"{self.folder} is being changed by another program; try again in a moment. Nothing was changed."
