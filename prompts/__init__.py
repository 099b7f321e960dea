"""Prompt files shipped as package data (loaded by name through policyqa.prompts)."""
