"""A site's source and author fields printed on one line right under a headline, over the text (`来源: 某某日报
作者:张三`), are the article's byline: they name its writer, as they do printed under the text; the line is no title.
Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_ONE = "“多亏了调解员,我们两家又能坐在一起喝茶了。”大岭村村民王五说。像这样的调解室,白沙镇每个村都有一间。"
_TWO = "据了解,去年以来,白沙镇各村调解室共调处邻里纠纷四十余起,调处成功率达到九成以上。"


def test_source_and_author_fields_under_the_title_are_its_byline():
    text = page("白沙镇村村建起调解室", "来源: 柳湾日报  作者:赵六", _ONE, _TWO)
    (article,) = parse_page(text)
    assert article.title == "白沙镇村村建起调解室" and article.kicker is None
    assert article.authors == ["赵六"] and article.body.startswith("“多亏了调解员")

