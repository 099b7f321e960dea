"""Eval cases: the hand-labelled expectations in ``evals/cases/`` (format: its README.md).

    cases = load_cases("evals/cases")        # questions.yaml + plans/<seed stem>.yaml
    select(cases, "u0*,targets")             # by id, kind, category or plan (globs)

A case is one question, or one task on one labelled plan (its metadata, measures, targets or
summary facts). A malformed file is an :class:`~policyqa.errors.InputError` naming the file
and the reason.
"""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Sequence

import yaml

from . import scorers
from .errors import InputError

KINDS = ("question", "metadata", "measures", "targets", "summary")
QUESTION_CATEGORIES = ("single", "traditional", "cross", "unanswerable", "english")
QUESTION_KEYS = {"id", "question", "scope", "must_include", "cite_in", "cite_regions", "abstain", "tags", "xfail_offline", "note"}
MEASURE_KEYS = {"title", "section"}
TARGET_KEYS = {"metric", "value", "unit", "comparator", "year", "kind", "optional"}


@dataclass(frozen=True)
class Case:
    """One labelled expectation. ``data`` holds the labels as written in the case file."""

    id: str
    kind: str  # question | metadata | measures | targets | summary
    category: str  # what the report groups by (question kinds, or the plan task)
    plan: str  # what the report's "by plan" chart groups by: "000 兰溪市", "cross" …
    data: Mapping[str, Any]
    plans_dir: str
    file: str | None = None  # the seed file of a plan case
    index: int = 0  # the plan's position among the file's labelled plans
    origin: str = ""  # the case file it came from


def _fail(path: Path | str, reason: str) -> InputError:
    return InputError(str(path), reason)


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise _fail(path, f"not valid YAML{where}: {getattr(e, 'problem', e)}") from None
    except OSError as e:
        raise _fail(path, f"cannot read: {e.strerror}") from None


def _groups(value: Any, path: Path, cid: str, key: str) -> list[list[str]]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(g, list) and g and all(isinstance(a, (str, int, float)) for a in g) for g in value):
        raise _fail(path, f"case {cid}: {key} must be a list of groups of alternatives, e.g. [[\"2027\"], [\"98%\", \"98％\"]]")
    return [[str(a) for a in g] for g in value]


def _question_category(tags: Sequence[str], abstain: bool) -> str:
    if abstain:
        return "unanswerable"
    for c in ("cross", "english", "traditional"):
        if c in tags:
            return c
    return "single"


def _load_questions(path: Path, plans_dir: Path, regions: Mapping[str, list[str]]) -> list[Case]:
    data = _read_yaml(path)
    if not isinstance(data, list):
        raise _fail(path, "expected a list of questions")
    out: list[Case] = []
    for n, q in enumerate(data, 1):
        if not isinstance(q, dict) or not isinstance(q.get("id"), str) or not isinstance(q.get("question"), str) or not q["question"].strip():
            raise _fail(path, f"question #{n}: needs an id and a question")
        cid = q["id"]
        abstain = q.get("abstain", False)
        if not isinstance(abstain, bool):
            raise _fail(path, f"case {cid}: abstain must be true or false")
        must = _groups(q.get("must_include"), path, cid, "must_include")
        if abstain and (must or q.get("cite_in") or q.get("cite_regions")):
            raise _fail(path, f"case {cid}: an abstention case cannot require content or citations")
        if not abstain and not must:
            raise _fail(path, f"case {cid}: an answerable question needs must_include")
        for key in ("scope", "cite_in"):
            for f in q.get(key) or []:
                if not (plans_dir / f).is_file():
                    raise _fail(path, f"case {cid}: {key} names {f}, which is not in {plans_dir}")
        if set(q) - QUESTION_KEYS:
            raise _fail(path, f"case {cid}: unknown keys {sorted(set(q) - QUESTION_KEYS)}")
        tags = [str(t) for t in q.get("tags") or []]
        data_ = dict(q, must_include=must, abstain=abstain, tags=tags)
        out.append(Case(cid, "question", _question_category(tags, abstain), _question_plan(q, regions), data_, str(plans_dir), origin=str(path)))
    return out


def _short(region: str) -> str:
    return scorers._REGION_SUFFIX.sub("", region) or region


def _question_plan(q: Mapping[str, Any], regions: Mapping[str, list[str]]) -> str:
    """The plan a question is about, for the report: the labelled region of its one cited file
    (for a page of several plans, the one the question names), "cross" or "none"."""
    if q.get("abstain"):
        return "none"
    files = q.get("cite_in") or []
    if q.get("cite_regions") or len(files) != 1:
        return "cross"
    f = files[0]
    names = regions.get(f, [])
    if len(names) == 1:
        return f"{f[:3]} {names[0]}"
    text = scorers.normalize(q.get("question", ""))
    for r in names:
        if r and scorers.normalize(_short(r)) in text:
            return f"{f[:3]} {r}"
    return f[:3]


def _load_plan_file(path: Path, plans_dir: Path) -> list[Case]:
    data = _read_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("file"), str) or not isinstance(data.get("plans"), list):
        raise _fail(path, "expected a mapping with file: and plans:")
    f = data["file"]
    if not (plans_dir / f).is_file():
        raise _fail(path, f"file {f} is not in {plans_dir}")
    out: list[Case] = []
    for i, p in enumerate(data["plans"]):
        if not isinstance(p, dict):
            raise _fail(path, f"plan #{i + 1}: expected a mapping")
        region = p.get("region") or f"#{i + 1}"
        label = f"{f[:3]} {region}"
        base = f"{Path(f).stem[:3]}.{i + 1}"
        common = {"file": f, "index": i, "region": p.get("region")}
        meta = {k: p[k] for k in ("region", "title", "author", "date") if k in p}
        if meta:
            out.append(Case(f"{base}.metadata", "metadata", "metadata", label, dict(common, expected=meta), str(plans_dir), f, i, str(path)))
        if "measures" in p:
            ms = p["measures"]
            if not isinstance(ms, list) or not all(isinstance(m, str) or (isinstance(m, dict) and isinstance(m.get("title"), str)) for m in ms):
                raise _fail(path, f"plan {region}: measures must be titles or mappings with a title")
            items = [m if isinstance(m, dict) else {"title": m} for m in ms]
            for m in items:
                if set(m) - MEASURE_KEYS:
                    raise _fail(path, f"plan {region}: measure {m!r} has unknown keys {sorted(set(m) - MEASURE_KEYS)} (quote a title that holds a comma)")
            out.append(Case(f"{base}.measures", "measures", "measures", label, dict(common, expected=items), str(plans_dir), f, i, str(path)))
        if "targets" in p:
            ts = p["targets"]
            if not isinstance(ts, list):
                raise _fail(path, f"plan {region}: targets must be a list")
            for t in ts:
                if not isinstance(t, dict) or "value" not in t or scorers.expected_value(t.get("value"), t.get("unit"))[0] is None:
                    raise _fail(path, f"plan {region}: target {t!r} needs a value that is a number (Arabic, full width or Chinese, 万/亿)")
                if set(t) - TARGET_KEYS:
                    raise _fail(path, f"plan {region}: target {t!r} has unknown keys {sorted(set(t) - TARGET_KEYS)} (quote a metric that holds a comma)")
                if t.get("kind", "target") not in ("target", "result"):
                    raise _fail(path, f"plan {region}: target kind must be target or result: {t!r}")
            out.append(Case(f"{base}.targets", "targets", "targets", label, dict(common, expected=ts), str(plans_dir), f, i, str(path)))
        if "summary_facts" in p:
            facts = _groups(p["summary_facts"], path, f"{base}.summary", "summary_facts")
            out.append(Case(f"{base}.summary", "summary", "summary", label, dict(common, expected=facts), str(plans_dir), f, i, str(path)))
    return out


def load_cases(directory: str | os.PathLike[str], *, plans_dir: str | os.PathLike[str] | None = None) -> list[Case]:
    """The cases in ``directory``: ``questions.yaml`` and ``plans/*.yaml`` (see its README.md).

    The seed files they name are looked up in ``plans_dir`` (default: ``<directory>/../plans``).
    A malformed case file raises :class:`InputError` naming the file and the reason.
    """
    d = Path(directory)
    if not d.is_dir():
        raise _fail(d, "no such directory of eval cases")
    pdir = Path(plans_dir) if plans_dir else d.parent / "plans"
    if not pdir.is_dir():
        raise _fail(pdir, "no such directory of plans (the seed files the cases name)")
    plan_cases: list[Case] = []
    for f in sorted((d / "plans").glob("*.yaml")) if (d / "plans").is_dir() else []:
        plan_cases.extend(_load_plan_file(f, pdir))
    regions: dict[str, list[str]] = {}
    for c in plan_cases:
        if c.kind == "metadata" or c.data.get("region"):
            regions.setdefault(c.file or "", [])
            r = c.data.get("region")
            if r and r not in regions[c.file or ""]:
                regions[c.file or ""].append(r)
    cases: list[Case] = []
    for f in sorted(d.glob("*.yaml")):
        cases.extend(_load_questions(f, pdir, regions))
    cases.extend(plan_cases)
    if not cases:
        raise _fail(d, "no cases found (questions.yaml or plans/*.yaml)")
    seen: dict[str, str] = {}
    for c in cases:
        if c.id in seen:
            raise _fail(c.origin, f"duplicate case id {c.id} (also in {seen[c.id]})")
        seen[c.id] = c.origin
    return cases


def select(cases: Sequence[Case], only: str | None) -> list[Case]:
    """The cases whose id, kind, category or plan matches the glob ``only`` ("q0*", "targets", "*兰州*");
    several patterns may be given separated by commas."""
    if not only:
        return list(cases)
    pats = [p.strip() for p in only.split(",") if p.strip()]
    return [c for c in cases if any(fnmatch.fnmatchcase(v, p) for p in pats for v in (c.id, c.kind, c.category, c.plan))]
