"""`editor-app plugins list|install|uninstall|enable|disable`: the plugin host from the command line."""

from __future__ import annotations

import argparse
import sys

from editor_app.commands.common import CommandError, handler, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("plugins", help="list, install, enable and disable plugin agents")
    sub = p.add_subparsers(dest="plugins_command", metavar="ACTION")
    q = sub.add_parser("list", help="installed agents: built-ins and plugins, enabled or not, broken or not")
    q.add_argument("--json", action="store_true")
    q.add_argument("--no-load", action="store_true", help="do not import enabled plugins to check them")
    q.set_defaults(func=cmd_list)
    q = sub.add_parser("install", help="pip install a plugin (a folder, a wheel or a package name); it starts disabled")
    q.add_argument("spec", metavar="PATH-OR-NAME")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_install)
    q = sub.add_parser("uninstall", help="pip uninstall the package that provides a plugin")
    q.add_argument("name")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_uninstall)
    for action, helptext in (("enable", "let a plugin take part in chat turns"),
                             ("disable", "stop a plugin from loading (its code is not imported)")):
        q = sub.add_parser(action, help=helptext)
        q.add_argument("name")
        q.add_argument("--json", action="store_true")
        q.set_defaults(func=cmd_toggle, enable=action == "enable")
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])


def _call(func, *args, **kw):
    from editor_app.plugins import PluginError

    try:
        return func(*args, **kw)
    except PluginError as exc:
        raise CommandError(str(exc)) from None


@handler
def cmd_list(args) -> int:
    from editor_app.plugins import list_plugins

    rows = list_plugins(load_enabled=not args.no_load)
    if args.json:
        print_json([r.to_dict() for r in rows])
        return 0
    for row in rows:
        state = "built-in" if row.builtin else ("enabled" if row.enabled else "disabled")
        status = f"BROKEN: {row.broken}" if row.broken else state
        print(f"{row.name:<16} {row.version:<9} {status}")
        if not row.builtin:
            print(f"    from {row.distribution or '?'} ({row.entry_point})")
        print(f"    operations: {', '.join(row.operations) or '-'}" + (f"; tools: {', '.join(row.tools)}" if row.tools else ""))
    if not any(not r.builtin for r in rows):
        print("No plugins installed. Install one with: editor-app plugins install PATH-OR-NAME")
    return 0


def _report(result, as_json: bool) -> int:
    if as_json:
        print_json({"ok": result.ok, "message": result.message, "new_plugins": result.new_plugins,
                    "command": result.command})
    elif result.ok:
        print(result.message)
    if not result.ok:
        if not as_json:
            print(f"error: {result.message}", file=sys.stderr)
        return 1
    return 0


@handler
def cmd_install(args) -> int:
    from editor_app.plugins import install
    from editor_app.plugins.host import uses_plugin_folder

    if uses_plugin_folder():  # the packaged app: no pip, the wheel is unpacked into the plugin folder
        from editor_app.agents.plugin_path import plugin_dir

        print(f"installing {args.spec} into {plugin_dir()} ...", file=sys.stderr)
    else:
        print(f"running pip install {args.spec} ...", file=sys.stderr)
    return _report(_call(install, args.spec), args.json)


@handler
def cmd_uninstall(args) -> int:
    from editor_app.plugins import uninstall

    return _report(_call(uninstall, args.name), args.json)


@handler
def cmd_toggle(args) -> int:
    from editor_app.plugins import disable, enable

    message = _call(enable if args.enable else disable, args.name)
    if args.json:
        print_json({"ok": True, "name": args.name, "enabled": args.enable, "message": message})
    else:
        print(message)
    return 0
