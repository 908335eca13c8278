"""The `editor-app` command: the desktop app by default, headless subcommands for everything else.

    editor-app                 open the app (offers the demo project)
    editor-app DIR             open the app on a project
    editor-app SUBCOMMAND ...  see `editor-app --help`
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from editor_app import __version__
from editor_app.commands import COMMAND_MODULES


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="editor-app",
        description="A video editor you edit by chatting with it. Without a subcommand it opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"editor-app {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError as exc:  # a broken optional area must not take the whole CLI down
            logging.getLogger(__name__).warning("command module %s unavailable: %s", name, exc)
            continue
        module.register(subparsers)
    return parser


def _names_a_project(argv: list[str], commands: set[str]) -> bool:
    """`editor-app demo` with a ./demo project folder opens it: a word that is both a subcommand
    and a project folder, with nothing after it but the GUI's own --screenshot, means the folder
    (the subcommand alone would only fail for want of its arguments)."""
    from pathlib import Path

    rest = argv[1:]
    gui_options = not rest or (rest[0] == "--screenshot" and len(rest) == 2)
    return gui_options and argv[0] in commands and (Path(argv[0]) / "project.json").is_file()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--self-test" in argv:
        from editor_app.commands.selftest import handle_flag

        code = handle_flag(argv)
        if code is not None:
            return code
    parser = build_parser()
    commands = set(parser._subparsers._group_actions[0].choices) if parser._subparsers else set()  # type: ignore[union-attr]
    if not argv or (argv[0] not in commands and not argv[0].startswith("-")) or _names_a_project(argv, commands):
        argv = ["gui", *argv]
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from editor_app.redact import RedactingFilter

    for handler in logging.getLogger().handlers:
        handler.addFilter(RedactingFilter())
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
