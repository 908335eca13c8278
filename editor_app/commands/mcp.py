"""CLI: `editor-app mcp DIR` serves the project to MCP clients (stdio, or HTTP on 127.0.0.1)."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys

from editor_app.commands.common import CommandError, handler, open_session

TOKEN_ENV = "EDITOR_APP_MCP_TOKEN"


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("mcp", help="serve the project over the Model Context Protocol (stdio, or --http PORT)")
    p.add_argument("dir")
    p.add_argument("--http", type=int, metavar="PORT",
                   help="serve streamable HTTP on 127.0.0.1:PORT (token from $EDITOR_APP_MCP_TOKEN or printed)")
    p.add_argument("--auto-apply", action="store_true",
                   help="apply each edit call at once (scripted use); default: edits are proposals to apply_plan")
    p.add_argument("--client-name", default="mcp client", help="origin recorded when the client does not name itself")
    p.set_defaults(func=cmd_mcp)


@handler
def cmd_mcp(args) -> int:
    from editor_app.mcp.bridge import ProjectBridge
    from editor_app.mcp.server import new_token, serve_stdio, uvicorn_server

    session = open_session(args.dir)
    bridge = ProjectBridge(session, client_name=args.client_name, auto_apply=args.auto_apply)
    try:
        if args.http is None:
            asyncio.run(serve_stdio(bridge))
            return 0
        if not 0 < args.http < 65536:
            raise CommandError(f"--http needs a port between 1 and 65535, not {args.http}")
        token = os.environ.get(TOKEN_ENV) or new_token()
        if not os.environ.get(TOKEN_ENV):
            print(f"token: {token}", file=sys.stderr)
        print(f"serving {session.path} at http://127.0.0.1:{args.http}/mcp (Authorization: Bearer <token>)",
              file=sys.stderr)
        asyncio.run(uvicorn_server(bridge, args.http, token).serve())
        return 0
    except KeyboardInterrupt:
        return 0
    finally:
        session.close()
