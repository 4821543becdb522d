"""A narrow column that wraps at spaces may leave a paper's dateline word alone on its line
(`青山晚报讯` over `白沙镇…`): the word and the text after it are one dated paragraph, the lines together
or every line apart, and the word is no headline. Every snippet is invented."""

import pytest

from app.parsing import parse_page
from tests.helpers import column_page, wrapped

_LEAD = "白沙镇紧紧围绕创建文明城市的目标,组织志愿者走进村庄农家、田间地头,开展文明宣讲活动,用身边的故事感染群众。"
_MORE = "近年来,白沙镇组建了二十多支志愿服务队伍,累计开展送文明、送健康、送温暖等实践活动六十多次,居民都说好。"
_LAST = "如今走在白沙街头,道路更宽敞了,巷道更整洁了,沿街的店家也主动把门前的空地打扫得干干净净。"


@pytest.mark.parametrize("apart", [False, True])
def test_a_dateline_word_the_wrap_left_alone_opens_the_text_below(apart):
    blocks = [["青松社区的一面照片墙"], ["青山晚报讯", *wrapped(_LEAD, 20)], wrapped(_MORE, 20), wrapped(_LAST, 20)]
    (article,) = parse_page(column_page(blocks, apart))
    assert (article.kicker, article.title, article.subtitle) == (None, "青松社区的一面照片墙", None)
    assert article.body.startswith("白沙镇紧紧围绕")
