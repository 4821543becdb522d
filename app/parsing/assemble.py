"""Items of a page -> draft articles, read in page order the way a reader follows the columns.

- A headline group (headline units, maybe a one-sentence subtitle, maybe a `□` byline) starts a new article, unless it
  is a single unit inside an article that is still running: then it is a section head of that article. An article is no
  longer running once it was closed by its credit (`·张三·`, `……。(张三)`) or a photo credit, when it opened with
  `本报讯` (short news items have no section heads), or when its last paragraph breaks off mid-sentence (a section head
  cannot interrupt a sentence, another article can). Two or more blank lines before a headline also start a new article,
  and so does a headline over a captioned photo (it titles the text after the photo); a numbered head (`1.`, `二、`) is
  always a section, and with `编者按` it opens the body of the headline right above it.
- `本报讯` always starts a body: of the headline right above it, or of a new article (see `reunite`).
- A paragraph continues the running article, joined without a separator to an unfinished one (the page broke the line);
  after a closed article, a paragraph with no headline continues the article that broke off mid-sentence. `… 摄` makes
  the paragraph above a captioned photo: the whole article when its only text, else a photo (`photo_credits`).
"""

from .photos.bracketed_photo_credits import closes_a_titled_photo
from .bylines.credits import parse_dateline
from .bylines.signed_features import signs_a_feature
from .photos.inline_credits import INLINE_CREDIT
from .drafts import Draft
from .heads.headlines import body_heads, heads_text_of_other_writers, labels_a_part
from .heads.heads_apart import (head_on_two_lines, label_announced_above, phrase_restated_below,
                               word_led_into_its_meaning)
from .lines import ORDINAL_HEAD, Item, Kind, every_line_apart
from .heads.broken_leads import ends_the_lead
from .heads.dashed_leads import take_the_announced_head
from .heads.series_parts import announces_its_parts
from .heads.scene_leads import (names_the_place_of_the_heading, of_a_sections_form, scene_inside_the_headings_place,
                          sets_scene_elsewhere)
from .continuations.resumed_rests import (article_named_below, article_resumed, numbered_rest_of, resumed_in_its_script)
from .continuations.rest_heads import article_headed_again, ended_on_the_heads_word, shut_for_the_head
from .scripts import printed_in_other_script
from .shapes import labels_the_text_below, quotes_the_text_above
from .similarity import affinity_in_letters, goes_on_about_its_places, heads_new_article, titles_news_below
from .openings import first_paragraph, opening_text
from .heads.journey_heads import heads_a_village_of_the_feature, names_a_stop_of_the_journey
from .heads.long_dated_heads import heads_a_dated_features_part
from .heads.part_head_shapes import breaks_its_numbering, names_its_part_after_a_dash, spaced_part_head, tags_its_column
from .heads.standfirst_credits import goes_on_past_its_standfirst_credit
from .heads.speaker_heads import speaker_lines_joined, speaker_of_a_part
from .continuations.page_jumps import continued_from_another_page
from .photos.photo_credits import PhotoCredits
from .photos.two_paragraph_captions import caption_block_set_apart

CONTINUATION_AFFINITY = 0.35  # a headless paragraph joins an article sharing this much
NEARBY_ARTICLES = 12  # an interrupted article continues within this many articles
_PHOTOS_CREDITS = (Kind.PHOTO_CREDIT, Kind.SUPPLIED_CREDIT)


class Assembler(PhotoCredits):
    def __init__(self, items: list[Item]):
        self.items = [item for item in items if not item.duplicate and item.kind is not Kind.NOISE]
        self.apart = every_line_apart(self.items)
        self.item_at_line = {item.first: item for item in reversed(self.items)}
        self.drafts: list[Draft] = []
        self.current: Draft | None = None
        self.last_text_owner: Draft | None = None  # who took the previous item's text
        self.resume: Draft | None = None  # an article a photo was just cut out of
        self.set_apart_over: dict[int, Draft] = {}  # a caption block set apart -> the open article printed above it
        self.handlers = {  # functions, not methods bound to self: no cycle to wait for the collector
            Kind.DATELINE: Assembler._dateline, Kind.BYLINE: Assembler._byline, Kind.END_BYLINE: Assembler._end_byline,
            Kind.PHOTO_CREDIT: Assembler._photo_credit, Kind.SUPPLIED_CREDIT: Assembler._supplied_credit,
            Kind.PARAGRAPH: Assembler._paragraph,
        }

    def run(self) -> list[Draft]:
        i = 0
        while i < len(self.items):
            if self.items[i].kind is not Kind.PARAGRAPH:
                self.resume = None  # only plain text right after the photo resumes the article
            if self.items[i].kind is Kind.HEADLINE:
                i = self._headline_group(i)
            else:
                self.handlers[self.items[i].kind](self, i)
                i += 1
        return self.drafts

    # -- headlines -------------------------------------------------------------------------

    def _headline_group(self, i: int) -> int:
        """Read the headline group starting at item i; return the index after it."""
        items, cur = self.items, self.current
        if (k := take_the_announced_head(cur, items, i)) is not None:  # (`…的“金字招牌”——` / its part's head)
            return k
        if (cur is not None and not cur.closed and len(cur.paragraphs) == 1 and cur.ends_unfinished
                and ends_the_lead(items, i, cur.paragraphs[0].folded)):
            cur.add_text(items[i], items[i].printed, items[i].folded)
            cur.paragraphs[-1].ended = True  # (the lead's last words: the heads under it are its parts)
            return i + 1
        j = self._run_of_headlines(i)
        units, lead_sections = body_heads(items[i:j], j < len(items) and items[j].kind is Kind.BYLINE)
        awaiting = self._awaiting_body()
        if awaiting is not None and (
                j == i + 1 and labels_the_text_below(units[0].folded) or self._heads_under_byline(i)):
            for unit in units:
                awaiting.add_section(unit)  # `编者按`, `(一)`: the body opens under its label
            return j
        if (len(units) <= 2 and self.current is not None and j < len(items) and items[j].kind is Kind.PARAGRAPH
                and items[j].gap_before < 2 and not shut_for_the_head(self.current, self._running(), units)):
            # (the rest of an article further up, opening with its next section's head)
            towns = bool(self.current.paragraphs) and not printed_in_other_script(items[j], self.current.paragraphs[-1])
            self.current = article_named_below(self.current, self._running(), first_paragraph(items, j),
                                               towns) or self.current  # (across scripts, `_resumed_in_its_script`)
            self.current = article_headed_again(self.current, self._running(), units) or self.current
        series = cur is not None and not cur.closed and announces_its_parts(cur.paragraphs)
        joined = head_on_two_lines(units, announced=series)
        announced = (joined is not None and self.current is not None
                     and label_announced_above(joined, self.current.body_text()))
        if joined is None and self.current is not None and (
                led := word_led_into_its_meaning(units, self.current.body_text())) is not None:
            joined, announced = led, True  # (`网格化——` over what it means, the word quoted above)
        if joined is not None and (self.apart or announced) and self._is_section_head([joined], j):
            units = [joined]  # (a head on two lines, the lines apart)
        if (spoken := speaker_lines_joined(units, self.apart)) is not None and self._is_section_head([spoken], j):
            units = [spoken]  # (`某某妇联主席张三——` over `“…”`: a speaker's part)
        if len(units) == 1 and (host := self._resumed_in_its_script(units[0], j)) is not None:
            host.add_section(units[0])  # (the head and its text go on with the article printed in their script)
            self.current, self.last_text_owner = host, None
            return j
        head = units[0] if len(units) == 1 else joined  # (every line apart: a head's two lines, joined)
        if head is not None and (host := numbered_rest_of(self.current, self._running(), head, items, j)):
            host.add_section(head)  # (the rest of an article printed further down, opening with its numbered head)
            self.current, self.last_text_owner = host, None
            return j
        if len(units) == 1 and self._is_section_head(units, j):
            assert self.current is not None
            self.current.closed = False  # (a feature credited after its standfirst goes on)
            self.current.add_section(units[0])
            self.last_text_owner = None
            return j
        sentence = None
        # a one-sentence subtitle, or an unfinished line right over a byline (a subtitle the title's line ran out on)
        subtitle_shaped = j + 1 < len(items) and (items[j].short_sentence or (
            items[j].kind is Kind.PARAGRAPH and items[j + 1].kind is Kind.BYLINE and not items[j].finished))
        if (subtitle_shaped and items[j].gap_before < 2
                and items[j + 1].kind in (Kind.HEADLINE, Kind.BYLINE, Kind.DATELINE)
                and items[j + 1].gap_before < 2 and not self._heads_dated_text(j + 1)):
            # Title, a one-sentence subtitle, then the article's first section head.
            sentence = items[j]
            k = self._run_of_headlines(j + 1) if items[j + 1].kind is Kind.HEADLINE else j + 1
            lead_sections = items[j + 1:k]
            j = k
        bylines: list[Item] = []
        while j < len(items) and items[j].kind is Kind.BYLINE and items[j].gap_before < 2:
            bylines.append(items[j])
            j += 1
        nxt = items[j] if j < len(items) else None
        # A headline in a block of its own (a photo without caption) takes no body later.
        stands_alone = nxt is None or nxt.gap_before >= 2 or (
            nxt.kind is Kind.HEADLINE and not labels_the_text_below(nxt.folded)
            and not (bylines and self._heads_under_byline(j)))
        draft = Draft(headline=units, subtitle_sentence=sentence, closed=stands_alone)
        for item in [*units, *([sentence] if sentence else []), *bylines]:
            draft.add_span(item)
        for section in lead_sections:
            draft.add_section(section)
        for byline in bylines:
            draft.authors.extend(byline.names)
        self._start(draft)
        credited_next = nxt is not None and nxt.kind is Kind.PHOTO_CREDIT
        self.last_text_owner = draft if stands_alone or credited_next else None
        return j

    def _heads_under_byline(self, i: int) -> bool:
        """One headline unit or two right under the byline of a headline group still without text, right over undated
        text: the text's first section head (`□记者 张三` / `某某概况——` / `从…到…` / text), no headline of an item of
        its own."""
        items, j = self.items, self._run_of_headlines(i)
        return (items[i - 1].kind is Kind.BYLINE and j - i <= 2 and items[i].gap_before < 2 and j < len(items)
                and items[j].kind is Kind.PARAGRAPH and items[j].gap_before < 2
                and not any(INLINE_CREDIT.search(item.folded) for item in items[i:j]))  # (a caption with its credit)

    def _heads_dated_text(self, i: int) -> bool:
        """A headline at i standing over a byline or dateline heads an article of its own."""
        if self.items[i].kind is not Kind.HEADLINE:
            return False
        k = self._run_of_headlines(i)
        return k < len(self.items) and self.items[k].kind in (Kind.BYLINE, Kind.DATELINE)

    def _run_of_headlines(self, i: int) -> int:
        j = i + 1
        while (j < len(self.items) and self.items[j].kind is Kind.HEADLINE
               and self.items[j].gap_before < 2 and not labels_the_text_below(self.items[j].folded)):
            j += 1
        return j

    def _is_section_head(self, units: list[Item], j: int) -> bool:
        """One headline unit between paragraphs of a running article (not closed by its credit; a dated one only under
        a slogan), about what it is about, over text no other writers' credit closes (`heads_text_of_other_writers`)."""
        cur, quoted, nxt = self.current, False, self.items[j] if j < len(self.items) else None
        running = (cur is not None and not cur.photo and cur.has_text and (
                   not cur.closed and not cur.paragraphs[-1].names
                   or goes_on_past_its_standfirst_credit(cur, units[0].folded))  # (`…。□本报记者 张三` / head)
                   and
                   (units[0].phrase_head or "“" in units[0].folded and
                    (quoted := quotes_the_text_above(units[0].folded, cur.body_text()))
                        or (quoted := label_announced_above(units[0], cur.body_text()))
                        or (quoted := phrase_restated_below(units[0].folded, opening_text(self.items, j)))
                        or (quoted := names_its_part_after_a_dash(units[0].folded, opening_text(self.items, j)))
                        or (quoted := announces_its_parts(cur.paragraphs))  # (the series' first part)
                        or (quoted := ended_on_the_heads_word(units, cur))  # (`…的“林主”。` / `林主…`)
                        or not cur.ends_unfinished and (
                            not cur.dateline
                            or heads_a_dated_features_part(units[0].folded, cur, opening_text(self.items, j))
                            or self._goes_on_under_its_dateline(j))))
        over_a_byline = j + 1 < len(self.items) and self.items[j + 1].kind is Kind.BYLINE
        if not (running and len(units) == 1 and units[0].gap_before < 2 and nxt is not None
                and nxt.kind is Kind.PARAGRAPH and nxt.gap_before < 2
                and not printed_in_other_script(nxt, cur.paragraphs[-1]) and not over_a_byline):
            return False  # (a head where the text changes script, or over a line and a byline, titles an article)
        assert cur is not None
        host = article_resumed(cur, self._running())  # (a head under an interrupted article's rest is that one's)
        if breaks_its_numbering(units[0].folded, host) or tags_its_column(units[0].folded):
            return False  # (a feature numbering its parts numbers them all; a column tags items, not parts)
        opening, heading = opening_text(self.items, j), host.heading()
        rest = cur.paragraphs[-1].folded if host is not cur else ""
        above, parts = host.body_text() + rest, self._parts_in_sight(host)
        new_item = self._opens_an_item(units[0], j, host, opening, above + heading, parts)
        if ORDINAL_HEAD.match(units[0].folded) or quoted or any(  # (under the rest of an interrupted journey too)
                names_a_stop_of_the_journey(units[0].folded, d.heading(), opening)
                for d in (host, *self._running())) or heads_a_village_of_the_feature(
                units[0].folded, heading, host.body_text(), opening) or (
                units[0].phrase_head and not (
                new_item or titles_news_below(units[0].folded, opening, above + heading))):
            return True  # numbered and two-phrase heads are sections (the only ones news items have)
        if new_item or self._over_a_caption(j):
            # a section head stands over text; a head over a photo (`… 摄`, `某某厅供图`) titles what follows it
            return False
        if speaker_of_a_part(units[0], host.body_text()):
            return True  # (`某某妇联主席张三——` / `“…”`, the post named above: the feature's part for her)
        return labels_a_part(units[0], self.items, j, parts) or not (heads_new_article(
            units[0].folded, opening, above, heading, resumed=host is not cur or spaced_part_head(units[0].folded))
            or heads_text_of_other_writers(self.items, j, host.authors))

    def _goes_on_under_its_dateline(self, j: int) -> bool:
        """A head under a datelined article's lead, over a paragraph whose first sentence is about the lead's own
        village or town (`某某村位于…` under `…讯 …某某镇某某村…`): its next part. A short news item opening with its
        dateline has no section heads, and the next item's headline is over text about a place of its own; a text that
        goes on about the lead's village is the same story told further (a quoted head or one of two phrases already
        was)."""
        nxt = self.items[j] if j < len(self.items) else None
        if nxt is None or nxt.kind is not Kind.PARAGRAPH or nxt.gap_before >= 2:
            return False  # (no text right under the head: nothing to go on)
        assert self.current is not None
        first_sentence = opening_text(self.items, j).split("。", 1)[0]  # (where the part is set, said first)
        return goes_on_about_its_places(first_sentence, self.current.paragraphs[0].folded)  # (the lead says where)

    def _resumed_in_its_script(self, head: Item, j: int) -> Draft | None:
        """A head over text in the other script than the finished article above: the article it goes on with."""
        nxt = self.items[j] if j < len(self.items) else None
        if (head.gap_before >= 2 or nxt is None or nxt.kind is not Kind.PARAGRAPH or nxt.gap_before >= 2
                or self._over_a_caption(j) or (host := resumed_in_its_script(self.current, self.drafts, nxt)) is None):
            return None  # (a head over a photo titles what follows it, as under any article)
        heading = host.heading()
        new = heads_new_article(head.folded, opening_text(self.items, j), host.body_text(), heading, resumed=True)
        return None if new or heads_text_of_other_writers(self.items, j, host.authors) else host

    def _over_a_caption(self, j: int) -> bool:
        """The paragraph at j is a caption, a photo's credit right under it: a head over it titles the photo or an
        article whose picture is printed between headline and body; a section going on with an article heads text."""
        credit = self.items[j + 1] if j + 1 < len(self.items) else None
        return credit is not None and credit.kind in _PHOTOS_CREDITS and credit.gap_before < 2

    def _opens_an_item(self, head: Item, j: int, cur: Draft, opening: str, told_above: str, parts: list) -> bool:
        """A head over a lead set elsewhere, or naming the article's own place again, unless of its sections' form;
        a head over text going on from another page (`(上接A1版)…`)."""
        heading = [u.folded for u in cur.headline]
        return continued_from_another_page(opening) or ((
            sets_scene_elsewhere(opening, told_above)
            and not any(scene_inside_the_headings_place(head.folded, opening, d.heading())
                        for d in (cur, *self._running()))
            or names_the_place_of_the_heading(head.folded, heading))
                and not of_a_sections_form(head.folded, parts) and not labels_a_part(head, self.items, j, parts))

    def _parts_in_sight(self, cur: Draft) -> list:
        """The running article's paragraphs and the section heads of the articles still running above it (one that
        another item cut into goes on under a head of the same form as its own)."""
        return [*cur.paragraphs, *(p for d in self._running() if d is not cur for p in d.paragraphs if p.section)]

    def _start(self, draft: Draft) -> None:
        self.drafts.append(draft)
        self.current = draft

    def _awaiting_body(self) -> Draft | None:
        cur = self.current
        if cur is not None and cur.headline and not cur.has_text and not cur.closed:
            return cur
        return None

    def _byline_owner(self) -> Draft:
        """A byline or dateline belongs to the headline still waiting for its body, else starts an article."""
        target = self._awaiting_body()
        if target is None:
            target = Draft()
            self._start(target)
        return target

    # -- bylines and credits ------------------------------------------------------------------

    def _dateline(self, i: int) -> None:
        item = self.items[i]
        cur = self.current  # (under an editor's note run in below the headline: the report the note introduces)
        noted = cur is not None and bool(cur.headline) and not cur.closed and cur.only_a_note
        target = cur if noted else self._byline_owner()
        dateline = parse_dateline(item.printed, item.folded)
        start = dateline.end if dateline else 0
        target.dateline = not signs_a_feature(item.folded)  # (a signed feature keeps its section heads)
        target.authors.extend(dateline.authors if dateline else [])
        target.add_text(item, item.printed[start:], item.folded[start:])
        self.last_text_owner = target

    def _byline(self, i: int) -> None:
        item = self.items[i]
        target = self._byline_owner()
        target.authors.extend(item.names)
        target.add_span(item)
        self.last_text_owner = None

    def _end_byline(self, i: int) -> None:
        item = self.items[i]
        self.last_text_owner = None
        target = self.current
        if target is None or target.photo or not target.has_text:  # with no text above it: a column label
            return
        nxt = self.items[i + 1] if i + 1 < len(self.items) else None
        if closes_a_titled_photo(target, item.folded, nxt.gap_before if nxt is not None else None):
            target.photo = True  # (a title, a caption of the day's moment, its photographers in brackets)
        target.authors.extend(item.names)
        target.add_span(item)
        if self._author_field_under_lead(target, i):
            return  # (the text runs on past it)
        target.paragraphs[-1].names.extend(item.names)
        target.paragraphs[-1].spans.append((item.first, item.last))
        target.closed = True

    def _author_field_under_lead(self, target: Draft, i: int) -> bool:
        """`作者:张三` right under an article's one undated paragraph, headless text below going on from that lead."""
        nxt = self.items[i + 1] if i + 1 < len(self.items) else None
        return (self.items[i].folded.startswith("作者") and bool(target.headline) and len(target.paragraphs) == 1
                and not target.dateline and nxt is not None and nxt.kind is Kind.PARAGRAPH and nxt.gap_before < 2
                and self._goes_on_from_lead(target, opening_text(self.items, i + 1)))

    # -- text -----------------------------------------------------------------------------

    def _paragraph(self, i: int) -> None:
        item = self.items[i]
        target = self.current if self.current is not None and not self.current.closed else None
        nxt = self.items[i + 1] if i + 1 < len(self.items) else None
        is_caption = nxt is not None and nxt.kind is Kind.PHOTO_CREDIT and nxt.gap_before == 0
        if target is not None and caption_block_set_apart(self.items, i, self.apart):
            # a caption set apart inside a sentence a column cut, or under finished text, is an item of its own;
            # finished text goes on after the photo, as it does after a caption split off its end
            above, target = target, Draft()
            self.drafts.append(target)
            if not above.ends_unfinished:
                self.set_apart_over[id(target)] = above
        if target is None and not is_caption and caption_block_set_apart(self.items, i, self.apart):
            target = Draft()  # (a caption block set apart under finished text: a photo's, not the text's)
            self.drafts.append(target)
        if target is None and not is_caption:
            target = (self.resume if self.resume is not None and not self.resume.closed else None) \
                or (self._interrupted_article() if item.gap_before < 2 else None) or self._closest_running_article(item)
        if target is None:
            target = Draft()
            self.drafts.append(target)
        self.current = target
        target.add_text(item, item.printed, item.folded)
        self.last_text_owner = target

    def _running(self) -> list[Draft]:
        recent = self.drafts[-NEARBY_ARTICLES:]
        return [d for d in reversed(recent) if not d.closed and not d.photo and d.has_text]

    def _interrupted_article(self) -> Draft | None:
        """The latest article that broke off mid-sentence and is not closed."""
        return next((d for d in self._running() if d.ends_unfinished and not self._kicker_in_waiting(d)), None)

    def _kicker_in_waiting(self, draft: Draft) -> bool:
        """One line of text with no headline right over the next article's headline (`某某,某某` over its title):
        a kicker read as text until kickers are lifted, no article broken off mid-sentence."""
        if draft.headline or draft.dateline or len(draft.paragraphs) != 1 or len(draft.spans) != 1:
            return False
        at = self.drafts.index(draft)
        below = self.drafts[at + 1] if at + 1 < len(self.drafts) else None
        if below is None or not below.headline or not below.spans:
            return False
        lines_between = below.spans[0][0] - draft.spans[0][1]
        return 0 < lines_between <= 2

    def _closest_running_article(self, item: Item) -> Draft | None:
        best, best_score = None, CONTINUATION_AFFINITY
        for draft in self._running():
            score = affinity_in_letters(item.folded, draft.body_letters())
            if score > best_score:
                best, best_score = draft, score
        return best


def assemble(items: list[Item]) -> list[Draft]:
    return Assembler(items).run()
