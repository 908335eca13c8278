"""Moved to editor_app.tools.table (kept so old imports work)."""

from editor_app.tools.table import *  # noqa: F401,F403
from editor_app.tools.table import HEADER, clip_line, timeline_table, track_lines  # noqa: F401
