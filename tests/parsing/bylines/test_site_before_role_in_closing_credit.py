"""A site's or paper's name right before a role word in the credit closing a text (`(柳湾网 作者 林小禾)`,
`(白沙报 记者 王青)`) says whose writer it is: the name after the role is the writer, the outlet is no one. A name
alone that happens to end in 网 (`(王小网 张三)`, no role after it) is still a name. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = "时令到了惊蛰,柳湾县白沙镇的村民忙着给苗木除草、浇水、移苗,花木产业成了当地的富民产业。"


def test_the_outlet_before_the_role_is_no_writer():
    for credit, writer in (("(柳湾网 作者 林小禾)", "林小禾"), ("(白沙报 记者 王青)", "王青")):
        [article] = parse_page(page("柳湾花农劳作忙", _TEXT + credit))
        assert article.authors == [writer] and article.body.endswith("富民产业。")


def test_names_alone_stay_names():
    [article] = parse_page(page("柳湾花农劳作忙", _TEXT + "(王小网 张三)"))
    assert article.authors == ["王小网", "张三"]
