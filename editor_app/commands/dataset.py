"""CLI: `editor-app dataset export DIR... OUT.jsonl`: kept chat turns as fine-tuning data."""

from __future__ import annotations

import argparse
import sys

from editor_app.commands.common import CommandError, handler


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("dataset", help="fine-tuning data from the chat turns you applied and kept")
    sub = p.add_subparsers(dest="dataset_command", required=True)
    e = sub.add_parser("export", help="write kept LLM turns of these projects as OpenAI chat fine-tuning JSONL")
    e.add_argument("paths", nargs="+", metavar="DIR... OUT.jsonl", help="project folders, then the output file")
    e.set_defaults(func=cmd_export)


@handler
def cmd_export(args) -> int:
    from pathlib import Path

    from editor_app.llm.dataset import export

    if len(args.paths) < 2:
        raise CommandError("give one or more project folders and then the output file, e.g. "
                           "editor-app dataset export myproject turns.jsonl")
    *dirs, out = args.paths
    if not out.endswith(".jsonl"):
        raise CommandError(f"the output file should end in .jsonl (got {out!r}); it comes last")
    missing = [d for d in dirs if not (Path(d) / "project.json").is_file()]
    if missing:
        raise CommandError(f"not a project folder: {', '.join(missing)}")
    written, skipped = export(dirs, out)
    print(f"wrote {written} example{'s' if written != 1 else ''} to {out}"
          + (f" ({skipped} turns left out: undone, not applied or unreadable)" if skipped else ""))
    if not written:
        print("note: only turns made with a model (not the offline planner) that are still applied are exported",
              file=sys.stderr)
    return 0
