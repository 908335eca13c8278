"""CLI: `editor-app chat DIR "message"` (one chat turn) and `editor-app agents` (what is installed)."""

from __future__ import annotations

import argparse
import asyncio
import shlex
import sys

from editor_app.commands.common import CommandError, handler, open_session, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("chat", help="one chat turn: propose edits for a message (apply with --yes)")
    p.add_argument("dir")
    p.add_argument("message")
    p.add_argument("--yes", "-y", action="store_true", help="apply the proposed edits (default: only show them)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--offline", action="store_true", help="use the offline planner even if a model is configured")
    p.add_argument("--playhead", type=float, help="playhead in seconds (for 'here', 'at the playhead')")
    p.add_argument("--select", action="append", default=[], metavar="CLIP_ID", help="selected clip (repeatable)")
    p.add_argument("--confirm", action="store_true",
                   help="with --yes, also apply a plan the safety check holds back (removes a lot, deletes a whole "
                        "clip for a part, or touches clips the message did not name)")
    p.set_defaults(func=cmd_chat)

    p = subparsers.add_parser("agents", help="list the agents (built-in and plugins, broken ones with the reason)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_agents)


@handler
def cmd_chat(args) -> int:
    from editor_app.llm.errors import LLMError
    from editor_app.llm.usage import format_usage
    from editor_app.model.time import seconds_to_frames
    from editor_app.service import AppService

    session = open_session(args.dir, write=bool(args.yes))
    service = AppService(session, offline=args.offline)  # the same wiring as the window's
    try:
        service.orchestrator()
    except (LLMError, ValueError) as exc:
        raise CommandError(str(exc)) from None
    if service.settings_problem:
        print(service.settings_problem, file=sys.stderr)
    # the window's context index, so the same message resolves to the same plan; opened (Chroma
    # imported, the project synced) only when the turn searches it
    from editor_app.commands.index_on_demand import defer_index

    defer_index(service)
    playhead = seconds_to_frames(args.playhead, session.project.fps) if args.playhead is not None else None
    result = asyncio.run(service.run_turn(args.message, auto_apply=args.yes, selection=args.select,
                                          playhead=playhead))
    if result.confirm and args.yes and args.confirm and result.ok and not result.applied:
        service.apply(result)  # the user said yes to the reason shown
    if args.json:
        print_json(result.to_json())
        return 0 if result.ok else 1
    print(result.reply)
    if result.diff:
        print("\nChanges" + (" applied:" if result.applied else " proposed (run again with --yes to apply):"))
        for line in result.diff:
            print(f"  {line}")
    if result.agents or result.usage.calls:  # what the turn cost, whatever its outcome
        print(f"\nagents: {', '.join(result.agents) or '(none)'} · {format_usage(result.usage)}")
    if result.applied:
        print(f"applied as {result.batch_id} (undo: editor-app undo {shlex.quote(str(args.dir))})")
    elif result.confirm:
        print(f"\nnot applied: {result.confirm} (run again with --yes --confirm to apply it)")
    if not result.ok:
        for error in result.errors:
            print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


@handler
def cmd_agents(args) -> int:
    from editor_app.agents import load_agents

    registry = load_agents()
    infos = registry.infos
    if args.json:
        print_json([info.to_dict() for info in infos])
        return 0
    for info in infos:
        state = f"BROKEN: {info.broken}" if info.broken else ("disabled" if not info.enabled else info.source)
        print(f"{info.name} ({state})")
        if info.description:
            print(f"  {info.description}")
        if info.tools:
            print(f"  tools: {', '.join(info.tools)}")
    return 0
