"""A section head whose words the paragraph below opens by restating (`一切为了方便老人出行` over `为了方便老人
出行,青松村…`) stays a head of the running feature when that paragraph names only villages the feature names:
a new item's headline restates its lead too, but sets it somewhere else. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TITLE = "青松村:小路修到家门口"
_LEAD = "走进柳岸镇青松村,一条条水泥小路通到农户家门口,路边种上了月季和冬青。"
_MORE = "几年前,青松村的小路还是泥土路,一到雨天就泥泞难行,老人们出门都要拄着竹竿。"
_HEAD = "一切为了方便老人出行"
_BELOW = "为了方便老人出行,青松村把修路的先后交给村民议定,离村卫生室最远的几户先修。"
_LAST = "如今,青松村的小路总长八公里多,每条路都有村民自愿认领养护。"


def test_a_head_restated_below_about_the_same_village_stays_a_head():
    [article] = parse_page(page(_TITLE, _LEAD, _MORE, _HEAD, _BELOW, _LAST))
    assert article.title == _TITLE and article.sections == [_HEAD] and article.body.endswith("认领养护。")


def test_a_headline_restated_below_about_another_village_starts_an_item():
    below = "为了方便老人出行,白沙村把修路的先后交给村民议定,离村卫生室最远的几户先修。"
    articles = parse_page(page(_TITLE, _LEAD, _MORE, _HEAD, below))
    assert [a.title for a in articles] == [_TITLE, _HEAD]
