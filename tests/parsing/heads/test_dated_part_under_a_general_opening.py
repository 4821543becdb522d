"""A feature that opens in general (`千里边关,群山连绵…`: a short lead naming no town or village and dating
nothing) has its first part dated and set in a village (`4月2日,记者随同某某镇某某村…`), as a news item's lead is:
a head naming no place between them heads that part, not an item of its own. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.similarity import general_opening_over_its_part
from tests.helpers import page

_LEAD = "千里边关,群山连绵。在西南边陲的山岭间,各村党组织扎根一线,党员群众同心守边,共护边疆安宁。"
_PART = ("4月2日,记者随同青石县岭口镇界河村支书王大山,沿着边境巡逻道走了整整一个上午。",
         "“二十多公里巡逻路,每块界碑都要看一看,再累也值得。”王大山说。")


def test_place_free_head_under_a_general_opening_heads_its_first_part():
    (article,) = parse_page(page("边关党旗红", _LEAD, "每名党员都是一座哨所", *_PART))
    assert article.sections == ["每名党员都是一座哨所"]
    assert article.body.endswith("再累也值得。”王大山说。")


def test_an_opening_that_dates_or_sets_its_story_is_no_general_one():
    assert general_opening_over_its_part("每名党员都是一座哨所", _LEAD)
    assert not general_opening_over_its_part("每名党员都是一座哨所", "3月28日,东坡镇举办边民培训班。")
    assert not general_opening_over_its_part("界河村的哨所", _LEAD)
