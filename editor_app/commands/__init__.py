"""CLI command groups. Each module exposes ``register(subparsers)``; cli.py loads them all.

Add a module here by appending its dotted name to COMMAND_MODULES.
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
]
