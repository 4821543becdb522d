"""What a photo credit (`张三 摄`, `某某社区供图`) does to the text printed above it, for the assembler.

The paragraph right over a credit is a caption: with a headline and nothing else it makes a titled photo; under an
article's headline it is either the article's lead with the picture set in it, or the caption of a photo printed
between the headline and its body (then the text below is the headline's); at the end of a longer article it is cut
out as a photo of its own, taking a head printed right over it as its title.
"""

from .cut_captions import caption_cut_in_two, join_caption
from ..drafts import Draft
from .lead_credits import text_below_credit
from .lead_photos import caption_set_elsewhere, credits_the_pieces_pictures, headline_heads_both, lead_goes_on_below
from ..lines import Item, Kind, is_finished
from ..openings import opening_text
from ..shapes import opens_caption
from ..similarity import RESTATES, text_affinity
from ..bylines.work_marks import credits_the_writing
from .agency_pictures import agency_caption
from .picture_moments import picture_moment
from .picture_positions import places_people_in_the_picture
from .two_paragraph_captions import caption_in_two_paragraphs, untitled_caption_set_apart


_REPORTED = "报道)"  # `(□记者 张三 通讯员 李四 报道)`: the credit of a picture's caption and its reporters


class PhotoCredits:
    """The assembler's handling of photo credits (a part of `assemble.Assembler`, kept apart for its size)."""

    def _supplied_credit(self, i: int) -> None:
        item = self.items[i]
        # (a title and one undated paragraph right over `某某社区供图`: a titled photo, as over `张三 摄`; one paragraph
        # standing alone with no title, under an item that was closed, right over it: an untitled photo's caption)
        owner = self.last_text_owner
        if (owner is not None and (item.gap_before == 0 or self.apart and item.gap_before == 1)
                and (owner.headline or owner is self.current and owner.spans == owner.paragraphs[0].spans)
                and len(owner.paragraphs) == 1 and not owner.dateline
                and not owner.paragraphs[0].section and item.credit and not self._headline_heads_text_below(owner, i)):
            self.last_text_owner = None
            owner.credits.append(item.credit)
            self._make_photo(owner, item)
            return
        target = self.current or (self.drafts[-1] if self.drafts else None)
        if target is not None and item.credit:
            target.credits.append(item.credit)
            target.add_span(item)
            if (owner is target and owner.headline and len(owner.paragraphs) == 1
                    and (item.gap_before == 0 or self.apart and item.gap_before == 1)):
                # (`…。` / `通讯员/供图` under the headline, its text below: the line carries the picture's credit, so
                # `cut_out_captions` reads it as a caption printed between headline and body, as one run on would be)
                owner.paragraphs[0].credits.append(item.credit)

    def _photo_credit(self, i: int) -> None:
        item = self.items[i]
        owner = self.last_text_owner
        self.last_text_owner = None
        if owner is not None and not owner.has_text and owner.headline:
            # A headline over a picture without caption, credited. With every line apart, one line alone over the
            # credit a line below it is the caption (`某某出发` / `摄影:张三`): apart, a caption under no title and a
            # title over no caption are printed alike, and a picture is captioned far more often than titled alone.
            if self.apart and item.gap_before == 1 and len(owner.headline) == 1 and owner.spans == [
                    (owner.headline[0].first, owner.headline[0].last)]:
                unit = owner.headline.pop()
                owner.spans.clear()
                owner.add_text(unit, unit.printed, unit.folded)
            self._make_photo(owner, item)
            return
        if owner is None or not owner.paragraphs or owner.paragraphs[-1].section:
            target = self.current or (self.drafts[-1] if self.drafts else None)
            if target is not None:
                target.credits.append(item.printed)
                target.add_span(item)
            return
        texts = [p for p in owner.paragraphs if not p.section]
        if caption_cut_in_two(owner, self.apart):
            join_caption(owner)  # (one caption, cut at a line ending a sentence)
        if len(owner.paragraphs) == 1 and not owner.dateline:
            if not self._headline_heads_text_below(owner, i):
                self._make_photo(owner, item)
            return
        first_gap = self._gap_before_line(owner.paragraphs[0].spans[0][0])
        if caption_in_two_paragraphs(owner, item.gap_before) or untitled_caption_set_apart(
                owner, item.gap_before, first_gap) or agency_caption(owner, item, self.apart):
            self._make_photo(owner, item)
            return
        caption = owner.paragraphs[-1]
        caption_gap = self._gap_before_line(caption.spans[0][0])
        headed = len(owner.paragraphs) >= 2 and owner.paragraphs[-2].section
        pictured = places_people_in_the_picture(caption.folded)  # (`张三(左一)…`: said of a picture)
        if len(texts) > 1 and (item.gap_before == 0 or caption_gap >= 2 or headed or pictured):
            self._split_caption(owner, item)
        else:
            owner.credits.append(item.printed)
            owner.add_span(item)
            if credits_the_writing(item.folded):
                owner.authors.extend(n for n in item.names if n not in owner.authors)  # (`记者张三文/摄`: its writer)

    def _headline_heads_text_below(self, owner: Draft, i: int) -> bool:
        """Headline, one paragraph, a photo credit at i, then more text (maybe under a label such
        as `编者按`): is the headline the article's? When it is about the text below rather than
        the paragraph above, that paragraph is the caption of a photo printed between the headline
        and its body (a photo of its own, if it hardly shares the headline's words); when the
        article has a byline or the text below is about the headline too, the paragraph is its
        lead and the photo sits in it (the credit is kept with the article)."""
        below = text_below_credit(self.items, i)  # (under a label or a head leading into the text)
        nxt = self.items[below] if below < len(self.items) else None
        if (not owner.headline or nxt is None or nxt.kind not in (Kind.PARAGRAPH, Kind.DATELINE)
                or nxt.gap_before >= 2):
            return False
        heading = owner.heading()
        lead = owner.paragraphs[0]
        credit = self.items[i]
        fit_lead = text_affinity(heading, lead.folded)
        opening = opening_text(self.items, below)
        fit_below = text_affinity(heading, opening)
        # (as little in common with either, and no sentence above waiting for its end: the text below is the
        # headline's, as a photo with a title stands apart; so is a body its dateline opens, under a byline too,
        # or a `图为…` caption tops, under a byline too when no full stop ends it: a lead ends its sentence)
        # (or a caption set in places neither the headline nor the text below names, or one whose credit names its
        # reporters, `(记者 张三 报道)`: a picture set in a lead is credited `摄`)
        if (((fit_below > fit_lead or (fit_below == fit_lead and self._interrupted_article() is None))
                and fit_lead < RESTATES / 2 and not self._pictures_of_the_piece(owner, credit))
                or nxt.kind is Kind.DATELINE or credit.folded.rstrip().endswith(_REPORTED)
                or (opens_caption(lead.folded) and (not owner.authors or not is_finished(lead.folded)))
                or caption_set_elsewhere(heading, lead.folded, opening) or picture_moment(lead.folded)):
            owner.paragraphs.clear()
            owner.spans = [span for span in owner.spans if span not in lead.spans]
            photo = Draft(paragraphs=[lead], spans=list(lead.spans))
            self.drafts.append(photo)
            self._make_photo(photo, credit)
            self.current = owner  # the headline still waits for its body
            return True
        if (owner.authors or fit_below >= RESTATES or (fit_lead >= RESTATES and self._goes_on_from_lead(owner, opening))
                or lead_goes_on_below(self.items, i, below)  # (the photo sits in the lead)
                or headline_heads_both(fit_lead, fit_below, self._interrupted_article() is not None)):
            owner.credits.append(credit.printed)
            owner.add_span(credit)
            self.current = owner
            return True
        return False

    def _pictures_of_the_piece(self, owner: Draft, credit: Item) -> bool:
        """The credit is the `图/…` half of the `文/…` byline under the owner's headline."""
        bylines = (self.item_at_line.get(first) for first, _ in owner.spans)
        return any(b is not None and b.kind is Kind.BYLINE and credits_the_pieces_pictures(b.folded, credit.folded)
                   for b in bylines)

    def _goes_on_from_lead(self, owner: Draft, opening: str) -> bool:
        """The text below (its `opening`) shares more words with the lead above the credit (a lead restating its
        headline) than with any other article still running: it goes on from that lead, and the photo sits in it."""
        with_lead = text_affinity(opening, owner.paragraphs[0].folded)
        others = (text_affinity(opening, d.body_text()) for d in self._running() if d is not owner)
        return with_lead > max(others, default=0.0)

    def _gap_before_line(self, line: int) -> int:
        item = self.item_at_line.get(line)
        return item.gap_before if item is not None else 0

    def _make_photo(self, draft: Draft, credit: Item) -> None:
        draft.photo = True
        draft.closed = True
        draft.authors.extend(credit.names)
        draft.add_span(credit)
        self.current = draft
        self.resume = self.set_apart_over.get(id(draft), self.resume)  # (the text above goes on after the photo)

    def _split_caption(self, owner: Draft, credit: Item) -> None:
        """Move the paragraph above a photo credit out of the article into a photo of its own."""
        caption = owner.paragraphs.pop()
        photo = Draft(paragraphs=[caption], spans=list(caption.spans))
        owner.spans = [span for span in owner.spans if span not in caption.spans]
        if owner.paragraphs and owner.paragraphs[-1].section:
            # A head printed right over the caption is the photo's headline.
            head = owner.paragraphs.pop()
            for span in head.spans:
                if span in owner.spans:
                    owner.spans.remove(span)
            unit = self.item_at_line.get(head.spans[0][0])
            if unit is not None and unit.kind is Kind.HEADLINE:
                photo.headline = [unit]
                photo.spans.extend(head.spans)
        self.drafts.append(photo)
        self._make_photo(photo, credit)
        self.resume = owner
