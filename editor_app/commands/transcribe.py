"""`editor-app transcribe`: speech to text with word timings for a project's media, offline by default."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from editor_app.commands.common import CommandError, handler, open_session, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "transcribe", help="transcribe media with speech (word timings; offline with the built-in model)",
        description="Transcribe media of a project: all media with sound and no transcript, or the ones named. "
                    "The built-in tiny.en model needs no download; larger ones are downloaded once with --download.")
    p.add_argument("dir", nargs="?", help="project folder")
    p.add_argument("media", nargs="*", help="media ids or names (default: every media that needs a transcript)")
    p.add_argument("--model", help="local model (tiny.en, base, small, medium, ...) or 'api' for the provider's "
                                   "/v1/audio/transcriptions (default: the speech setting, else tiny.en)")
    p.add_argument("--language", help="language code, e.g. en, de (default: detected; English for .en models)")
    p.add_argument("--force", action="store_true", help="transcribe again even media with subtitles or a transcript")
    p.add_argument("--no-cache", action="store_true", help="ignore transcripts cached in the project's cache/")
    p.add_argument("--threads", type=int, help="CPU threads for the local model (default: the speech setting, 2)")
    p.add_argument("--download", metavar="MODEL", help="download a larger model into the user cache and stop")
    p.add_argument("--list-models", action="store_true", help="list the speech models and which are installed")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_transcribe)


def _progress_printer(names: dict[str, str]):
    last: dict[str, float] = {}

    def show(media_id: str, fraction: float, what: str) -> None:
        before = last.get(media_id, -1.0)
        if before < 1.0 and (fraction - before >= 0.05 or fraction >= 1.0):
            last[media_id] = fraction
            print(f"{names.get(media_id, media_id)}: {what} {fraction:4.0%}", file=sys.stderr, flush=True)

    return show


def _engine(args, speech_settings):
    from dataclasses import replace

    from editor_app.media.speech import CATALOG, default_engine

    settings = speech_settings
    if args.threads is not None:
        if not 1 <= args.threads <= 64:
            raise CommandError("--threads must be between 1 and 64", 2)
        settings = replace(settings, threads=args.threads)
    if args.model == "api" or (args.model is None and settings.engine == "api"):
        from editor_app.llm.secrets import api_key_for
        from editor_app.llm.settings import load_settings

        provider = load_settings()
        if not provider.base_url or not provider.transcription_model:
            raise CommandError("--model api needs a provider with a transcription model (EDITOR_APP_PROVIDER / "
                               "OPENAI_BASE_URL and transcription_model in Settings)", 2)
        return default_engine(replace(settings, engine="api"), provider, api_key_for(provider))
    if args.model is not None:
        if args.model not in CATALOG:
            raise CommandError(f"unknown model {args.model!r}; choose one of: {', '.join(CATALOG)}, api", 2)
        settings = replace(settings, engine="local", model=args.model)
    return default_engine(replace(settings, engine="local"))


def _resolve(project, refs: list[str]) -> list[str]:
    ids = []
    for ref in refs:
        if ref in project.media:
            ids.append(ref)
            continue
        named = [m.id for m in project.media.values() if m.name.lower() == ref.lower()]
        if not named:  # people name their files: "Voice Memo 0012.m4a", or the path they imported
            file_name = Path(ref).name.lower()
            named = [m.id for m in project.media.values() if Path(m.path).name.lower() == file_name]
        if len(named) != 1:
            known = ", ".join(f"{m.id} ({m.name})" for m in project.media.values()) or "none"
            what = "several media are" if named else "no media is"
            raise CommandError(f"{what} named {ref!r}; known media: {known}", 2)
        ids.extend(named)
    return ids


def _models(args) -> int:
    from editor_app.media.speech import CATALOG, installed_models

    installed = set(installed_models())
    rows = [{"name": n, "size_mb": m.size_mb, "english_only": m.english_only, "installed": n in installed}
            for n, m in CATALOG.items()]
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            mark = "installed" if row["installed"] else "download with --download " + row["name"]
            print(f"{row['name']:10} {row['size_mb']:5} MB  {'English' if row['english_only'] else 'multilingual':12} {mark}")
    return 0


def _download(args) -> int:
    from editor_app.media.speech import DownloadCancelled, ModelUnavailable, download_model

    start = time.monotonic()

    def show(done: int, total: int) -> None:
        if total:
            print(f"\r{args.download}: {done / 1e6:7.1f} of {total / 1e6:.1f} MB", end="", file=sys.stderr, flush=True)

    try:
        path = download_model(args.download, progress=show)
    except (ModelUnavailable, DownloadCancelled) as exc:
        raise CommandError(str(exc)) from None
    except KeyboardInterrupt:
        raise CommandError(f"the download of {args.download} was cancelled; nothing was kept", 130) from None
    print(file=sys.stderr)
    print(f"{args.download} is ready in {path} ({time.monotonic() - start:.0f} s)")
    return 0


@handler
def cmd_transcribe(args: argparse.Namespace) -> int:
    from editor_app.media.speech import (
        CancelFlag,
        ModelUnavailable,
        load_speech_settings,
        transcribe_assets,
    )

    if args.list_models:
        return _models(args)
    if args.download:
        return _download(args)
    if not args.dir:
        raise CommandError("give a project folder (or --list-models / --download MODEL)", 2)
    try:
        engine = _engine(args, load_speech_settings())
    except ValueError as exc:
        raise CommandError(str(exc), 2) from None
    session = open_session(args.dir)
    project = session.project
    ids = _resolve(project, args.media) if args.media else None
    names = {m.id: m.name for m in project.media.values()}
    unheard = {m.id for m in project.media.values() if not m.words}  # a memo placed on Music before now
    cancel = CancelFlag()
    start = time.monotonic()
    try:
        report = transcribe_assets(session, ids, _progress_printer(names), cancel, engine=engine, force=args.force,
                                   use_cache=not args.no_cache, language=args.language)
    except ModelUnavailable as exc:
        raise CommandError(str(exc)) from None
    except KeyboardInterrupt:
        cancel.cancel()
        raise CommandError("transcription was cancelled; the project is unchanged", 130) from None
    seconds = time.monotonic() - start
    voiced = _to_voice_track(session, [k for k in report.done if k in unheard])
    if args.json:
        print_json({
            "ok": not report.errors, "model": engine.name, "seconds": round(seconds, 2),
            "transcribed": [{"id": k, "name": names[k], "words": len(r.words), "segments": len(project.media[k].transcript),
                             "language": r.language, "cached": r.cached} for k, r in report.done.items()],
            "skipped": [{"id": k, "reason": v} for k, v in report.skipped.items()],
            "moved_to_voice": voiced,
            "errors": [{"id": k, "error": v} for k, v in report.errors.items()],
        })
    else:
        for key, result in report.done.items():
            asset = project.media[key]
            how = "from cache" if result.cached else engine.name
            if result.words or asset.transcript:
                language = f", language {result.language}" if result.language else ""
                print(f"{key} {asset.name}: {len(result.words)} words, {len(asset.transcript)} lines ({how}{language})")
            else:
                print(f"{key} {asset.name}: no speech found ({how})")
        for key, reason in report.skipped.items():
            print(f"{key}: skipped: {reason}")
        for clip_id in voiced:
            track, clip = session.project.find_clip(clip_id)  # type: ignore[misc]
            print(f"moved {clip_id} ({clip.name}) to the {track.name} track: it is speech, not music")
        for key, error in report.errors.items():
            print(f"error: {key}: {error}", file=sys.stderr)
        if not report.done and not report.skipped and not report.errors:
            print("nothing to transcribe: every media with sound already has a transcript (use --force to redo)")
    return 1 if report.errors else 0


def _to_voice_track(session, media_ids: list[str]) -> list[str]:
    """Sound files placed on Music before their words were known, now speech, move to a Voice track:
    one undoable step after the transcript's, as the window does when its transcription ends."""
    from editor_app.media.voice_placement import spoken_clip_groups, voice_moves
    from editor_app.model.operations import OperationError

    ops = voice_moves(session.project, spoken_clip_groups(session.project, media_ids))
    if not ops:
        return []
    try:
        session.apply(ops, "Put spoken sound files on the Voice track")
    except OperationError:
        return []
    return [op.clip_id for op in ops if op.op == "move_clip" and op.track_id]
