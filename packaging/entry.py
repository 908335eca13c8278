"""Entry script of the frozen app: `--self-test` first, then the ordinary `editor-app` CLI."""

import multiprocessing
import sys


def main() -> int:
    multiprocessing.freeze_support()
    from editor_app.commands.selftest import handle_flag

    code = handle_flag(sys.argv[1:])
    if code is not None:
        return code
    from editor_app.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    raise SystemExit(main())
