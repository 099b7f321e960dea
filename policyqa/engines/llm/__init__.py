"""The LLM engine: any OpenAI-compatible endpoint, its settings, prompts, cache, replay, and
the grounding that checks every quote a model returns.
"""
