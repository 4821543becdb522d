"""The search benchmarks' corpus and queries.

N synthetic articles recombine the seed articles' sentences (seeds/*.txt) under random Jiangsu towns
from the gazetteer (county and city from the town's parent codes), with authors, places, photo
captions (8%) and page order: ten a page, four newspapers, pages spread over twenty years. The 200
fixed queries are 1–6 character substrings, two-word ANDs, quoted phrases, filtered queries, ORs and
title: queries drawn from the articles' text.
"""

from __future__ import annotations

import csv
import random
import re
import sys
from pathlib import Path
from collections.abc import Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.search import IndexDoc  # noqa: E402
from app.search.analysis import fold  # noqa: E402

GAZETTEERS = [ROOT / "app/places/data/china_divisions.csv", Path("/work/shared/gazetteer/jiangsu_divisions.csv"),
              ROOT.parent / "shared/gazetteer/jiangsu_divisions.csv"]
_HAN = re.compile(r"[\u4e00-\u9fff]+")
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
            "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鑫波斌宇浩凯健俊帆帅旭宁龙林欣婷雪慧颖琳晨晶雯佳怡倩"


def load_seeds() -> tuple[list[str], list[str]]:
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in sorted((ROOT / "seeds").glob("*.txt")))
    sentences = [s.strip() for s in re.findall(r"[^。！？!?\n]+[。！？!?]", text) if len(s.strip()) >= 8]
    titles = [ln.strip() for ln in text.splitlines() if 6 <= len(ln.strip()) <= 26 and not re.search(r"[。，,]", ln)]
    return sentences, titles


def load_towns() -> list[tuple[str, str, str]]:
    """(city, county, town) for current towns of Jiangsu."""
    path = next(p for p in GAZETTEERS if p.exists())
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    by_code = {r["code"]: r for r in rows}
    out = []
    for r in rows:
        if r["level"] != "town" or r["status"] != "current" or not r["code"].startswith("32"):
            continue
        county = by_code.get(r["parent_code"])
        city = by_code.get(county["parent_code"]) if county else None
        if county and city:
            out.append((city["name"], county["name"], r["name"]))
    return out


PAGE_ARTICLES = 10
NEWSPAPERS = ("苏州日报", "姑苏晚报", "无锡日报", "新华日报")
FIRST_DAY = 732_312  # 2006-01-01 as a proleptic ordinal: pages spread over 20 years from here
DAYS = 20 * 365


def page_of_article(i: int, n: int) -> tuple[int, str, str, str]:
    """(page id, newspaper, ISO date, edition) of the i-th generated article: ten articles a page, the
    pages spread evenly over four newspapers and twenty years (2006–2025)."""
    import datetime as dt

    page = i // PAGE_ARTICLES
    pages = max(1, -(-n // PAGE_ARTICLES))
    day = dt.date.fromordinal(FIRST_DAY + page * DAYS // pages)
    return page + 1, NEWSPAPERS[page % len(NEWSPAPERS)], day.isoformat(), f"A{page % 8 + 1:02d}"


def generate(n: int, seed: int = 42) -> list[IndexDoc]:
    return list(iter_docs(n, seed))


def iter_docs(n: int, seed: int = 42) -> Iterator[IndexDoc]:
    """The N generated articles one at a time (the same ones as generate(), in the same order): a
    million articles never have to be in memory at once."""
    rnd = random.Random(seed)
    sentences, titles = load_seeds()
    towns = load_towns()
    # Distinct names in the order drawn: a set's order changes with each process's string hashing, and
    # the same seed would give the articles other authors in another process.
    authors = list(dict.fromkeys(rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(rnd.randint(1, 2)))
                                 for _ in range(400)))
    for i in range(n):
        city, county, town = rnd.choice(towns)
        short = county[:-1] if len(county) > 2 else county
        places = [town, county, city]
        photo = rnd.random() < 0.08
        if photo:
            body = f"{county}{town}{rnd.choice(sentences)}"
            title = None if rnd.random() < 0.5 else rnd.choice(titles)
        else:
            paras = []
            for p in range(rnd.randint(3, 8)):
                sents = [rnd.choice(sentences) for _ in range(rnd.randint(2, 5))]
                if p == 0:
                    sents[0] = f"近日，{county}{town}" + sents[0]
                paras.append("".join(sents))
            if rnd.random() < 0.3:
                _c2, county2, town2 = rnd.choice(towns)
                paras.insert(rnd.randint(1, len(paras)), f"{county2}{town2}相关负责人表示，" + rnd.choice(sentences))
                places.append(town2)
            body = "\n".join(paras)
            title = f"{short}{town}{rnd.choice(titles)}" if rnd.random() < 0.5 else rnd.choice(titles)
        yield IndexDoc(
            id=i + 1, title=title, kicker=rnd.choice(titles) if rnd.random() < 0.2 else None,
            subtitle=rnd.choice(titles) if rnd.random() < 0.1 else None, body=body,
            authors=rnd.sample(authors, rnd.choice((0, 1, 1, 2))), places=places,
            city=city, county=county, town=town, kind="photo" if photo else "article",
            order=generated_order(i, n),
        )


def generated_order(i: int, n: int) -> int:
    """The page order the archive would give the i-th article (its page's day and id, its place there)."""
    from app.search.dates import page_order
    from app.sources import day_number

    page_id, _paper, day, _edition = page_of_article(i, n)
    return page_order(day_number(day), page_id, i % PAGE_ARTICLES)


# Above this many articles the corpus is streamed (generated again for each engine) and the queries
# are drawn from its first QUERY_SAMPLE articles: memory stays bounded at a million.
LIST_LIMIT = 200_000
QUERY_SAMPLE = 20_000


def corpus(n: int) -> list[IndexDoc] | Iterator[IndexDoc]:
    """The generated articles: a list up to LIST_LIMIT, a stream above."""
    return generate(n) if n <= LIST_LIMIT else iter_docs(n)


def make_queries(docs: list[IndexDoc], seed: int = 7) -> list[tuple[str, str, dict]]:
    """200 fixed queries: (category, query, filters)."""
    rnd = random.Random(seed)

    def han_sub(lo: int, hi: int) -> str:
        while True:
            d = rnd.choice(docs)
            spans = [s for s in _HAN.findall(fold(d.body)) if len(s) >= lo]
            if spans:
                s = rnd.choice(spans)
                k = rnd.randint(lo, min(hi, len(s)))
                a = rnd.randint(0, len(s) - k)
                return s[a:a + k]

    qs: list[tuple[str, str, dict]] = []
    for k in range(1, 7):
        for _ in range(10):
            qs.append((f"substr{k}", han_sub(k, k), {}))
    for _ in range(40):
        qs.append(("and2", f"{han_sub(2, 4)} {han_sub(2, 4)}", {}))
    for _ in range(40):
        qs.append(("phrase", f'"{han_sub(4, 8)}"', {}))
    for _ in range(30):
        d = rnd.choice(docs)
        qs.append(("filtered", han_sub(2, 4), {"county": d.county}))
    for _ in range(15):
        qs.append(("or", f"{han_sub(2, 4)} OR {han_sub(2, 4)}", {}))
    for _ in range(15):
        d = rnd.choice([x for x in docs[:5000] if x.title])
        s = _HAN.findall(fold(d.title))
        s = max(s, key=len) if s else "新闻"
        k = min(len(s), rnd.randint(2, 4))
        qs.append(("title", f"title:{s[:k]}", {}))
    assert len(qs) == 200
    return qs
