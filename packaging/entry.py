"""Entry script of the frozen app: helper child processes first, `--self-test`, then the `editor-app` CLI.

Why the helper dispatch: in a frozen app ``sys.executable`` is this program, not a Python
interpreter, so every place that starts ``sys.executable`` with interpreter arguments lands
here. multiprocessing's spawned workers (the speech worker) and its resource tracker are
handled by ``freeze_support`` (PyInstaller's runtime hook); the render's die-with-parent
wrapper (editor_app.render.child: ``-S -I -c <snippet> PID FFMPEG ...``) is handled below,
and only for that exact snippet: this program never runs arbitrary ``-c`` code.
"""

import multiprocessing
import sys

# A copy of editor_app.render.child._DIE_WITH_PARENT (tests/packaging/test_entry.py keeps the two
# equal); importing editor_app.render here would cost every ffmpeg start its import time.
DIE_WITH_PARENT = ("import ctypes,os,signal,sys;ctypes.CDLL(None).prctl(1,signal.SIGKILL);"
                   "os.getppid()==int(sys.argv[1]) or os._exit(1);os.execv(sys.argv[2],sys.argv[2:])")


def run_die_with_parent(argv: list[str]) -> None:
    """Act as ``python -S -I -c DIE_WITH_PARENT PID CMD...``: it execs CMD, so this never returns."""
    sys.argv = ["-c", *argv[5:]]
    exec(compile(DIE_WITH_PARENT, "<die-with-parent>", "exec"), {"__name__": "__main__"})  # noqa: S102
    raise SystemExit(1)  # not reached: the snippet execs ffmpeg or exits


def main() -> int:
    if sys.argv[1:4] == ["-S", "-I", "-c"] and sys.argv[4:5] == [DIE_WITH_PARENT]:
        run_die_with_parent(sys.argv)
    multiprocessing.freeze_support()
    if sys.argv[1:2] == ["--startup-probe"] and len(sys.argv) == 3:
        # benchmarks/bundle_bench.py: open the window on a project, exit once it is shown
        from editor_app.ui.app import startup_probe

        startup_probe(sys.argv[2])
        return 0
    if "--self-test" in sys.argv:  # only then: start-up stays lean
        from editor_app.commands.selftest import handle_flag

        code = handle_flag(sys.argv[1:])
        if code is not None:
            return code
    from editor_app.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    raise SystemExit(main())
