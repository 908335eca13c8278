"""LLM providers: settings, keys, the OpenAI-compatible client, token and cost accounting."""
