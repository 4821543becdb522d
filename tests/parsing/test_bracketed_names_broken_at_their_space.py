"""Every line apart, a paragraph closed by bracketed names (`…方便多了!”(张三 李四)`) that the wrap broke at
the space between them (`…方便多了!”(张三` / `李四)`): the names close the paragraph as its credit, the piece
under them is no headline. Every snippet is invented."""

import textwrap

from app.parsing import parse_page
from tests.helpers import by_title, column_page

_SHOW = "9月3日晚,柳岸镇文化站的夜间书场开张了,两位评话艺人轮流登台,讲的都是本地的老故事。"
_BRIDGE = ("青松村的老石桥修好了,村民们说:“以后赶集再也不用绕远路了,走亲戚、看病、"
           "送孩子上学都比从前方便多了!”(鲁晓岚 林青松)")
_FLOWERS = "10月5日,白沙镇举办第三届菊花展,展出各类菊花三千余盆,吸引了周边市民前来观赏。"


def test_bracketed_names_broken_at_their_space_close_the_article():
    bridge = textwrap.wrap(_BRIDGE, 20)
    assert bridge[-2].endswith("(鲁晓岚") and bridge[-1] == "林青松)"  # (the wrap broke the credit at its space)
    articles = parse_page(column_page([["柳岸镇办起夜间书场"], textwrap.wrap(_SHOW, 20), ["青松村修好了老石桥"], bridge,
                                       ["白沙镇举办菊花展"], textwrap.wrap(_FLOWERS, 20)], apart=True))
    assert [a.title for a in articles] == ["柳岸镇办起夜间书场", "青松村修好了老石桥", "白沙镇举办菊花展"]
    article = by_title(articles, "青松村修好了老石桥")
    assert article.authors == ["鲁晓岚", "林青松"] and article.body.endswith("方便多了!”")
