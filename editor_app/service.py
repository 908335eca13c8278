"""The application service (filled in below)."""
