"""The timeline view: one QGraphicsView per project, items per track (never per clip)."""

from editor_app.ui.timeline.view import TimelineView

__all__ = ["TimelineView"]
