"""Measures (举措): every measure a plan lists, from the shapes Chinese plans write them in.

- enumerations inside a paragraph: "一是培育优势产业链群。…二是…三是…" (the paragraph's lead
  sentence, "以现代化产业体系夯实向新求质基底。", is their section);
- numbered items: "1." "1、" "（1）" "24.加强风险应对。…（省商务厅牵头，合肥海关配合）";
- paragraphs led by a short sentence ("建設高水平創新型城市。…") or a short first clause
  ("做優“存量”，…") under headlines or "（三）…" headings;
- parallel lead sentences inside a speech ("以改革裂变赢得战局主动。" "以市场蝶变赢得竞争主动。" …);
- enumerations on lines of their own ("一是坚定实施扩大内需战略，…" then "二是…"), lead sentences on a
  line of their own with the paragraph they lead ("推行快捷办电服务。" then its text), lines of work
  run into one long item ("（二）…。加强基础研究和科技攻关。支持…"), titled articles ("第三条 载体建设。").

The plan is read by its parts: a work report's review (the structure layer's "result" context),
goals, principles, a preface, a glossary and notes hold no measure; items under a heading of the
work to come ("未來施政重點", "重点任务") count though they name projects; each section of work gives
the shape it is written in (items in one part, lead sentences under headings in another). When no
shape is found, the innermost numbered lines that act, then the sentences that commit to an action.

Each :class:`~policyqa.models.Measure` has a short title, its full text, its section path, the
figures inside it (:func:`policyqa.targets.find_targets`), the units responsible when the text
names them, the year or deadline it states, and a citation of its exact span. Headings are
never measures and a measure is never split in two: each shape claims its spans once.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from ... import progress
from ...citations import cite, verify
from ...models import Measure
from ...structure.plan import Plan, windows
from ...structure.passages import CLAUSE_END, SENTENCE_END, is_field, sentence_spans
from ...reading.scripts import to_simplified
from ...structure.sections import section_of
from ... import patterns

_NUM_CN = "一二三四五六七八九十"
_STARTS_ENUM = patterns.compile(rf"\s*[{_NUM_CN}]{{1,3}}[是要]")  # a sentence that opens an enumeration is no lead
NUMBERED = patterns.compile(r"^\s*(?:(\d{1,3})\s*[.．、]|[（(](\d{1,3})[)）]|[（(](?:i{1,3}|iv|vi{0,3}|ix|xi{0,3})[)）]|[•●▪■◆◇□▲►▷▶➢➤◎○★☆])(?!\d)\s*")
HEADING_NUM = patterns.compile(rf"^\s*(?:[{_NUM_CN}]{{1,3}}\s*[、.．]|[（(][{_NUM_CN}]{{1,3}}[)）]|第[{_NUM_CN}]{{1,3}}[章节部分条])")
UNITS = patterns.compile(r"[（(]([^（()）]{0,120}?(?:牵头|负责|配合|牵头单位|责任单位|牵头考核单位|责任部门)[^（()）]{0,120})[)）]\s*$")
YEAR = patterns.compile(r"(?:到|至|于|在)?\s*((?:19|20)\d\d)\s*年(?:底|末|前|年底前|底前|内)?")
# Short lines that are not headings: document numbers, signatures, salutations, name lists.
NOT_HEADING = patterns.compile(
    r"〔\d{4}〕|\[\d{4}\]\s*\d+号|^[（(]?[^（）()]{0,20}[〔\[]|(?:人民政府|办公厅|办公室|辦公室|委员会|委員會|管委会|局|厅|廳)$"
    r"|^[\u4e00-\u9fff]{1,2}[\s　]+[\u4e00-\u9fff]{1,2}[\s　]+\S|^[\u4e00-\u9fff]{2,3}[\s　]+\S+(?:局长|厅长|主任|书记|经理|董事长|行长|部长|主席)$"
)
# Sections that state goals, principles or results, not measures.
NOT_MEASURES = patterns.compile(r"总体要求|總體要求|指导思想|指導思想|基本原则|基本原則|发展目标|發展目標|工作目标|工作目標|主要目标|主要目標|总体目标|總體目標|回顾|回顧|总体定位|總體定位"
                          r"|(?:施政|工作|发展|發展|主要|重要)(?:成果|成就|成效)|已实施|已實施|已完成|主要考虑|主要考慮|名词解释|名詞解釋|^\s*(?:注释|註釋|附注|附註|注|註)\s*[：:]?\s*$|相关报道|相關報導|相关链接|相關連結|延伸阅读|延伸閱讀"
                          r"|^\s*[（(]?\s*[一二三四五六七八九十]*\s*[)）、.．]?\s*(?:前\s*言|引\s*言|序\s*言|結\s*語|结\s*语|結束語|结束语)\s*$")
# Sections of a speech or plan on why the work matters and what is wrong now: no measures in them
_BACKGROUND = patterns.compile(r"背景|发展基础|發展基礎|现实基础|現實基礎|面临形势|面臨形勢|困难挑战|困難挑戰|重要性|必要性|紧迫性|緊迫性|迫切性?|重要意义|重要意義|存在的(?:主要)?问题|存在的(?:主要)?問題|问题和不足|問題和不足|困难和问题|困難和問題")
# Lines that are no part of any measure: the line a report was delivered on ("——2026年1月27日在…
# 会议上"), a note explaining a term ("“两重”：是指…", "注：…").
NOT_TEXT = patterns.compile(r"^[—―－\-\s]*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在[^。，；]{0,60}(?:会议|會議|大会|大會|第[一二三四五六七八九十]+届|第[一二三四五六七八九十]+屆)"
                      r"|^(?:\d{1,2}\s*[.．、]\s*)?[“\"「]?[^，。；：:“\"「]{0,12}[“\"「]?[^”\"」，。；：:]{1,16}[”\"」]?[^，。；：:]{0,12}\s*[：:]\s*(?:是指|指的是|指)|^(?:注|註|备注|備註)\s*\d{0,2}\s*[：:]")
# Headings of the part that lists the work to be done.
TASKS = patterns.compile(r"(?:施政|工作|推动|推動|发展|發展)重[點点]|重点工作|重點工作|主要任务|主要任務|目标任务|目標任務|重点任务|重點任務|工作安排|工作任务|工作任務|主要举措|主要舉措|保障措施|政策措施|具体措施|具體措施|工作措施"
                   r"|未來|未来|今後|今后|展望|下一步|努力方向")


def _not_measures(heading: str) -> bool:
    """A heading of goals, principles or results, not one that also heads the work to come
    ("施政成果與未來施政重點", "发展目标和主要任务")."""
    if _BACKGROUND.search(heading) and not TASKS.search(heading):
        return True  # "一、加强…日常管理的重要性和迫切性", "二、…存在的主要问题": why, and what is wrong, whatever verb it opens with
    m = NOT_MEASURES.search(heading)
    if not m or TASKS.search(heading):
        return False
    body = HEADING_NUM.sub("", heading, count=1).lstrip()
    # a heading that opens with an action is a task ("五、共享发展成果，推进服务普惠化",
    # "让人民群众享有更多更好文化发展成果")
    return not (body and m.start() > heading.index(body[:1]) and _opens_with_verb(body))


def _posseg():
    """jieba's tagger, imported once under the lock jieba's first import takes (two threads of a
    batch importing it at once got a half-made module)."""
    from ...retrieval.corpus import _jieba
    from ...retrieval.words import JIEBA_LOCK

    _jieba()  # loaded quietly, once
    with JIEBA_LOCK:
        import jieba.posseg

    return jieba.posseg


def _opens_with_verb(text: str) -> bool:
    simple = to_simplified(text)
    if simple.startswith(ACTION_WORDS):
        return True
    posseg = _posseg()
    words = posseg.lcut(simple[:12])
    return bool(words) and words[0].flag == "v"

# The words a measure opens with (a maintained table): a clause that opens with one acts, whatever
# part of speech the tagger gives it.
ACTION_WORDS = tuple("""推进 推动 加快 加强 加大 深化 实施 建设 完善 强化 提升 优化 促进 支持 打造 培育 发展 扩大 弘扬
构建 健全 落实 开展 着力 大力 积极 坚持 深入 切实 稳步 有序 不断 进一步 探索 鼓励 引导 保障 巩固 筑牢 做强 做优
做大 做实 聚焦 统筹 提高 降低 拓展 拓宽 丰富 规范 防范 化解 保持 稳住 激发 释放 壮大 夯实 振兴 繁荣 建立 设立 组建
制定 出台 推行 推广 启动 抓好 办好 做好 用好 守牢 加速 全面 全力 持续 继续 更大力度 更好 更加 努力 扎实 狠抓
实行 开拓 营造 共享 增强 改善 改革 创新 保护 治理 整治 提速 扶持 吸引 招引 引进 引育 集聚 布局 谋划 部署 攻坚 突破""".split())
CONTEXT_OPENERS = ("围绕", "圍繞", "按照", "根据", "根據", "针对", "針對", "为了", "為了", "面对", "面對")
PARALLEL_OPENERS = ("坚持", "堅持", "以", "聚焦", "突出", "强化", "強化", "深化", "推动", "推動", "加快", "着力", "著力", "全力", "打造", "做强", "做強", "做优", "做優", "提升", "构建", "構建", "实施", "實施", "注重", "培育", "建设", "建設")


@dataclass(frozen=True)
class _Para:
    start: int  # document clean offsets
    end: int
    text: str
    heading: bool
    section: tuple[str, ...] = ()  # the structure layer's heading path (its own heading included)
    item: str | None = None  # the structure layer's label of a numbered paragraph ("（一）", "1.", "•")
    review: bool = False  # in a part that reviews the past (:func:`policyqa.structure.sections.context_at`)

    @property
    def not_measures(self) -> bool:
        """Under a heading of goals, principles or results (at any depth), or in a review: no measure."""
        return self.review or any(_not_measures(h) for h in self.section)


def find_measures(plan: Plan) -> list[Measure]:
    """The measures ``plan`` lists, in order (a copy: callers may change it)."""
    return [m.model_copy(deep=True) for m in _cached(plan)]


_CACHE: dict[str, tuple[Plan, list[Measure]]] = {}


def _cached(plan: Plan) -> list[Measure]:
    """One entry per plan id (a plan's windows share its id, so they replace each other)."""
    hit = _CACHE.get(plan.id)
    if hit is None or hit[0] is not plan:
        if len(_CACHE) > 512:
            _CACHE.clear()
        hit = (plan, _find_windowed(plan))
        _CACHE[plan.id] = hit
    return hit[1]


def _find_windowed(plan: Plan) -> list[Measure]:
    """:func:`_find` on a plan, or on each window of a plan too long to read at once."""
    label = f"measures {os.path.basename(plan.source)}"
    out: list[Measure] = []
    for window in windows(plan):
        if window is plan:
            return _find(plan)
        out += _find(window)
        progress.step(label, window.clean_end - plan.clean_start, plan.clean_end - plan.clean_start)
    for m in out:  # a window starts under headings it cannot see: the whole plan's path
        m.section = list(section_of(plan, *plan.document.clean_span(m.citations[0].start, m.citations[0].end)))
    return out


# -- the plan's paragraphs ---------------------------------------------------------------------
def _paragraphs(plan: Plan) -> list[_Para]:
    """The plan's paragraphs as the structure layer cuts them (:func:`policyqa.structure.passages.lines_of`),
    without its title, author and date lines."""
    from ...structure.passages import paragraphs

    skip = {x for x in (plan.title, plan.author) if x}
    out = [_Para(p.start, p.end, p.text, p.heading, p.section, p.item, _reviews(plan, p.start)) for p in paragraphs(plan)
           if p.text not in skip and not _is_meta_line(p.text, plan)]
    for i in range(len(out) // 2, len(out)):  # an annex that is a form to fill in ("…申报大纲", "申请表") or a list of projects or
        # policies (…重大项目清单, 一览表): its items are its headings and rows, no measures
        if _FORM_TITLE.fullmatch(to_simplified(out[i].text).strip()):
            return out[:i]
    return out


# the title of an annex that is a form or an outline to fill in, not more of the plan
_FORM_TITLE = patterns.compile(r"(?:附件\s*\d{0,2}\s*[：:]?\s*)?[^，。；：:]{0,40}(?:申报大纲|编制大纲|申报提纲|编写提纲|大纲|提纲|模板|范本|申请表|申报表|申报书|登记表|格式文本|参考格式"
                               r"|项目清单|政策清单|任务清单|事项清单|一览表|汇总表)")


def _reviews(plan: Plan, start: int) -> bool:
    """A paragraph in a part of a work report that reviews the past ("一、2025年工作回顾", "过去一年，…"
    up to the part that sets this year's work): what it says was done, not what will be."""
    from ...structure.sections import context_at, is_work_report

    if not plan.__dict__.setdefault("_measures_report", is_work_report(plan)):
        return False
    return context_at(plan, start).kind == "result"


def _is_meta_line(s: str, plan: Plan) -> bool:
    if is_field(s):
        return True  # a page's field ("发布机构: 上海市科学技术委员会")
    simple = to_simplified(s)
    if plan.author and plan.author != plan.issuer and plan.author.replace("、", "") in re.sub(r"[\s　、]", "", simple):
        return len(s) <= 40
    return bool(re.fullmatch(r"[（(]?\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]?", s) or NOT_TEXT.match(s))


# -- the shapes --------------------------------------------------------------------------------
def _find(plan: Plan) -> list[Measure]:
    from ...structure.passages import enumeration
    from ...structure.sections import is_communique

    if is_communique(plan):
        return []  # a statistics communiqué reports results: it sets no measure
    paras = _paragraphs(plan)
    spans: list[tuple[int, int, str, list[str]]] = []  # (start, end, title, section path)
    claimed: set[int] = set()  # paragraph indices whose text belongs to measures already
    inline: set[int] = set()  # of them, paragraphs that count their items inside ("…。一是…二是…"): the paragraphs after them are not theirs
    headings: list[str] = []  # the current heading path

    # 1. 一是/二是 enumerations and numbered items, with their sections
    # (a numbered line that reads as a heading but heads nothing, "(iii) 資助出售單位優先安排予…。"
    # before the next heading, is an item of the list too)
    # Numbered paragraphs of any style ("1.…", "（一）加强统筹协调。…", "▷…") are items, unless one
    # heads paragraphs of its own (the lines of work under "（一）在…上聚焦发力，…。…", or items
    # of an inner style): then it is a heading.
    containers = _containers(paras)
    enum_paras = _enumerated_paragraphs(paras)
    numbered = [i for i, p in enumerate(paras)
                if i not in containers and not _tabulates(p.text) and ((p.item and not p.heading) or (NUMBERED.match(p.text) or HEADING_NUM.match(p.text)) and (not p.heading or _leaf(paras, i)))]
    # numbered measures, not numbered paragraphs of a speech ("1. 我今天發表…"): most must act
    def item_body(i: int) -> str:  # a bullet alone on its line ("▷") has its text in the next paragraph
        m = _label_match(paras[i].text)
        body = paras[i].text[m.end():] if m else paras[i].text
        return paras[i + 1].text if not body.strip() and i + 1 < len(paras) else body

    acting = sum(_acts(_title(item_body(i))) for i in numbered)
    numbered_items = len(numbered) >= 2 and acting >= 0.6 * len(numbered)
    # items listed under a heading of the work to be done ("三、未來施政重點", "二、重点任务") are
    # measures even when they name projects rather than actions ("(一)文化臺北計畫：…")
    tasked = [i for i in numbered if any(TASKS.search(h) for h in paras[i].section) and not paras[i].not_measures]
    accepted = set(numbered) if numbered_items else set(tasked) if len(tasked) >= 2 else set()
    if not numbered_items:
        accepted |= _announced(paras, set(numbered))
    accepted -= _announced(paras, set(numbered), _PRINCIPLES)  # "…重大原则要求，…做到“五个更加注重”：" and its items
    # articles of a policy with a title of their own ("第三条 载体建设。…"; not "第一条 为全面落实…"):
    # each one measure, or, followed by numbered items, the section of those items
    titled = {i: t for i, p in enumerate(paras) if not p.heading or p.text.endswith("。") for t in [_article_title(p.text)] if t}
    articles = [i for i, p in enumerate(paras) if _ARTICLE_LABEL.match(p.text)]
    if len(articles) >= 3:  # a plan written in articles: an untitled one is a measure too, named by its first clause ("第2条 对重点产业新上的工业类项目，…")
        titled.update({i: t for i in articles if i not in titled for t in [_article_lead(paras[i].text)] if t})
    if len(titled) < 2:
        titled = {}
    for i in titled:
        if i + 1 < len(paras) and (paras[i + 1].item or NUMBERED.match(paras[i + 1].text)):
            containers.add(i)
            j = i + 1
            while j < len(paras) and (paras[j].item or NUMBERED.match(paras[j].text)) and j not in titled:
                accepted.add(j)
                j += 1
    for i, p in enumerate(paras):
        if i in titled and i not in containers and not p.not_measures and not any(_not_measures(h) for h in headings):
            spans.append((p.start, p.end, titled[i], list(headings)))
            claimed.add(i)
            continue
        if p.heading and i not in accepted:
            headings = _push_heading(headings, p.text)
            continue
        if i in containers:
            headings = _push_heading(headings, _lead_of(p.text))
            continue
        if p.not_measures or any(_not_measures(h) for h in headings):
            continue
        enum = None if i in accepted else _enumeration(p)
        if i in enum_paras and i not in accepted:
            a = enum_paras[i]
            inner = _ordinals(p.text, a)
            if inner:  # "二是年检工作。…第一，年检工作的开始时间。…第二，…": the innermost items (LABELING.md)
                item = _title(p.text[a:])
                spans += [(p.start + x, p.start + y, _title(p.text[x:y]), [*headings, "是", item]) for x, y in inner]
            else:
                spans.append((p.start + a, p.end, _title(p.text[a:]), [*headings, "是"]))  # (its own key: lead sentences may stand beside it)
            claimed.add(i)
        elif enum and _GOALS_LISTED.search(p.text[: enum[0][1] - len(enum[0][0]) - 1].rstrip()):
            claimed.add(i)  # "…明确了经济社会发展主要指标：一是…": goals listed, not work to do
        elif enum and len(enum) >= 3 and all(to_simplified(p.text[a:b]).lstrip().startswith(_HOLDS_TO) for _, a, b in enum):
            claimed.add(i)  # "一是坚持以科技创新引领…二是坚持在对接京津中…": principles held to, not work to do (LABELING.md)
        elif enum:
            lead = _lead_sentence(p.text)
            section = [*(headings[-1:] if not lead else []), *([lead] if lead else [])]
            for label, a, b in enum:
                spans.append((p.start + a, p.start + b, _title(p.text[a:b], label), [*section, label + "是"]))
            claimed.add(i)
            inline.add(i)
        elif i in accepted:
            m = _label_match(p.text)
            body = p.text[m.end():]
            end_i = i
            if not body.strip() and i + 1 < len(paras) and not paras[i + 1].heading and i + 1 not in numbered:
                end_i, body = i + 1, paras[i + 1].text  # a bullet alone on its line ("▷"): its text is the next paragraph
                claimed.add(i + 1)
            if not body.strip():
                continue
            title = _title(body)
            leads = _run_in(p.text, m.end()) if end_i == i else []
            inner = enumeration(p.text[m.end():]) if end_i == i else []
            if len(inner) >= 2:  # an item whose lines of work it counts ("（七）始终坚持民生为大…。一要实施…工程。…二要…")
                spans += [(p.start + m.end() + a + len(label), p.start + m.end() + b, _title(p.text[m.end() + a + len(label) : m.end() + b], label[:-1]), [*headings, title])
                          for label, a, b in inner]
            elif end_i == i and len(short := _inner_leads(plan, (p.start + m.end(), p.end, title, list(headings)))) > max(1, len(leads)):
                spans += short  # its lines of work run on, each led by a short sentence of a set (more of them than the next rule finds)
            elif leads:  # a long item whose lines of work run on, each led by its sentence
                spans += [(p.start + a, p.start + b, t, [*headings, title]) for a, b, t in leads]
            else:
                spans.append((p.start + m.end() if end_i == i else paras[end_i].start, paras[end_i].end, title, list(headings)))
            claimed.add(i)
    if spans:
        # beside the items, numbered headings that head only running text (a 保障措施 of
        # "（一）加强统筹协调" and its paragraph): each heading is one measure
        inside = {k for k in claimed}
        extra = [a for a in _articles(paras, min_group=2) if not any(paras[k].start >= a[0] and paras[k].end <= a[1] for k in inside)]
        # and in sections without items, paragraphs led by a measure's sentence (a work report's
        # "（二）立足扩大内需，…" then "充分释放政策效能。…" beside a part of numbered items)
        # (in a section of items, only those before its first item: its items' own paragraphs are theirs)
        first_at: dict[tuple[str, ...], int] = {}
        for a, _, _, sec in spans:
            first_at[tuple(sec)] = min(a, first_at.get(tuple(sec), a))
        for k in inside - inline:
            key = tuple(paras[k].section[:-1])
            first_at[key] = min(paras[k].start, first_at.get(key, paras[k].start))
        in_articles = lambda a, b: any(x[0] <= a and b <= x[1] for x in extra)
        def before_items(x: tuple[int, int, str, list[str], int]) -> bool:
            """Not in a section of items, or before its first item as a whole lead sentence ("防范化解重点领域风险。")."""
            first = first_at.get(tuple(x[3]))
            if first is None:
                return True
            q = paras[x[4]]
            return x[0] < first and not q.item and q.text[len(x[2]) : len(x[2]) + 1] == "。"

        more = [x[:4] for x in _led(paras, containers) if x[4] not in claimed and before_items(x) and not in_articles(x[0], x[1])
                and x[3] and HEADING_NUM.match(x[3][-1])]  # under a numbered heading, not a headline of the page
        per_section: dict[tuple[str, ...], int] = {}
        for x in more:
            per_section[tuple(x[3])] = per_section.get(tuple(x[3]), 0) + 1
        more = [x for x in more if per_section[tuple(x[3])] >= 2]  # lines of work: more than one
        return _build(plan, sorted(spans + extra + [y for x in more for y in _inner_leads(plan, x)]))

    # 2. numbered headings that head only running text ("一、智能网联新能源商用车车型研发激励" and
    #    the paragraphs of its terms): a policy of articles, each heading one measure
    articles = _articles(paras) or _articles(paras, min_group=2)  # (of one style, or the leaves of nested headings)

    # 3. paragraphs led by a short sentence or clause under headings; before the first heading,
    #    and in a plan without headings, only paragraphs led by a whole short sentence
    has_headings = any(p.heading for p in paras)
    led_ = _led(paras, containers)
    led = [x[:4] for x in led_]
    if len(articles) >= 2 and sum(_sentence_led(paras[x[4]].text, x[2]) for x in led_) <= len(articles):
        return _build(plan, articles)  # the headings' text is terms, not measures led by sentences
    distinct = len({x[2] for x in led})  # (a page that holds its text twice does not hold its lines of work twice)
    if distinct >= 2 and (has_headings or distinct >= 3):
        return _build(plan, [y for x in led for y in _inner_leads(plan, x)])

    # 4. parallel lead sentences inside running text (a speech's three lines of work)
    group = _parallel(paras)
    if group:
        out = []
        for k, (start, title) in enumerate(group):
            end = group[k + 1][0] if k + 1 < len(group) else paras[-1].end
            out.append((start, _trim_end(plan, start, end), title, []))
        return _build(plan, out)

    # 5. none of these: the innermost numbered lines outside reviews and goals whose words act,
    #    each with the running text under it
    leaves = _numbered_leaves(paras)
    if leaves:
        return _build(plan, leaves)

    # 6. none at all: the sentences of running text that commit to an action ("本府將推動…",
    #    "市政府将加快建设…"), outside reviews, goals and news of what happened; else the one line of
    #    work a page led by a short sentence twice
    committed = _committed(plan, paras)
    return _build(plan, committed if committed or len(led) < 2 or not (has_headings or len(led) >= 3) else led)


# "将/將/拟/擬/计划/計劃/力争/力爭" (with "持续", "全力", "进一步" … between) before an action word
_COMMITS = patterns.compile(r"(?:将|將|拟|擬|计划|計劃|规划|規劃|力争|力爭|争取|爭取|预计|預計)\s*(?:于|於|在)?[^，。；]{0,12}?")


def _committed(plan: Plan, paras: list[_Para]) -> list[tuple[int, int, str, list[str]]]:
    from ...structure.sections import is_news

    if is_news(plan):  # a news post's "将" tells what others will do: its measures are the lines of work it reports
        from ...retrieval.questions import region_names

        places = tuple(n for n in region_names(plan.region) if len(n) >= 2)
        runs = [x for p in paras if not p.heading and not p.not_measures and len(p.text) >= 20 for x in _action_runs(p.text, p.start, list(p.section), places)]
        return runs if len(runs) >= 2 else []
    out: list[tuple[int, int, str, list[str]]] = []
    for p in paras:
        if p.heading or p.not_measures or len(p.text) < 20:
            continue
        for a, b in sentence_spans(p.text):
            sent = _WRAP.sub("", p.text[a:b])
            simple = to_simplified(sent)
            for m in _COMMITS.finditer(simple):
                rest = simple[m.end():]
                verb = next((w for w in ACTION_WORDS if rest.startswith(w)), None)
                if verb and m.start() <= 16:
                    title = CLAUSE_END.split(sent[m.end():], maxsplit=1)[0].strip()  # what it commits to
                    if 4 <= len(title) and not _is_statement(title):
                        out.append((p.start + a, p.start + b, title, list(p.section)))
                    break
    return out if len(out) >= 2 else []


def _numbered_leaves(paras: list[_Para]) -> list[tuple[int, int, str, list[str]]]:
    from ...structure.passages import LABEL

    out: list[tuple[int, int, str, list[str]]] = []
    for i, p in enumerate(paras):
        m = LABEL.match(p.text)
        if not m or not m.group(0).strip() or m.lastgroup in ("chap", "col") or p.not_measures or any(_not_measures(h) for h in p.section[:-1]):
            continue
        j = i + 1
        while j < len(paras) and not paras[j].heading and not paras[j].item and not LABEL.match(paras[j].text):
            j += 1
        nxt = LABEL.match(paras[j].text) if j < len(paras) else None
        if nxt and j < len(paras) and _style(paras[j]) != _style(p) and paras[j].section[:-1] == p.section:
            continue  # it heads items of its own
        body = p.text[m.end():]
        title = _title(body)
        if title and _acts(title) and not _tabulates(p.text):
            out.append((p.start + m.end(), paras[j - 1].end, title, list(p.section[:-1])))
    return out if len(out) >= 3 else []


_RUN_IN_MAX = 16  # the longest lead sentence of a line of work run into a paragraph


def _short_sentence(sentence: str, shortest: int, longest: int, marks: str, *, bare: bool = False, acting: bool = False) -> str | None:
    """A whole sentence that may lead a line of work run into a paragraph, without its 。: ``shortest``
    to ``longest`` characters (quotation marks aside when ``bare``), none of ``marks`` in it, no
    enumeration's opening, statement, figure or word no lead holds, and (when ``acting``) it acts."""
    from ...structure.passages import FIGURE, NOT_LEAD

    core = sentence.rstrip()
    if not core.endswith("。"):
        return None
    core = core[:-1]
    length = len(re.sub(r"[“”\"'‘’「」]", "", core)) if bare else len(core)
    if not shortest <= length <= longest or any(c in marks for c in core) or _STARTS_ENUM.match(core):
        return None
    if NOT_LEAD.search(to_simplified(core)) or FIGURE.search(core) or _is_statement(core) or (acting and not _acts(core)):
        return None
    return core


def _run_in(text: str, start: int) -> list[tuple[int, int, str]]:
    """The lines of work run into one long paragraph after its own title (a flattened work report's
    "（二）加力推动科技创新和产业创新深度融合。加快构建…。加强基础研究和科技攻关。支持…。…着力推动
    科技成果转化应用。支持…"): short whole sentences that act, each followed by a longer sentence
    (the last short sentence of a line is its end, not a lead). (start, end, title) each, from its
    lead to the next; none unless there are three or more."""
    if len(text) - start < 300:
        return []
    first = SENTENCE_END.search(text, start)
    if not first:
        return []
    sents = [(start + a, start + b) for a, b in sentence_spans(text[first.end():].replace("\n", " "))]
    sents = [(a + first.end() - start, b + first.end() - start) for a, b in sents]

    def lead(a: int, b: int) -> str | None:
        return _short_sentence(text[a:b], 4, _RUN_IN_MAX, "，,：:；;", acting=True)

    found = []
    for k, (a, b) in enumerate(sents):
        t = lead(a, b)
        if t and k + 1 < len(sents) and lead(*sents[k + 1]) is None and sents[k + 1][1] - sents[k + 1][0] >= 15:
            found.append((a, t))
    if len(found) < 3:
        return []
    out = []
    for k, (a, t) in enumerate(found):
        b = found[k + 1][0] if k + 1 < len(found) else len(text)
        out.append((a, a + len(text[a:b].rstrip()), t))
    return out


_INNER_MAX = 11  # the longest lead of a line of work run into a led paragraph (quotation marks aside)


def _inner_leads(plan: Plan, span: tuple[int, int, str, list[str]]) -> list[tuple[int, int, str, list[str]]]:
    """The lines of work run into a paragraph that a lead sentence heads, each led by its own short
    sentence (a work report's "努力让农业强起来。…。稳粮食。突出抓好…。建园区。围绕…"): the
    innermost items are the measures (LABELING.md's run-in items), the paragraph's lead their
    section. Only when the short sentences are a set, each followed by its longer text: three or
    more that all act or all end alike, or two that act and are as long as each other; and the
    first of them opens the paragraph's body (within its first three sentences after the lead), so
    that a short sentence met in running text is not taken for a lead. [span] otherwise."""
    start, end, title, section = span
    text = plan.document.text[start:end]
    first = SENTENCE_END.search(text)
    if not first or len(text) < 100 or text[: first.end()].count("，") > 2:
        return [span]
    sents = [(first.end() + a, first.end() + b) for a, b in sentence_spans(re.sub(r"[\n：:]", "；", text[first.end():]))]  # (an intro may end with its colon)

    def core(a: int, b: int) -> str | None:
        return _short_sentence(text[a:b], 3, _INNER_MAX, "，,：:；;、", bare=True)

    found = []
    for k, (a, b) in enumerate(sents):
        t = core(a, b)
        if t and k + 1 < len(sents) and core(*sents[k + 1]) is None and sents[k + 1][1] - sents[k + 1][0] >= 15:
            found.append((k, a, t))
    if len(found) < 2 or found[0][0] > 2:
        return [span]
    titles = [t for _, _, t in found]
    lens = {len(re.sub(r"[“”\"'‘’「」]", "", t)) for t in titles}
    shaped = all(_acts(t) for t in titles) if len(found) >= 3 else all(_acts(t) for t in titles) and len(lens) == 1
    if not shaped and not (len(found) >= 3 and len({t[-2:] for t in titles}) == 1):
        return [span]
    out = []
    for k, (_, a, t) in enumerate(found):
        b = found[k + 1][1] if k + 1 < len(found) else len(text)
        out.append((start + a, start + a + len(text[a:b].rstrip()), t, [*section, title]))
    return out


def _led(paras: list[_Para], containers: set[int]) -> list[tuple[int, int, str, list[str], int]]:
    """Paragraphs led by a short sentence or clause under headings (or containers); before the first
    heading, and in a plan without headings, only paragraphs led by a whole short sentence; and a
    lead sentence on a line of its own with the paragraph of running text after it ("提高“三零”
    服务质效。" then "低压用户全过程办电时间…"), also when it closes a container's line ("（一）巩固
    提升“三零”服务。拓展“三零”服务对象。"): (start, end, title, heading path, paragraph index)."""
    headings: list[str] = []
    led: list[tuple[int, int, str, list[str], int]] = []
    first_after_heading = True
    body_of = -1  # the paragraph a lone lead line above has taken as its text
    plain: list[tuple[int, list[str]]] = []  # paragraphs led by no measure's sentence, with their headings
    for i, p in enumerate(paras):
        nxt = i + 1 if _body_follows(paras, containers, i) else None
        if p.heading or i in containers:
            headings = _push_heading(headings, p.text if p.heading else _lead_of(p.text))
            first_after_heading = True
            if i in containers and nxt is not None and not p.not_measures and not any(_not_measures(h) for h in headings):
                first = SENTENCE_END.search(p.text)
                rest = p.text[first.end():] if first else ""
                title = _lone_lead(rest)
                if title:
                    a = first.end() + len(rest) - len(rest.lstrip())
                    led.append((p.start + a, paras[nxt].end, title, list(headings), i))
                    body_of = nxt
            continue
        if i == body_of:
            continue
        lone = _lone_lead(p.text) if nxt is not None and headings else None
        title = lone or _paragraph_title(p.text, intro_possible=first_after_heading and bool(headings), sentence_only=not headings)
        first_after_heading = False
        if p.not_measures or any(_not_measures(h) for h in headings):
            continue
        if lone:
            led.append((p.start, paras[nxt].end, lone, list(headings), i))
            body_of = nxt
        elif title and not _tabulates(p.text) and not _CONNECTIVE.match(to_simplified(title)):
            led.append((p.start, p.end, title, list(headings), i))
        else:
            plain.append((i, list(headings)))
    return sorted(led + _lines_of_work(paras, led, plain), key=lambda x: x[0])


_ADDRESS = patterns.compile(r"^\s*(?:各位代表|代表们|同志们|各位)")
# a clause that opens with a connective of commentary ("事实上", "一方面", "再加上…"): how a writer argues, no line of work
_CONNECTIVE = patterns.compile(r"\s*(?:事实上|实际上|其实|一方面|另一方面|再加上|加上|与此同时|不过|但是|然而|因此|所以|可见|总之|总的来看|"
                               r"简单来说|换句话说|也就是说|值得注意的是|值得一提的是|据了解|据悉|据介绍|有分析认为|业内人士认为|有观点认为)")


def _lines_of_work(paras: list[_Para], led: list[tuple[int, int, str, list[str], int]], plain: list[tuple[int, list[str]]]) -> list[tuple[int, int, str, list[str], int]]:
    """In a section whose paragraphs are lines of work, most led by their sentence (three or more),
    the paragraphs among them led otherwise are lines of work too ("我国是海洋大国，要编制实施海洋
    战略规划…"): under a numbered heading (not a headline of a news page), not the section's opening
    paragraph (its intro), nor an address to the audience."""
    by_section: dict[tuple[str, ...], list[int]] = {}
    lone: set[tuple[str, ...]] = set()  # sections of lead lines whose text is the next paragraph(s): the others are that text
    for x in led:
        by_section.setdefault(tuple(x[3]), []).append(x[4])
        if x[1] != paras[x[4]].end:
            lone.add(tuple(x[3]))
    out: list[tuple[int, int, str, list[str], int]] = []
    for i, heads in plain:
        mine = by_section.get(tuple(heads), [])
        if len(mine) < 3 or i < min(mine) or i > max(mine) or tuple(heads) in lone or not (heads and HEADING_NUM.match(heads[-1])):
            continue  # only between the section's first and last lines of work
        p = paras[i]
        if len(p.text) < 30 or _ADDRESS.match(p.text) or p.not_measures or any(_not_measures(h) for h in heads):
            continue
        out.append((p.start, p.end, _title(p.text), heads, i))
    return out


# an article's label ("第十二条", "第 1 1 条": a page's text may space its digits), and with the title it may give
_ARTICLE_LABEL_RE = r"^\s*第\s*[一二三四五六七八九十百零〇\d](?:\s?[一二三四五六七八九十百零〇\d]){0,3}\s*条[\s\u00a0\u3000]*"
_ARTICLE_LABEL = patterns.compile(_ARTICLE_LABEL_RE)
_ARTICLE = patterns.compile(_ARTICLE_LABEL_RE + r"([^，,。；;：:\s]{2,14})[。.．]")
_FIRST_CLAUSE = patterns.compile(r"[^，,。；;：:]{4,40}")


def _article_lead(text: str) -> str | None:
    """The first clause of an article that opens with its text ("第2条 对重点产业新上的工业类项目(…)，…"
    → "对重点产业新上的工业类项目"), none for what every plan's closing articles say (本意见自…施行, 为…制定)."""
    m = _ARTICLE_LABEL.match(text)
    rest = text[m.end():] if m else ""
    c = _FIRST_CLAUSE.match(rest)
    lead = re.split(r"[(（]", c.group())[0].strip() if c else ""
    if len(lead) < 4 or lead.startswith(("为", "為")) or _GENERAL_PROVISION.search(lead):
        return None
    return lead


# what a plan's closing articles say of the plan itself: how it applies beside other policies, who reads it, from when
_GENERAL_PROVISION = patterns.compile(r"本(?:办法|措施|政策|细则|规定|意见|方案|实施意见|实施办法)|以上[^，,]{0,8}政策|施行|解释")


# a measure's title that speaks of the plan itself: how it applies beside other policies, who reads it, from when
_PROVISION_LEAD = patterns.compile(r"\s*(?:本(?:办法|措施|政策|细则|规定|意见|方案|实施意见|实施办法|通知)|以上[^，,]{0,8}政策|(?:上述|各项)[^，,]{0,8}政策[^，,]{0,6}(?:如|若)与)")


def _article_title(text: str) -> str | None:
    """The title of an article of a policy, "第三条 载体建设。…" → "载体建设" (none for an article
    that opens with its text: "第一条 为全面落实…")."""
    m = _ARTICLE.match(text)
    return m.group(1) if m and not _is_statement(m.group(1)) and not m.group(1).startswith(("为", "為")) and not _GENERAL_PROVISION.search(m.group(1)) else None


def _closes_with_lead(text: str) -> bool:
    """A numbered line whose title is followed by one lead sentence ("（一）巩固提升“三零”服务。拓展“三零”服务对象。")."""
    first = SENTENCE_END.search(text)
    return bool(first and _lone_lead(text[first.end():]))


def _sentence_led(text: str, title: str) -> bool:
    """Whether a paragraph's measure title is a whole sentence of it ("推行快捷办电服务。…", or a line of
    its own), not only its first clause ("优化运营管理和开放共享考核制度，加大…": running text)."""
    at = text.find(title)
    return at < 0 or text[at + len(title) : at + len(title) + 1] in ("", "。", "！", "？", ".", "!", "?")


def _lone_lead(text: str) -> str | None:
    """A line that is one short sentence of action and nothing else ("推行快捷办电服务。")."""
    t = text.strip()
    m = SENTENCE_END.search(t)
    if not m or m.end() < len(t) or m.group() != "。" or not 4 <= m.start() <= 30 or CLAUSE_END.search(t[: m.start()]):
        return None
    first = t[: m.start()]
    return None if _is_statement(first) or _STARTS_ENUM.match(first) or not _acts(first) else first


def _body_follows(paras: list[_Para], containers: set[int], i: int) -> bool:
    """The next paragraph is running text of its own: no heading, item, container or lone lead."""
    if i + 1 >= len(paras):
        return False
    q = paras[i + 1]
    return not (q.heading or q.item or i + 1 in containers or _lone_lead(q.text) or len(q.text) < 20)


_FIGURE = patterns.compile(r"\d+(?:[.．]\d+)?")


# A line that announces the measures listed after it: "我現在提出以下短、中期的支援措施：".
_ANNOUNCES = patterns.compile(r"(?:措施|舉措|举措|工作|計劃|计划|建議|建议|安排|方案)\s*(?:如下|包括)?\s*[：:]\s*$")


# A line that announces principles to keep, not things to do: "…遵循…原则要求，…做到：".
_PRINCIPLES = patterns.compile(r"(?:原则|原則|遵循)[^。]*[：:]\s*$")


def _announced(paras: list[_Para], numbered: set[int], announces: re.Pattern[str] = _ANNOUNCES) -> set[int]:
    """The numbered items of one style that follow a line announcing measures (or, with
    ``announces``, anything else) up to the next heading or label of another style; two or more."""
    out: set[int] = set()
    for i, p in enumerate(paras):
        if not announces.search(to_simplified(p.text)) or p.not_measures:
            continue
        run: list[int] = []
        style = None
        for j in range(i + 1, len(paras)):
            q = paras[j]
            if j in numbered:
                st = _style(q)
                if style is None:
                    style = st
                if st != style:
                    break
                run.append(j)
            elif q.heading or q.item:
                break
        if len(run) >= 2:
            out.update(run)
    return out


def _tabulates(text: str) -> bool:
    """A numbered line that lists figures under a caption, not a thing to do: "地级市投资增速前二名：
    中卫市增长36.4%，吴忠市增长7.5%。" (a colon early, then a figure every few characters)."""
    colon = re.search(r"[：:]", text[:40])
    if not colon:
        return False
    rest = text[colon.end() :]
    n = len(_FIGURE.findall(rest))
    return n >= 2 and len(rest) / n < 16


def _label_match(text: str) -> re.Match[str] | None:
    """The label that opens a numbered line: the structure layer's, or a measure's bullet."""
    from ...structure.passages import LABEL

    return NUMBERED.match(text) or LABEL.match(text)


def _style(p: _Para) -> str | None:
    """The label style of a numbered paragraph or heading ("pcn" for "（一）", "num" for "1." …)."""
    from ...structure.passages import LABEL, label_style

    if p.item:
        return label_style(p.item)
    m = LABEL.match(p.text)
    return label_style(m.group(0).strip()) if m else None


def _containers(paras: list[_Para]) -> set[int]:
    """Numbered paragraphs (not headings) that head paragraphs of their own: followed by items of a
    style that first appears after theirs (nested deeper), or by two or more plain paragraphs of which
    one is led by a measure's sentence ("（一）在…上聚焦发力，…。…" then "打好…攻坚战。…")."""
    rank: dict[str, int] = {}
    styles = [_style(p) if (p.item or p.heading) else None for p in paras]
    for st in styles:
        if st and st not in rank:
            rank[st] = len(rank)
    out: set[int] = set()
    for i, p in enumerate(paras):
        if not p.item or p.heading or styles[i] == "bullet":
            continue
        plain: list[_Para] = []
        j = i + 1
        while j < len(paras) and not paras[j].heading and not paras[j].item:
            plain.append(paras[j])
            j += 1
        nxt = styles[j] if j < len(paras) and paras[j].item else None
        if nxt and not plain and rank.get(nxt, 0) > rank.get(styles[i] or "", 0) and nxt not in ("bullet", "chap", "col"):
            out.add(i)
        elif len(plain) >= 2 and sum(bool(_paragraph_title(q.text, intro_possible=False) or _lone_lead(q.text)) for q in plain) + _closes_with_lead(p.text) >= 2:
            out.add(i)
        elif len(plain) >= 2 and len(_enumerated_paragraphs(plain)) >= 2:  # "（一）着力…。" then "一是…" "二是…"
            out.add(i)
    return out


_OPENS_ENUM = patterns.compile(rf"^\s*(?:([{_NUM_CN}]{{1,2}})[是要]|第([{_NUM_CN}]{{1,2}})\s*[，,、：:])")  # "一是…", "一要…", "第一，…"


_FIRST_AFTER_COLON = patterns.compile(rf"^[^。！？!?\n]{{2,40}}[：:]\s*(?:一是|一要|第一\s*[，,、：:])")


def _enumerated_paragraphs(paras: list[_Para]) -> dict[int, int]:
    """Paragraphs that each open with the next member of one enumeration ("一是坚定实施扩大内需
    战略，…" then "二是坚定实施产业兴区战略，…"), not headings: index → length of its label
    ("一是"). Two or more, counted from 一, with no heading between; a paragraph holding the whole enumeration
    ("一是…二是…") is not one of them."""
    from ...structure.passages import _cn_value, enumeration

    out: dict[int, int] = {}
    run: dict[int, int] = {}
    for i, p in enumerate(paras):
        m = _OPENS_ENUM.match(p.text)
        n = _cn_value(m.group(1) or m.group(2)) if m and not p.heading and not enumeration(p.text) else 0
        if not n and not run and not p.heading and (first := _FIRST_AFTER_COLON.match(p.text)):
            m, n = first, 1  # "具体措施包括：第一、鼓励…。" then "第二、…": the first member after the words that announce them
        if n and n == len(run) + 1:
            run[i] = m.end()
            continue
        if run and not n and not p.heading and not p.item:
            continue  # a member's own paragraphs may come between ("第一，…" "积极的财政政策要…" "第二，…")
        if len(run) >= 2:
            out.update(run)
        run = {i: m.end()} if n == 1 else {}
    if len(run) >= 2:
        out.update(run)
    return out


def _lead_of(text: str) -> str:
    m = SENTENCE_END.search(text)
    return text[: m.start()] if m else text


def _leaf(paras: list[_Para], i: int) -> bool:
    """A numbered heading line with nothing under it: the next line is a heading too (or none)
    and the line is a whole sentence, not a bare name ("1、表演臺北")."""
    from ...structure.passages import LABEL

    nxt = paras[i + 1] if i + 1 < len(paras) else None
    return (nxt is None or nxt.heading or bool(LABEL.match(nxt.text))) and paras[i].text.rstrip().endswith(("。", "；", ";"))


_ARABIC_HEADING = patterns.compile(r"^\s*\d{1,3}\s*[.．、](?!\d)")  # "3.酒店建设。" on a line of its own, its terms in the paragraphs under it


def _articles(paras: list[_Para], min_group: int = 0) -> list[tuple[int, int, str, list[str]]]:
    """Numbered headings of one style, none of them a goal or principle, each followed by running
    text (up to the next heading) with no numbered item of its own: each heading and its text is one
    measure. With ``min_group``, headings of any plan whose nesting differs, taken by their parent:
    those of a parent with at least that many such headings and none heading items."""
    heads = [i for i, p in enumerate(paras) if p.heading and (HEADING_NUM.match(p.text) or _ARABIC_HEADING.match(p.text))]
    if len(heads) < 2:
        return []
    style = lambda t: "cn" if re.match(rf"^\s*[{_NUM_CN}]{{1,3}}\s*[、.．]", t) else "pcn" if re.match(rf"^\s*[（(][{_NUM_CN}]{{1,3}}[)）]", t) else "other"
    styles = {style(paras[i].text) for i in heads}
    if len(styles) != 1 and not min_group:
        return []  # nested headings: their items, lead sentences or paragraphs are the measures
    groups: dict[tuple[str, ...], list[tuple[int, int, str, list[str]] | None]] = {}
    for i in heads:
        j = next((k for k in range(i + 1, len(paras)) if paras[k].heading), len(paras))
        body = paras[i + 1 : j]
        title = _ARABIC_HEADING.sub("", HEADING_NUM.sub("", paras[i].text, count=1), count=1).strip().rstrip("。.．")
        ok = body and not NOT_MEASURES.search(title) and not any(_not_measures(h) for h in paras[i].section[:-1]) \
            and not any(_label_match(b.text) or b.item for b in body) \
            and sum(bool(_paragraph_title(b.text, intro_possible=k == 0, sentence_only=True)) for k, b in enumerate(body)) < 2  # lines of work led by their sentences
        groups.setdefault(paras[i].section[:-1], []).append((paras[i].start, body[-1].end, title, []) if ok else None)
    if not min_group:
        out = [a for g in groups.values() for a in g if a]
        return sorted(out) if len(out) >= 2 else []
    return sorted(a for g in groups.values() if len(g) >= min_group and all(g) for a in g if a)


def _push_heading(path: list[str], text: str) -> list[str]:
    """Keep the heading path: a "（一）" heading nests under a "一、" one; a headline replaces."""
    level = 1 if re.match(rf"^[{_NUM_CN}]{{1,3}}\s*[、.．]", text) else 2 if re.match(rf"^[（(][{_NUM_CN}]{{1,3}}[)）]", text) else 0
    if level == 2 and path and re.match(rf"^[{_NUM_CN}]{{1,3}}\s*[、.．]", path[0]):
        return [path[0], text]
    return [text]


_ORDINAL = patterns.compile(r"(?:^|(?<=[。；;！？]))\s*第([一二三四五六七八九十])[，,、：:]")


def _ordinals(text: str, start: int = 0) -> list[tuple[int, int]]:
    """The "第一，…第二，…" items inside an item's text (from ``start``), counted from 第一 in order, each
    from its first word to the next: (start, end) within ``text``; none when fewer than two."""
    found: list[int] = []
    for m in _ORDINAL.finditer(text, start):
        if _NUM_CN.index(m.group(1)) == len(found):
            found.append(m.end())
    if len(found) < 2:
        return []
    out = []
    for k, a in enumerate(found):
        b = text.rfind("第", a, found[k + 1]) if k + 1 < len(found) else len(text)
        out.append((a, a + len(text[a:b].rstrip(" \t　，,；;"))))
    return out


_HOLDS_TO = ("坚持", "始终坚持", "必须坚持")  # how the items of a list of principles open


def _enumeration(p: _Para) -> list[tuple[str, int, int]]:
    """The "一是…二是…" items of a paragraph as the structure layer finds them
    (:func:`policyqa.structure.passages.enumeration`): (label without 是, start of the item's text, end)."""
    from ...structure.passages import enumeration

    out = []
    for label, a, b in enumeration(p.text):
        body = a + len(label)
        out.append((label[:-1], body, b))
    return out


def _lead_sentence(text: str) -> str | None:
    """A paragraph's opening sentence when it is a short heading-like line ("以…夯实…基底。")."""
    m = SENTENCE_END.search(text)
    if not m or m.start() > 40 or m.start() < 4:
        return None
    first = text[: m.start()]
    return None if _STARTS_ENUM.match(first) or "，" in first or "," in first else first


# A clause that only says when or what for ("在2026年底前", "由2024-25年度起計三年內", "為加強樓宇安全"):
# the measure's title is what follows it.
_SETTING = patterns.compile(
    r"^(?:(?:在|於|于|到|至|由|從|从|自|截至)?\s*(?:19|20)\d\d[^，,。；;：:]{0,14}(?:前|內|内|起|止|底|末|時|时|期間|期间)"
    r"|(?:為了|为了|為|为)(?:加強|加强|進一步|进一步|推動|推动|提升|改善|促進|促进|落實|落实|支持|配合|鼓勵|鼓励|保障|確保|确保|應對|应对|提高|協助|协助|照顧|照顾)[^，,。；;]{0,20})$")
_WRAP = patterns.compile(r"(?<=\S)[ \t\u3000]*\n\s*(?=\S)")


def _title(body: str, label: str | None = None) -> str:
    """The short title of a measure: its first sentence when short, else its first clause, after
    clauses that only set its time or purpose; a hard-wrapped line is read as one."""
    body = _WRAP.sub("", body) if "\n" in body else body
    for _ in range(3):
        m = CLAUSE_END.search(body)
        if not m or not _SETTING.match(body[: m.start()].strip()) or len(body[m.end() :].strip()) < 4:
            break
        body = body[m.end() :].lstrip()
    m = SENTENCE_END.search(body)
    colon = re.search(r"[：:]", body[: m.start() if m else 40])
    if colon and 2 <= colon.start() <= 20:  # a caption before its text: "文化生活圈營造計畫：以藝文館所…"
        return body[: colon.start()].strip()
    if m and m.start() <= 40:
        return body[: m.start()].strip()
    m = CLAUSE_END.search(body)
    return (body[: m.start()] if m else body[:40]).strip()


def _paragraph_title(text: str, *, intro_possible: bool, sentence_only: bool = False) -> str | None:
    """A paragraph's measure title (its short lead sentence or lead clause), or None."""
    m = SENTENCE_END.search(text)
    if m and 4 <= m.start() <= 30 and m.end() < len(text) and not CLAUSE_END.search(text[: m.start()]):
        first = text[: m.start()]
        return None if (intro_possible and _is_intro(first)) or _is_statement(first) or not _acts(first) else first
    if sentence_only:
        return None
    clauses = [c for c in CLAUSE_END.split(text[:120]) if c]
    if len(clauses) < 2:
        return None
    first = clauses[0]
    if (intro_possible and _is_intro(first)) or _is_statement(first) or clauses[1].lstrip().startswith(("是", "既是", "也是", "是指")):
        return None  # (the subject of a statement: "推进用电营商环境建设，是打造…的重要组成部分")
    if first.startswith(CONTEXT_OPENERS) and len(clauses) > 2 and 4 <= len(clauses[1]) <= 18 and _acts(clauses[1]):
        return clauses[1]
    return first if 3 <= len(first) <= 18 and _acts(first) else None


def _acts(clause: str) -> bool:
    """Whether a clause reads as an action ("做優“存量”", "以…為牽引", "緊盯…"), not a subject, a
    time, a place, a number or a purpose ("我…", "香港…", "第二", "为促进…", "通过…")."""
    posseg = _posseg()
    simple = to_simplified(clause)
    if simple.startswith(("为", "通过", "除", "利用", "对于", "关于", "经", "由于", "随着")):
        return False
    if simple.startswith(ACTION_WORDS):  # jieba tags some of them as names or places ("弘扬" nr, "加大力度" ns)
        return True
    words = [w for w in posseg.lcut(simple) if w.word.strip("“”\"'")]
    if not words:
        return False
    first = words[0]
    if first.flag == "m":  # 全方位 acts; 第二, 2023 do not
        return not re.match(r"[第\d０-９一二三四五六七八九十百千万两几]", first.word)
    return first.flag not in {"r", "ns", "nr", "nrt", "t", "f", "s", "q", "c", "u"}


def _is_statement(first: str) -> bool:
    """A report of what is, not a measure: "《意見》已經出臺", "今年上半年", "日前"."""
    return bool(re.search(r"《|已经|已經|上半年|今年|去年|日前|近年|目前|新機遇|新机遇|^(?:截至|截止|據|据|综合考虑|綜合考慮|新的一年|新一年)|^(?:從|从).{0,20}(?:來看|来看)|^值得", first))


def _is_intro(first: str) -> bool:
    """A section's opening statement, not a measure: "科技創新是…要素" / "…的提出為…帶來新機遇"."""
    return bool(re.search(r"是|為.{0,20}帶來|为.{0,20}带来", first))


def _parallel(paras: list[_Para]) -> list[tuple[int, str]]:
    """Short sentences of one shape (the same opener, or the same length of first clause) that
    head the lines of work of a speech: "以改革裂变赢得战局主动。" "以市场蝶变赢得竞争主动。" …"""
    cands: list[tuple[int, str, str | None, tuple[int, bool]]] = []
    for p in paras:
        if p.heading:
            continue
        for a, b in sentence_spans(p.text):
            sent = p.text[a:b].rstrip("。！？；;!?")
            parts = re.split(r"[，,]", sent, maxsplit=1)
            first = parts[0]
            if not 4 <= len(first) <= 16 or len(sent) > 30 or re.search(r"\d|[：:；;]", sent) or _is_statement(first):
                continue
            opener = next((o for o in PARALLEL_OPENERS if first.startswith(o)), None)
            title = sent if len(parts) > 1 and len(sent) <= 24 else first
            cands.append((p.start + a, title, opener, (len(first), len(parts) > 1)))
    best: list[tuple[int, str]] = []
    by_opener: dict[str, list] = {}
    for c in cands:
        if c[2]:
            by_opener.setdefault(c[2], []).append(c)
    for members in by_opener.values():
        for pivot in members:
            near = [(s, t) for s, t, _, sig in members if abs(sig[0] - pivot[3][0]) <= 2 and _same_shape(t, pivot[1])]
            if len(near) < 3:  # same opener and the same length, quotation marks aside
                near = [(s, t) for s, t, _, sig in members if _core_len(t) == _core_len(pivot[1]) and not sig[1] and not pivot[3][1]]
            if len(near) >= 3 and len(near) > len(best):
                best = near
    if not best:
        by_sig: dict[tuple[int, bool], list[tuple[int, str]]] = {}
        for s, t, _, sig in cands:
            if sig[1]:
                by_sig.setdefault(sig, []).append((s, t))
        groups = sorted(by_sig.values(), key=lambda g: (-len(g), g[0][0]))
        if groups and len(groups[0]) >= 3:
            best = groups[0]
    return sorted(best)


def _core_len(t: str) -> int:
    return len(re.sub(r"[“”\"'‘’「」]", "", t))


def _same_shape(a: str, b: str) -> bool:
    """Parallel phrases share their last two characters, the place of their 、, or a comma."""
    if a[-2:] == b[-2:]:
        return True
    if "、" in a and "、" in b and abs(a.index("、") - b.index("、")) <= 1:
        return True
    return ("," in a or "，" in a) and ("," in b or "，" in b)


def _trim_end(plan: Plan, start: int, end: int) -> int:
    text = plan.document.text[start:end]
    return start + len(text.rstrip())


# -- measures from spans -----------------------------------------------------------------------
_CJK = patterns.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


# A title that states goals or indicators rather than an action: "…的主要预期目标是", "确定4.5%左右的增长目标",
# "围绕创新驱动，提出5项指标"; and the items of an enumeration a sentence opens by announcing them
# ("…明确了经济社会发展主要指标：一是…", :func:`_find`)
_STATES_GOALS = patterns.compile(r"(?:目标|指标)(?:是|为)?[：:]?$|提出[0-9一二三四五六七八九十]+项指标|^确定[^，。]{0,20}目标")
_GOALS_LISTED = patterns.compile(r"(?:目标|指标)(?:是|为|如下)?[：:]?$")


# -- lines of work a report of a plan gives inside its sentences --------------------------------
# "细则明确提出，推进义务教育学校招生免试就近入学全覆盖。" (what the plan makes clear, after the words
# that report it), "东莞持续推进“倍增计划”，选取一批试点企业，配置针对性扶持政策，…": runs of clauses that act
_REPORTING = patterns.compile(r"^[^，。；：]{0,16}?(?:细则|方案|意见|通知|措施|规划|计划|办法|政策|文件|决定|条例|纲要|》)(?:中|里)?"
                              r"(?:还|也|并|进一步|特别)?(?:明确|提出|要求|规定|指出|强调|提示|部署)(?:了|提出)?")
_DONE = patterns.compile(r"同比|比上年|较上年|较往年|有所|截至|截止|累计|已经|已|完成了|实现了|达到了|增长了|成为|位居|共计|上榜|排名|以来|占据|涵盖")
_SAYS = patterns.compile(r"表示|认为|介绍说|介绍|坦言|谈到|说道|[^小]说，")
_DONE_SENTENCE = patterns.compile(r"截至|截止|累计|同比|比上年|较上年")  # a sentence that reports a result from here on
_NOT_ON = ("如", "例如", "比如", "其中", "包括", "即")  # a clause that gives an example or a part: no line of work goes on into it
_PURPOSE = ("为", "为了", "通过", "按照", "根据", "依据", "随着", "围绕", "针对", "对于", "关于", "由于")
# and the words that forbid, settle or reach, build (建成, 新建) or strive for (力争) what a line of work sets out to do
_ACTION_OPENERS = (*ACTION_WORDS, "严禁", "禁止", "取消", "不得", "采用", "实现", "形成", "建成", "新建", "力争")
_ALWAYS_VERBS = ("力争", "建成", "新建", "严禁", "禁止")  # never a noun where a clause's action opens (jieba tags 力争 nz)
_SUBJECT_MAX = 18  # the longest subject before a clause's action ("东莞市倍增计划工作领导小组办公室开展…")
_NEW_RUN = 12  # an acting clause this long opens a line of work of its own; a shorter one goes on the one before
# a clause that only frames what follows ("在构建现代综合交通体系方面，将全力配合…"): no line of work of its own
_FRAME = patterns.compile(r"在[^，,。；;]{2,30}?(?:方面|领域|过程中|上)")
# works a sentence counts and then names ("投入100亿元建成“十大工程”，即：市政道路提升工程、…、企业总部建筑群工程"):
# one line of work each
_COUNTED = patterns.compile(r"([一二三四五六七八九十两]{1,2}|\d{1,2})\s*[大项个类]\s*“?([^“”，,。；;：:、]{1,8}?)”?\s*[，,]?\s*(?:即|包括|分别是|分别为)\s*[：:]?\s*")
_WORKS = ("工程", "行动", "项目", "计划", "任务", "举措", "平台", "中心", "基地", "园区")


def _counted_works(sent: str, simple: str) -> tuple[int, list[tuple[int, int]]] | None:
    """Where a sentence's list of counted works begins (after their name) and the span of each work it names, when it
    names as many as it counts (or at least three, of one kind: "…工程、…工程"), else None."""
    from ...structure.numbers import parse_number

    m = _COUNTED.search(simple)  # (``simple``: the sentence in simplified script)
    if not m or not m.group(2).endswith(_WORKS):
        return None
    kind = next(w for w in _WORKS if m.group(2).endswith(w))
    end = next((x.start() for x in re.finditer(r"[。；;！？!?]", sent) if x.start() > m.end()), len(sent))
    items, pos = [], m.end()
    for part in re.split(r"([、，,])", sent[m.end():end]):
        if part and part not in "、，,":
            lead = len(part) - len(part.lstrip())
            items.append((pos + lead, pos + len(part.rstrip())))
        pos += len(part)
    n = m.group(1)
    count = parse_number(n)
    if len(items) < 3 or (count is not None and count != len(items)) or sum(to_simplified(sent[a:b]).endswith(kind) for a, b in items) < 2 * len(items) / 3:
        return None
    after = m.end(2) + (sent[m.end(2)] == "”" if m.end(2) < len(sent) else 0)  # (its lines of work end with the works' name)
    return after, items


# a sentence that closes its list by counting it: "…，继续深化人文交流等六方面工作。", "…、…等5项重点任务"
_COUNTED_AFTER = patterns.compile(r"等\s*(?P<n>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:个|项|大|条)?\s*(?:方面|项|件|类|大|个)?\s*(?:重点|主要)?"
                                  r"(?:工作|任务|举措|措施|行动|工程|项目)\s*[。；;！!]?\s*$")


def _counted_after(sent: str, simple: str) -> list[tuple[int, int]] | None:
    """The spans of the items a sentence lists before counting them at its end (…，…，…等六方面工作), when
    as many clauses as it counts come before (after at most two clauses that lead them), else None."""
    from ...structure.numbers import parse_number

    m = _COUNTED_AFTER.search(simple)
    n = parse_number(m.group("n")) if m else None
    if n is None or n < 2:
        return None
    items, pos = [], 0
    for part in re.split(r"([，,、；;])", sent[: m.start()]):
        if part and part not in "，,、；;":
            lead = len(part) - len(part.lstrip())
            items.append((pos + lead, pos + len(part.rstrip())))
        pos += len(part)
    if not n <= len(items) <= n + 2:
        return None
    return items[len(items) - int(n):]


def _parallel_clauses(sent: str, simple: str) -> list[tuple[int, int]] | None:
    """The clauses of a sentence of three or more parted by semicolons that open alike ("以A构建…；以B打造…；以C搭建…",
    the first after its subject: "目前，广西正以…"), each from its opening word; None otherwise."""
    if simple.count("；") + simple.count(";") < 2:
        return None
    spans, pos = [], 0
    for part in re.split(r"([；;])", sent):
        if part and part not in "；;":
            lead = len(part) - len(part.lstrip())
            if part.strip(" 　。！!"):
                spans.append((pos + lead, pos + len(part.rstrip(" 　。！!"))))
        pos += len(part)
    if len(spans) < 3:
        return None
    heads = [simple[a : a + 2] for a, _ in spans[1:]]
    opener = heads[0][:1] if len({h[:1] for h in heads}) == 1 else None
    if opener is None or not "\u4e00" <= opener <= "\u9fff":
        return None
    opener = heads[0] if len(set(heads)) == 1 else opener
    a0, b0 = spans[0]
    k = simple.find(opener, a0, a0 + 16)
    if k < 0 or not all(_acting_at(sent[a:b]) is not None or simple.startswith("以", a) for a, b in spans[1:]):
        return None  # (clauses that act, or "以…构建…": not a list of results, "增长…；增长…")
    return [(k, b0), *spans[1:]]


def _acting_at(clause: str) -> int | None:
    """Where a clause's action opens: 0 when it opens with an action word, else after a short
    subject ("公办学校招生坚持…", "东莞不断强化…"); None when it does not act or reports what was done."""
    simple = to_simplified(clause)
    if _DONE.search(simple) or _is_statement(simple) or simple.startswith(_PURPOSE) or _FRAME.fullmatch(simple):
        return None
    for k in range(min(len(simple), _SUBJECT_MAX + 1)):
        w = next((w for w in _ACTION_OPENERS if simple.startswith(w, k)), None)
        if w:  # (an action needs what it acts on: "…有所扩大" is no line of work)
            if len(simple) - k - len(w) < 2 or k and re.search(r"[\d%]", simple[:k]):
                return None
            # and it is a verb where it stands, or a word of manner before one ("全面取消", "不断强化"):
            # not "发展中国家", "发展仍是…", "积极的安排"
            if w in _ALWAYS_VERBS:
                return k
            words = [x for x in _posseg().lcut(simple[k : k + 12]) if x.word.strip()]
            # (a clause that opens with the word acts by it: jieba tags 建设 and 改革 as nouns of action, vn)
            # (and so does one a subject commits to doing: "马尾将高标准建设新城")
            verb = 0 if words and (words[0].flag == "v" or (k == 0 or _WILL.match(simple[:k])) and words[0].flag == "vn" and len(words) > 1) else 1 if len(words) > 1 and words[0].flag in {"d", "vd", "ad", "n"} and words[1].flag == "v" else None
            if verb is not None and not (len(words) > verb + 1 and words[verb + 1].word in ("了", "过")):  # "增强了底气": done
                return k
            return None
    return None


_WILL = patterns.compile(r"^[^，,。；;]*?(?:将|拟|计划|力争|争取)(?=[\u4e00-\u9fff])")
# what opens a sentence that goes on with the lines of work of the one before ("同时，建成省级养护中心1至3个")
_GOES_ON = patterns.compile(r"\s*(?:同时|此外|另外|与此同时|还|并|并且|而且|其次|再次|最后)?\s*[，,]?\s*")


# who a news sentence says told it what follows ("据省高管局局长冯伟林介绍，", "记者从汇报会上获悉，"): not what was said of it
_ATTRIBUTION = patterns.compile(r"(?:据|记者从)[^，,。；;！？]{1,40}?(?:介绍|透露|获悉|了解到)[，,：:]")


# who sets out lines of work in a news account: a body of government, or the place itself
_BODY = patterns.compile(r"^[^，。；]{0,12}?(?:政府|办公室|领导小组|委员会|工作组|指挥部|(?<![变格布结开大时政])局|厅|(?<![主]|国)委)|^(?:本市|全市|全区|全省|全县|各地|各区|各级)"
                         # or what is to come, said of the plan's period ("“十二五”将实现…", "今年将…"): not "这将带动…", an effect
                         r"|^(?![这此其它它])[^，。；]{0,8}?(?:将|拟|计划)(?=[\u4e00-\u9fff])")


# a sentence of a news account whose subject is a works project ("古乍线河姆渡段是…", "此外，浒溪线拓宽改造工程一期…"),
# and what says it is still to be done (将, 计划, 争取, 年底前 …)
_PROJECT = patterns.compile(r"\s*(?:此外|另外|同时|其中)?[，,]?\s*(?![一二三四]期)(?P<name>[\u4e00-\u9fff0-9～~—\-]{2,22}?(?:工程|公路|大道|隧道|大桥|铁路|高速公路|快速路|轨道交通|枢纽|机场|[路线]段|段))"
                            r"(?=是|按|总长|全长|一期|二期|已|今年|明年|将|计划|目前|也|预计|总投资|全线|于|力争|争取)")
_PROJECT_AHEAD = patterns.compile(r"将|计划|争取|力争|预计|年底前|年内|需完成|拟")


def _only_framing(clauses: str) -> bool:
    """Whether text before a line of work is only clauses of purpose or frame ("围绕建设国际旅游度假区的发展定位，")."""
    parts = [c.strip() for c in CLAUSE_END.split(clauses) if c.strip()]
    return bool(parts) and all(c.startswith(_PURPOSE) or _FRAME.fullmatch(c) for c in parts)


def _action_runs(text: str, base: int, section: list[str], places: tuple[str, ...] | None = None) -> list[tuple[int, int, str, list[str]]]:
    """The lines of work in running text ``text`` (at document offset ``base``): in each sentence,
    runs of clauses from one that acts, a long acting clause opening a run of its own. With
    ``places`` (a news account's own), only the sentences that report a plan ("细则明确，…") or whose
    first line of work a body of government or one of the places does ("东莞持续推进…"): not a
    commentary's "百年变局加速演进", "必须坚持…"."""
    out: list[tuple[int, int, str, list[str]]] = []
    told = False  # whether the sentence before named who does its lines of work: one that opens with an action goes on from it
    # whole sentences (to their full stop: sentence_spans also ends one at a semicolon), for the clauses they part alike
    full = [(m.start(), m.end()) for m in re.finditer(r"[^。！？!?\n]+[。！？!?]?", text) if "；" in m.group() or ";" in m.group()]
    parallel: list[tuple[int, int]] = []
    for a, b in sentence_spans(text):
        first = len(out)
        sent = text[a:b]
        simple_sent = to_simplified(sent)
        project = _PROJECT.match(simple_sent) if places is not None else None
        # "余梁公路北延工程按一级公路…设计，…今年将完成投资4亿元": a works project the post says will be built is a line of
        # work (said in its sentence, else in the rest of its paragraph, which is read only then)
        if project and (_PROJECT_AHEAD.search(simple_sent, project.end("name")) or _PROJECT_AHEAD.search(to_simplified(text[b:]))):
            out.append((base + a + project.start("name"), base + b, sent[project.start("name") : project.end("name")], section))
            continue
        if any(x <= a < y for x, y in parallel):
            continue  # (a clause of a sentence whose semicolons part alike clauses: given below, whole)
        whole = next(((x, y) for x, y in full if x == a), None)
        alike = _parallel_clauses(text[whole[0] : whole[1]], to_simplified(text[whole[0] : whole[1]])) if whole else None
        if alike:  # "目前，广西正以…构建三大国际通道；以…打造多领域交流渠道；以跨境合作园区搭建国际产能合作平台。"
            out += [(base + a + x, base + a + y, text[a + x : a + y], section) for x, y in alike]
            parallel.append(whole)
            told = True
            continue
        counted = _counted_after(sent, simple_sent)
        if counted is not None:  # "切实做好…，依托港口发展，…，继续深化人文交流等六方面工作。": as many lines of work as it counts
            out += [(base + a + x, base + a + y, sent[x:y], section) for x, y in counted]
            told = True
            continue
        told_by = _ATTRIBUTION.match(simple_sent)  # "据省高管局局长冯伟林介绍，“十二五”期间，…": what it reports follows
        if _SAYS.search(simple_sent, told_by.end() if told_by else 0):
            continue  # what someone said ("…主任表示，…保持6%左右的年均增长率") is no line of work of the plan
        skip = told_by.end() if told_by else 0
        m = _REPORTING.match(simple_sent[skip:])
        pos = skip + (m.end() if m else 0)
        run: list[int] | None = None  # [start of its text (the clause's subject too), start of its title, end] within the sentence
        works = _counted_works(sent, simple_sent)
        if works is not None and works[0] < pos:
            works = None

        def close() -> None:
            out.append((base + a + run[0], base + a + run[2], sent[run[1] : run[2]].strip(), section))

        for c in CLAUSE_END.finditer((sent[: works[0]] if works else sent) + "。", pos):
            clause = sent[pos : c.start()]
            simple = to_simplified(clause.strip())
            if _DONE_SENTENCE.search(simple):
                break  # "截至2021年底，…，推动建成…": what follows in the sentence was done too
            at = _acting_at(clause.strip()) if simple else None
            if at is not None and (run is None or len(clause) >= _NEW_RUN):
                if run is not None:
                    close()
                lead = len(clause) - len(clause.lstrip())
                run = [pos + lead, pos + lead + at, c.start()]
            elif run is not None and simple and not _is_statement(simple) and not simple.startswith(_NOT_ON):
                run[2] = c.start()
            elif run is not None:
                close()
                run = None
            pos = c.end()
        if run is not None:
            close()
        if works is not None and len(out) > first:  # the works the sentence counts, each a line of work of what it says will be done
            out += [(base + a + x, base + a + y, sent[x:y], section) for x, y in works[1]]
        if places is not None and not m and len(out) > first:
            at = out[first][0] - base
            lead = to_simplified(text[at : at + 24])
            # who acts: the run's own subject, one a clause before it in the sentence names ("“十二五”期间，山东电力集团公司将依托…，
            # 建成…"), or the sentence before's when this one opens with its action ("…;力争用3年时间实现…;建成…")
            opens = [a, *(x.end() for x in CLAUSE_END.finditer(text, a, at))]  # where the sentence's clauses before the run open
            subjects = [to_simplified(text[o : o + 24]).lstrip() for o in opens]
            named = lead.startswith(places) or bool(_BODY.match(lead)) or any(
                (s.startswith(places) or _BODY.match(s)) and _WILL.search(s) for s in subjects)  # (a clause before: who will do it)
            before = to_simplified(text[a:at])
            # (it goes on when only words of sequence or clauses of purpose come before its action: "围绕…的发展定位，推进…")
            told = named or told and (at - a <= 2 or bool(_GOES_ON.fullmatch(before)) or _only_framing(before))
            if not told:
                del out[first:]
        elif places is not None and m:
            told = True  # (a sentence with no line of work leaves who acts as it was)
    return [x for x in out if len(_CJK.findall(x[2])) >= 4]


def _reported(plan: Plan, spans: list[tuple[int, int, str, list[str]]]) -> list[tuple[int, int, str, list[str]]]:
    """A measure titled only by the words that report a plan ("细则明确提出", "细则明确了…的关键时间节点")
    is the lines of work its text goes on to give."""
    out = []
    for start, end, title, section in spans:
        m = _REPORTING.match(to_simplified(title))
        if m and (m.end() == len(title) or title[m.end() - 1] == "了"):
            text = plan.document.text[start:end]
            runs = _action_runs(text, start, section)
            if runs:
                out += runs
                continue
        out.append((start, end, title, section))
    return out


# campaigns a line of work names together ("实施“宁品优选”“宁网畅购”“宁护民生”行动"): one line of work each
_NAMED = patterns.compile(r"((?:“[^“”，,。；;]{2,12}”\s*[、和及与]?\s*){2,})(?=等?\s*(?:[一二三四五六七八九十两]|\d{1,2})?\s*[大项个类]?\s*(?:专项行动|行动|工程|计划|活动|项目|战略|品牌))")


def _named_each(span: tuple[int, int, str, list[str]]) -> list[tuple[int, int, str, list[str]]]:
    """A line of work that names several campaigns, as one line of work for each (its title naming
    only that one), else itself."""
    start, end, title, section = span
    m = _NAMED.search(title)
    if not m:
        return [span]
    names = re.findall(r"“[^“”]+”", m.group(1))
    return [(start, end, title[: m.start()] + name + title[m.end() :], section) for name in names]


def _build(plan: Plan, spans: list[tuple[int, int, str, list[str]]]) -> list[Measure]:
    from .targets import find_targets

    spans = _reported(plan, spans)
    out: list[Measure] = []
    seen: set[tuple[int, int]] = set()
    said: set[tuple[str, str]] = set()  # a page that holds its text twice states each measure once
    for start, end, title, section in (x for span in spans for x in _named_each(span)):
        text = plan.document.text[start:end].strip()
        if not text or (start, end, title) in seen or not title or len(_CJK.findall(title)) < 2 or (title, text) in said:
            continue  # (a title of no words is markup: "-->" read as a "——" bullet)
        if _STATES_GOALS.search(title):
            continue  # what is to be reached, not done: "主要预期目标是：", "提出6项指标，其中…", "确定4.5%左右的增长目标"
        if _PROVISION_LEAD.match(to_simplified(title)):
            continue  # what the plan says of itself: "本意见涉及同一内容的奖励与其他政策文件不一致的，按…执行", "本办法自…起施行"
        seen.add((start, end, title))
        said.add((title, text))
        c = cite(plan, start, end)
        if not verify(c, plan):
            continue
        out.append(
            Measure(
                title=title,
                text=text,
                section=list(section_of(plan, *plan.document.clean_span(c.start, c.end))),  # the structure layer's path of the cited span
                targets=find_targets(plan, start, end),
                units=_units(text),
                year=_year(text),
                citations=[c],
            )
        )
    return _stated_once(out)


def _stated_once(measures: list[Measure]) -> list[Measure]:
    """``measures`` without those whose title's and text's words another has, when a quarter or more of them
    repeat one (a page that holds its text twice in two forms: an app's record as escaped JSON, then as
    HTML); a plan that names two lines of work alike in different parts keeps both."""
    keys = ["".join(_CJK.findall(m.title)) + "|" + "".join(_CJK.findall(m.text))[:40] for m in measures]  # (its words and its text's)
    from .targets import REPEATED_SHARE  # (the share of repeats that tells a page holding its text twice, as for its figures)

    if len(keys) - len(set(keys)) < REPEATED_SHARE * len(keys) or not keys:
        return measures
    best: dict[str, Measure] = {}
    for m, k in zip(measures, keys):  # of the two forms, the one its page wrote with fewer escapes (\u201c, <\/p>)
        if k not in best or m.text.count("\\") < best[k].text.count("\\"):
            best[k] = m
    kept = {id(m) for m in best.values()}
    return [m for m in measures if id(m) in kept]


def _units(text: str) -> list[str]:
    """The units a measure names as responsible: "（省商务厅牵头，合肥海关、省贸促会按职责分工配合）"."""
    m = UNITS.search(text)
    if not m:
        return []
    body = re.sub(r"(?:牵头考核|责任|牵头|配合)(?:单位|部门)[:：]", "、", m.group(1))
    body = re.sub(r"按职责分工|按职责|分别|负责|牵头|配合|等单位|持续推进|长期坚持", "、", body)
    parts = [p.strip(" ：:") for p in re.split(r"[，,、；;]", body)]
    return list(dict.fromkeys(p for p in parts if len(p) >= 2 and not re.search(r"\d{4}年|月底|年底|前完成|推进$", p)))


def _year(text: str) -> int | None:
    """The year a measure sets for itself ("到2025年", "2023年底前"), only when its text says one."""
    for m in YEAR.finditer(text):
        tail = text[m.end() : m.end() + 2]
        head = text[max(0, m.start() - 1) : m.start() + 1]
        if m.group(0).startswith(("到", "至", "于", "在")) or re.match(r"(?:底|末|前|内)", text[m.end() - 1 : m.end()]) or "力争" in head or tail.startswith(("，", ",")):
            return int(m.group(1))
    return None
