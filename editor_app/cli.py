"""The `editor-app` command: the desktop app by default, headless subcommands for everything else.

    editor-app                 open the app (offers the demo project)
    editor-app DIR             open the app on a project
    editor-app SUBCOMMAND ...  see `editor-app --help`
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import logging
import os
import sys
from pathlib import Path

from editor_app import __version__
from editor_app.commands import COMMAND_MODULES, COMMANDS


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser with every subcommand, or (``only``) just the module that registers that one."""
    parser = argparse.ArgumentParser(
        prog="editor-app",
        description="A video editor you edit by chatting with it. Without a subcommand it opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"editor-app {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules = [COMMANDS[only]] if only in COMMANDS else COMMAND_MODULES
    for name in modules:
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
    commands = set(COMMANDS)
    if argv == ["--version"]:
        print(f"editor-app {__version__}")
        return 0
    if not argv or (argv[0] not in commands and not argv[0].startswith("-") and Path(argv[0]).expanduser().exists()) \
            or _names_a_project(argv, commands):
        chosen: str | None = "gui"
    elif argv[0] in commands:
        chosen = argv[0]
    else:
        chosen = None  # --help, a mistyped command: the whole parser
    parser = build_parser(chosen)
    if argv and argv[0] not in commands and not argv[0].startswith("-") and not Path(argv[0]).expanduser().exists():
        unknown = _unknown_command(argv, commands)
        if unknown:
            print(unknown, file=sys.stderr)
            return 2
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
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # a closed pipe shows up here, not in the interpreter's exit
        return code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `editor-app info DIR | head`: the reader has all it wanted
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141  # what a program ended by SIGPIPE returns


def _unknown_command(argv: list[str], commands: set[str]) -> str | None:
    """A sentence for a mistyped subcommand; None when argv[0] may be a project folder to open."""
    word = argv[0]
    close = difflib.get_close_matches(word, sorted(commands), n=3, cutoff=0.6)
    if close:
        options = " or ".join(f"'{c}'" for c in close)
        return f"editor-app: unknown command '{word}'; did you mean {options}? (see editor-app --help)"
    if len(argv) > 1:
        return (f"editor-app: unknown command '{word}' (and no folder of that name); "
                "see editor-app --help for the commands")
    return None


if __name__ == "__main__":
    raise SystemExit(main())
