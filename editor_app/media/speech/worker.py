"""Run transcription in a separate process (spawn-safe), with progress and cancel.

Why a process, not a thread: CTranslate2 holds the CPU for minutes and a crash in native
code must not take the window with it; a process can also be stopped at once when the
user cancels mid-segment. The model is loaded once per run and reused for every file.
Messages come back over a queue: ("progress", key, fraction), ("done", key, json),
("error", key, sentence), ("end",).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import sys
import queue as queue_module
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from editor_app.media.speech.cache import SpeechResult
from editor_app.media.speech.engines import Engine, TranscriptionCancelled

GRACE = 2.0  # seconds a cancelled worker gets to stop by itself before it is terminated
POLL = 0.1


@dataclass(frozen=True)
class Job:
    key: str  # the media id (or any label the caller uses)
    path: str
    language: str | None = None


class WorkerFailed(RuntimeError):
    """The worker process died without saying why (killed, out of memory, native crash)."""


def _main(jobs: Sequence[Job], engine: Engine, messages, stop) -> None:  # runs in the child process
    from editor_app.media.errors import MediaError
    from editor_app.media.speech.models import ModelUnavailable
    from editor_app.media.speech.pipeline import transcribe_file

    loaded = None
    try:
        for job in jobs:
            if stop.is_set():
                break
            messages.put(("progress", job.key, 0.0))
            try:
                if loaded is None:
                    loaded = engine.load()
                result = transcribe_file(
                    job.path, engine, language=job.language, loaded=loaded,
                    progress=lambda f, k=job.key: messages.put(("progress", k, float(f))),
                    cancelled=stop.is_set)
                messages.put(("progress", job.key, 1.0))
                messages.put(("done", job.key, result.to_json()))
            except TranscriptionCancelled:
                break
            except (MediaError, ModelUnavailable, ValueError, OSError) as exc:
                messages.put(("error", job.key, str(exc)))
            except Exception as exc:  # noqa: BLE001 - report, keep going with the next file
                messages.put(("error", job.key, f"transcription failed: {type(exc).__name__}: {exc}"))
    finally:
        messages.put(("end",))


def run_jobs(jobs: Sequence[Job], engine: Engine, *,
             progress: Callable[[str, float], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> dict[str, SpeechResult | str]:
    """Transcribe ``jobs`` in a worker process; per job key, a SpeechResult or an error sentence.

    Returns early (with the jobs finished so far) when ``cancelled()`` turns true; raises
    TranscriptionCancelled in that case so callers never store a partial run by mistake.
    """
    if not jobs:
        return {}
    context = multiprocessing.get_context("spawn")
    messages = context.Queue()
    stop = context.Event()
    process = context.Process(target=_main, args=(list(jobs), engine, messages, stop), daemon=True,
                              name="editor-app-transcribe")
    with _main_module_hidden():
        process.start()
    results: dict[str, SpeechResult | str] = {}
    stop_asked: float | None = None
    try:
        while True:
            if stop_asked is None and cancelled is not None and cancelled():
                stop.set()
                stop_asked = time.monotonic()
            if stop_asked is not None and time.monotonic() - stop_asked > GRACE:
                break
            try:
                message = messages.get(timeout=POLL)
            except queue_module.Empty:
                if not process.is_alive():
                    _drain(messages, results, progress)
                    if len(results) < len(jobs) and stop_asked is None:
                        raise WorkerFailed(f"the transcription worker stopped unexpectedly "
                                           f"(exit code {process.exitcode})")
                    break
                continue
            if message[0] == "end":
                break
            _handle(message, results, progress)
    finally:
        if process.is_alive():
            stop.set()
            process.join(GRACE if stop_asked is None else 0.2)
        if process.is_alive():
            process.terminate()
            process.join(5)
        messages.close()
    if stop_asked is not None:
        raise TranscriptionCancelled(f"transcription was cancelled ({len(results)} of {len(jobs)} finished)")
    return results


@contextlib.contextmanager
def _main_module_hidden():
    """Start the child without re-running the caller's script (spawn imports ``__main__`` otherwise).

    The worker's code lives in this module, so the child needs nothing from ``__main__``; hiding
    it makes transcription safe from scripts and notebooks without an ``if __name__`` guard.
    """
    main = sys.modules.get("__main__")
    saved = {k: getattr(main, k) for k in ("__file__", "__spec__") if main is not None and hasattr(main, k)}
    try:
        for key in saved:
            setattr(main, key, None) if key == "__spec__" else delattr(main, key)
        yield
    finally:
        for key, value in saved.items():
            setattr(main, key, value)


def _handle(message, results, progress) -> None:
    kind, key = message[0], message[1]
    if kind == "progress" and progress is not None:
        progress(key, message[2])
    elif kind == "done":
        results[key] = SpeechResult.from_json(message[2])
    elif kind == "error":
        results[key] = message[2]


def _drain(messages, results, progress) -> None:
    while True:
        try:
            message = messages.get_nowait()
        except (queue_module.Empty, OSError, ValueError):
            return
        if message[0] != "end":
            _handle(message, results, progress)


class CancelFlag:
    """A thread-safe cancel switch for callers without their own (CLI Ctrl+C, tests)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def __call__(self) -> bool:
        return self._event.is_set()
