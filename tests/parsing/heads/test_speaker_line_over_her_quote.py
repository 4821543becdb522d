"""A line naming a post and a person and ending in a colon (`某某社区网格员张三:`), printed alone over her saying quoted
whole, is the article's text introducing the quote, not the headline of an item of its own (under a head of the
article printed on two lines, not that head's title). Every snippet is
invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "“大家盼了好几年的公交车,终于开到了家门口。”日前,河湾街道青石社区党委副书记说。"
_MORE = "当前,河湾区正加快探索基层治理新路子,奋战在一线的社区干部们,是怎样做的?"
_QUOTE = "“满足居民的需求,是网格工作的出发点和落脚点;背靠党组织,再难的事我们也有信心去推进。”"
_AFTER = "“坐上这路公交,十几分钟就到家了!”3月24日上午,在青石社区的小区门口,一位老人拎着菜下了车。"


def test_a_post_and_a_name_ending_in_a_colon_over_her_quote_is_text():
    head = "关键词 便民服务\n“争”来的支线公交"
    (article,) = parse_page(page("社区争来一条公交线", "□ 本报记者 王小明", _LEAD, _MORE, head,
                                 "河湾区青石社区网格员李小红:", _QUOTE, _AFTER))
    assert article.title == "社区争来一条公交线"
    assert "网格员李小红:" in article.body and article.body.endswith("下了车。")


def test_a_label_with_a_colon_over_a_quote_names_no_one():
    (article,) = parse_page(page("社区争来一条公交线", "□ 本报记者 王小明", _LEAD, _MORE, "产业赋能:", _QUOTE, _AFTER))
    assert article.sections == ["产业赋能:"]
