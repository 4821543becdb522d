"""A credit closing the text that gives each name its role after a slash, a writer among them (`(林小河/文
王青/摄)`), is the article's credit: both are named, as in `(记者 林小河 文/摄)`. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_a_writer_and_a_photographer_each_with_a_slash_role():
    text = page("代表视察白沙镇", "11月3日,部分县人大代表来到柳湾县白沙镇,察看了新建的污水处理站和村级养老中心。",
                "视察结束后,代表们表示,要多到基层听听群众的呼声,把意见建议带到会上。(林小河/文 王青/摄)")
    [article] = parse_page(text)
    assert article.kind == "article" and article.authors == ["林小河", "王青"]
    assert article.body.endswith("带到会上。")
