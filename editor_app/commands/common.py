"""Helpers shared by the CLI command modules: opening projects, errors, JSON output."""

from __future__ import annotations

import json
import sys
from typing import Any

from pydantic import ValidationError

from editor_app.model.operations import OperationError, format_validation_error
from editor_app.model.project_io import ProjectError
from editor_app.redact import redact


class CommandError(Exception):
    """A user-facing failure: printed as one line, exit code ``code``."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def open_session(path: str, write: bool = False):
    """Open a project; ``write`` takes its one-writer lock for the command (refused while the window holds it)."""
    from editor_app.session import Session

    try:
        session = Session.open(path, writer="cli" if write else None)
    except ProjectError as exc:
        raise CommandError(str(exc)) from None
    for line in session.recovered:
        print(f"note: recovered an edit from the journal after an interrupted save: {line}", file=sys.stderr)
    for line in session.store.warnings:
        print(f"warning: {line}", file=sys.stderr)
    if session.store.conflict:
        print(f"warning: {session.store.conflict}", file=sys.stderr)
    return session


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def handler(func):
    """Turn CommandError / OperationError / ProjectError into a one-line message and exit code."""

    def wrapped(args) -> int:
        try:
            return int(func(args) or 0)
        except CommandError as exc:
            print(f"error: {redact(str(exc))}", file=sys.stderr)
            return exc.code
        except (OperationError, ProjectError) as exc:
            print(f"error: {redact(str(exc))}", file=sys.stderr)
            return 1
        except ValidationError as exc:  # bad settings or arguments reaching a model
            print(f"error: {format_validation_error(exc)}", file=sys.stderr)
            return 1
        except RecursionError:
            print("error: the input is nested too deeply", file=sys.stderr)
            return 1
        except ValueError as exc:  # out-of-range or unreadable numbers (nan, 1e99999999, ...)
            print(f"error: {redact(str(exc).splitlines()[0][:300])}", file=sys.stderr)
            return 1
        except BrokenPipeError:  # the reader of our output went away (`| head`): cli.main ends quietly
            raise
        except OSError as exc:  # an unreadable folder or file: say which, no traceback
            where = f": {exc.filename}" if exc.filename else ""
            print(f"error: {exc.strerror or exc}{where}", file=sys.stderr)
            return 1

    wrapped.__name__ = func.__name__
    wrapped.__doc__ = func.__doc__
    return wrapped
