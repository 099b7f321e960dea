"""Eval cases: the hand-labelled expectations in ``evals/cases/`` (format: ``evals/LABELING.md``).

    cases = load_cases("evals/cases")        # questions*.yaml + questions/*.yaml + plans/<stem>.yaml
    select(cases, "u0*,targets")             # by id, kind, category, plan, split or genre (globs)

A case is one question, or one task on one labelled plan (its metadata, measures, targets or
summary facts). Every case belongs to a split (``seed``, ``dev`` or ``test``) and a genre,
read from ``evals/manifest.yaml`` by the documents it is about; a test case is scored, not
read, while rules change. A malformed file is an :class:`~policyqa.errors.InputError` naming
the file and the reason.
"""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Sequence

import yaml

from ..errors import InputError
from . import scorers

KINDS = ("question", "metadata", "measures", "targets", "summary")
SPLITS = ("seed", "dev", "test")
GENRES = ("work_report", "five_year_plan", "implementation_plan", "speech", "communique", "news", "policy_address")
QUESTION_CATEGORIES = ("single", "traditional", "cross", "unanswerable", "english")
QUESTION_KEYS = {"id", "question", "scope", "must_include", "cite_in", "cite_regions", "abstain", "tags", "xfail_offline", "note"}
PLAN_KEYS = {"region", "title", "author", "issuer", "date", "measures", "targets", "summary_facts"}
META_FIELDS = ("region", "title", "author", "issuer", "date")
NOT_DOCUMENTS = {"SOURCES.md", "README.md"}  # notes beside the documents
MANIFEST_KEYS = {"file", "split", "genre", "region", "level", "year", "series", "shapes", "note"}
MEASURE_KEYS = {"title", "section"}
TARGET_KEYS = {"metric", "value", "unit", "comparator", "year", "kind", "optional"}
SERIES_KINDS = ("compare", "track")  # cases from series/*.yaml (evals/LABELING.md, "Series")
SERIES_KEYS = {"name", "compare", "track", "note"}
COMPARE_ROW_KEYS = {"file", "region", "indicator", "kind", "year", "value", "unit", "comparator", "note"}
TRACK_PAIR_KEYS = {"indicator", "year", "target_file", "target", "result_file", "result", "verdict", "note"}
VERDICTS = ("met", "not_met", "unclear")


@dataclass(frozen=True)
class Case:
    """One labelled expectation. ``data`` holds the labels as written in the case file."""

    id: str
    kind: str  # question | metadata | measures | targets | summary
    category: str  # what the report groups by (question kinds, or the plan task)
    plan: str  # what the report's "by plan" chart groups by: "000 兰溪市", "cross" …
    data: Mapping[str, Any]
    plans_dir: str  # the folder of the case's documents (the first one's, for a question)
    file: str | None = None  # the document of a plan case
    index: int = 0  # the plan's position among the file's labelled plans
    origin: str = ""  # the case file it came from
    split: str = "dev"  # seed | dev | test
    genre: str = "unknown"
    dirs: tuple[str, ...] = ()  # the folders of the eval corpus, where the documents are looked up


@dataclass(frozen=True)
class Document:
    """One labelled document as the manifest lists it: where it is, its split and genre."""

    file: str
    path: Path
    split: str = "dev"
    genre: str = "unknown"
    series: str | None = None
    year: int | None = None


class Manifest(dict):
    """``{file name: Document}`` for every document of the eval corpus.

    The documents live in the folders beside the cases (``evals/plans`` for the seeds,
    ``evals/corpus`` for the rest); ``evals/manifest.yaml`` gives each its split and genre. A
    folder without a manifest is one split, ``dev``, of genre ``unknown``.
    """

    def __init__(self, docs: Mapping[str, Document] = (), dirs: Sequence[Path] = ()):
        super().__init__(docs)
        self.dirs = list(dirs)

    def doc(self, file: str, where: Path | str, cid: str = "") -> Document:
        d = self.get(file)
        if d is None:
            raise _fail(where, f"{'case ' + cid + ': ' if cid else ''}{file} is not in {', '.join(str(x) for x in self.dirs) or 'the documents'}")
        return d

    def files(self, split: str) -> list[str]:
        return sorted(f for f, d in self.items() if d.split == split)


def load_manifest(cases_dir: str | os.PathLike[str], *, plans_dir: str | os.PathLike[str] | None = None) -> Manifest:
    """The documents beside ``cases_dir`` (``../plans``, ``../corpus``, or ``plans_dir``) and their
    splits and genres from ``../manifest.yaml``. A file the manifest names but no folder holds,
    or a document the manifest does not name, is an error (a corpus and its splits never drift)."""
    base = Path(cases_dir).parent
    dirs = [Path(plans_dir)] if plans_dir else [d for d in (base / "plans", base / "corpus") if d.is_dir()]
    if not dirs:
        raise _fail(base / "plans", "no such directory of documents (the files the cases name)")
    found: dict[str, Path] = {}
    for d in dirs:
        for f in sorted(d.iterdir()):
            if f.is_file() and not f.name.startswith(".") and f.name not in NOT_DOCUMENTS and f.suffix not in (".yaml", ".yml"):
                found.setdefault(f.name, f)
    mpath = base / "manifest.yaml"
    if plans_dir or not mpath.is_file():
        return Manifest({f: Document(f, p) for f, p in found.items()}, dirs)
    data = _read_yaml(mpath)
    if not isinstance(data, list):
        raise _fail(mpath, "expected a list of {file, split, genre, ...}")
    docs: dict[str, Document] = {}
    for n, e in enumerate(data, 1):
        if not isinstance(e, dict) or not isinstance(e.get("file"), str):
            raise _fail(mpath, f"entry #{n}: needs a file")
        f = e["file"]
        if set(e) - MANIFEST_KEYS:
            raise _fail(mpath, f"{f}: unknown keys {sorted(set(e) - MANIFEST_KEYS)}")
        if e.get("split") not in SPLITS:
            raise _fail(mpath, f"{f}: split must be one of {', '.join(SPLITS)}, got {e.get('split')!r}")
        if e.get("genre") not in GENRES:
            raise _fail(mpath, f"{f}: genre must be one of {', '.join(GENRES)}, got {e.get('genre')!r}")
        if f not in found:
            raise _fail(mpath, f"{f} is listed but is not in {', '.join(str(d) for d in dirs)}")
        if f in docs:
            raise _fail(mpath, f"{f} is listed twice")
        year = e.get("year")
        docs[f] = Document(f, found[f], e["split"], e["genre"], e.get("series"), int(year) if isinstance(year, int) else None)
    unlisted = sorted(set(found) - set(docs))
    if unlisted:
        raise _fail(mpath, f"documents not listed (give each a split and genre): {', '.join(unlisted[:5])}")
    return Manifest(docs, dirs)


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


def _one_split(files: Sequence[str], manifest: Manifest, path: Path, cid: str) -> Document:
    """The document that decides a case's split: a case that touches a held-out document is held
    out (test before dev before seed)."""
    docs = [manifest.doc(f, path, cid) for f in files]
    rank = {s: i for i, s in enumerate(reversed(SPLITS))}
    return min(docs, key=lambda d: rank.get(d.split, len(rank)))


def _load_questions(path: Path, manifest: Manifest, regions: Mapping[str, list[str]]) -> list[Case]:
    data = _read_yaml(path)
    if data is None:
        return []
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
        if not abstain and not must and not q.get("cite_regions"):
            raise _fail(path, f"case {cid}: an answerable question needs must_include (or cite_regions, for a question across plans)")
        if set(q) - QUESTION_KEYS:
            raise _fail(path, f"case {cid}: unknown keys {sorted(set(q) - QUESTION_KEYS)}")
        for key in ("scope", "cite_in", "cite_regions", "tags"):
            if q.get(key) is not None and not (isinstance(q[key], list) and all(isinstance(x, str) for x in q[key])):
                raise _fail(path, f"case {cid}: {key} must be a list of names")
        # No scope: every seed document (the seed questions were written over all five), or
        # every document of a corpus that has no seed split.
        files = list(q.get("scope") or manifest.files("seed") or sorted(manifest))
        for f in q.get("cite_in") or []:
            if f not in files and q.get("scope"):
                raise _fail(path, f"case {cid}: cite_in names {f}, which is not in its scope")
        if not files:
            raise _fail(path, f"case {cid}: needs a scope (the documents it is asked over)")
        doc = _one_split(files + list(q.get("cite_in") or []), manifest, path, cid)
        tags = [str(t) for t in q.get("tags") or []]
        data_ = dict(q, must_include=must, abstain=abstain, tags=tags, scope=sorted(set(files)))
        genres = {manifest[f].genre for f in (q.get("cite_in") or files)}
        genre = genres.pop() if len(genres) == 1 else "cross"
        out.append(Case(cid, "question", _question_category(tags, abstain), _question_plan(q, regions), data_, str(doc.path.parent),
                        origin=str(path), split=doc.split, genre=genre, dirs=tuple(str(x) for x in manifest.dirs)))
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


def _load_plan_file(path: Path, manifest: Manifest) -> list[Case]:
    data = _read_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("file"), str) or not isinstance(data.get("plans"), list):
        raise _fail(path, "expected a mapping with file: and plans:")
    if set(data) - {"file", "plans", "genre"}:
        raise _fail(path, f"unknown keys {sorted(set(data) - {'file', 'plans', 'genre'})}")
    f = data["file"]
    doc = manifest.doc(f, path)
    out: list[Case] = []
    for i, p in enumerate(data["plans"]):
        if not isinstance(p, dict):
            raise _fail(path, f"plan #{i + 1}: expected a mapping")
        region = p.get("region") or f"#{i + 1}"
        if set(p) - PLAN_KEYS:
            raise _fail(path, f"plan {region}: unknown keys {sorted(set(p) - PLAN_KEYS)}")
        label = f"{f[:3]} {region}"
        base = f"{Path(f).stem[:3]}.{i + 1}"
        common = {"file": f, "index": i, "region": p.get("region"), "plans_in_file": len(data["plans"])}

        def case(task: str, expected: Any) -> Case:
            return Case(f"{base}.{task}", task, task, label, dict(common, expected=expected), str(doc.path.parent), f, i, str(path), doc.split, doc.genre,
                        tuple(str(x) for x in manifest.dirs))

        meta = {k: p[k] for k in META_FIELDS if k in p}
        for k, v in meta.items():
            if v is not None and not isinstance(v, (str, int)):
                raise _fail(path, f"plan {region}: {k} must be text or null, got {v!r}")
        if meta:
            out.append(case("metadata", {k: None if v is None else str(v) for k, v in meta.items()}))
        if "measures" in p:
            ms = p["measures"]
            if not isinstance(ms, list) or not all(isinstance(m, str) or (isinstance(m, dict) and isinstance(m.get("title"), str)) for m in ms):
                raise _fail(path, f"plan {region}: measures must be titles or mappings with a title")
            items = [m if isinstance(m, dict) else {"title": m} for m in ms]
            for m in items:
                if set(m) - MEASURE_KEYS:
                    raise _fail(path, f"plan {region}: measure {m!r} has unknown keys {sorted(set(m) - MEASURE_KEYS)} (quote a title that holds a comma)")
            out.append(case("measures", items))
        if "targets" in p:
            ts = p["targets"]
            if not isinstance(ts, list):
                raise _fail(path, f"plan {region}: targets must be a list")
            for t in ts:
                if not isinstance(t, dict) or "value" not in t or scorers.expected_value(t.get("value"), t.get("unit"))[0] is None:
                    raise _fail(path, f"plan {region}: target {t!r} needs a value that is a number (Arabic, full width or Chinese, 万/亿, a range 4.5-5)")
                if set(t) - TARGET_KEYS:
                    raise _fail(path, f"plan {region}: target {t!r} has unknown keys {sorted(set(t) - TARGET_KEYS)} (quote a metric that holds a comma)")
                if t.get("kind", "target") not in ("target", "result"):
                    raise _fail(path, f"plan {region}: target kind must be target or result: {t!r}")
            out.append(case("targets", ts))
        if "summary_facts" in p:
            out.append(case("summary", _groups(p["summary_facts"], path, f"{base}.summary", "summary_facts")))
    return out


def _held_out(docs: Sequence[Document]) -> str:
    """The split of a group of documents: the most held out of theirs (test, then dev, then seed)."""
    order = list(reversed(SPLITS))
    return min((d.split for d in docs), key=lambda sp: order.index(sp) if sp in order else len(order))


def _series_rows(path: Path, manifest: Manifest, data: Mapping[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The compare rows and track pairs of a series file, checked (format: evals/LABELING.md)."""
    rows, pairs = data.get("compare") or [], data.get("track") or []
    if not isinstance(rows, list) or not isinstance(pairs, list):
        raise _fail(path, "compare: and track: are lists")
    for r in rows:
        if not isinstance(r, dict) or set(r) - COMPARE_ROW_KEYS:
            raise _fail(path, f"compare row {r!r}: unknown keys {sorted(set(r) - COMPARE_ROW_KEYS) if isinstance(r, dict) else ''}")
        if not isinstance(r.get("file"), str) or scorers.series_keys(r.get("indicator"), r.get("unit")) is None:
            raise _fail(path, f"compare row {r!r}: needs a file and an indicator of {', '.join(scorers.SERIES_INDICATORS)}")
        if r.get("value") in (None, "") or r.get("kind", "target") not in ("target", "result"):
            raise _fail(path, f"compare row {r!r}: needs a value as written (a number, a range 4.5-5, or the words: 稳中有升) and a kind target or result")
        manifest.doc(r["file"], path)
    for q in pairs:
        if not isinstance(q, dict) or set(q) - TRACK_PAIR_KEYS:
            raise _fail(path, f"track pair {q!r}: unknown keys {sorted(set(q) - TRACK_PAIR_KEYS) if isinstance(q, dict) else ''}")
        target = scorers.written_figure(q.get("target")) if q.get("target") not in (None, "") else None
        if not isinstance(q.get("target_file"), str) or not isinstance(q.get("year"), int) or not str(q.get("target") or "").strip():
            raise _fail(path, f"track pair {q!r}: needs a target_file, a year and a target as written (\"8%左右\", or the words: 与经济增长基本同步)")
        if scorers.series_keys(q.get("indicator"), target[1] if target else None) is None:
            raise _fail(path, f"track pair {q!r}: indicator is one of {', '.join(scorers.SERIES_INDICATORS)}")
        if q.get("verdict") not in VERDICTS:
            raise _fail(path, f"track pair {q!r}: verdict is one of {', '.join(VERDICTS)}")
        if q["verdict"] != "unclear" and (not isinstance(q.get("result_file"), str) or not str(q.get("result") or "").strip()):
            raise _fail(path, f"track pair {q!r}: a {q['verdict']} pair needs a result_file and a result as written (else it is unclear)")
        for f in (q["target_file"], q.get("result_file")):
            if f is not None:
                manifest.doc(f, path)
    return rows, pairs


def _load_series_file(path: Path, manifest: Manifest) -> list[Case]:
    """``series/<name>.yaml``: one series' compare rows and track pairs, as cases.

    A case is one indicator of one task in one split: ``<name>.compare.<indicator>`` holds the
    rows of that indicator in the series' documents of that split (a document of the split
    that states no such figure is in the case too: a row from it is one too many), and
    ``<name>.track.<indicator>`` the pairs whose documents (target and result) are in it; a
    series whose documents lie in several splits has one case per split (``….<split>``). A pair
    touching a held-out document is held out.
    """
    data = _read_yaml(path)
    if data is None:
        return []
    if not isinstance(data, dict) or set(data) - SERIES_KEYS:
        raise _fail(path, f"expected a mapping with name:, compare: and track: (unknown keys {sorted(set(data) - SERIES_KEYS) if isinstance(data, dict) else ''})")
    name = str(data.get("name") or path.stem)
    rows, pairs = _series_rows(path, manifest, data)
    files = list(dict.fromkeys([r["file"] for r in rows] + [f for q in pairs for f in (q["target_file"], q.get("result_file")) if f]))
    split_of = {f: manifest[f].split for f in files}
    several = len(set(split_of.values())) > 1
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault(("compare", str(r["indicator"]), split_of[r["file"]]), []).append(r)
    for q in pairs:
        docs = [manifest[f] for f in (q["target_file"], q.get("result_file")) if f]
        groups.setdefault(("track", str(q["indicator"]), _held_out(docs)), []).append(q)
    out: list[Case] = []
    for (kind, indicator, split), items in groups.items():
        if kind == "compare":  # the reports the series labels compare rows for (not those only a track pair names)
            case_files = [f for f in dict.fromkeys(r["file"] for r in rows) if split_of[f] == split]
        else:
            case_files = list(dict.fromkeys(f for q in items for f in (q["target_file"], q.get("result_file")) if f))
        cid = f"{name}.{kind}.{indicator}" + (f".{split}" if several else "")
        genres = {manifest[f].genre for f in case_files}
        d = {"series": name, "indicator": indicator, "files": case_files, "expected": items, "years": {f: manifest[f].year for f in case_files}}
        out.append(Case(cid, kind, kind, f"series {name}", d, str(manifest[case_files[0]].path.parent), origin=str(path), split=split,
                        genre=genres.pop() if len(genres) == 1 else "cross", dirs=tuple(str(x) for x in manifest.dirs)))
    return out


def load_cases(directory: str | os.PathLike[str], *, plans_dir: str | os.PathLike[str] | None = None) -> list[Case]:
    """The cases in ``directory``: ``*.yaml`` and ``questions/*.yaml`` (questions),
    ``plans/*.yaml`` (per-plan labels) and ``series/*.yaml`` (compare and track cases over several
    documents); format in ``evals/LABELING.md``.

    The documents they name are looked up beside it (:func:`load_manifest`), or in ``plans_dir``.
    A malformed case file raises :class:`InputError` naming the file and the reason.
    """
    d = Path(directory)
    if not d.is_dir():
        raise _fail(d, "no such directory of eval cases")
    manifest = load_manifest(d, plans_dir=plans_dir)
    plan_cases: list[Case] = []
    for f in sorted((d / "plans").glob("*.yaml")) if (d / "plans").is_dir() else []:
        plan_cases.extend(_load_plan_file(f, manifest))
    regions: dict[str, list[str]] = {}
    for c in plan_cases:
        if c.kind == "metadata" or c.data.get("region"):
            regions.setdefault(c.file or "", [])
            r = c.data.get("region")
            if r and r not in regions[c.file or ""]:
                regions[c.file or ""].append(r)
    cases: list[Case] = []
    for f in sorted(d.glob("*.yaml")) + sorted((d / "questions").glob("*.yaml")):
        cases.extend(_load_questions(f, manifest, regions))
    cases.extend(plan_cases)
    for f in sorted((d / "series").glob("*.yaml")) if (d / "series").is_dir() else []:
        cases.extend(_load_series_file(f, manifest))
    if not cases:
        raise _fail(d, "no cases found (questions.yaml, questions/*.yaml, plans/*.yaml or series/*.yaml)")
    seen: dict[str, str] = {}
    for c in cases:
        if c.id in seen:
            raise _fail(c.origin, f"duplicate case id {c.id} (also in {seen[c.id]})")
        seen[c.id] = c.origin
    return cases


def select(cases: Sequence[Case], only: str | None) -> list[Case]:
    """The cases whose id, kind, category, plan, split or genre matches the glob ``only`` ("q0*",
    "targets", "*兰州*", "dev", "news"); several patterns may be given separated by commas."""
    if not only:
        return list(cases)
    pats = [p.strip() for p in only.split(",") if p.strip()]
    return [c for c in cases if any(fnmatch.fnmatchcase(v, p) for p in pats for v in (c.id, c.kind, c.category, c.plan, c.split, c.genre))]


def of_split(cases: Sequence[Case], split: str | None) -> list[Case]:
    """The cases of one split (``seed``, ``dev``, ``test``), or all of them for None or ``all``."""
    if split in (None, "all"):
        return list(cases)
    if split not in SPLITS:
        raise InputError("--split", f"a split is one of {', '.join(SPLITS)} or all, got {split!r}")
    return [c for c in cases if c.split == split]
