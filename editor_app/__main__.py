"""`python -m editor_app` runs the same entry point as the `editor-app` command."""

from editor_app.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
