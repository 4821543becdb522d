"""Lay out a page development set: page files in three variants and their gold, from a layout spec.

    .venv/bin/python bench/page_layout.py SPEC.json OUT_DIR

SPEC.json (kept outside the repository with the texts it quotes) names ten or so pages, each a list
of items printed in order; OUT_DIR receives `wide/`, `narrow/` and `narrow_every/` (the same page
files laid out three ways) and `gold/` (one file per page, in the format of ../shared/gold, scored
with `--no-places` by bench/page_devset.py). The rows for docs/devset/pages.md are printed.

    {"seed": 36, "pages": [{"file": "p01.txt", "title": "what the page holds", "items": [ITEM, ...]}]}

An ITEM is an article or a photo, or `{"rest_of": ID}`: the rest of an interrupted article.
- `id`, `source` (URL), `kind` (`article`, the default, or `photo`), `kicker`, `title`, `subtitle`
  (a photo's `title` may be null: an untitled photo), `paragraphs` (the text, one string a paragraph);
- `credit` and `authors`: `dateline` (`credit_text`, default `本报讯(记者 NAMES)`, opens the first
  paragraph), `box` (its own line under the headline, default `□ 本报记者 NAMES`), `end` (its own line
  after the article, default `·NAMES·`), `paren` (closes the last paragraph, default `(记者 NAMES)`),
  `none`, or `text` (the credit is inside the paragraphs as the source printed it); a photo's
  `credit_text` (default `NAMES 摄`) is the line under its caption;
- `sections`: `[k, head]` pairs, `head` printed on its own line before paragraph k (`|` splits a head
  printed on two lines); `breaks`: how many paragraphs the columns break mid-sentence;
  `interrupt`: `{"after": k, "mid": bool}`, printed up to paragraph k (inside it when `mid`), the rest
  where its `rest_of` item stands; `caption_between`: a photo item (`id`, `source`, `caption`,
  `credit_text`, `authors`) printed between the headline and the body; `credit_under_lead`: a `… 摄`
  line right under the first paragraph; `blank_before`: blank lines before the item (default 1);
- `classes` (added to those the layout gives), `notes` (for the docs' row), `gold` (fields that
  replace the derived ones, e.g. `title_any`, `body_end`, `optional`).

The layout follows the conventions at the top of docs/devset/pages.md: two blank lines open a page;
one blank line between pieces; `narrow` wraps every line at 37 characters; `narrow_every` puts a
blank line after every line. Mid-sentence breaks and cuts fall at random (seeded by `seed` and the
item's id, so a spec always gives the same pages) at least 20 characters from either end of the
paragraph and never next to punctuation.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

WIDTH = 37
EDGE = 20  # a break or cut keeps at least this many characters on either side
ANCHOR = 6  # characters either side of a break in a `contains` anchor
LEAD = 8  # characters of a neighbour's text in an `excludes` entry
PUNCTUATION = set("。，、；：？！,.;:?!“”‘’\"'（）()《》〈〉【】[]—…·-—～~ 　")


@dataclass
class Block:
    """Lines printed together (no blank line between them), `gap` blank lines before."""

    lines: list[str]
    gap: int = 1


@dataclass
class Segment:
    """What one entry of a page's item list prints, and whose text it is."""

    owner: str
    blocks: list[Block] = field(default_factory=list)


def cut_position(text: str, rng: random.Random) -> int | None:
    spots = [
        i for i in range(EDGE, len(text) - EDGE + 1)
        if text[i - 1] not in PUNCTUATION and text[i] not in PUNCTUATION
    ]
    return rng.choice(spots) if spots else None


def default_credit(item: dict) -> str:
    names = " ".join(item.get("authors") or [])
    return {
        "dateline": f"本报讯(记者 {names})", "box": f"□ 本报记者 {names}", "end": f"·{names}·",
        "paren": f"(记者 {names})", "photo": f"{names} 摄",
    }.get(item.get("credit", ""), "")


class Article:
    """One item of the spec: its printed segments and its gold."""

    def __init__(self, item: dict, seed: int):
        self.item = item
        self.id = item["id"]
        self.kind = item.get("kind", "article")
        self.paragraphs = [p.strip() for p in item["paragraphs"]]
        if not self.paragraphs or not all(self.paragraphs):
            raise SystemExit(f"{self.id}: every item needs paragraphs, none of them empty")
        self.rng = random.Random(f"{seed}-{self.id}")
        self.credit = "photo" if self.kind == "photo" else item.get("credit", "none")
        self.credit_text = item.get("credit_text") or default_credit({**item, "credit": self.credit})
        self.contains: list[str] = []
        self.head_blocks = self._headline()
        self.first, self.rest = self._body()
        self.caption = CaptionBetween(item["caption_between"], seed) if item.get("caption_between") else None

    def _headline(self) -> list[Block]:
        lines = [self.item.get(key) for key in ("kicker", "title", "subtitle")]
        blocks = [Block([line]) for line in lines if line]
        if self.credit == "box":
            blocks.append(Block([self.credit_text]))
        if blocks:
            blocks[0].gap = self.item.get("blank_before", 1)
        return blocks

    def _body(self) -> tuple[list[Block], list[Block]]:
        """The body's blocks before an interruption and after it (empty when not interrupted)."""
        paragraphs = list(self.paragraphs)
        heads = {k: head for k, head in self.item.get("sections", [])}
        if any(not 1 <= k < len(paragraphs) for k in heads):
            raise SystemExit(f"{self.id}: a section head must stand before paragraph 1 to {len(paragraphs) - 1}")
        for k in heads:
            self.contains.append(paragraphs[k][:10])
        pieces: list[list[str]] = [[p] for p in paragraphs]  # each paragraph, split at its breaks
        interrupt = self.item.get("interrupt")
        split_at: tuple[int, int] | None = None  # (paragraph, piece) where the rest begins
        if interrupt:
            k = interrupt["after"]
            if interrupt.get("mid"):
                pos = cut_position(paragraphs[k], self.rng)
                if pos is None:
                    raise SystemExit(f"{self.id}: paragraph {k} is too short to cut inside")
                pieces[k] = [paragraphs[k][:pos], paragraphs[k][pos:]]
                self.contains.append(paragraphs[k][pos - ANCHOR:pos + ANCHOR])
                split_at = (k, 1)
            else:
                if not 1 <= k < len(paragraphs):
                    raise SystemExit(f"{self.id}: interrupt after must be 1 to {len(paragraphs) - 1}")
                # across the cut, unless a section head stands there: the body has the head between the two
                # (the head's own anchor holds the rest's first words)
                if k not in heads:
                    self.contains.append(paragraphs[k - 1][-ANCHOR:] + paragraphs[k][:ANCHOR])
                split_at = (k, 0)
        free = [i for i, p in enumerate(paragraphs) if len(pieces[i]) == 1 and cut_position(p, self.rng) is not None]
        wanted = self.item.get("breaks", 0)
        if wanted > len(free):
            raise SystemExit(f"{self.id}: {wanted} breaks asked, {len(free)} paragraphs long enough")
        for i in sorted(self.rng.sample(free, wanted)):
            pos = cut_position(paragraphs[i], self.rng)
            pieces[i] = [paragraphs[i][:pos], paragraphs[i][pos:]]
            self.contains.append(paragraphs[i][pos - ANCHOR:pos + ANCHOR])
        if self.credit == "dateline":
            pieces[0][0] = self.credit_text + pieces[0][0]
        if self.credit == "paren":
            pieces[-1][-1] += self.credit_text
        first: list[Block] = []
        rest: list[Block] = []
        for i, parts in enumerate(pieces):
            for j, part in enumerate(parts):
                target = rest if split_at and (i, j) >= split_at else first
                if j == 0 and i in heads:
                    target.append(Block(heads[i].split("|")))
                target.append(Block([part]))
                if i == 0 and j == len(parts) - 1 and self.item.get("credit_under_lead"):
                    target[-1].lines.append(self.item["credit_under_lead"])
        if self.kind == "photo":
            first[-1].lines.append(self.credit_text)
        if self.credit == "end":
            (rest or first).append(Block([self.credit_text]))
        if not self.head_blocks:
            first[0].gap = self.item.get("blank_before", 1)
        return first, rest

    def opening_segment(self) -> Segment:
        blocks = list(self.head_blocks)
        if self.caption:
            blocks += self.caption.blocks()
        return Segment(self.id, blocks + self.first)

    def lead(self) -> str:
        return self.paragraphs[0][:LEAD]

    def text(self) -> str:
        return norm("".join([self.item.get("title") or "", *self.paragraphs]))

    def classes(self) -> list[str]:
        item, found = self.item, []
        if self.kind == "photo":
            found.append("photos")
        elif self.credit != "dateline":
            found.append("no dateline")
        if item.get("breaks"):
            found.append("mid-sentence break")
        if item.get("interrupt"):
            found.append("interrupted")
        if item.get("sections"):
            found.append("section heads")
        if item.get("kicker") or item.get("subtitle"):
            found.append("kicker/subtitle group")
        if item.get("caption_between"):
            found.append("caption between headline and body")
        if item.get("credit_under_lead"):
            found.append("credit under the lead")
        if any(mark in (item.get("title") or "") for mark in ",，:："):
            found.append("comma or colon title")
        if self.credit == "text":
            found.append("credit styles")
        return found + [c for c in item.get("classes", []) if c not in found]

    def gold(self, neighbours: list[str], photo_next_to_it: bool) -> dict:
        item = self.item
        own = self.text()
        excludes = [lead for lead in dict.fromkeys(neighbours) if norm(lead) not in own]
        photo_beside = photo_next_to_it or item.get("credit_under_lead") or self.caption
        if (self.kind == "photo" or photo_beside) and "摄" not in own:
            excludes.append("摄")
        entry = {"kind": self.kind, "title": item.get("title")}
        entry.update({key: item[key] for key in ("kicker", "subtitle") if item.get(key)})
        entry.update({
            "authors": list(item.get("authors") or []),
            "body_start": self.paragraphs[0][:14],
            "body_end": [self.paragraphs[-1][-12:]],
            "contains": self.contains,
            "excludes": excludes,
        })
        if item.get("sections"):
            entry["sections"] = [head.replace("|", "") for _, head in item["sections"]]
        entry["classes"] = self.classes()
        entry["place"] = {"city": None, "county": None, "town": None}
        entry.update(item.get("gold", {}))
        return entry

    def row(self) -> str:
        item, parts = self.item, []
        if self.kind == "photo":
            parts.append("photo, titled" if item.get("title") else "photo")
        else:
            parts.append(self.credit if self.credit != "text" else "credit in the text")
        parts += [key for key in ("kicker", "subtitle") if item.get(key)]
        heads = item.get("sections", [])
        if heads:
            two = " (one on two lines)" if any("|" in head for _, head in heads) else ""
            parts.append(f"{len(heads)} section head(s){two}")
        if item.get("caption_between"):
            parts.append(f"caption between ({item['caption_between']['id']})")
        if item.get("credit_under_lead"):
            parts.append("credit under the lead")
        if item.get("interrupt"):
            mid = " (mid)" if item["interrupt"].get("mid") else ""
            parts.append(f"interrupted at {item['interrupt']['after']}{mid}")
        if item.get("breaks"):
            parts.append(f"breaks={item['breaks']}")
        if item.get("blank_before", 1) > 1:
            parts.append(f"{item['blank_before']} blank lines before")
        parts.append(f"{len(self.paragraphs)} paragraphs")
        notes = f" {item['notes']}" if item.get("notes") else ""
        return f"| {self.id} | {item.get('source', '')} | {', '.join(parts)}{notes} |"


class CaptionBetween(Article):
    """A captioned photo printed between an article's headline and its body."""

    def __init__(self, spec: dict, seed: int):
        classes = ["caption between headline and body", *spec.get("classes", [])]
        photo = {"kind": "photo", "title": None, "paragraphs": [spec["caption"]], **spec, "classes": classes}
        super().__init__(photo, seed)

    def blocks(self) -> list[Block]:
        return self.first


def norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def wrapped(line: str) -> list[str]:
    return [line[i:i + WIDTH] for i in range(0, len(line), WIDTH)] or [""]


def render(segments: list[Segment], variant: str) -> str:
    out = ["", ""]  # two blank lines open the page
    first = True
    for segment in segments:
        for block in segment.blocks:
            if not first:
                out += [""] * (block.gap if variant != "narrow_every" else max(block.gap - 1, 0))
            first = False
            for line in block.lines:
                for part in (wrapped(line) if variant != "wide" else [line]):
                    out.append(part)
                    if variant == "narrow_every":
                        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def lay_out_page(page: dict, seed: int) -> tuple[list[Segment], list[dict], list[str]]:
    articles: dict[str, Article] = {}
    segments: list[Segment] = []
    rows: list[str] = []
    for item in page["items"]:
        if "rest_of" in item:
            host = articles.get(item["rest_of"])
            if host is None or not host.rest:
                raise SystemExit(f"{page['file']}: rest_of {item['rest_of']} names no interrupted article above it")
            host.rest[0].gap = item.get("blank_before", 1)
            segments.append(Segment(host.id, host.rest))
            rows.append(f"| | | rest of {host.id} |")
            continue
        if item["id"] in articles:
            raise SystemExit(f"{page['file']}: id {item['id']} twice")
        article = Article(item, seed)
        articles[article.id] = article
        segments.append(article.opening_segment())
        rows.append(article.row())
    printed_rests = [s.blocks for s in segments]
    missing = [a.id for a in articles.values() if a.rest and not any(r is a.rest for r in printed_rests)]
    if missing:
        raise SystemExit(f"{page['file']}: interrupted without a rest_of: {', '.join(missing)}")
    gold: list[dict] = []
    for article in articles.values():
        places = [i for i, s in enumerate(segments) if s.owner == article.id]
        # (in page order, so that a spec always writes the same gold files)
        beside = [owner for owner in dict.fromkeys(
            segments[j].owner for i in places for j in (i - 1, i + 1) if 0 <= j < len(segments)) if owner != article.id]
        neighbours = [articles[o].lead() for o in beside]
        photo_next = any(articles[o].kind == "photo" for o in beside)
        if article.caption:
            neighbours.append(article.caption.lead())
        gold.append(article.gold(neighbours, photo_next))
        if article.caption:
            gold.append(article.caption.gold([article.lead()], True))
    return segments, gold, rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("spec", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    spec = json.loads(args.spec.read_text(encoding="utf-8"))
    seed = spec.get("seed", 0)
    for name in ("wide", "narrow", "narrow_every", "gold"):
        (args.out / name).mkdir(parents=True, exist_ok=True)
    for page in spec["pages"]:
        segments, gold, rows = lay_out_page(page, seed)
        for variant in ("wide", "narrow", "narrow_every"):
            (args.out / variant / page["file"]).write_text(render(segments, variant), encoding="utf-8")
        gold_file = args.out / "gold" / (Path(page["file"]).stem + ".json")
        gold_file.write_text(json.dumps({"file": page["file"], "items": gold}, ensure_ascii=False, indent=1),
                             encoding="utf-8")
        print(f"\n### {Path(page['file']).stem} — {page.get('title', '')}\n")
        print("| # | source | layout |\n|---|---|---|")
        print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
