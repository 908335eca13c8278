"""An editor-app plugin agent: colour looks (warm, cool, vintage, high contrast, noir) as effects."""

__version__ = "0.1.0"
