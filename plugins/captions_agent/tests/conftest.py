"""The app ships the fixtures plugin authors need (editor_app.testing.plugin_fixtures)."""

import sys
from pathlib import Path

from editor_app.testing.plugin_fixtures import plugin_demo_template, plugin_project, plugin_runner  # noqa: F401

# Run from a checkout without installing the plugin (pip install -e . works too).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
