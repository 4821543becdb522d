"""A feature's writer credited after its standfirst: `……讲好动人的故事。□本报记者 张三`, closing the second paragraph
of a text printed under a title and subtitle, then a head (`藏区群众生活越过越好`) and text with no headline, dateline
or byline of its own. A credit closing an article's last paragraph ends it; but a paper that sets its writer's name
after a feature's one or two opening paragraphs goes on with the feature's parts under their heads. What tells the
reader is the head: it picks up a word of the feature's own headline (`…感受四川藏区新脉动`), as a part of one story
names a side of its subject, and it heads no new item by the tests every head gets (`heads_new_article`, asked by the
caller after this). A next item's title printed under a credited item is about its own subject."""

from ..drafts import Draft
from ..similarity import headline_bigrams

STANDFIRST_PARAGRAPHS = 2  # a feature's opening before its first part: one or two paragraphs


def goes_on_past_its_standfirst_credit(cur: Draft | None, head: str) -> bool:
    """The article `cur`, closed by the credit ending its first or second paragraph, goes on under `head`, a head
    sharing a word (two letters) with its headline group."""
    return (cur is not None and cur.closed and not cur.photo and not cur.dateline and len(cur.headline) >= 2
            and 1 <= len(cur.paragraphs) <= STANDFIRST_PARAGRAPHS and bool(cur.paragraphs[-1].names)
            and not headline_bigrams(head).isdisjoint(headline_bigrams(cur.heading())))
