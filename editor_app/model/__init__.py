"""The pure project model: data, exact time, operations, history, project files. No Qt, no network."""
