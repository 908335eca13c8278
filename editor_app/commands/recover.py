"""`editor-app recover`: settle a project.json that does not match its journal.

Why a command: the editor never guesses which of two disagreeing files the user wants
(a restored backup is a deliberate step back; a crash leaves edits only in the journal).
It reports and waits; this command carries out the choice.
"""

from __future__ import annotations

import argparse

from editor_app.commands.common import CommandError, handler, print_json
from editor_app.model.project_io import ProjectError, ProjectStore


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("recover", help="settle a project.json that does not match its journal")
    p.add_argument("dir")
    choice = p.add_mutually_exclusive_group()
    choice.add_argument("--keep-project-file", action="store_true",
                        help="keep project.json as it is; the journal is set aside and history starts afresh")
    choice.add_argument("--replay", action="store_true",
                        help="apply the journal's newer changes to project.json (only when each one checks out)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_recover)


@handler
def cmd_recover(args) -> int:
    try:
        store, project, _ = ProjectStore.open(args.dir, writer="cli", replay_all=args.replay)
    except ProjectError as exc:
        raise CommandError(str(exc)) from None
    try:
        result = {"conflict": store.conflict, "recovered": store.recovered, "warnings": store.warnings, "set_aside": None}
        if store.conflict and args.keep_project_file:
            result["set_aside"] = str(store.keep_project_file())
        elif store.conflict and args.replay:
            raise CommandError(f"the journal cannot be replayed onto project.json: {store.conflict}")
        elif store.recovered:
            store.save(project)
    finally:
        store.close()
    if args.json:
        print_json(result)
    elif result["set_aside"]:
        print(f"kept project.json; the journal was set aside as {result['set_aside']}")
    elif result["recovered"]:
        print("replayed: " + "; ".join(result["recovered"]))
    elif result["conflict"]:
        print(result["conflict"])
        return 1
    else:
        print("project.json and its journal agree; nothing to do")
    return 0
