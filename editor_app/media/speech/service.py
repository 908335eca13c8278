"""Transcribe a project's media: what needs it, the cache, the worker, and one undoable batch.

Two steps, so a window can run the slow one off its UI thread and apply on it:
``recognize_assets`` (cache + worker process; touches no project) and ``transcript_ops``
(SetTranscript operations). ``transcribe_assets`` does both and applies through the session.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor_app.media.speech.cache import SpeechResult, content_hash, load_cached, store
from editor_app.media.speech.engines import ApiEngine, Engine, LocalEngine, TranscriptionCancelled
from editor_app.media.speech.settings import SpeechSettings, load_speech_settings
from editor_app.media.speech.worker import Job, run_jobs
from editor_app.model.operations import SetTranscript
from editor_app.model.project import MediaAsset

ProgressFn = Callable[[str, float, str], None]  # (media id, fraction 0..1, what is happening)
SIDECAR = "sidecar"


def transcript_state(asset: MediaAsset) -> str:
    """For the media bin: 'no audio', 'sidecar', 'transcribed', 'no speech' or 'none'."""
    if asset.kind == "image" or not asset.has_audio:
        return "no audio"
    if asset.transcript_model == SIDECAR or (asset.transcript and not asset.words and asset.transcript_model is None):
        return "sidecar"
    if asset.words or asset.transcript:
        return "transcribed"
    if asset.transcript_model is not None:
        return "no speech"
    return "none"


def needs_transcript(asset: MediaAsset) -> bool:
    """True for media with sound and no transcript yet (subtitles beside the file win)."""
    return transcript_state(asset) == "none"


def auto_transcribe_enabled() -> bool:
    """The "transcribe after import" setting (speech section; EDITOR_APP_AUTO_TRANSCRIBE=0 turns it off)."""
    return load_speech_settings().auto_transcribe


def default_engine(settings: SpeechSettings | None = None, provider: Any = None, api_key: str | None = None) -> Engine:
    """The engine the settings ask for. ``provider`` (ProviderSettings) and key are needed for 'api'."""
    settings = settings or load_speech_settings()
    if settings.engine == "api":
        if provider is None or not getattr(provider, "base_url", None):
            raise ValueError("the speech engine is set to 'api' but no provider endpoint is configured")
        return ApiEngine(provider.base_url, getattr(provider, "transcription_model", None) or "",
                         api_key or "", float(getattr(provider, "timeout", 300.0)), int(getattr(provider, "max_retries", 2)))
    return LocalEngine(settings.model, threads=settings.threads)


def media_file(project_dir: str | Path, asset: MediaAsset) -> Path:
    """The asset's file: relative paths are inside the project folder."""
    path = Path(asset.path).expanduser()
    return path if path.is_absolute() else Path(project_dir) / path


def recognize_assets(project_dir: str | Path, assets: Iterable[MediaAsset], engine: Engine, *,
                     progress: ProgressFn | None = None, cancelled: Callable[[], bool] | None = None,
                     use_cache: bool = True, language: str | None = None) -> dict[str, SpeechResult | str]:
    """Per media id, a finished SpeechResult or an error sentence. Safe off the UI thread."""
    engine.check()
    out: dict[str, SpeechResult | str] = {}
    jobs: list[Job] = []
    digests: dict[str, str] = {}
    for asset in assets:
        path = media_file(project_dir, asset)
        try:
            digest = content_hash(path)
        except OSError:
            out[asset.id] = f"the media file for {asset.name} is missing ({path}); relink it first"
            continue
        digests[asset.id] = digest
        cached = load_cached(project_dir, digest, engine.name) if use_cache else None
        if cached is not None:
            out[asset.id] = cached
            if progress is not None:
                progress(asset.id, 1.0, "from cache")
            continue
        jobs.append(Job(asset.id, str(path), language))
    if jobs:
        report = (lambda key, fraction: progress(key, fraction, "transcribing")) if progress is not None else None
        for key, result in run_jobs(jobs, engine, progress=report, cancelled=cancelled).items():
            out[key] = result
            if isinstance(result, SpeechResult):
                store(project_dir, digests[key], result)
    return out


def transcript_ops(results: dict[str, SpeechResult | str], project: Any = None) -> list[SetTranscript]:
    """SetTranscript operations for the finished results (errors are left out).

    With ``project``, media removed while the worker ran are left out too (their result stays cached).
    """
    return [SetTranscript(media_id=key, words=r.words, language=r.language, model=r.model,
                          segments=r.segments or None)
            for key, r in results.items()
            if isinstance(r, SpeechResult) and (project is None or key in project.media)]


@dataclass
class TranscribeReport:
    """What happened, per media id."""

    done: dict[str, SpeechResult] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)
    batch: Any = None
    cancelled: bool = False


def select_assets(project: Any, ids: Iterable[str] | None, force: bool = False) -> tuple[list[MediaAsset], TranscribeReport]:
    """The media to transcribe, and a report already holding the skipped and unknown ones."""
    report = TranscribeReport()
    wanted: list[MediaAsset] = []
    for media_id in (ids if ids is not None else [m.id for m in project.media.values() if needs_transcript(m)]):
        asset = project.media.get(media_id)
        if asset is None:
            report.errors[media_id] = f"there is no media {media_id!r} in the project"
            continue
        state = transcript_state(asset)
        if state == "no audio":
            report.skipped[media_id] = f"{asset.name} has no sound"
        elif state == "sidecar" and not force:
            report.skipped[media_id] = f"{asset.name} has subtitles beside it; they are used as its transcript"
        elif state in ("transcribed", "no speech") and not force:
            report.skipped[media_id] = f"{asset.name} is already transcribed ({asset.transcript_model})"
        else:
            wanted.append(asset)
    return wanted, report


def apply_results(session: Any, report: TranscribeReport, results: dict[str, SpeechResult | str],
                  levels: dict | None = None) -> TranscribeReport:
    """Sort results into the report and apply the transcripts as one batch (on the session's thread)."""
    for key, result in results.items():
        if isinstance(result, SpeechResult):
            report.done[key] = result
        else:
            report.errors[key] = result
    ops: list = transcript_ops(report.done, session.project)
    if ops:
        names = [session.project.media[o.media_id].name for o in ops]
        label = f"Transcribe {names[0]}" if len(names) == 1 else f"Transcribe {len(names)} media"
        ops += _levels_ops(session, [o.media_id for o in ops if o.words], levels)
        report.batch = session.apply(ops, label)
    return report


def _levels_ops(session: Any, media_ids: list[str], levels: dict | None) -> list:
    """The loudness envelope cut safety reads (media.levels), stored in the transcript's batch."""
    from editor_app.media.levels import levels_operations
    from editor_app.model.operations import SetAudioLevels

    if levels is None:
        return levels_operations(session.project, media_ids, session.path)
    return [SetAudioLevels(media_id=k, levels=v) for k, v in levels.items() if k in media_ids and k in session.project.media]


def measure_levels(project_dir: Any, assets: Iterable[MediaAsset], results: dict) -> dict:
    """Envelopes of the media that got words (off the UI thread, beside the recognition)."""
    from editor_app.media.levels import audio_levels

    out = {}
    for asset in assets:
        result = results.get(asset.id)
        if isinstance(result, SpeechResult) and result.words:
            try:
                out[asset.id] = audio_levels(media_file(project_dir, asset))
            except (RuntimeError, OSError):
                continue
    return out


def transcribe_assets(session: Any, ids: Iterable[str] | None = None, progress: ProgressFn | None = None,
                      cancel: Callable[[], bool] | None = None, *, engine: Engine | None = None,
                      force: bool = False, use_cache: bool = True, language: str | None = None) -> TranscribeReport:
    """Transcribe media of an open session (or all that need it) and apply one undoable batch.

    ``ids=None`` takes every media that ``needs_transcript``. Media with subtitles or a
    transcript are skipped unless ``force``. Blocks until done: in a window use
    ``transcribe_assets_async`` (or call this off the UI thread).
    """
    wanted, report = select_assets(session.project, ids, force)
    if not wanted:
        return report
    engine = engine or default_engine()
    try:
        results = recognize_assets(session.path, wanted, engine, progress=progress, cancelled=cancel,
                                   use_cache=use_cache, language=language)
    except TranscriptionCancelled:
        report.cancelled = True
        return report
    return apply_results(session, report, results)


async def transcribe_assets_async(session: Any, ids: Iterable[str] | None = None, progress: ProgressFn | None = None,
                                  cancel: Callable[[], bool] | None = None, *, engine: Engine | None = None,
                                  force: bool = False, use_cache: bool = True,
                                  language: str | None = None) -> TranscribeReport:
    """The same for an event loop (qasync in the window): the waiting runs in a thread, while
    ``progress`` is called and the batch applied on the loop's own thread (safe for widgets)."""
    loop = asyncio.get_running_loop()
    wanted, report = select_assets(session.project, ids, force)
    if not wanted:
        return report
    engine = engine or default_engine()

    def relay(key: str, fraction: float, what: str) -> None:
        if progress is not None:
            loop.call_soon_threadsafe(progress, key, fraction, what)

    def work() -> tuple[dict, dict]:
        found = recognize_assets(session.path, wanted, engine, progress=relay, cancelled=cancel,
                                 use_cache=use_cache, language=language)
        return found, measure_levels(session.path, wanted, found)

    try:
        results, levels = await loop.run_in_executor(None, work)
    except TranscriptionCancelled:
        report.cancelled = True
        return report
    await asyncio.sleep(0)  # let the last relayed progress calls run before the result
    return apply_results(session, report, results, levels)


def auto_transcribe(session: Any, ids: Iterable[str], progress: ProgressFn | None = None,
                    cancel: Callable[[], bool] | None = None) -> TranscribeReport | None:
    """After an import: transcribe the new media that have sound and no subtitles, unless the setting is off.

    Returns None when the setting is off or nothing needs it; else the report (one batch).
    """
    if not auto_transcribe_enabled():
        return None
    wanted = [i for i in ids if i in session.project.media and needs_transcript(session.project.media[i])]
    if not wanted:
        return None
    return transcribe_assets(session, wanted, progress, cancel)
