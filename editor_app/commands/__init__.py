"""CLI command groups. Each module exposes ``register(subparsers)``.

Add a module by appending its dotted name to COMMAND_MODULES and its subcommands to COMMANDS.
Why the table: `editor-app render ...` (or the window) imports only the module it runs, not
all fourteen (about a third of a second of imports before anything happens); `--help` and a
mistyped command still load them all. tests/core/test_cli_startup.py keeps the table true.
"""

COMMAND_MODULES: list[str] = [
    "editor_app.commands.core",
    "editor_app.commands.render",
    "editor_app.commands.chat",
    "editor_app.commands.eval",
    "editor_app.commands.index",
    "editor_app.commands.media",
    "editor_app.commands.plugins",
    "editor_app.commands.selftest",
    "editor_app.commands.mcp",
    "editor_app.commands.transcribe",
    "editor_app.commands.recover",
    "editor_app.commands.conform",
    "editor_app.commands.captions",
    "editor_app.commands.dataset",
]

# subcommand -> the module that registers it
COMMANDS: dict[str, str] = {
    **dict.fromkeys(["demo", "new", "import", "info", "op", "ops", "undo", "redo", "history", "gui"],
                    "editor_app.commands.core"),
    **dict.fromkeys(["render", "export", "import-otio"], "editor_app.commands.render"),
    **dict.fromkeys(["chat", "agents"], "editor_app.commands.chat"),
    "eval": "editor_app.commands.eval",
    **dict.fromkeys(["index", "search"], "editor_app.commands.index"),
    **dict.fromkeys(["analyze", "relink", "probe"], "editor_app.commands.media"),
    "plugins": "editor_app.commands.plugins",
    "selftest": "editor_app.commands.selftest",
    "mcp": "editor_app.commands.mcp",
    "transcribe": "editor_app.commands.transcribe",
    "recover": "editor_app.commands.recover",
    "conform": "editor_app.commands.conform",
    "captions": "editor_app.commands.captions",
    "dataset": "editor_app.commands.dataset",
}
