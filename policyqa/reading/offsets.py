"""Offset maps between a cleaned text and the decoded source text it came from.

Cleaning only ever deletes characters or replaces a span of the source with at most
one character (an HTML tag becomes a newline, ``&amp;`` becomes ``&``). So every
character of the clean text stands for exactly one span of the source, and the spans
are disjoint and in order. An :class:`OffsetMap` stores that correspondence as runs:

- a *copy* run: clean ``[c, c+n)`` is source ``[r, r+n)``, character for character;
- a *replace* run: clean ``[c, c+1)`` is source ``[r, r+k)`` (k may differ from 1).

All intervals are half-open: ``start`` is included, ``end`` is excluded.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable, Sequence

Edit = tuple[int, int, str]
"""``(start, end, replacement)`` on a source text; ``replacement`` is '' or one character."""


@dataclass(frozen=True)
class OffsetMap:
    """Maps clean offsets to source offsets and back (see the module docstring).

    The runs are kept in compact arrays (8 bytes an offset, 1 byte a flag), not tuples of
    Python ints: a long web page has hundreds of thousands of them.
    """

    clean_starts: Sequence[int]
    raw_starts: Sequence[int]
    raw_ends: Sequence[int]
    copy: Sequence[int]  # 1 for a copy run, 0 for a replace run
    clean_length: int
    raw_length: int

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls(array("q", (0,)), array("q", (0,)), array("q", (length,)), array("b", (1,)), length, length)

    # -- clean -> raw -------------------------------------------------------------------------
    def _run_of_clean(self, c: int) -> int:
        return bisect_right(self.clean_starts, c) - 1

    def raw_start(self, c: int) -> int:
        """Source offset where clean character ``c`` begins (``c == len`` gives the source end)."""
        if c >= self.clean_length:
            return self.raw_ends[-1] if self.clean_length else 0
        i = self._run_of_clean(c)
        return self.raw_starts[i] + (c - self.clean_starts[i] if self.copy[i] else 0)

    def raw_end(self, c: int) -> int:
        """Source offset just after clean character ``c``."""
        i = self._run_of_clean(c)
        return self.raw_starts[i] + (c - self.clean_starts[i]) + 1 if self.copy[i] else self.raw_ends[i]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The source span ``[rs, re)`` that the clean span ``[start, end)`` came from."""
        if not 0 <= start <= end <= self.clean_length:
            raise ValueError(f"clean span {start}:{end} outside 0:{self.clean_length}")
        if start == end:
            rs = self.raw_start(start)
            return rs, rs
        return self.raw_start(start), self.raw_end(end - 1)

    # -- raw -> clean -------------------------------------------------------------------------
    def clean_offset(self, r: int) -> int:
        """The first clean offset whose source span does not end at or before ``r``.

        For an ``r`` inside a deleted stretch this is the next kept character.
        """
        i = bisect_right(self.raw_starts, r) - 1
        if i < 0:
            return 0
        if r < self.raw_ends[i]:
            return self.clean_starts[i] + (r - self.raw_starts[i] if self.copy[i] else 0)
        # r lies after run i (in a gap, or at its end)
        return self.clean_starts[i] + (self.raw_ends[i] - self.raw_starts[i] if self.copy[i] else 1)

    def clean_span(self, start: int, end: int) -> tuple[int, int]:
        """The clean span made of the characters whose source spans lie in ``[start, end)``.

        A replace run counts only when its whole source span is inside.
        """
        cs = self.clean_offset(start)
        if cs < self.clean_length:
            i = self._run_of_clean(cs)
            if not self.copy[i] and self.raw_starts[i] < start:
                cs += 1
        ce = self.clean_offset(end)
        if ce > 0 and ce <= self.clean_length:
            i = self._run_of_clean(ce - 1) if ce - 1 < self.clean_length else -1
            if i >= 0 and not self.copy[i] and self.raw_ends[i] > end and ce - 1 >= cs:
                ce -= 1
        return cs, max(cs, ce)

    # -- building -----------------------------------------------------------------------------
    @classmethod
    def from_edits(cls, source: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
        """Apply sorted, non-overlapping edits to ``source``; return the new text and its map."""
        parts: list[str] = []
        runs: list[tuple[int, int, int, int]] = []  # (clean start, source start, source end, copy)
        part, run = parts.append, runs.append
        c = 0
        r = 0
        for start, end, repl in edits:
            if start < r:
                raise ValueError(f"overlapping edit at {start} (previous ended at {r})")
            if len(repl) > 1:
                raise ValueError("a replacement is at most one character")
            if repl and end <= start:
                raise ValueError(f"an insertion at {start}: every character must stand for some source")
            if start > r:
                part(source[r:start])
                run((c, r, start, 1))
                c += start - r
            if repl:
                part(repl)
                run((c, start, end, 0))
                c += 1
            r = end
        if r < len(source) or not runs:
            part(source[r:])
            run((c, r, len(source), 1))
            c += len(source) - r
        cs, rs, re_, cp = zip(*runs)
        return "".join(parts), cls(array("q", cs), array("q", rs), array("q", re_), array("b", cp), c, len(source))

    def then(self, outer: OffsetMap) -> OffsetMap:
        """Compose: ``outer`` maps a later text onto this map's clean text; the result maps it onto the source."""
        cs, rs, re_, cp = array("q"), array("q"), array("q"), array("b")
        starts, raw_starts, copy, n = self.clean_starts, self.raw_starts, self.copy, len(self.clean_starts)
        raw_ends, clean_length = self.raw_ends, self.clean_length
        cs_add, rs_add, re_add, cp_add = cs.append, rs.append, re_.append, cp.append
        for oc, ors, ore, ocopy in zip(outer.clean_starts, outer.raw_starts, outer.raw_ends, outer.copy):
            if not ocopy:
                # one character standing for [ors, ore) of the middle text
                a, b = self.raw_span(ors, ore) if ore > ors else (self.raw_start(ors),) * 2
                _append(cs, rs, re_, cp, oc, a, b, False)
                continue
            # copy run: split it at the middle text's own runs, walking them in order
            pos = ors
            i = bisect_right(starts, pos) - 1
            while pos < ore:
                while i + 1 < n and starts[i + 1] <= pos:  # (the run holding pos: the last that starts at or before it)
                    i += 1
                run_end = starts[i + 1] if i + 1 < n else clean_length
                stop = ore if ore < run_end else run_end
                if copy[i]:
                    a = raw_starts[i] + (pos - starts[i])
                    c = oc + (pos - ors)
                    if cp and cp[-1] and re_[-1] == a and cs[-1] + (a - rs[-1]) == c:
                        re_[-1] = a + (stop - pos)  # extend the previous copy run (as _append does)
                    else:
                        cs_add(c), rs_add(a), re_add(a + (stop - pos)), cp_add(1)
                else:
                    _append(cs, rs, re_, cp, oc + (pos - ors), raw_starts[i], raw_ends[i], False)
                pos = stop
        if not cs:
            return OffsetMap(array("q", (0,)), array("q", (self.raw_length,)), array("q", (self.raw_length,)), array("b", (1,)), 0, self.raw_length)
        return OffsetMap(cs, rs, re_, cp, outer.clean_length, self.raw_length)


def _append(cs: array, rs: array, re_: array, cp: array, c: int, a: int, b: int, copy: bool) -> None:
    if copy and cp and cp[-1] and re_[-1] == a and cs[-1] + (re_[-1] - rs[-1]) == c:
        re_[-1] = b  # extend the previous copy run
        return
    cs.append(c), rs.append(a), re_.append(b), cp.append(1 if copy else 0)


def merge_edits(*groups: Sequence[Edit]) -> list[Edit]:
    """Merge edit lists from several rules: sorted, overlaps resolved by the earliest edit."""
    out: list[Edit] = []
    for start, end, repl in sorted((e for g in groups for e in g), key=lambda e: (e[0], -e[1])):
        if out and start < out[-1][1]:
            if end > out[-1][1] and not out[-1][2] and not repl:
                out[-1] = (out[-1][0], end, "")  # two deletions: take the union
            continue
        out.append((start, end, repl))
    return out
