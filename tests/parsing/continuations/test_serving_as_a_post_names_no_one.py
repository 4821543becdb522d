"""`由党支部书记任调解队队长`: after a post, `任` opening a clause that ends on a post is the verb (serves as), no
person named 任 introduced by the post; a later article's text saying `担任调解员` names no one the article above
introduced, and stays where it is printed. `村党支部书记任建国说` still introduces 任建国. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.continuations.page_texts import _serves_as
from tests.helpers import page

_FIRST = ("白沙镇调解室化解矛盾睦乡邻",
          "“谢谢你们,化解了我们两家的纠纷。”白沙镇大岭村村民王五对调解员说。白沙镇每个村都有一间调解室。",
          "白沙镇探索完善调解机制,村村成立调解室,由党支部书记任调解队队长,负起第一责任,动员老党员、老干部参与调解。")
_SECOND = ("柳湾县构建调解网络把矛盾化解在基层",
           "“我心里的疙瘩终于解开了。”柳湾县东港乡村民李四说。他和邻居因为院墙发生争执,一直僵持不下。",
           "今年六十岁的赵六从事人民调解工作八年,面对两家的纠纷,他来回跑了十几趟,终于让两家握手言和。",
           "近年来,柳湾县邀请乡村威信较高、办事公道的老党员、老教师等担任调解员,全县已建起三级调解网络。",
           "目前,柳湾县共有人民调解委员会三百余个,全县调解员达两千余名。")


def test_a_clause_serving_as_a_post_names_no_one():
    assert _serves_as("任调解", "由党支部书记任调解队队长,负起责任")
    assert not _serves_as("任建国", "村党支部书记任建国说,今年村里修了路")


def test_text_saying_serves_as_stays_with_its_own_article():
    first, second = parse_page(page(*_FIRST, *_SECOND))
    assert first.body.endswith("参与调解。")
    assert second.title == _SECOND[0] and second.body.endswith("两千余名。")
