"""The LLM engine: summaries, measures, targets and answers from any OpenAI-compatible endpoint.

    engine = LLMEngine(base_url="http://127.0.0.1:8080/v1", model="qwen2.5-7b")     # or preset="deepseek"
    engine.summarize(plan); engine.measures(plan); engine.targets(plan)
    engine.ask("哪些地方提出了2027年目标?", corpus)

The model returns quotes, never offsets: each quote is found in the plan
(:func:`policyqa.citations.ground`) and the engine makes the citation itself. Then every claim is
read back from its quotes (:mod:`policyqa.engines.llm.grounding`): a figure's value, unit, comparator and
year by the offline number parser, a sentence, title or answer by a lexical support test, places
and names by presence. A reply that is cut off, not one whole JSON object, not the schema, or has
a claim that does not hold is sent back to the model (see :mod:`policyqa.engines.llm.client`); whatever still
fails after the last re-ask is dropped and counted (``usage.dropped_claims``), and when nothing
grounded is left the call raises ValidationFailed. An empty list is an answer only when the
model says so (``"none": true``); an answer can always abstain (``cannot_answer``).

Everything a plan supplies (text, title, region, headings) goes into the prompt inside the
``<document>`` block with look-alikes of its tags neutralised (:func:`policyqa.engines.llm.prompts.data_block`).

A plan longer than the context budget is summarised map-reduce over passage-aligned chunks
(prompts ``map`` then ``reduce``); measures and targets are read chunk by chunk. A question sends
only the best passages of a corpus search, at most :data:`ASK_PROMPT_TOKENS` prompt tokens. Each
public call is one :meth:`LLMClient.scope`: one plan's usage and deadline.

``name`` is ``"llm:<model>"``; every output's ``engine`` field is that name and the prompt's
``name@version`` (``"llm:deepseek-chat summarize@2"``).
"""

from __future__ import annotations

import re
from typing import Any, Callable, Iterator, Literal, Sequence

from pydantic import BaseModel, ConfigDict, Field

from .config import Settings, resolve
from ...retrieval.corpus import Corpus
from ...errors import ValidationFailed
from .grounding import Grounder, unique
from .client import LLMClient, extract_json
from ...models import ABSTAIN_EN, ABSTAIN_ZH, Answer, Measure, Summary, SummarySection, Target
from ...structure.plan import Plan
from .prompts import Prompt, as_data, data_block, load_prompt
from .tokens import byte_bound
from .replies import CUT_OFF
from ... import patterns

ASK_PROMPT_TOKENS = 3_000  # prompt tokens of one question, whatever the corpus size
ASK_CANDIDATES = 40  # passages the search returns before packing
_LANG = {
    "zh": "除引文外，所有文字用简体中文书写。",
    "en": "除引文外，所有文字（摘要、标题、回答）都用英文（English）书写；引文必须保持原文的中文，一字不改。",
}


# -- what the model is asked to return (quotes, never offsets) --------------------------------------
class _Out(BaseModel):
    model_config = ConfigDict(extra="ignore")


class QuotedPoint(_Out):
    text: str
    quotes: list[str] = Field(default_factory=list)


class LLMTarget(_Out):
    metric: str
    value: float
    unit: str | None = None
    comparator: str | None = None
    year: int | None = None
    original: str
    quote: str


class LLMKindTarget(LLMTarget):
    kind: Literal["target", "result"] = "target"


class LLMSection(_Out):
    title: str
    measures: list[QuotedPoint]


class LLMSummary(_Out):
    overview: list[QuotedPoint]
    goals: list[QuotedPoint]
    target_year: int | None = None
    key_targets: list[LLMTarget]
    sections: list[LLMSection]


class LLMMeasure(_Out):
    title: str
    text: str
    section: list[str] = Field(default_factory=list)
    units: list[str] = Field(default_factory=list)
    year: int | None = None
    quotes: list[str] = Field(default_factory=list)
    targets: list[LLMTarget] = Field(default_factory=list)


_NONE = "true only when the document has none at all (the list is then empty); false otherwise"


class LLMMeasures(_Out):
    measures: list[LLMMeasure]
    none: bool = Field(default=False, description=_NONE)


class LLMTargets(_Out):
    targets: list[LLMKindTarget]
    none: bool = Field(default=False, description=_NONE)


class LLMQuote(_Out):
    doc: str
    quote: str


class LLMAnswer(_Out):
    answer: str
    cannot_answer: bool = False
    quotes: list[LLMQuote] = Field(default_factory=list)


# -- the engine -----------------------------------------------------------------------------------
class LLMEngine:
    """Summaries, measures, targets and cited answers from an OpenAI-compatible chat endpoint."""

    def __init__(
        self,
        client: LLMClient | None = None,
        model: str | None = None,
        base_url: str | None = None,
        api_key: str | None = None,
        preset: str | None = None,
        lang: str = "zh",
        cache: Any = None,
        budget: Any = None,
        *,
        usage: Any = None,
        settings: Settings | None = None,
        http_client: Any = None,
        **options: Any,
    ):
        if client is None:
            extra = {k: v for k, v in options.items() if k in Settings.__dataclass_fields__ and v is not None}
            settings = settings or resolve(base_url, model, api_key, preset, **extra)
            client = LLMClient(settings, http_client=http_client, cache=cache, usage=usage, budget=budget,
                               **{k: v for k, v in options.items() if k in ("backoff", "sleep", "max_wait")})
        self.client = client
        self.settings = client.settings
        self.cache = client.cache
        self.usage = client.usage
        self.lang = lang
        self.name = f"llm:{self.settings.model}"

    def __repr__(self) -> str:
        return f"LLMEngine({self.settings.endpoint}, model={self.settings.model!r}, lang={self.lang!r})"

    def copy_with(self, *, http_client: Any = None, cache: Any = None) -> LLMEngine:
        """The same engine sending through ``http_client`` (an httpx2 client) and caching in ``cache``
        (the model a local server serves is the one this engine's server serves)."""
        c = self.client
        client = LLMClient(self.settings, http_client=http_client, cache=cache, usage=c.usage, budget=c.budget, backoff=c.backoff,
                           max_wait=c.max_wait, sleep=c.sleep, served=c.served_model())
        return LLMEngine(client=client, lang=self.lang)

    def warm(self) -> None:
        """Load what every call needs: once per process the tokenizer and the dictionaries grounding
        reads with (about 1 s); once per engine its cache file (opened, its tables made) and, for a
        server on this machine, the model it serves (``GET /models``, part of every cache key).
        ``batch.run`` calls it before its clock starts, so that the first plans do not queue for
        them; else the first call does it."""
        from .grounding import warm

        self.client.counter.load()
        warm()
        self.client.openai.chat.completions  # the SDK imports its resources when first touched
        self.client.served_model()
        if self.cache is not None and hasattr(self.cache, "open"):
            self.cache.open()

    def scope(self):
        """One plan or question in this thread: yields its Usage (every attempt) and holds its deadline."""
        return self.client.scope()

    def request_slots(self, n: int, cancel=None):
        """Inside, at most ``n`` requests in flight at once, whatever the number of threads calling;
        once ``cancel`` (a threading.Event) is set, requests waiting for a slot are not sent
        (``batch.run`` runs more threads than slots: see :meth:`LLMClient.request_slots`)."""
        return self.client.request_slots(n, cancel)

    # -- helpers ------------------------------------------------------------------------------
    @property
    def _language(self) -> str:
        if self.lang not in _LANG:
            from ...errors import ConfigError

            raise ConfigError(f"unknown language {self.lang!r}; choose zh or en")
        return _LANG[self.lang]

    def _engine_tag(self, prompt: Prompt) -> str:
        return f"{self.name} {prompt.key}"

    def _overhead_messages(self, prompt: Prompt, schema: type[BaseModel], **values: Any) -> list[dict]:
        """``prompt`` with empty data and the schema spelled out (the worst mode)."""
        return self.client._with_format(prompt.render(**values), "json_object", schema)

    def _overhead(self, prompt: Prompt, schema: type[BaseModel], **values: Any) -> int:
        """Prompt tokens of ``prompt`` with empty data, the schema spelled out (the worst mode). The
        system message (instructions and schema) is counted once per prompt and schema; only the
        short user message, which holds the plan's title and region, is counted per plan."""
        return self.client.counter.count_messages(self._overhead_messages(prompt, schema, **values))

    def _doc_budget(self, prompt: Prompt, schema: type[BaseModel], **values: Any) -> int:
        return max(256, self._room() - self._overhead(prompt, schema, **values))

    def _room(self) -> int:
        return self.settings.context - self.settings.max_output_tokens - 64

    def _plan_chunks(self, plan: Plan, prompt: Prompt, schema: type[BaseModel], **values: Any) -> list[str]:
        """``chunks(plan, _doc_budget(...))``, without counting a token when the UTF-8 bytes of the
        plan and of the prompt prove that the plan fits whole (tokens ≤ bytes: see
        :mod:`policyqa.engines.llm.tokens`): the same chunks, whichever way they are found."""
        text, counter = plan.text, self.client.counter
        floor = max(256, self._room() - counter.messages_bound(self._overhead_messages(prompt, schema, **values)))  # ≤ the exact budget
        if byte_bound(text) <= floor:
            return [text]
        return self.chunks(plan, self._doc_budget(prompt, schema, **values))

    def chunks(self, plan: Plan, budget: int) -> list[str]:
        """The plan's clean text cut at paragraph (else sentence) starts into pieces of at most ``budget`` tokens."""
        count = self.client.counter.count
        text, base = plan.text, plan.clean_start
        if self.client.counter.fits(text, budget):
            return [text]
        starts = sorted({p.clean_start - base for p in plan.passages if p.kind in ("paragraph", "section", "sentence", "item")} | {0})
        pieces = [text[a:b] for a, b in zip(starts, starts[1:] + [len(text)]) if b > a]
        limit = int(budget * 0.95)  # counts of pieces add up to within a few tokens of the joined count
        out: list[str] = []
        cur, cur_n = "", 0
        for piece in pieces:
            n = count(piece)
            while n > limit:  # one passage beyond the budget: cut it by characters
                cut = max(1, int(len(piece) * limit / n * 0.9))
                if cur:
                    out.append(cur)
                    cur, cur_n = "", 0
                out.append(piece[:cut])
                piece = piece[cut:]
                n = count(piece)
            if cur and cur_n + n > limit:
                out.append(cur)
                cur, cur_n = "", 0
            cur += piece
            cur_n += n
        if cur.strip():
            out.append(cur)
        return [c for c in out if c.strip()]

    def _call(self, prompt: Prompt, schema: type[BaseModel], values: dict, build: Callable[[Any, Grounder], Any], plans: dict[str, Plan],
              *, said_none: Callable[[Any], bool] | None = None, what: str = "items"):
        """Ask, ground with ``build(obj, grounder) -> result``; after the last re-ask, keep what grounds
        and count what was dropped. An empty result is accepted only when ``said_none(obj)``."""
        messages = prompt.render(**values)
        last: dict[str, Any] = {}

        def check(obj: BaseModel) -> list[str]:
            g = Grounder(plans, self.lang)
            result = build(obj, g)
            last.update(obj=obj, result=result)
            if g.errors:
                return g.errors
            if not result and not (said_none is not None and said_none(obj)):
                if said_none is not None:
                    return [f"the reply lists no {what}: list every one the document gives, each with its quotes; only if it gives none at all, "
                            f"answer an empty list with \"none\": true"]
                return ["nothing in the reply could be checked against the document"]
            return []

        try:
            obj, _ = self.client.structured(messages, schema, prompt=prompt, check=check)
            return last["result"] if last.get("obj") is obj else build(obj, Grounder(plans, self.lang))  # grounded once, by the check
        except ValidationFailed as e:
            if any(err in CUT_OFF.values() for err in e.errors):
                raise  # a reply cut off or withheld is not a reply to take parts of
            try:
                obj = schema.model_validate(extract_json(e.last_output or ""))
            except ValueError:
                raise e from None
            g = Grounder(plans, self.lang)
            result = build(obj, g)  # what does not hold is left out
            if not result:  # nothing held (or an empty list never said to be none): a failure, not an empty output
                raise
            self.client.drop(g.dropped)
            return result

    def _doc(self, plan: Plan, text: str, **more: Any) -> str:
        return data_block(text, title=plan.title or "（无）", region=plan.region or "（未写明）", **more)

    def _values(self, plan: Plan, text: str, **extra: Any) -> dict:
        return {"document": self._doc(plan, text), "language": self._language, **extra}

    # -- summaries ----------------------------------------------------------------------------
    def summarize(self, plan: Plan) -> Summary:
        with self.client.scope():
            prompt = load_prompt("summarize")
            chunks = self._plan_chunks(plan, prompt, LLMSummary, **self._values(plan, ""))
            if len(chunks) == 1:
                return self._call(prompt, LLMSummary, self._values(plan, chunks[0]), lambda o, g: self._summary(plan, o, g, prompt), {plan.id: plan})
            return self._map_reduce(plan, chunks)

    def _summary(self, plan: Plan, o: LLMSummary, g: Grounder, prompt: Prompt) -> Summary | None:
        k = plan.id
        sections = []
        for sec in o.sections:
            ms = g.sentences(k, sec.measures)
            if ms and g.section_title(k, sec.title, ms):
                sections.append(SummarySection(title=sec.title, measures=ms))
        s = Summary(
            plan_id=plan.id, language=self.lang, overview=g.sentences(k, o.overview), goals=g.sentences(k, o.goals),
            target_year=g.year(k, o.target_year), key_targets=[t for x in o.key_targets if (t := g.figure(k, x)) is not None],
            sections=sections, engine=self._engine_tag(prompt),
        )
        return s if (s.overview or s.goals or s.sections or s.key_targets) else None

    def _map_reduce(self, plan: Plan, chunks: list[str]) -> Summary:
        mp, rd = load_prompt("map"), load_prompt("reduce")
        notes: list[str] = []
        for i, chunk in enumerate(chunks, 1):
            part = self._call(mp, LLMSummary, self._values(plan, chunk, part=i, parts=len(chunks)), lambda o, g: self._summary(plan, o, g, mp), {plan.id: plan})
            notes.append(_notes(i, part))
        values = {"language": self._language}
        budget = self._doc_budget(rd, LLMSummary, notes=self._notes_block(plan, ""), **values)
        text = "\n\n".join(notes)
        while not self.client.counter.fits(text, budget) and len(text) > 200:  # keep the notes within the context
            text = text[: int(len(text) * 0.85)].rsplit("\n", 1)[0]
        out = self._call(rd, LLMSummary, {"notes": self._notes_block(plan, text), **values}, lambda o, g: self._summary(plan, o, g, rd), {plan.id: plan})
        return out.model_copy(update={"engine": f"{self.name} {mp.key}+{rd.key}"})

    def _notes_block(self, plan: Plan, notes: str) -> str:
        return data_block(notes, body_tag="notes", escaped=True, title=plan.title or "（无）", region=plan.region or "（未写明）")

    # -- measures and targets -----------------------------------------------------------------
    def measures(self, plan: Plan) -> list[Measure]:
        with self.client.scope():
            prompt = load_prompt("measures")
            out: list[Measure] = []
            for chunk in self._plan_chunks(plan, prompt, LLMMeasures, **self._values(plan, "")):
                out += self._call(prompt, LLMMeasures, self._values(plan, chunk), lambda o, g: self._measures(plan, o, g), {plan.id: plan},
                                  said_none=lambda o: o.none and not o.measures, what="measures")
            return out

    def _measures(self, plan: Plan, o: LLMMeasures, g: Grounder) -> list[Measure]:
        return [m for x in o.measures if (m := g.measure(plan.id, x)) is not None]

    def targets(self, plan: Plan) -> list[Target]:
        with self.client.scope():
            prompt = load_prompt("targets")
            out: list[Target] = []
            seen: set[tuple[int, int, str]] = set()
            for chunk in self._plan_chunks(plan, prompt, LLMTargets, **self._values(plan, "")):
                got = self._call(prompt, LLMTargets, self._values(plan, chunk),
                                 lambda o, g: [t for x in o.targets if (t := g.figure(plan.id, x, x.kind)) is not None], {plan.id: plan},
                                 said_none=lambda o: o.none and not o.targets, what="figures")
                for t in got:
                    if (t.citation.start, t.citation.end, t.original) not in seen:
                        seen.add((t.citation.start, t.citation.end, t.original))
                        out.append(t)
            return out

    # -- questions ----------------------------------------------------------------------------
    def context(self, question: str, plans: Plan | Sequence[Plan] | Corpus) -> tuple[list[dict], dict[str, Plan]]:
        """The messages of a question (the best passages within :data:`ASK_PROMPT_TOKENS`) and the doc ids' plans."""
        corpus = plans if isinstance(plans, Corpus) else Corpus([plans] if isinstance(plans, Plan) else list(plans))
        prompt = load_prompt("ask")
        values = {"question": question, "language": self._language, "abstain": ABSTAIN_EN if self.lang == "en" else ABSTAIN_ZH}
        left = ASK_PROMPT_TOKENS - self._overhead(prompt, LLMAnswer, documents="", **values)
        count = self.client.counter.count
        blocks: list[str] = []
        docs: dict[str, Plan] = {}
        from ...retrieval.questions import retrieve

        for hit in retrieve(question, corpus, k=ASK_CANDIDATES):  # scoped, weighed, de-nested: the offline engine's retrieval
            p, plan = hit.passage, hit.plan
            doc_id = f"D{len(blocks) + 1}"
            block = data_block(p.text, doc_id=doc_id, region=plan.region, title=(plan.title or "")[:40], section=" / ".join(p.section)[:60])
            cost = count(block) + 2
            if cost > left:
                continue
            left -= cost
            blocks.append(block)
            docs[doc_id] = plan
        return prompt.render(documents="\n\n".join(blocks) or "（没有检索到相关段落）", **values), docs

    def ask(self, question: str, plans: Plan | Sequence[Plan] | Corpus) -> Answer:
        with self.client.scope():
            messages, docs = self.context(question, plans)
            prompt = load_prompt("ask")
            if not docs:
                return self._abstain(question, prompt)
            try:
                obj, _ = self.client.structured(messages, LLMAnswer, prompt=prompt, check=lambda o: self._answer_errors(o, docs))
            except ValidationFailed as e:
                if any(err in CUT_OFF.values() for err in e.errors):
                    return self._abstain(question, prompt)
                try:
                    obj = LLMAnswer.model_validate(extract_json(e.last_output or ""))
                except ValueError:
                    return self._abstain(question, prompt)
            return self._answer(question, obj, prompt, docs)

    def _answer_errors(self, o: LLMAnswer, docs: dict[str, Plan]) -> list[str]:
        if o.cannot_answer:
            return []
        g = Grounder(docs, self.lang)
        cites = [c for q in o.quotes if (c := g.quote(q.doc, q.quote)) is not None]
        if not o.quotes:
            g.errors.append("the answer has no quotes: quote the passages that support it, or set cannot_answer")
        if cites:
            g.answer(o.answer.strip(), cites)
        return g.errors if g.errors or cites else ["no quote supports the answer"]

    def _answer(self, question: str, o: LLMAnswer, prompt: Prompt, docs: dict[str, Plan]) -> Answer:
        """The answer, its quotes grounded and its text supported by them; else an abstention (the
        unsupported answer counted as a dropped claim)."""
        if o.cannot_answer:
            return self._abstain(question, prompt)
        g = Grounder(docs, self.lang)
        cites = unique([c for q in o.quotes if (c := g.quote(q.doc, q.quote)) is not None])
        if not cites or not g.answer(o.answer.strip(), cites):
            self.client.drop(1)
            return self._abstain(question, prompt)
        return Answer(question=question, answer=o.answer.strip(), abstained=False, citations=cites, engine=self._engine_tag(prompt))

    def _abstain(self, question: str, prompt: Prompt) -> Answer:
        return Answer(question=question, answer=ABSTAIN_EN if self.lang == "en" else ABSTAIN_ZH, abstained=True, engine=self._engine_tag(prompt))

    def ask_stream(self, question: str, plans: Plan | Sequence[Plan] | Corpus) -> Iterator[str | Answer]:
        """Yield the answer's text as the model writes it, then the grounded :class:`Answer`.

        The text shown while streaming is the model's draft; the final Answer is what was checked
        (it may abstain, or come from a re-ask, when the draft's quotes or words do not hold)."""
        with self.client.scope():
            messages, docs = self.context(question, plans)
            prompt = load_prompt("ask")
            if not docs:
                yield self._abstain(question, prompt)
                return
            reader = _AnswerReader()
            gen = self.client.stream(messages, prompt=prompt, schema_model=LLMAnswer)
            while True:
                try:
                    piece = next(gen)
                except StopIteration as stop:
                    out = stop.value
                    break
                new = reader.feed(piece)
                if new:
                    yield new
            try:
                obj, errors = self.client.assess(out, LLMAnswer, lambda o: self._answer_errors(o, docs))
            except BaseException:
                self.client._release(out.key)
                raise
            self.client.settle(out, errors)
            yield self._answer(question, obj, prompt, docs) if not errors else self.ask(question, plans)


def _notes(part: int, s: Summary | None) -> str:
    """A map step's summary as notes for the reduce step, its quotes inside <quote> tags (every
    text from the model or the plan passed through :func:`as_data`)."""
    if s is None:
        return f"第{part}段：（无要点）"
    lines = [f"第{part}段："]
    for sent in s.overview + s.goals + [m for sec in s.sections for m in sec.measures]:
        lines.append(f"- {as_data(sent.text)} " + " ".join(f"<quote>{as_data(c.quote)}</quote>" for c in sent.citations))
    for t in s.key_targets:
        lines.append(f"- 指标 {as_data(t.metric)}：{as_data(t.original)} <quote>{as_data(t.citation.quote)}</quote>")
    if s.target_year:
        lines.append(f"- 目标年份：{s.target_year}")
    return "\n".join(lines)


class _AnswerReader:
    """The growing value of the ``"answer"`` string in a JSON reply that is still arriving."""

    _START = patterns.compile(r'"answer"\s*:\s*"')

    def __init__(self) -> None:
        self.buf = ""
        self.sent = 0

    def feed(self, piece: str) -> str:
        self.buf += piece
        m = self._START.search(self.buf)
        if not m:
            return ""
        out, i, s = [], m.end(), self.buf
        while i < len(s):
            ch = s[i]
            if ch == '"':
                break
            if ch == "\\":
                if i + 1 >= len(s):
                    break
                nxt = s[i + 1]
                if nxt == "u":
                    if i + 6 > len(s):
                        break
                    out.append(chr(int(s[i + 2 : i + 6], 16)))
                    i += 6
                    continue
                out.append({"n": "\n", "t": "\t", "r": "", "b": "", "f": ""}.get(nxt, nxt))
                i += 2
                continue
            out.append(ch)
            i += 1
        text = "".join(out)
        new, self.sent = text[self.sent :], max(self.sent, len(text))
        return new
