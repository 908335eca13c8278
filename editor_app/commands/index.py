"""Context index commands: `editor-app index DIR` and `editor-app search DIR "query"`."""

from __future__ import annotations

import argparse
import sys
import time

from editor_app.commands.common import CommandError, handler, open_session, print_json

KINDS = ("transcript", "media", "clips", "edits")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("index", help="rebuild the project's context index (search data)")
    p.add_argument("dir")
    p.add_argument("--offline", action="store_true", help="use the offline embedding even if an endpoint is set")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_index)

    p = subparsers.add_parser("search", help="search transcripts, media, clips and the edit history")
    p.add_argument("dir")
    p.add_argument("query")
    p.add_argument("--kind", choices=KINDS, help="only this kind of hit")
    p.add_argument("--k", type=int, default=5, help="number of hits (default 5)")
    p.add_argument("--media", dest="media_id", help="only hits from this media id")
    p.add_argument("--offline", action="store_true", help="use the offline embedding even if an endpoint is set")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)


def _embedding(offline: bool):
    from editor_app.index import default_embedding, embedding_from_settings

    return default_embedding() if offline else embedding_from_settings(None)


def _progress_bar(label: str):
    started = time.perf_counter()
    state = {"last": 0.0}

    def show(done: int, total: int) -> None:
        now = time.perf_counter()
        if done < total and now - state["last"] < 0.1:
            return
        state["last"] = now
        width = 30
        filled = int(width * done / total) if total else width
        bar = "#" * filled + "." * (width - filled)
        sys.stderr.write(f"\r{label} [{bar}] {done}/{total} ({now - started:.1f} s)")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def _open_index(path, offline: bool):
    from editor_app.index import ContextIndex, EmbeddingError

    try:
        return ContextIndex.open(path, embedding=_embedding(offline))
    except (OSError, EmbeddingError) as exc:
        raise CommandError(f"cannot open the context index in {path}/index: {exc}") from None


@handler
def cmd_index(args: argparse.Namespace) -> int:
    """Rebuild the whole index from the project and its journal."""
    from editor_app.index import EmbeddingError

    session = open_session(args.dir)
    index = _open_index(session.path, args.offline)
    try:
        stats = index.rebuild(session.project, session.journal_records(), progress=_progress_bar("indexing"))
    except EmbeddingError as exc:
        raise CommandError(str(exc)) from None
    finally:
        index.close()
    if args.json:
        print_json(stats)
    else:
        counts = ", ".join(f"{stats[k]['total']} {k}" for k in ("transcript", "media", "clips", "edits"))
        print(f"indexed {counts} in {stats['seconds']:.2f} s")
    return 0


def _format_hit(hit) -> str:
    times = f"{hit.start:8.2f}-{hit.end:<8.2f}" if hit.start is not None else " " * 17
    where = hit.media_name or hit.media_id or ""
    if hit.kind == "clip":
        where = f"{hit.clip_id} {where}".strip()
    elif hit.kind == "edit":
        where = f"turn {hit.turn_id or '-'} {hit.author or ''}".strip()
    text = hit.text if len(hit.text) <= 160 else hit.text[:159] + "\u2026"
    return f"{hit.kind:<10} {where[:28]:<28} {times} {hit.score:6.3f}  {text}"


@handler
def cmd_search(args: argparse.Namespace) -> int:
    """Bring the index up to date (only what changed), then search it."""
    from editor_app.index import EmbeddingError

    if not args.query.strip():
        raise CommandError("empty query: say what to look for", code=2)
    if not 1 <= args.k <= 100:
        raise CommandError("--k must be between 1 and 100", code=2)
    session = open_session(args.dir)
    index = _open_index(session.path, args.offline)
    try:
        if index.rebuilt:
            print(f"note: rebuilding the context index ({index.rebuilt})", file=sys.stderr)
        index.sync(session.project, session.journal_records())
        hits = index.search(args.query, kind=args.kind, k=args.k, media_id=args.media_id)
    except (EmbeddingError, ValueError) as exc:
        raise CommandError(str(exc)) from None
    finally:
        index.close()
    if args.json:
        print_json([h.to_dict() for h in hits])
        return 0
    if not hits:
        print("no matches", file=sys.stderr)
        return 0
    print(f"{'kind':<10} {'media / clip / turn':<28} {'start':>8}-{'end':<8} {'score':>6}  text")
    for hit in hits:
        print(_format_hit(hit))
    return 0
