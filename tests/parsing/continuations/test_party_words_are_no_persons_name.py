"""Words opening with a letter that is also a surname (`党建引领`: `党建` and `引领`) are no person's name: a head
over text that uses them, under a village's report, stays with that report, not sent to the article further up
that used the same words twice, as if it named a person that report never named. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_UP = ("青石村紧挨着县城,年轻人大多在城里上班,留在村里的多是老人。",
       "支部书记常说,党建引领不是一句口号;去年冬天,党建引领的蘑菇房里收了第一茬菇,每斤卖到十二块。")
_LEAD = "柳塘村有三百来户人家,沿着小河排成一条长街。老人们说,这条街上几十年没人红过脸,谁家办事,整条街都来帮忙。"
_FIRST = "村里坚持党建引领,二十多名老党员每人结对五户人家,谁家有了难处,先找结对的党员。"
_SECOND = "夜校每周开两回,讲的多是各家孝敬老人、照看邻居孩子的小事。"


def test_the_numbered_parts_stay_with_their_village():
    heads = ("一、老党员带头,一人结对五户", "二、夜校开课,好家风进了门")
    title = "柳塘村:一条长街几十年不红脸"
    up, report = parse_page(page("青石村的蘑菇房", *_UP, title, _LEAD, heads[0], _FIRST, heads[1], _SECOND))
    assert up.body.endswith("每斤卖到十二块。")
    assert report.title == title
    assert report.body.startswith(_LEAD[:8]) and report.body.endswith(_SECOND)
