"""Finding the plans in a document, and what each says of itself: title, region, level, author,
date, issuer.

A document is split when it holds several plans:

- a page of speeches: each under a headline and a speaker line ("杭州市委常委、余杭区委书记 刘 颖");
  a speech with neither (the last one on seed 002's page) starts where a paragraph opens with
  another place's name that the page's preamble lists among the speakers;
- a notice that issues several documents ("…关于印发《A》《B》的通知"): each starts at its own
  title line.

Anything else is one plan. Metadata is read from the text (speaker and byline lines, title
lines, "出台《…》", signatures, header fields such as 发文日期/時間) or left ``None``: never
invented. Regions come from :mod:`policyqa.structure.regions` and are written in simplified script; titles
and authors keep the source's script.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Iterable, Iterator, NamedTuple, Sequence

from . import regions
from ..reading.document import Document
from .plan import Plan, plan_id
from ..reading.scripts import to_simplified
from .. import patterns

HEAD_CHARS = 2000  # how much of a plan the region count reads

_CJK = r"\u4e00-\u9fff"
_OFFICES = r"书记|副书记|市长|区长|县长|州长|省长|主任|主席|局长|厅长|部长|常委|负责人|旗长|盟长|总理"
_OFFICE_END = rf"(?:{_OFFICES})"
# a name: two to four characters (spaced out or not), or a transcribed name in parts joined by a middle dot (艾尔肯·吐尼亚孜)
_NAME = rf"(?:[{_CJK}]{{2,8}}(?:[·・•][{_CJK}]{{1,10}})+|[{_CJK}](?:[\s　]?[{_CJK}]){{1,3}})"
SPEAKER = patterns.compile(rf"^(?P<office>[{_CJK}、·“”\"（）()]{{0,40}}?{_OFFICE_END})[\s　]+(?P<name>{_NAME})$")
BYLINE = patterns.compile(rf"^[（(]?(?:本报|本台|新华社)?(?:记者|通讯员|特约记者)[\s　?？:：·|｜]*(?P<names>[{_CJK}][{_CJK}\s　、?？]{{1,30}}?)[\s　]*(?:整理|报道|摄|采写)?[)）]?$")
AUTHOR_BODY = patterns.compile(rf"^[{_CJK}]{{2,30}}(?:理论学习中心组|中心组|课题组|写作组|调研组|评论员)$")
GENRE = r"(?:报告|公报|方案|计划|意见|办法|规划|纲要|决定|措施|政策|通知|条例|规定|细则|行动|纲领|指引|白皮书|建议|讲话|致辞)"
TITLE_LINE = patterns.compile(rf"^(?![（(][一二三四五六七八九十0-9]{{1,3}}[)）]|[一二三四五六七八九十]{{1,3}}、|[0-9]{{1,2}}[、.．])[^。！？；;]{{4,80}}{GENRE}(?:[（(][^）)]{{0,30}}[）)])?$")
ISSUED = patterns.compile(r"(?:出台|出臺|印发|印發|发布|發布|制定|出台了|审议通过|通过了)(?:了)?《(?P<title>[^》]{4,100})》")
NOTICE = patterns.compile(r"^(?!关于)(?P<issuer>.{2,60}?)(?:关于)?印发(?P<rest>.*)的通知$")
NOTICE_HEADLINE = patterns.compile(r"^(?!关于)(?P<issuer>.{2,60}?)(?:关于)?印发(?P<rest>《[^》]{4,100}》)$")  # a page's headline: "上海市人民政府办公厅印发《…》"
NOTICE_BARE = patterns.compile(r"^关于印发(?P<rest>《[^》]{4,100}》)的通知$")
DATE_LINE = patterns.compile(r"^[（(]?\s*(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*[)）]?$")
HEADER_DATE = patterns.compile(r"(?:发文日期|成文日期|发布日期|发布时间|时间|日期)\s*[:：]\s*(?P<y>(?:19|20)\d\d)[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})")
HEADER_ISSUER = patterns.compile(r"^(?:发布机构|发文机关|发文单位|责任部门)\s*[:：]\s*(?P<issuer>\S.{1,40})$")
DELEGATE = patterns.compile(r"我代表(?P<issuer>国务院|[^，,。：:；;\s]{1,30}?(?:人民政府|政府))")
# "——2026年1月25日在北京市第十六届人民代表大会第四次会议上": the day a report or speech was delivered
DELIVERED = patterns.compile(r"^[（(]?[—―－\-\s]*(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*(?:在.{2,80}?上|.{2,60}?通过)")
# how a text speaks of the whole country as its own ("我国经济面临…"): with no region named, a national text
_OUR_COUNTRY = patterns.compile(r"我国|我國|我们国家|我們國家")
# central organs: a plan they issue is a national one ("国家发展改革委 国家能源局关于…的意见")
NATIONAL = patterns.compile(r"^(?:国务院|中共中央|全国人民代表大会|全国人大常委会|国家(?:发展改革委|发展和改革委员会|[\u4e00-\u9fff]{1,12}?(?:委员会|总局|局|部|署)))(?:[\s　、]+(?:国家|国务院)[\u4e00-\u9fff]{1,12}?(?:委员会|委|总局|局|部|署))*(?:[\u4e00-\u9fff]{2,8}?司)?(?:关于|$)")  # (…投资司: a department of it)
# the document's own dates, before a site's publication date
OWN_DATE = patterns.compile(r"(?:发文日期|成文日期)\s*[:：]\s*(?P<y>(?:19|20)\d\d)[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})")
# "区人民政府" in "我代表区人民政府": the government of the plan's own region
_OWN_GOVERNMENT = patterns.compile(r"^(?:省|市|区|县|自治区|自治州|自治县|州|旗|盟)(?:人民政府|政府)$")
ORGAN = patterns.compile(rf"^(?:中共中央|国务院|全国人大常委会|[{_CJK}（）()]{{2,30}}?(?:委员会|管理委员会|管委会|办公厅|办公室|人民政府|政府|统战部|调查总队|调查队|监管局|总局|中心|委|局|厅|部|署|院)"
                   rf"(?:等[一二三四五六七八九十两\d]{{1,3}}个?(?:部门|部委|单位))?)$")
ORGANS_ABOUT = patterns.compile(rf"^(?P<organs>[{_CJK}（）() ]{{2,80}}?)关于")  # "国家发展改革委 国家能源局关于…" / "中共中央关于…"
PASSED_BY = patterns.compile(r"^[（(]\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?P<body>[^，,。）)]{4,60}?)通过\s*[)）]$")
# (a document's 版记 closes with the organ that printed it and the day: "盐城市盐都区人民政府办公室 2024年5月28日印发")
SIGNED_DATE = patterns.compile(r"(?:^|[\s　])[（(]?(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*日)?[)）]?(?P<printed>印发|印發)?$")
# a row of a markdown table ("| 盐城市盐都区人民政府办公室 | 2024年5月28日印发 |"): its cells, read as one line
_TABLE_ROW = patterns.compile(r"^\s*\|(.*)\|\s*$")
HEAD_LINES = 16  # how many lines of a plan's head metadata is looked for in
FOOTER = patterns.compile(r"^[（(].{0,40}(?:记者|整理|编辑|来源|责任编辑).{0,40}[)）]$")


class _Line(NamedTuple):  # (a tuple: made for every line a reader looks at, so made quickly)
    start: int  # clean offsets (document), stripped of surrounding whitespace
    end: int
    text: str  # clean text
    simple: str  # simplified script, spaces squeezed


def find_plans(document: Document) -> list[Plan]:
    """The plans in ``document``, in order, each with the metadata its text gives."""
    lines = _lines(document)
    if document.records:
        return _records(document, lines)
    spans = _speeches(lines) or _attachments(lines) or _roundup(lines)
    spans = _without_repeats(lines, spans)  # (a page that carries one report twice: one plan)
    if len(spans) <= 1 and not any(meta.get("kind") == "attachment" for _, _, meta in spans):
        return [_plan(document, lines, 0, len(lines), {})]
    out = []
    cover: dict = {}
    for i, (a, b, meta) in enumerate(spans):
        if meta.get("kind") == "attachment":
            if i == 0:  # the notice that issues them is the cover of the first, and dates them all
                cover_lines = lines[:a]
                cover = {"issuer": _notice(cover_lines[:6])[0] or _header_issuer(cover_lines), "date": _date(cover_lines, document)}
                a = 0
            meta = {**meta, **{k: v for k, v in cover.items() if v}}
        out.append(_plan(document, lines, a, b, meta))
    return out


REPEATED = 0.8  # the share of a span's long lines an earlier span holds word for word that makes it a copy of it
_LONG_LINE = 15


def _without_repeats(lines: "_Lines", spans: list[tuple[int, int, dict]]) -> list[tuple[int, int, dict]]:
    """``spans`` without those that repeat an earlier one (a page whose text is the report and then the
    page again, report included: 河北's 2024 report as its portal's crawl gives it), each joined to the
    span before it: at least :data:`REPEATED` of its lines of :data:`_LONG_LINE` characters or more,
    and five at least, are lines of the spans before it."""
    if len(spans) < 2:
        return spans
    seen: set[str] = set()
    out: list[tuple[int, int, dict]] = []
    for a, b, meta in spans:
        long_ = [ln.text for ln in lines[a:b] if len(ln.text) >= _LONG_LINE]
        if out and len(long_) >= 5 and sum(t in seen for t in long_) >= REPEATED * len(long_):
            pa, _, pmeta = out[-1]
            out[-1] = (pa, b, pmeta)
        else:
            out.append((a, b, meta))
        seen.update(long_)
    return out


def _records(document: Document, lines: _Lines) -> list[Plan]:
    """A dataset's records (CSV rows, JSON objects): one plan each."""
    starts = lines.starts
    out = []
    for r in document.records:
        cs, ce = document.clean_span(r.start, r.end)
        a, b = bisect_left(starts, cs), bisect_left(starts, ce)
        if a < b:
            title = document.clean_between(*r.title).strip() if r.title else None
            meta = {"title": title, "record_date": r.date, "record_author": r.author}
            out.append(_plan(document, lines, a, b, {k: v for k, v in meta.items() if v}))
    return out


class _Lines(Sequence[_Line]):
    """The document's non-empty lines, stripped: two arrays of offsets, each :class:`_Line` made
    when it is asked for and kept for the next reader (at most :data:`KEPT` of them: a long
    document's lines are never all held as objects at once). A slice is a view of the same
    arrays."""

    def __init__(self, document: Document):
        self.document = document
        self.text = document.text
        self.simplified = document.simplified if len(document.simplified) == len(self.text) else None
        self.starts, self.ends = document.lines
        self.lo, self.hi = 0, len(self.starts)
        self.made: dict[int, _Line] = {}

    def __len__(self) -> int:
        return self.hi - self.lo

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            a, b, step = i.indices(len(self))
            if step != 1:
                return [self[k] for k in range(a, b, step)]
            view = object.__new__(_Lines)
            view.__dict__.update(self.__dict__)
            view.lo, view.hi = self.lo + a, self.lo + max(a, b)
            return view
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self._line(self.lo + i)

    def _line(self, k: int) -> _Line:
        ln = self.made.get(k)
        if ln is not None:
            return ln
        a, b = self.starts[k], self.ends[k]
        s = self.text[a:b]
        simple = self.simplified[a:b] if self.simplified is not None else to_simplified(s)
        if len(s) <= 120 and (" " in simple or "\t" in simple or "　" in simple):
            simple = _SPACES.sub(" ", simple)
        if "*" in simple or simple.startswith("#"):  # markdown: "# 标题", "**发布机构**: …"
            simple = _MARKDOWN.sub("", simple).strip()
        ln = _Line(a, b, s, simple)
        if len(self.made) < KEPT:
            self.made[k] = ln
        return ln

    def __iter__(self) -> Iterator[_Line]:
        return map(self._line, range(self.lo, self.hi))

    def holding(self, pattern: re.Pattern[str] | patterns.Pattern) -> list[int]:
        """The indices of the lines whose simplified text ``pattern`` finds something in, from one
        scan of the document's text (a pattern that never crosses a line break, and whose every
        match lies inside the line's text stripped of the space around it), without making a line."""
        starts, lo, out = self.starts, self.lo, []
        if lo >= self.hi:
            return out
        for m in pattern.finditer(self.simplified, starts[lo], self.ends[self.hi - 1]):
            k = bisect_right(starts, m.start()) - 1 - lo
            if not out or out[-1] != k:
                out.append(k)
        return out

    def __add__(self, other: Sequence[_Line]) -> list[_Line]:
        return list(self) + list(other)  # ([*self, *other] takes ten times as long with a view)


KEPT = 2048

def _lines(document: Document) -> _Lines:
    return _Lines(document)


_SPACES = patterns.compile(r"[\s　]+")
_MARKDOWN = patterns.compile(r"^#{1,6}\s+|\*\*|__")


def _unmarked(s: str) -> str:
    """``s`` without _MARKDOWN's marks (a line that has none, nearly every one, is not searched:
    the pattern opens with ^ and is tried at every position)."""
    return _MARKDOWN.sub("", s) if "**" in s or "__" in s or s[:1] == "#" else s


# -- several plans in one document -------------------------------------------------------------
def _speeches(lines: list[_Line]) -> list[tuple[int, int, dict]]:
    """Spans (line indices) of speeches under headline + speaker line, plus unheaded ones."""
    heads = []
    for i in _office_lines(lines):
        ln = lines[i]
        m = SPEAKER.match(ln.simple)
        if not m or len(ln.simple) > 50:
            continue
        office = regions.region_of_office(m.group("office"))
        if office is None:
            continue
        headline = i - 1 if i > 0 and _is_headline(lines[i - 1]) else None
        heads.append((headline if headline is not None else i, i, office, m))
    if len(heads) < 2:
        return []
    end = len(lines)
    while end > heads[-1][1] + 1 and FOOTER.match(lines[end - 1].simple):
        end -= 1
    preamble = " ".join(ln.simple for ln in lines[: heads[0][0]])
    spans: list[tuple[int, int, dict]] = []
    for k, (first, speaker, office, m) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else end
        meta = {
            "kind": "speech",
            "title": lines[first].text if first != speaker else None,
            "author": _names(m.group("name"), lines[speaker].text),
            "division": office,
        }
        # an unheaded speech inside this span: a paragraph that opens with another listed place
        cut = None
        for j in range(speaker + 2, stop):
            d = _opening_place(lines[j].simple)
            if d and d.name != office.name and d.code not in office.parent_codes and _listed(d, preamble):
                cut = j
                spans.append((first, j, meta))
                spans.append((j, stop, {"kind": "speech", "title": None, "author": None, "division": d}))
                break
        if cut is None:
            spans.append((first, stop, meta))
    return spans


PLACE_HEAD = patterns.compile(r"^(?P<place>[\u4e00-\u9fff]{2,8})[：:](?P<rest>[^。！？；]{4,60})$")


def _roundup(lines: list[_Line]) -> list[tuple[int, int, dict]]:
    """A news roundup of several places' plans: headlines "长沙：未来五年数字经济占GDP比重要超45%",
    "武汉：建成全国数字经济一线城市" …, three or more places, each heading its own plan (what comes
    before the first heading opens the first plan)."""
    heads: list[tuple[int, regions.Division]] = []
    for i in _with_colon(lines):
        ln = lines[i]
        m = PLACE_HEAD.match(ln.simple) if len(ln.simple) <= 70 else None
        d = regions.lookup(m.group("place")) if m else None
        if d is not None:
            heads.append((i, d))
    if len({d.code for _, d in heads}) < 3 or any(b - a < 2 for (a, _), (b, _) in zip(heads, heads[1:])):
        return []
    spans = []
    for k, (i, d) in enumerate(heads):
        a = 0 if k == 0 else i
        b = heads[k + 1][0] if k + 1 < len(heads) else len(lines)
        short = re.sub(r"(?:市|省|自治区|区|县)$", "", d.name)
        named = [m.group(1) for ln in lines[i:b] for m in re.finditer(r"《([^》]{4,100})》", ln.simple)]
        title = next((x for x in named if x.startswith(short) and re.search(GENRE + r"(?:[（(][^）)]{0,30}[）)])?$", x)), None)
        spans.append((a, b, {"kind": "roundup", "division": d, "title": title}))
    return spans


def _with_colon(lines: Sequence[_Line]) -> Iterable[int]:
    """The indices of the lines that hold a colon (PLACE_HEAD's), without making every line. (A
    line's simple form is its simplified text with spaces squeezed or markdown marks dropped: it
    holds a colon only where that text does.)"""
    if not isinstance(lines, _Lines) or lines.simplified is None:
        return range(len(lines))
    return lines.holding(_COLON)


_COLON = patterns.compile("[：:]")


# a speaker line names an office; "**" and "__" are markdown that a line's simple form drops.
# (One alternation of words, not a group among them: then the engine skips to their first
# characters instead of trying each position, about eight times faster.)
_OFFICE_HINT = patterns.compile(_OFFICES + r"|\*|__")


def _office_lines(lines: Sequence[_Line]) -> Iterable[int]:
    """The indices of the lines that may be speaker lines, without making every line: those that
    name an office. (A speaker line's simple form has at most 50 characters: a line of more than
    120, whose spaces are not squeezed, is one only if markdown marks can be dropped from it.)"""
    if not isinstance(lines, _Lines) or lines.simplified is None:
        return range(len(lines))
    simple, starts, ends, lo = lines.simplified, lines.starts, lines.ends, lines.lo
    hint = _OFFICE_HINT.search
    out: list[int] = []
    for k in range(lo, lines.hi):
        a, b = starts[k], ends[k]
        if b - a > 120 and simple[a] != "#" and simple.find("*", a, b) < 0 and simple.find("__", a, b) < 0:
            continue
        if hint(simple, a, b):
            out.append(k - lo)
    return out


def _is_headline(ln: _Line) -> bool:
    return 4 <= len(ln.text) <= 60 and not re.search(r"[。！？；，,:：]$", ln.text) and "。" not in ln.text


def _head_text(span: list[_Line]) -> str:
    """The first HEAD_CHARS characters of a plan (simplified), without joining a long plan whole."""
    head: list[str] = []
    n = 0
    for ln in span:
        head.append(ln.simple)
        n += len(ln.simple) + 1
        if n >= HEAD_CHARS:
            break
    return "\n".join(head)[:HEAD_CHARS]


def _title_place(title: str, span: list[_Line]) -> regions.Division | None:
    """Of the places a title names side by side, none inside another ("…黄石产业投资推介会在武汉举行": 黄石市,
    武汉市), the one the plan's head names most: a headline's last place may be only where something was held."""
    ms = regions.find_regions(title)
    divs = {m.division.code: m.division for m in ms if m.division.code}
    leaves = [d for d in divs.values() if not any(o.code != d.code and d.code in o.parent_codes for o in divs.values())]
    if len(leaves) < 2:
        return None
    counts = {d.code: 0 for d in leaves}
    for m in regions.find_regions(_head_text(span)):
        if m.division.code in counts:
            counts[m.division.code] += 1
    best = max(counts.values())
    top = [d for d in leaves if counts[d.code] == best]
    return top[0] if len(top) == 1 and best >= 1.5 * sorted(counts.values())[-2] else None


def _title_locality(title: str, head: str) -> regions.Division | None:
    """The county or district a title names by its short name ("…以旧换新盐都行动方案", "福州马尾“十二五”规划")
    where the plan's head writes its full name (盐都区, 马尾区): short names of districts are no region on
    their own (too many are ordinary words), but the head's full name says which one the title means."""
    found = [m.division for m in regions.find_regions(head)
             if m.division.level in ("county", "district") and m.written == m.division.name and len(m.division.name) >= 3]
    named = [d for d in dict.fromkeys(found) if d.name[:-1] in title and d.name not in title]
    return named[0] if len(named) == 1 else None


def _opening_place(simple: str) -> regions.Division | None:
    ms = regions.find_regions(simple[:12])
    ms = [m for m in ms if m.start == 0 and m.written == m.division.name]
    return ms[0].division if ms else None


def _listed(d: regions.Division, preamble: str) -> bool:
    short = d.name[:-1] if len(d.name) > 2 else d.name
    return bool(preamble) and (d.name in preamble or short in preamble)


def _names(simple_names: str, original: str) -> str:
    """'刘 颖' → '刘颖'; '柴胜松 吴衡' → '柴胜松、吴衡', in the source's script."""
    tail = original[len(original) - len(simple_names.strip()) :] if len(original) >= len(simple_names) else simple_names
    tokens = [t for t in re.split(r"[\s　、?？]+", tail.strip()) if t]
    names: list[str] = []
    for t in tokens:
        if names and len(t) == 1 and len(names[-1]) == 1:
            names[-1] += t
        elif names and len(t) == 1 and len(names[-1]) < 2:
            names[-1] += t
        else:
            names.append(t)
    # single characters separated by spaces are one name: 刘 颖
    if all(len(t) == 1 for t in tokens):
        return "".join(tokens)
    return "、".join(names)


def _attachments(lines: list[_Line]) -> list[tuple[int, int, dict]]:
    """A notice issuing several documents: each starts at a line that is one of their titles."""
    names: list[str] = []
    for ln in lines[:30]:
        if _ISSUES.search(ln.simple):
            names += [_norm_title(n) for n in _QUOTED_TITLE.findall(ln.simple)]
    names = list(dict.fromkeys(n for n in names if n))
    if len(names) < 2:
        return []
    starts: list[tuple[int, str]] = []
    seen: set[str] = set()
    for i in _may_name(lines, names):
        ln = lines[i]
        n = _norm_title(ln.simple)
        if n in names and n not in seen and i > 0 and not _NOTICE_WORDS.search(ln.simple):
            starts.append((i, ln.text))
            seen.add(n)
    if len(starts) < 2:
        return []
    spans = []
    for k, (i, title) in enumerate(starts):
        stop = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        spans.append((i, stop, {"kind": "attachment", "title": title}))
    return spans


def _may_name(lines: Sequence[_Line], names: list[str]) -> Iterable[int]:
    """The indices of the lines that may be one of ``names`` (titles as :func:`_norm_title` gives
    them), without making every line: a line holds the first and the last character of the name it
    is, leaving out the characters that _norm_title writes for others (brackets, dashes)."""
    if not isinstance(lines, _Lines) or lines.simplified is None:
        return range(len(lines))
    kept = [n.translate(_WRITTEN_FOR_OTHERS) for n in names]
    if not all(kept):
        return range(len(lines))
    # both characters on one line, either first (a name is no space, so they lie inside the stripped line)
    ends_of = dict.fromkeys((re.escape(n[0]), re.escape(n[-1])) for n in kept)
    either = [x if x == y else f"{x}[^\n]*{y}|{y}[^\n]*{x}" for x, y in ends_of]
    return lines.holding(re.compile("|".join(either)))


_WRITTEN_FOR_OTHERS = str.maketrans("", "", "（）-")
_SPACE = patterns.compile(r"\s")
_ISSUER_LABEL = patterns.compile(r"(?:发布机构|发文机关|发文单位|责任部门)\s*[:：]?")
_DATE_LABEL = patterns.compile(r"(?:发文日期|成文日期|发布日期)\s*[:：]?")
_ISSUES = patterns.compile(r"印发|印發|现印发|現印發")
_QUOTED_TITLE = patterns.compile(r"《([^》]{4,100})》")
_NOTICE_WORDS = patterns.compile(r"印发|通知")
_INNER_SPACE = patterns.compile(rf"[\s　](?<=[{_CJK}\d][\s　])[\s　]*(?=[{_CJK}\d])")  # (a space first: the engine skips to one)


def _norm_title(s: str) -> str:
    s = _TITLE_NOISE.sub("", s)
    return s.replace("(", "（").replace(")", "）").replace("—", "-").replace("–", "-").replace("－", "-")


_TITLE_NOISE = patterns.compile(r"[\s　《》〈〉]")


# -- one plan and its metadata -----------------------------------------------------------------
def _plan(document: Document, lines: list[_Line], a: int, b: int, meta: dict) -> Plan:
    if a >= b:
        start, end = document.raw_span(0, len(document.text))
        return Plan(plan_id(document, start, end), document, start, end)
    cs, ce = lines[a].start, lines[b - 1].end
    start, end = document.raw_span(cs, ce)
    span = lines[a:b]
    head = list(span[:40])  # (made once, as a list: a dozen readers look at the head)
    notice_issuer, notice_title = _notice(head)
    delivered = _delivery(head[:HEAD_LINES])  # "政府工作报告 / ——2015年3月5日在…会议上 国务院总理 李克强"
    if delivered and "title" not in delivered and DELIVERED.match(head[0].simple) and a > 0 and _REPORT_TITLE.fullmatch(lines[a - 1].simple.strip()):
        delivered["title"] = lines[a - 1].text.strip()  # the report's name on the line above where its plan was cut (a page holding it twice)
    post = a == 0 and fm_post(document)  # a news post: a plan its lead says was issued ("印发了《…》") is what it reports, not its title
    title = meta.get("title") if meta.get("kind") in ("speech", "roundup") else (
        meta.get("title") or (delivered or {}).get("title") or notice_title or _title(head, issued=not post))
    if title and DELIVERED.match(to_simplified(title)):  # "——2025年1月13日在…会议上" says when and where a report was
        title = (delivered or {}).get("title")  # delivered, not what it is: the report's name above it, if any
    if not title and 0 < a <= HEAD_LINES:  # a crawler's fields above where its plan was cut
        title = _field_title(lines[:a])  # ("标题：2024年河北省政府工作报告" … "正文：" then "——2024年1月21日在…会议上")
    if title:  # a document number after the title ("…的意见(发改能源规〔2025〕624号)") is not part of it
        title = _TITLE_NUMBER.sub("", title).strip() or title
    office, speaker = _speaker(head)
    signed = _signature(span) or _run_in_signature(head)
    organs = "、".join(signed[0]) if signed else None
    author = meta.get("author") if meta.get("kind") == "speech" else (_author(span) or speaker or _passed_by(head) or organs)
    if not author and meta.get("kind") == "roundup" and a > 0:  # a roundup's byline wrote every place's entry (LABELING.md)
        author = _author([lines[i] for i in range(min(a, 12))])
    named = (office, _venue(head), author, title)  # what the text itself names: where the plan's region is read
    reported = _reported(head[:6], document) if a == 0 and meta.get("kind") in (None, "roundup") and fm_post(document) else None
    if reported:  # a news post's lead names who delivered the report it gives an account of: that report's date and organ
        # (the post's author is its byline's, not the speaker's; its title stays its headline: LABELING.md)
        meta = {**meta, **{k: v for k, v in reported.items() if k in ("date", "issuer")}}
        named = (reported.get("office"), *named[1:])
    if a == 0 and meta.get("kind") != "speech":  # a markdown post's front matter names its title and author
        fm = _front_matter(document)
        title = title or fm.get("title")  # its headline, unless the page carries a plan under the plan's own title (LABELING.md)
        # a post's 作者/来源, else a writer its front matter names (not the outlet or feed it was filed under: LABELING.md)
        author = author or _page_field(document) or _writer(fm.get("author"))
    declared = _header_issuer(head)  # a site's 发布机构 field: an organ's name beats a signature, a bare place does not
    if declared and organs and not _organs(declared):
        declared = None
    if declared and signed and not signed[2] and len(signed[0]) > 1 and to_simplified(declared) in {to_simplified(x) for x in signed[0]}:
        declared = None  # the site names one of the organs that sign a joint notice: the notice names them all
    # the organs the document's own title names ("工业和信息化部等七部门关于…") before a site's field
    if declared and notice_issuer and _organs(notice_issuer):
        declared = None  # the organ a notice line names issues it, not the site's bureau that posted the page
    issuer = (meta.get("issuer") or _organs_about(head[:8]) or _title_organs(title) or declared or organs or notice_issuer
              or _delegate(head) or _closing_organ(span))
    reporting = issuer is None and _issued_by(head[:24])  # (a post's lead: the organ issued the plan, it wrote no text)
    issuer = issuer or reporting or None
    signed_on = signed[1] if signed else _signed_in_text(span[-12:], issuer)
    date = meta.get("date") or _date(head, document if a == 0 else None, tail=span[-12:], signed=signed_on) or meta.get("record_date")
    spoke = _SPEECH_TITLE.match(to_simplified(title)) if title else None  # "国家发展改革委投资司韩志峰处长的讲话"
    if spoke and not issuer:
        issuer = title[: spoke.end("organ")]
    speaker = ("name" if spoke.group("name") else "named") if spoke else None  # the rank before or after the name
    author = (author or meta.get("record_author") or (delivered or {}).get("author") or _titled_speaker(title)
              or (title[spoke.start(speaker) : spoke.end(speaker)] if spoke else None))
    date = date or (delivered or {}).get("date")
    if not author and issuer and not reporting and _authored_by_organs(document, meta):
        author = issuer  # a document its organs issue names no person: they are its authors (LABELING.md)
    if issuer and author and len(author) > len(issuer) and to_simplified(author).endswith(to_simplified(issuer)):
        issuer = author  # "海市人民政府办公厅关于印发…": a line that lost its first characters; the signature names the organ whole
    division = meta.get("division")
    if division is None:
        for source in (named[0], None if reporting else issuer, *named[1:]):  # (a post is not about where the organ its lead names is)
            found = regions.region_of_office(to_simplified(source)) if source else None
            if found and source is title:
                found = _title_place(to_simplified(title), span) or found
            if found and (division is None or division.code in found.parent_codes):
                division = found  # the first named, or a place inside it named later (上海市 › 杨浦区)
    body: str | None = None
    # a title naming a district or county by its short name, the head in full (盐都 / 盐都区): not when a district is found already
    if title and not meta.get("division") and (division is None or division.level in ("province", "city", "new area")):
        body = _head_text(span)
        local = _title_locality(to_simplified(title), body)
        if local and (division is None or division.code in local.parent_codes):
            division = local
    if division is None and issuer and not reporting and (NATIONAL.match(to_simplified(issuer)) or _ministries(issuer)):  # issued by national organs
        return Plan(plan_id(document, start, end), document, start, end, title=title, region="中国", level="national", author=author, date=date, issuer=issuer)
    zone = _ZONE_ORGAN.match(to_simplified(issuer)) if division is None and issuer and not reporting else None
    if division is None and not zone:
        body = body if body is not None else _head_text(span)
        division = regions.best_region(body, head=to_simplified(title or head[0].simple))
    if zone:  # "平潭综合实验区管委会": a zone no division table lists, governed by the organ that issues the plan
        return Plan(plan_id(document, start, end), document, start, end, title=title, region=issuer[: zone.end("zone")], level="zone",
                    author=author, date=date, issuer=issuer)
    if division is None and (any(NATIONAL.match(x) for x in [to_simplified("" if reporting else issuer or "")] + [ln.simple for ln in head[:HEAD_LINES]])
                             or (office and re.match(r"(?:国务院|中共中央|国家主席)", to_simplified(office)))
                             or len(_OUR_COUNTRY.findall(body)) >= 2):  # no place of its own, and "我国" its subject: the nation's
        return Plan(plan_id(document, start, end), document, start, end, title=title, region="中国", level="national", author=author, date=date, issuer=issuer)
    if issuer and division and _OWN_GOVERNMENT.match(to_simplified(issuer)):
        issuer = division.name + "人民政府"  # 区人民政府, 省政府 → 海拉尔区人民政府, 吉林省人民政府: the organ's name
    return Plan(
        plan_id(document, start, end),
        document,
        start,
        end,
        title=title,
        region=division.name if division else None,
        level=division.level if division else None,
        author=author,
        date=date,
        issuer=issuer,
    )


_PAGE_VALUE = patterns.compile(r"[^\s:：|｜]{2,20}")


def _page_field(document: Document) -> str | None:
    """The writer a page's field line names ("作者：…"), else its source ("来源：宁夏日报"): lines the
    cleaning took out of the text as page furniture, near its top."""
    found: dict[str, str] = {}
    for _, _, rule, text in document.removed[:40]:
        for line in text.split("\n") if rule == "junk" else ():  # (a removed run of field lines: "信息来源：南方+\n浏览量：")
            for name, value in page_fields(line, to_simplified(line)) if len(to_simplified(line)) == len(line) else ():
                if (name == "作者" or name in _SOURCE_FIELDS) and _PAGE_VALUE.fullmatch(value):  # ("来源：南京日报时间：2026-03-16 09:10")
                    found.setdefault("author" if name == "作者" else "source", value)
    return found.get("author") or found.get("source")


# A report's delivery line under its title: "——2015年3月5日在第十二届全国人民代表大会第三次会议上",
# often followed (on its line or the next) by the speaker's office and name, in a page copied flat
# run into the title before and the address after ("…电政府工作报告——2014年3月5日在…上国务院总理李克强各位代表：").
# (Its dash is written [—―－-][—―－-]?, not [—―－-]{1,2}: a pattern opening with a character class is
# searched by skipping to its characters, one opening with a repeat is tried at every position.)
_DELIVERY = patterns.compile(rf"[—―－-][—―－-]?\s*(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*日\s*在[^—\n]{{4,60}}?(?:会议|大会|会)上(?:的(?:讲话|报告))?")
_DELIVERY_SPEAKER = patterns.compile(rf"\s*(?:国务院总理|总理|省长|市长|区长|县长|旗长|州长|自治区主席|主席|代市长|代省长|代区长|代县长)[\s　]*(?P<name>[{_CJK}]{{2,8}}(?:[·・•][{_CJK}]{{1,10}})+|[{_CJK}](?:[\s　]?[{_CJK}]){{1,2}}?)(?=[\s　]*(?:各位代表|代表们|同志们|$|\n|[（(0-9]))")
_REPORT_TITLE = patterns.compile(r"(?:[^\s，。：；、—]{0,12}?)(?:政府工作报告|工作报告|施政报告)$")


# A date written in Chinese numerals ("二〇二六年一月二十七日"), read as Arabic digits before the date patterns apply.
_CN_DATE = patterns.compile(r"(?P<y>[〇零○0０一二三四五六七八九]{4})\s*年\s*(?P<m>[一二三四五六七八九十]{1,2})\s*月(?:\s*(?P<d>[一二三四五六七八九十]{1,3})\s*日)?")
# a delivery line broken before its end ("——2026年1月26日在广东省第十四届" / "人民代表大会第五次会议上")
_DELIVERY_OPEN = patterns.compile(r"^[（(]?[—―－\-\s]*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在(?!.*上)")


def _arabic_dates(text: str) -> str:
    """``text`` with its dates in Chinese numerals written in digits (other text unchanged)."""
    if "年" not in text or not _CN_DATE.search(text):
        return text
    from .numbers import _chinese_int

    def digits(m: re.Match[str]) -> str:
        y, mo, d = (_chinese_int(m.group(k).replace("0", "〇").replace("０", "〇")) if m.group(k) else None for k in ("y", "m", "d"))
        if y is None or mo is None:
            return m.group()
        return f"{y}年{mo}月" + (f"{d}日" if d is not None else "")

    return _CN_DATE.sub(digits, text)


def _delivery_lines(lines: Sequence[str]) -> list[str]:
    """Lines as a delivery line is read in: dates in digits, and a delivery line broken before
    its session ends joined to the next line."""
    out = [_arabic_dates(t) for t in lines]
    return [t + out[i + 1] if i + 1 < len(out) and _DELIVERY_OPEN.match(t) else t for i, t in enumerate(out)]


def _delivery(head: list[_Line]) -> dict[str, str] | None:
    """The title, date and speaker a report's delivery line gives, or None."""
    simple = _delivery_lines([ln.simple for ln in head])
    for i, ln in enumerate(head):
        m = _DELIVERY.search(simple[i])
        if m is None:
            continue
        out = {"date": f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"}
        before = simple[i][: m.start()].strip()
        if before:  # run in: the report's name just before the dash
            t = re.search(r"(?:政府工作报告|施政报告)$", before)
            if t:
                out["title"] = t.group()
        elif i > 0 and _REPORT_TITLE.fullmatch(head[i - 1].simple.strip()):
            out["title"] = head[i - 1].text.strip()
        rest = simple[i][m.end():] + ("\n" + head[i + 1].simple if i + 1 < len(head) else "")
        sp = _DELIVERY_SPEAKER.match(rest)
        if sp:
            out["author"] = re.sub(r"[\s　]+", "", sp.group("name"))
        return out
    return None


# A news post's lead: "4月11日，深圳市七届人大二次会议开幕，深圳市市长覃伟中代表市政府向大会作政府工作报告", "由湖南省委常委、
# 长沙市委书记吴桂英向大会作题为《…》的报告": the office, name, organ, title and day of the report the post is about
_REPORTED = patterns.compile(rf"(?P<office>[{_CJK}、]{{2,30}}?{_OFFICE_END})(?P<name>{_NAME})(?:代表(?P<organ>[{_CJK}]{{2,12}}?))?向(?:大会|全会|会议)作"
                       rf"(?:题为《(?P<title>[^》]{{4,80}})》的)?(?P<kind>政府工作报告|工作报告|报告)")
_LEAD_DAY = patterns.compile(r"(?:(?P<y>(?:19|20)\d\d)年)?(?<!\d)(?P<m>\d{1,2})月(?P<d>\d{1,2})日")


def fm_post(document: Document) -> bool:
    """Whether a document is a post with front matter (a news page saved as markdown)."""
    return any(rule == "front matter" for _, _, rule, _ in document.removed[:5])


def _reported(head: list[_Line], document: Document) -> dict[str, str] | None:
    """The report a news post's lead says was delivered ("…市长覃伟中代表市政府向大会作政府工作报告"): its speaker,
    office, title (as the lead names it), the day (the lead's month and day, in the post's year) and the organ."""
    for ln in head:
        m = _REPORTED.search(ln.simple)
        if m is None:
            continue
        out = {"author": re.sub(r"[\s　]+", "", m.group("name")), "office": m.group("office")}
        out["title"] = m.group("title") or (m.group("kind") if m.group("kind") != "报告" else None)
        posted = next((to_simplified(r[3])[3:] for r in document.removed[:5] if r[2] == "front matter" and r[3].startswith("日期：")), "")
        day = _LEAD_DAY.search(ln.simple[: m.start()].split("。")[-1] or ln.simple)
        year = (day.group("y") if day and day.group("y") else posted[:4]) if day else None
        if day and year and year.isdigit():
            out["date"] = f"{int(year):04d}-{int(day.group('m')):02d}-{int(day.group('d')):02d}"
        if m.group("organ"):
            d = regions.region_of_office(to_simplified(m.group("office")))
            organ = m.group("organ")
            out["issuer"] = (d.name + organ[1:]) if d and organ[0] in "省市区县" and organ[1:] in ("政府", "人民政府") else organ
        return {k: v for k, v in out.items() if v}
    return None


def _post_lead(plan: Plan) -> tuple[list[_Line], dict[str, str]] | None:
    """A news post's first lines and the report its lead says was delivered (:func:`_reported`, {} when
    none), read once per plan; None for a plan that is not a post's first."""
    got = plan.__dict__.get("_post_lead", "")
    if got == "":
        got = None
        if plan.clean_start == 0 and fm_post(plan.document):
            lines = _lines(plan.document)
            head = [lines[i] for i in range(min(6, len(lines)))]
            got = (head, _reported(head, plan.document) or {})
        plan.__dict__["_post_lead"] = got
    return got


def told_speaker(plan: Plan) -> str | None:
    """Who delivered the report a news post gives an account of, as its lead names them ("市长覃伟中代表市政府
    向大会作政府工作报告"): not the post's author (its byline's writer: LABELING.md), but who a question about
    the report asks for. None for any other plan."""
    lead = _post_lead(plan)
    return lead[1].get("author") if lead else None


def told_title(plan: Plan) -> str:
    """The title the structure reads a plan's kind and year from: for a news post whose lead names
    the plan it gives an account of (a report delivered, "印发了《…》" in its first lines), that
    plan's title; else the plan's own (a post's own title is its headline: LABELING.md). Read from
    the document, so that a plan loaded from an index reads the same."""
    got = plan.__dict__.get("_told_title")
    if got is None:
        lead = _post_lead(plan)
        got = (lead[1].get("title") or _issued_title(lead[0]) if lead else None) or plan.title or ""
        plan.__dict__["_told_title"] = got
    return got


# the name of an outlet, a site or a feed ("新浪财经", "财联社", "南方日报", "人民网"): what carries a post, not who wrote it
_OUTLET = patterns.compile(r"(?:财经|財經|新闻|新聞|日报|日報|晚报|晚報|时报|時報|早报|早報|商报|商報|周刊|週刊|杂志|雜誌|网|網|社|台|频道|頻道|传媒|傳媒|媒体|媒體|资讯|資訊|在线|在線|客户端|客戶端|发布|發布)$", re.I)


def _writer(name: str | None) -> str | None:
    """A front matter's author when it is a person's name (two to four characters, or a transcribed name
    with a middle dot), not an outlet's or a feed's."""
    if not name:
        return None
    name = name.strip()
    return name if re.fullmatch(_NAME, name) and not _OUTLET.search(to_simplified(name)) else None


def filed_under(plan: Plan) -> str | None:
    """The author field of the front matter of the post a plan is in (the outlet or feed, or the writer,
    it was filed under), or None."""
    return _front_matter(plan.document).get("author")


def _front_matter(document: Document) -> dict[str, str]:
    """The fields of a markdown post's front matter (:func:`policyqa.reading.document.front_matter`)."""
    out: dict[str, str] = {}
    for _, _, rule, text in document.removed[:40]:
        if rule == "front matter" and ": " in text:
            k, v = text.split(": ", 1)
            if v.strip() and k in ("title", "author"):
                out.setdefault(k, v.strip())
    return out


def _notice(head: list[_Line]) -> tuple[str | None, str | None]:
    """The issuer and title a notice line gives ("X关于印发《Y》的通知"; a title broken over two
    lines is read whole; "关于印发《Y》的通知" gives the title alone)."""
    for i, ln in enumerate(head[:30]):
        line = ln.simple
        if "《" in line and "》" not in line and i + 1 < len(head):
            line += head[i + 1].simple
            ln = _Line(ln.start, head[i + 1].end, line, line)
        m = NOTICE.match(line) or NOTICE_BARE.match(line) or NOTICE_HEADLINE.match(line)
        if not m:
            continue
        rest = m.group("rest").strip()
        docs = re.findall(r"《([^》]{4,100})》", rest)
        if len(docs) == 1:
            title = _source_form(ln, docs[0])
        elif not docs and re.search(GENRE + r"(?:[（(][^）)]{0,30}[）)])?$", rest) and "和" not in rest:
            title = _source_form(ln, rest)
        else:
            title = None
        issuer = m.groupdict().get("issuer")
        if issuer is None and title is None:
            continue
        if issuer is not None and i >= 6:
            issuer = None  # past the head lines an issuer may be a link to another notice
        return (_source_form(ln, issuer.strip()) if issuer else None), title
    return None, None


def _source_form(ln: _Line, simple_part: str) -> str:
    """The part of a line, in the line's own script (simplified forms are found by position)."""
    i = ln.simple.find(simple_part)
    if i >= 0 and len(ln.simple) == len(ln.text):
        return ln.text[i : i + len(simple_part)]
    return simple_part


_TITLE_NUMBER = patterns.compile(r"\s*[（(][^（）()]{0,12}[〔\[［【]\s*(?:19|20)\d\d\s*[〕\]］】]\s*\d{1,4}\s*号[）)]\s*$")
_NUMBERED_HEAD = patterns.compile(r"^(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,3}\s*[、.．](?!\d))")


def _issued_title(span: Sequence[_Line]) -> str | None:
    """The title of a plan the first lines say was issued ("印发《…》", "出台了《…》")."""
    return next((_source_form(ln, m.group("title")) for ln in span[:3] for m in [ISSUED.search(ln.simple)] if m), None)


def _title(span: list[_Line], *, issued: bool = True) -> str | None:
    got = _issued_title(span) if issued else None
    if got:
        return got
    for i, ln in enumerate(span[:HEAD_LINES]):
        if "，" in ln.text or "," in ln.text:  # no title (squeezing keeps a comma): a paragraph is not squeezed nor converted
            continue
        squeezed = _unmarked(_INNER_SPACE.sub("", ln.text)).strip().rstrip(" |｜-—_")  # "# 标题" is a heading's mark
        field = _TITLE_FIELD.match(squeezed)
        squeezed = _TITLE_FIELD.sub("", squeezed)  # a crawler's field line "标题: 关于…的实施意见": the title is its value
        if field:  # "标题：政府工作报告——二0一九年一月十四日在…会议上": the report's name, before the line that says when it was delivered
            dash = _FIELD_DASH.search(squeezed)
            named, delivered = (squeezed[: dash.start()], squeezed[dash.start() :]) if dash else (squeezed, "")
            if delivered and DELIVERED.match(_arabic_dates(to_simplified(delivered))) and TITLE_LINE.match(to_simplified(named)):
                return named
        if _NUMBERED_HEAD.match(squeezed):  # "(一)文化臺北計畫", "3、…方案": a heading inside the text
            continue
        if TITLE_LINE.match(to_simplified(squeezed)) and "，" not in squeezed and "," not in squeezed:
            return _with_organ(_broken_title(span[i - 1].text if i else "") + squeezed, span)
        bare = _TITLE_SITE.sub("", squeezed)  # "…实施方案- 宁夏", "…的通知_某某网": the site's name after a page's title
        # (not an underscore that closes a pair a scraper wrote for quotation marks: "…新一轮_倍增计划_名单")
        if bare != squeezed and TITLE_LINE.match(to_simplified(bare)) and not _closes_quote(squeezed, bare):
            return _with_organ(bare, span)
        if _H1.match(ln.text) and 6 <= len(squeezed) <= 120 and not re.search(r"[。！？]$", squeezed) and _one_h1(span):
            return _SPACED_SITE.sub("", squeezed)  # a markdown page's one top heading is its headline, whatever it ends with
    return _page_title(span)


_SPACED_SITE = patterns.compile(r"(?:[\s　]+[-_|｜—–][\s　]*|[-_|｜—–][\s　]+)[^\s　\-_|｜—–，,。]{1,20}$")  # "…- 宁夏", not "开放都市-台北…"
_H1 = patterns.compile(r"^\s*#(?!#)\s")  # "# 南京发布十项行动…": a markdown page's top heading


def _one_h1(span: list[_Line]) -> bool:
    """Whether ``span`` has one top heading (a page of several "# " sections names none of them its title)."""
    return sum(1 for ln in span if ln.text.lstrip().startswith("# ")) == 1


# the first line of a title a page broke in two ("国务院关于加快推进农业机械化和" / "农机装备产业转型升级的指导意见")
_TITLE_OPENING = patterns.compile(r"^[^，,。；;：:\s]{2,60}(?:[和与及的、]|关于)$|^[^，,。；;：:\s]{0,30}关于[^，,。；;：:\s]{2,40}$")


def _broken_title(prev: str) -> str:
    """The line before a title's line when it is the title's first part (it opens a title or ends mid-phrase), else ""."""
    t = _unmarked(_INNER_SPACE.sub("", prev)).strip()
    return t if _TITLE_OPENING.match(to_simplified(t)) and not TITLE_LINE.match(to_simplified(t)) else ""


_TITLE_SITE = patterns.compile(r"[\s　]*[-_|｜—–][\s　]*[^\s　\-_|｜—–，,。]{1,20}$")


def _closes_quote(title: str, bare: str) -> bool:
    """Whether the underscore :data:`_TITLE_SITE` would cut a title at closes a quotation a scraper
    wrote with underscores (“倍增计划” → _倍增计划_): the text before it holds one underscore."""
    return title[len(bare):].lstrip(" 　").startswith("_") and bare.count("_") % 2 == 1


_TITLE_FIELD = patterns.compile(r"^(?:标题|標題|题目|題目|文件名称|文件名稱)\s*[:：]\s*")


def _field_title(lines: Sequence[_Line]) -> str | None:
    """The value of a crawler's title field among ``lines`` ("标题：2024年河北省政府工作报告"), when it reads as a title."""
    for ln in lines:
        squeezed = _unmarked(_INNER_SPACE.sub("", ln.text)).strip()
        if _TITLE_FIELD.match(squeezed):
            value = _TITLE_FIELD.sub("", squeezed)
            return value if TITLE_LINE.match(to_simplified(value)) else None
    return None
_FIELD_DASH = patterns.compile(r"——|――|－－|--")  # between a title field's name and the line that says when it was delivered
# what stands before a title's 关于 where the text writes it whole: the organ that issues it, after a
# document number or other text the page ran into it ("…〔2015〕141号平潭综合实验区管委会关于…")
_BEFORE_ORGAN = patterns.compile(rf"[{_CJK}（）()]{{2,30}}$")


def _with_organ(title: str, span: list[_Line]) -> str:
    """A title that opens with 关于 (a site's title field, without its issuer) as the text writes
    it whole, with the organ before it ("平潭综合实验区管委会关于进一步扩大有效投资的实施意见")."""
    if not title.startswith("关于"):
        return title
    for ln in span[:HEAD_LINES]:
        k = ln.text.find(title)
        while k > 0:
            before = re.split(r"[〕\]】号號：:，,。\s]", ln.text[:k])[-1]
            m = _BEFORE_ORGAN.search(before)
            if m and _organs(m.group()):
                return m.group() + title
            k = ln.text.find(title, k + 1)
    return title


_SITE_SUFFIX = patterns.compile(r"^\s*[-_|｜—–]")


def _page_title(span: list[_Line]) -> str | None:
    """A web page's title: its first line (the page's ``<title>``), when the page repeats it as the
    headline of its article below its menus, whole or without the site's name after it
    ("…工作细则公布", "…的讲话- 某某网"): a headline that names no document's kind is a title too."""
    if not span:
        return None
    first = span[0].text.strip()
    if not 6 <= len(first) <= 120 or first.endswith("。"):
        return _headline(span)
    for ln in span[1:60]:
        t = ln.text.strip()
        if len(t) >= 6 and (t == first or first.startswith(t) and _SITE_SUFFIX.match(first[len(t):])):
            return t
    return _headline(span)


# the field line a news page prints under its article's headline ("发布时间：2011-04-19", "发布人：…", "来源：…")
_POSTED_FIELD = patterns.compile(r"^\s*(?:发布时间|发表时间|发稿时间|发布日期|更新时间|发布人|信息来源|文章来源|稿件来源|来源|作者|编辑|时间|日期)\s*[:：]")


def _headline(span: list[_Line]) -> str | None:
    """The headline of a page that gives no ``<title>``: the line right above its first posting field
    (发布时间, 发布人, 来源 …) in its head, when it reads as a headline (6–80 characters, no sentence)."""
    for prev, ln in zip(span[:HEAD_LINES], span[1 : HEAD_LINES + 1]):
        if _POSTED_FIELD.match(ln.simple) or page_fields(ln.simple):  # ("2017年05月14日 08:19 来源：…")
            t = prev.text.strip()
            if 6 <= len(t) <= 80 and not re.search(r"[。；]$", t) and not _POSTED_FIELD.match(prev.simple):  # (a headline may cry out: "…在武汉举行！")
                return t
            return None
    return None


# "行政長官2025年施政報告", "市長施政報告": a title that names the office delivering the report
_TITLE_SPEAKER = patterns.compile(r"^(行政长官|特首|总理|省长|市长|县长|区长|旗长|州长)(?:(?:19|20)\d\d\s*年(?:度)?)?(?:施政报告|政府工作报告|施政方针)")


# A speech titled by its speaker: an organ, then a name and its rank either way round ("…投资司韩志峰处长的讲话",
# "…厅厅长张三在全省…会议上的讲话")
_RANK = r"副?(?:处长|司长|局长|部长|主任|厅长|省长|市长|区长|县长|书记|秘书长|总理|委员|巡视员|署长|行长)"
_SPEECH_TITLE = patterns.compile(rf"^(?P<organ>[{_CJK}]{{2,30}}?(?:部|委|局|司|厅|办|院|署|行|政府|委员会|办公室|中心))"
                                 rf"(?:{_RANK}(?P<name>[{_CJK}]{{2,3}})|(?P<named>[{_CJK}]{{2,3}}){_RANK})"
                                 rf"(?:同志)?(?:在[^的]{{2,40}}上)?的(?:讲话|致辞)$")


def _titled_speaker(title: str | None) -> str | None:
    m = _TITLE_SPEAKER.match(to_simplified(title)) if title else None
    return title[: m.end(1)] if m else None


# A byline run into the body of a news post ("南方财经全媒体见习记者程浩 东莞报道 5月24日，…").
_RUN_IN_BYLINE = patterns.compile(rf"^[^，。,\s]{{0,16}}?(?:见习|特约|实习|首席)?(?:记者|研究员|评论员|通讯员)[\s　|｜:：]*(?P<names>[{_CJK}]{{2,4}}(?:[、，][{_CJK}]{{2,4}})*)[\s　]+"
                                  rf"(?:(?:[{_CJK}]{{0,8}})?报道|(?=[0-9]{{1,2}}月[0-9]{{1,2}}日|(?:19|20)[0-9]{{2}}年))")  # ("…研究院研究员 李鹏 9月22日上午，…")
# A paper's name on its own line, and the writer's name on the next ("经济日报" / "王 晋").
_PAPER_LINE = patterns.compile(rf"^[{_CJK}]{{2,10}}(?:日报|晚报|时报|商报|早报|新闻|周刊|(?<![播通公简汇情举预申填上快电喜捷])报)$")  # (语音播报, 情况通报: no paper)
_NAME_LINE = patterns.compile(rf"^[{_CJK}](?:[\s　]?[{_CJK}]){{1,3}}$")


_POSTER_LINE = patterns.compile(rf"^发布人\s*[:：]\s*(?P<names>[{_CJK}].*)$")


def _poster_names(value: str) -> str | None:
    """The persons a 发布人 field names, as written, without a site's name run on after the last
    (钟巧花 阮彬彬中国招标信息网 → 钟巧花 阮彬彬: the rest is a place's or the country's outlet), or None."""
    out: list[str] = []
    for tok in value.split():
        if re.fullmatch(rf"[{_CJK}]{{2,4}}", tok) and not _OUTLET.search(tok):
            out.append(tok)
            continue
        for n in (3, 2):  # a name with a site run on: the site names a place (中国…网, 湖南日报)
            rest = tok[n:]
            if re.fullmatch(rf"[{_CJK}]+", tok) and _OUTLET.search(rest) and (rest.startswith(("中国", "中华", "全国")) or any(m.start == 0 for m in regions.find_regions(rest))):
                out.append(tok[:n])
                break
        break
    return " ".join(out) or None


def _author(span: list[_Line]) -> str | None:
    for ln in span[:3] + span[-3:]:
        m = BYLINE.match(ln.simple)
        if m:
            return _names(m.group("names"), ln.text)
    for ln in span[-3:]:  # a byline in brackets closing the last paragraph ("…全覆盖管理。（记者 姜璐 马雨馨）")
        m = _CLOSING_BYLINE.search(ln.simple)
        if m:
            names = ln.text[m.start("names") : m.end("names")] if len(ln.simple) == len(ln.text) else m.group("names")
            return _names(names, names)
    for ln in span[:2]:
        if AUTHOR_BODY.match(ln.simple):
            return ln.text
    head = span[:6]
    for ln in head:
        m = _RUN_IN_BYLINE.match(ln.simple)
        if m:
            names = ln.text[m.start("names") : m.end("names")] if len(ln.simple) == len(ln.text) else m.group("names")
            return "、".join(x for x in re.split(r"[、，]", names) if x)
    for ln in head:  # a dateline's byline: "广西新闻网-广西日报北京电（记者 杨秋）", "本报讯（记者 张三 李四）"
        m = _DATELINE_BYLINE.search(ln.simple)
        if m and len(ln.simple) == len(ln.text):
            return "、".join(x for x in re.split(r"[\s　、，]+", ln.text[m.start("names") : m.end("names")]) if x)
    rows = [_fields_of(ln) for ln in span[:_FIELD_ROW_LINES]]  # (read once: for a writer here, a source below)
    for fields in rows + [_fields_of(ln) for ln in span[-3:]]:  # a row of fields naming the writer ("【 编辑：李香莹  作者：杨秋】")
        writer = next((v for k, v in fields if k == "作者" and _PERSONS.fullmatch(v)), None) if len(fields) > 1 else None
        if writer:
            return writer
    for ln in head:  # a page's own field naming who put the post up, when it names persons (发布人：陶海音 吕高安 江钻)
        m = _POSTER_LINE.match(ln.simple.strip())
        if m and (names := _poster_names(ln.simple.strip()[m.start("names"):] if len(ln.simple) == len(ln.text) else "")):
            return names
    for prev, ln in zip(head, head[1:]):
        if _PAPER_LINE.match(prev.simple.strip()) and _NAME_LINE.match(ln.simple.strip()):
            return re.sub(r"[\s　]+", "", ln.text.strip())
    for i, fields in enumerate(rows):
        if len(fields) < (1 if i < len(head) else 2):
            continue  # a lone field line in the head ("来源：宁夏日报"); further down, a row of fields (past the menus)
        source = next((v.split()[0] if len(fields) > 1 else v for k, v in fields if k in _SOURCE_FIELDS and v), None)  # (alone, the whole line: not "来源：台北市议会公报 第100卷")
        if source and _SOURCE_VALUE.fullmatch(source):
            return source
    return None


_DATELINE_BYLINE = patterns.compile(rf"(?:电|讯)[\s　]*[（(][\s　]*(?:见习|特约|实习)?(?:记者|通讯员)[\s　:：]*(?P<names>[{_CJK}]{{2,4}}(?:[\s　、，][{_CJK}]{{2,4}}){{0,4}})[\s　]*[)）]")
_PERSONS = patterns.compile(rf"[{_CJK}]{{2,4}}(?:[\s　、，]+[{_CJK}]{{2,4}}){{0,4}}")  # names, not an organ's (a field's 作者：本网)
_FIELD_ROW_LINES = 30  # how far down a page (past its menus) its row of fields is looked for

# The fields a page prints around its article (a maintained table; the longer names first):
# "来源：南京日报时间：2026-03-16 09:10", "| 发布日期：2026-08-26  来源：市发改委浏览次数：506  字号：大 中 小 |"
_FIELD_NAMES = ("信息来源 文章来源 稿件来源 稿源 来源 作者 责任编辑 责编 编辑 发布时间 发表时间 发稿时间 发布日期 更新时间 "
                "时间 日期 浏览次数 浏览量 阅读次数 阅读量 阅读数 点击数 点击量 点击 访问量 字号 发布人 发布机构 发文机关 "
                "索引号 发文字号 文号 成文日期 主题分类 所属机构 分享到").split()
_FIELD = patterns.compile(r"(?:%s)[ \t　]*[:：]" % "|".join(_FIELD_NAMES))
_SOURCE_FIELDS = ("信息来源", "文章来源", "稿件来源", "稿源", "来源")
_STAMP = patterns.compile(r"[0-9０-９\s　:：/\-年月日]+")  # a row may open with its date ("2022-03-05 15:30 来源：新浪财经")
_SOURCE_VALUE = patterns.compile(rf"[{_CJK}A-Za-z][{_CJK}A-Za-z+]{{1,19}}")


def _fields_of(ln: _Line) -> list[tuple[str, str]]:
    """:func:`page_fields` of a line, its values as written where the simplified line is aligned with it."""
    return page_fields(ln.text if len(ln.simple) == len(ln.text) else ln.simple, ln.simple)


def page_fields(text: str, simple: str | None = None) -> list[tuple[str, str]]:
    """The (name, value) pairs of a line that is a row of a page's fields, each value cut where the
    next field's name begins ("来源：南京日报时间：2026-03-16 09:10" → 来源 南京日报, 时间 2026-03-16 09:10);
    [] for a line that does not open with a field (after a table's bar or a list mark) or is a sentence.
    ``simple`` is the line in simplified script (the names are matched there), of the same length."""
    simple = text if simple is None else simple
    if "：" not in simple and ":" not in simple:
        return []
    found = list(_FIELD.finditer(simple))
    lead = simple[: found[0].start()].strip(" \t　|｜*>-•【[") if found else "x"
    if not found or (lead and not _STAMP.fullmatch(lead)) or "。" in simple:
        return []
    out = []
    for m, nxt in zip(found, found[1:] + [None]):
        name = m.group().rstrip(" \t　:：")
        value = text[m.end() : nxt.start() if nxt else len(text)].strip(" \t　|｜】]")
        out.append((name, value))
    return out


_CLOSING_BYLINE = patterns.compile(rf"[。！？”][\s　]*[（(](?:本报|本台|新华社)?(?:见习|特约|实习)?(?:记者|通讯员)[\s　:：]*"
                                   rf"(?P<names>[{_CJK}]{{2,4}}(?:[\s　、，][{_CJK}]{{2,4}}){{0,4}})[\s　]*[)）][\s　]*$")


_SPEAKER_FIELD = patterns.compile(r"^(?:报告人|讲话人|发言人|作者)\s*[:：]\s*")


def _speaker(span: list[_Line]) -> tuple[str | None, str | None]:
    """The office and name on a report's speaker line ("海拉尔区人民政府区长　　杜联合", "浙江省省长 刘捷")."""
    for ln in span[:HEAD_LINES]:
        if not _SPACE.search(ln.text):  # a space parts office and name (and OpenCC makes none)
            continue
        if "，" in ln.text or "。" in ln.text:  # a sentence, not a speaker line (t2s keeps both marks: no key holds one)
            continue
        m = SPEAKER.match(_SPEAKER_FIELD.sub("", to_simplified(ln.text.strip())))  # (a crawler's field: "报告人：河北省人民政府省长 许勤")
        if m and not BYLINE.match(ln.simple):
            name = re.sub(r"[\s　]+", "", m.group("name"))
            return m.group("office"), _source_form(ln, name) if len(ln.simple) == len(ln.text) else name
    return None, None


def _organs(text: str) -> list[str] | None:
    """The organs a line names one after another ("广州市卫生健康委员会 &nbsp; 广州市财政局"), else None."""
    parts = [x for x in re.split(r"(?:[\s　、]|&nbsp;)+", text) if x]
    return parts if parts and all(ORGAN.match(to_simplified(x)) for x in parts) else None


def _signature(span: list[_Line]) -> tuple[list[str], str, bool] | None:
    """The organs that sign a document and the date under them: lines that name only organs, then
    a date (a day, or a month: "（2023年5月）") on its own line or at the end of the last of them.
    The first such block in the head, else the last one of the plan (a notice signs before the plan
    it issues; a plan signs at its end). The third value says whether the block stands before any
    sentence of the text, under the title, as a statistics communiqué names its compilers: a
    byline, not the signature that closes a notice."""
    found: list[tuple[int, list[str], str, bool]] = []
    printed: list[tuple[int, list[str], str, bool]] = []  # a 版记's printing line: the signature only where there is none
    for i in _date_ended(span):
        ln = span[i]
        if len(ln.text) > 240:
            continue
        row = _TABLE_ROW.match(ln.text)
        text = " ".join(c.strip() for c in row.group(1).split("|") if c.strip()) if row else ln.text
        m = SIGNED_DATE.search(text)
        if not m or len(text) > 200:
            continue
        rest = text[: m.start()].strip()
        organs = _organs(rest) if rest else []
        if organs is None:
            continue
        j = i - 1
        while j >= 0 and i - j <= 8 and (more := _organs(span[j].text)) is not None:
            organs = more + organs
            j -= 1
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d") or 1)
        if organs and 1 <= mo <= 12 and 1 <= d <= 31:
            date = f"{y:04d}-{mo:02d}-{d:02d}" if m.group("d") else f"{y:04d}-{mo:02d}"
            byline = not _holds(span, "。", j + 1)
            (printed if m.group("printed") else found).append((i, organs, date, byline))
    found = found or printed
    if not found:
        return None
    head = [f for f in found if f[0] < 60]
    _, organs, date, byline = head[0] if head else found[-1]
    return organs, date, byline


# a notice's closing words, then the organ that signs it and the day, run into one line ("…，请认真遵照执行。
# 平潭综合实验区管委会办公室2015年9月23日关于…的实施意见…": a page that lost its line breaks)
_RUN_IN_SIGNATURE = patterns.compile(rf"(?:执行|落实|实施|办理|特此通知|遵照|研究|通知)[。.！!]?[\s　]*(?P<organ>[{_CJK}（）()]{{4,40}}?)[\s　]*"
                                     r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")


def _run_in_signature(span: Sequence[_Line]) -> tuple[list[str], str, bool] | None:
    """The organ and day that close a notice inside a long line of its head (:data:`_RUN_IN_SIGNATURE`),
    as :func:`_signature` gives a signature on lines of its own; None when there is none."""
    for ln in span[:HEAD_LINES]:
        if len(ln.text) < 240:  # (a line of its own is _signature's)
            continue
        for m in _RUN_IN_SIGNATURE.finditer(ln.simple[:6000]):
            organ = m.group("organ")
            cut = organ.rfind("。")
            organ = organ[cut + 1 :] if cut >= 0 else organ
            mo, d = int(m.group("m")), int(m.group("d"))
            if ORGAN.match(organ) and 1 <= mo <= 12 and 1 <= d <= 31:
                return [_source_form(ln, organ)], f"{int(m.group('y')):04d}-{mo:02d}-{d:02d}", False
    return None


def _holds(lines: Sequence[_Line], mark: str, n: int) -> bool:
    """Whether one of the first ``n`` lines holds ``mark`` (no space: between two lines there is
    only space), read in the document's text without making the lines."""
    if not isinstance(lines, _Lines):
        return any(mark in lines[k].text for k in range(n))
    return n > 0 and lines.text.find(mark, lines.starts[lines.lo], lines.ends[lines.lo + n - 1]) >= 0


def _date_ended(lines: Sequence[_Line]) -> Iterable[int]:
    """The indices of the lines that end as SIGNED_DATE must (月, 日, a closing bracket, 印发 or a table's
    last cell), without making every line: a plan's signature is looked for on all its lines, and few end so."""
    if not isinstance(lines, _Lines):
        return range(len(lines))
    text, ends, lo = lines.text, lines.ends, lines.lo
    return [k - lo for k in range(lo, lines.hi) if text[ends[k] - 1] in "月日)）发發|"]


# a ministry of the State Council ("工业和信息化部", "财政部", "…部等七部门"): a 部 that names no place
_MINISTRY = patterns.compile(r"^(?![省市区县州旗盟乡镇])[\u4e00-\u9fff]{2,12}部(?:等[一二三四五六七八九十两\d]{1,3}个?(?:部门|部委|单位))?$")


def _ministries(issuer: str) -> bool:
    """Whether an issuer is one or more ministries of the State Council (no region named in it)."""
    parts = [x for x in re.split(r"[、\s　]+", to_simplified(issuer)) if x]
    return bool(parts) and all(_MINISTRY.match(x) and not regions.find_regions(x) and not re.search(r"[省市区县]委", x) for x in parts)


def _authored_by_organs(document: Document, meta: dict) -> bool:
    """Whether a document is one its organs issue (a plan, an opinion, a notice), not one a person
    delivers (a work report, a speech: 各位代表, 同志们), whose author is the speaker or no one."""
    return meta.get("kind") != "speech" and not _DELIVERED.search(document.simplified)


_DELIVERED = patterns.compile(r"各位代表|同志们|工作报告|施政报告|我代表")


def _signed_in_text(tail: list[_Line], issuer: str | None) -> str | None:
    """The date right after the issuing organ's name near a text's end, where a page ran its
    signature into the lines around it ("…项目一览表平潭综合实验区管委会2015年6月29日 来源：…")."""
    if not issuer or "、" in issuer:
        return None
    pattern = re.compile(re.escape(issuer) + r"[\s　]*(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
    for ln in reversed(tail):
        found = list(pattern.finditer(ln.text))
        if found:
            y, mo, d = (int(found[-1].group(k)) for k in ("y", "m", "d"))
            if 1 <= mo <= 12 and 1 <= d <= 31:
                return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def _title_organs(title: str | None) -> str | None:
    """The organs a title names before its 关于 ("平潭综合实验区管委会关于…的实施意见")."""
    m = ORGANS_ABOUT.match(title) if title else None
    organs = _organs(m.group("organs")) if m else None
    return "、".join(organs) if organs else None


# the organ of a development or experimental zone, which no division table lists ("平潭综合实验区管委会", "某某高新区管理委员会")
_ZONE_ORGAN = patterns.compile(rf"^(?P<zone>[{_CJK}]{{2,12}}?(?:{regions.ZONE_KINDS}|新区))"
                               r"(?:管委会|管理委员会|党工委)(?:办公室)?$")


# a crawler's field naming a page's title ("标题: 平潭综合实验区管委会关于印发…的通知"): what follows is the title
_TITLE_FIELD = patterns.compile(r"^(?:标题|標題|文章标题|文件标题|题目)\s*[:：]\s*")


def _organs_about(head: list[_Line]) -> str | None:
    """The organs a head line names before 关于 ("国家发展改革委 国家能源局关于…", "中共中央关于…")."""
    for ln in head:
        organs = _title_organs(_TITLE_FIELD.sub("", _unmarked(ln.text).strip()))  # (a crawler's "标题: …" field: the page's title)
        if organs:
            return organs
    for prev, ln in zip(head, head[1:]):  # the organs on a line of their own above a title "关于…" ("中共柳河县委 柳河县人民政府" / "关于支持…的实施意见")
        if ln.simple.startswith("关于"):
            organs = _organs(_unmarked(prev.text).strip())
            if organs:
                return "、".join(organs)
    return None


def _venue(head: list[_Line]) -> str | None:
    """Where a report was delivered: "——2025年2月11日在嘉兴市第九届人民代表大会第五次会议上" → the
    session (its place is the report's region)."""
    for ln in head[:HEAD_LINES]:
        if DELIVERED.match(ln.simple):
            m = re.search(r"在(.{2,80}?)上", ln.simple)
            if m:
                return m.group(1)
    return None


def _passed_by(head: list[_Line]) -> str | None:
    """The body that adopted a document: "（2020年10月29日中国共产党第十九届中央委员会第五次全体会议通过）"."""
    for ln in head[:HEAD_LINES]:
        m = PASSED_BY.match(ln.text)
        if m:
            return m.group("body").strip()
    return None


def _header_issuer(head: list[_Line]) -> str | None:
    for ln in head:
        m = HEADER_ISSUER.match(ln.simple)
        if m:
            return m.group("issuer").strip()
    for i, ln in enumerate(head[:-1]):
        if _ISSUER_LABEL.fullmatch(ln.simple) and len(head[i + 1].text) <= 40:
            return head[i + 1].text
    return None


# an organ in brackets that closes the text, apart from its last sentence ("…增长10.4％。　　（万载县统计局）"): who
# compiled it, as a statistics communiqué or a notice a site reposts credits it (not "…要求。（發展局）", an item's bureau)
_CLOSING_ORGAN = patterns.compile(r"(?:^|[。！？][\s\u3000]+|[\u3000]{2,})[（(]\s*(?P<organ>[^（）()\s]{3,30})\s*[)）]$")


# an organ a lead says issued a plan ("4月28日，广州市天河区教育局公布2026年…细则", "广州市政府审议通过《…》"): a news
# post's issuer is the organ that issued the plan it reports (LABELING.md)
_ISSUED_BY = patterns.compile(rf"(?:^|[，,。；;：:\s]|日)(?:如|例如|比如)?(?:根据|按照|依据|据|经由|经|由)?(?P<organ>[{_CJK}（）()]{{2,30}}?(?:委员会|管委会|办公厅|办公室|人民政府|政府|委|局|厅|部|署))"
                              # (a frame between: "市房管局结合遂宁市实际，制定的《…意见》")
                              r"(?:网站|官网)?(?:[^，,。；;《》]{2,12}[，,])?(?:近日|日前|正式|专门|联合|今天|今日|昨天|昨日)?(?:印发|发布|公布|出台|审议通过|下发|制定(?:的|了)?(?=《))")


def _issued_by(head: list[_Line]) -> str | None:
    """The organ the first lines of a text say issued a plan (:data:`_ISSUED_BY`), as written, or None."""
    for ln in head:
        m = _ISSUED_BY.search(ln.simple)
        if m and ORGAN.match(m.group("organ")):  # (the line's own characters where its simple form is aligned with them)
            return ln.text[m.start("organ") : m.end("organ")] if len(ln.simple) == len(ln.text) else m.group("organ")
    return None


def _closing_organ(span: list[_Line]) -> str | None:
    """The organ a text's last paragraph names alone in brackets (:data:`_CLOSING_ORGAN`), among its last lines."""
    for ln in reversed(span[-25:]):  # (a site's footer may follow it)
        m = _CLOSING_ORGAN.search(ln.text)
        if m and ORGAN.match(to_simplified(m.group("organ"))):
            return m.group("organ")
    return None


def _delegate(span: list[_Line]) -> str | None:
    for ln in span[:HEAD_LINES]:
        m = DELEGATE.search(ln.simple)
        if m:
            return _source_form(ln, m.group("issuer"))
    return None


_PAGE_DATE = patterns.compile(r"^(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*)?(?:来源|作者|发布|编辑|浏览|点击|字号)")


# the address a government site's publishing system gives a post: its day in a "t" + YYYYMMDD file name
_URL_DATE = patterns.compile(r"https?://[^\s)\]]+/t(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)_\d+\.s?html?")


def _date(head: list[_Line], document: Document | None, tail: list[_Line] = (), signed: str | None = None) -> str | None:
    """The date a plan gives for itself, by what it is: its own date fields (成文日期), the day a
    report was delivered ("——2026年1月25日在…会议上"), the date under its signature at the end,
    then a site's publication date (发布日期, 时间) or a date line in its head."""
    texts = [ln.simple for ln in head]
    if document is not None:  # header fields that cleaning removed as site junk (時間:2024-05-07)
        texts = [to_simplified(r[3]) for r in document.removed[:10]] + texts
    joined = "\n".join(texts)
    m = OWN_DATE.search(joined)
    if not m:
        for t in _delivery_lines(texts[:HEAD_LINES + 10]):
            m = DELIVERED.match(t)
            if m:
                break
    if not m:
        for ln in reversed(list(tail)):
            m = DATE_LINE.match(ln.simple)
            if m:
                break
    if not m and signed:  # the date under the signing organs
        return signed
    if not m:
        m = HEADER_DATE.search(joined)
    if not m:
        for i, t in enumerate(texts):
            if _DATE_LABEL.fullmatch(t) and i + 1 < len(texts):
                m = re.match(r"(?P<y>(?:19|20)\d\d)[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})", texts[i + 1])
                if m:
                    break
    if not m:
        for t in texts:
            m = DATE_LINE.match(t)
            if m:
                break
    if not m:
        for t in texts[:HEAD_LINES]:
            m = _PAGE_DATE.match(t)  # a page's header line: "2011年09月26来源：" (its 日 lost)
            if m:
                break
    if not m and document is not None:  # a government site's page address dates its post (…/202603/t20260326_5202714.html)
        m = _URL_DATE.search(joined) or _URL_DATE.search(document.text[:1500])
    if not m:
        return None
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"
