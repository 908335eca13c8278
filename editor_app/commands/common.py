"""Helpers shared by the CLI command modules: opening projects, errors, JSON output."""

from __future__ import annotations

import json
import sys
from typing import Any

from editor_app.model.operations import OperationError
from editor_app.model.project_io import ProjectError


class CommandError(Exception):
    """A user-facing failure: printed as one line, exit code ``code``."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def open_session(path: str):
    from editor_app.session import Session

    try:
        session = Session.open(path)
    except ProjectError as exc:
        raise CommandError(str(exc)) from None
    for line in session.recovered:
        print(f"note: recovered an edit from the journal after an interrupted save: {line}", file=sys.stderr)
    for line in session.store.warnings:
        print(f"warning: {line}", file=sys.stderr)
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
            print(f"error: {exc}", file=sys.stderr)
            return exc.code
        except (OperationError, ProjectError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1

    wrapped.__name__ = func.__name__
    wrapped.__doc__ = func.__doc__
    return wrapped
