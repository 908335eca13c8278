"""A desktop video editor you edit by chatting with it."""

__version__ = "0.1.0"
