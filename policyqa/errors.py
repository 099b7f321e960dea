"""The one error tree of policyqa.

    PolicyQAError                 base of everything policyqa raises on purpose
    ├── InputError                unreadable file, directory loop, binary, empty, undecodable, empty plan
    ├── ConfigError               no endpoint, missing or rejected key, unknown model or preset
    ├── LLMError                  the service failed after retries (HTTP status, network, timeout, unreadable reply)
    │   ├── QuotaExceeded         the service asks to wait longer than policyqa waits (Retry-After beyond the cap)
    │   ├── DeadlineExceeded      a plan's total deadline (--deadline) passed before it was done
    │   └── BudgetExceeded        a --max-cost / --max-tokens budget would be passed
    └── ValidationFailed          the model's output failed validation or grounding after every re-ask

The CLI turns each into one line on stderr and an exit code (2 for InputError and
ConfigError, 1 otherwise). Messages name the file, variable or endpoint to act on.
"""

from __future__ import annotations

from typing import Any


class PolicyQAError(Exception):
    """Base class of every error policyqa raises on purpose."""

    exit_code = 1


class InputError(PolicyQAError):
    """A path or text cannot be used: the message names the file and the reason."""

    exit_code = 2

    def __init__(self, path: str | None, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}" if path else reason)


class ConfigError(PolicyQAError):
    """The engine is not configured well enough to run (names the variable or endpoint)."""

    exit_code = 2


class LLMError(PolicyQAError):
    """The model service failed after retries."""

    def __init__(self, message: str, *, status: int | None = None, original: BaseException | None = None):
        self.status = status
        self.original = original
        super().__init__(message)


class QuotaExceeded(LLMError):
    """The service asked to wait ``wait`` seconds (Retry-After), beyond what policyqa waits: the plan
    ends at once instead of sleeping through an exhausted quota."""

    def __init__(self, message: str, *, wait: float, status: int | None = None):
        self.wait = wait
        super().__init__(message, status=status)


class DeadlineExceeded(LLMError):
    """A plan's total time (every request, retry, wait and re-ask) passed its deadline."""


class BudgetExceeded(LLMError):
    """A token or cost budget would be passed; the run stopped cleanly before it."""


class Cancelled(LLMError):
    """A request that had not left when its run stopped: nothing was sent (``batch.run`` skips its plan)."""


class ValidationFailed(PolicyQAError):
    """The model never produced valid, grounded output.

    Carries the number of attempts, the last raw output and the usage of all attempts.
    """

    def __init__(self, message: str, *, attempts: int, last_output: str | None, usage: Any = None, errors: list[str] | None = None):
        self.attempts = attempts
        self.last_output = last_output
        self.usage = usage
        self.errors = errors or []
        super().__init__(f"{message} (after {attempts} attempts)")
