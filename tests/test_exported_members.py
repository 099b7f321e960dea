"""The public API is exactly what policyqa.__all__ names (a newcomer reads __init__.py and knows it)."""

import policyqa


def test_all_names_exist():
    missing = [name for name in policyqa.__all__ if not hasattr(policyqa, name)]
    assert missing == []


def test_all_is_exactly_the_public_names():
    public = {
        name
        for name, value in vars(policyqa).items()
        if not name.startswith("_") and getattr(value, "__module__", "").startswith("policyqa") and not type(value).__name__ == "module"
    }
    assert public - set(policyqa.__all__) == set(), "public names missing from __all__"
    assert len(policyqa.__all__) == len(set(policyqa.__all__))
