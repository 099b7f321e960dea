"""What the model calls of a run used, and the budget that stops a run before it passes a limit.

    usage = Usage(input_price=0.27, output_price=1.10)     # prices per 1M tokens (None: unknown)
    budget = Budget(max_tokens=200_000, max_cost=0.50)
    with budget.reserve(usage, estimate_tokens=3_000, completion_tokens=800):   # raises BudgetExceeded
        ... call the model ...
        usage.add(prompt_tokens=2_950, completion_tokens=412)

Every HTTP attempt counts as a call, failed ones included: a retried 5xx, a reset, an unreadable
body (with the tokens its ``usage`` names, when it names them), a mode the server rejected, a reply
that failed validation (it was paid for). A call answered from the cache counts as ``cached_calls``
and spends no tokens and no money. ``dropped_claims`` counts the claims a model made that were left
out of an output because they never grounded (after every re-ask).
"""

from __future__ import annotations

import math
import threading
from contextlib import contextmanager
from typing import Iterator

from ..errors import BudgetExceeded, ConfigError


class Usage:
    """Thread-safe counters of model calls, tokens and cost."""

    def __init__(self, input_price: float | None = None, output_price: float | None = None, currency: str | None = None):
        self.input_price = input_price  # per 1M prompt tokens
        self.output_price = output_price  # per 1M completion tokens
        self.currency = currency  # of the prices (USD, CNY); shown with the cost
        self.calls = 0  # requests sent, failed ones included
        self.failed_calls = 0
        self.cached_calls = 0  # answered from the cache: no request, no tokens
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self.dropped_claims = 0  # claims left out of an output: they never grounded
        self._lock = threading.Lock()

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    @property
    def prices_known(self) -> bool:
        return self.input_price is not None and self.output_price is not None

    @property
    def cost(self) -> float | None:
        """Cost in the preset's currency from its prices per 1M tokens; None when the prices are unknown."""
        if not self.prices_known:
            return None
        return (self.prompt_tokens * self.input_price + self.completion_tokens * self.output_price) / 1_000_000  # type: ignore[operator]

    def price_of(self, prompt_tokens: int, completion_tokens: int = 0) -> float | None:
        """What that many tokens would cost; None when the prices are unknown."""
        if not self.prices_known:
            return None
        return (prompt_tokens * self.input_price + completion_tokens * self.output_price) / 1_000_000  # type: ignore[operator]

    def add(self, prompt_tokens: int = 0, completion_tokens: int = 0, *, failed: bool = False, cached: bool = False) -> None:
        """Count one call: a request (``failed`` when its answer was unusable) or a cache hit."""
        with self._lock:
            if cached:
                self.cached_calls += 1
                return
            self.calls += 1
            self.failed_calls += int(failed)
            self.prompt_tokens += int(prompt_tokens or 0)
            self.completion_tokens += int(completion_tokens or 0)

    def mark_failed(self) -> None:
        """A call already counted turned out unusable (its reply failed validation)."""
        with self._lock:
            self.failed_calls += 1

    def drop(self, claims: int) -> None:
        """Count claims left out of an output because they never grounded."""
        with self._lock:
            self.dropped_claims += int(claims)

    def merge(self, other: Usage) -> Usage:
        """Add another Usage's counts into this one (prices stay this one's); returns self."""
        d = other.as_dict()
        with self._lock:
            self.calls += d["calls"]
            self.failed_calls += d["failed_calls"]
            self.cached_calls += d["cached_calls"]
            self.prompt_tokens += d["prompt_tokens"]
            self.completion_tokens += d["completion_tokens"]
            self.dropped_claims += d["dropped_claims"]
        return self

    def snapshot(self) -> Usage:
        """A copy of the counters as they are now."""
        out = Usage(self.input_price, self.output_price, self.currency)
        return out.merge(self)

    def as_dict(self) -> dict:
        with self._lock:
            d = {
                "calls": self.calls,
                "failed_calls": self.failed_calls,
                "cached_calls": self.cached_calls,
                "prompt_tokens": self.prompt_tokens,
                "completion_tokens": self.completion_tokens,
                "dropped_claims": self.dropped_claims,
            }
        d["total_tokens"] = d["prompt_tokens"] + d["completion_tokens"]
        d["cost"] = self.price_of(d["prompt_tokens"], d["completion_tokens"])
        return d

    def __str__(self) -> str:
        d = self.as_dict()
        extra = ", ".join(x for x in (f"{d['failed_calls']} failed" if d["failed_calls"] else "", f"{d['cached_calls']} cached" if d["cached_calls"] else "") if x)
        calls = f"{d['calls']} call{'s' if d['calls'] != 1 else ''}" + (f" ({extra})" if extra else "")
        cost = "cost unknown" if d["cost"] is None else f"cost {d['cost']:.4f}" + (f" {self.currency}" if self.currency else "")
        dropped = f" · {d['dropped_claims']} ungrounded claim{'s' if d['dropped_claims'] != 1 else ''} dropped" if d["dropped_claims"] else ""
        return f"{calls} · {d['prompt_tokens']:,} prompt + {d['completion_tokens']:,} completion tokens · {cost}{dropped}"

    def __repr__(self) -> str:
        return f"Usage({self.as_dict()})"


class Budget:
    """Limits on the tokens and cost of a run; ``check``/``reserve`` raise before a call would pass them.

    ``reserve`` also holds the estimate until the call is done, so concurrent calls (a batch)
    cannot pass the budget together.
    """

    def __init__(self, max_tokens: int | None = None, max_cost: float | None = None):
        if max_tokens is not None and (not isinstance(max_tokens, int) or max_tokens < 0):
            raise ConfigError(f"--max-tokens must be a whole number of tokens, 0 or more, not {max_tokens}")
        if max_cost is not None and (not math.isfinite(max_cost) or max_cost < 0):
            raise ConfigError(f"--max-cost must be a finite amount, 0 or more, not {max_cost}")
        self.max_tokens = max_tokens
        self.max_cost = max_cost
        self._lock = threading.Lock()
        self._held_prompt = 0
        self._held_completion = 0

    def __repr__(self) -> str:
        return f"Budget(max_tokens={self.max_tokens}, max_cost={self.max_cost})"

    def _check(self, usage: Usage, prompt: int, completion: int) -> None:
        d = usage.as_dict()
        p = d["prompt_tokens"] + self._held_prompt + prompt
        c = d["completion_tokens"] + self._held_completion + completion
        if self.max_tokens is not None and p + c > self.max_tokens:
            raise BudgetExceeded(
                f"token budget: {d['total_tokens']:,} used, the next call may use {prompt + completion:,} more"
                f"{f' ({self._held_prompt + self._held_completion:,} held by calls under way)' if self._held_prompt + self._held_completion else ''}"
                f", past --max-tokens {self.max_tokens:,}; stopped before it"
            )
        if self.max_cost is not None:
            if not usage.prices_known:
                raise ConfigError("--max-cost needs the model's prices: this model's preset has none (set input/output prices in the config, or use --max-tokens)")
            cost = usage.price_of(p, c)
            if cost is not None and cost > self.max_cost:
                raise BudgetExceeded(f"cost budget: {d['cost']:.4f} spent, the next call may cost {usage.price_of(prompt, completion):.4f} more, past --max-cost {self.max_cost}; stopped before it")

    def check(self, usage: Usage, estimate_tokens: int, *, completion_tokens: int = 0) -> None:
        """Raise BudgetExceeded when a call of ``estimate_tokens`` prompt tokens (and ``completion_tokens``
        reserved for the answer) would pass a limit, counting what ``usage`` has spent and calls under way."""
        with self._lock:
            self._check(usage, int(estimate_tokens), int(completion_tokens))

    @contextmanager
    def reserve(self, usage: Usage, estimate_tokens: int, *, completion_tokens: int = 0) -> Iterator[None]:
        """``check``, then hold the estimate until the block ends (count the call with ``usage.add`` inside it)."""
        p, c = int(estimate_tokens), int(completion_tokens)
        with self._lock:
            self._check(usage, p, c)
            self._held_prompt += p
            self._held_completion += c
        try:
            yield
        finally:
            with self._lock:
                self._held_prompt -= p
                self._held_completion -= c
