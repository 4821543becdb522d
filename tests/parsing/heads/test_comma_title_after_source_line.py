"""A comma title printed right after a source line that closes the article above (`来源:某某社区
通讯员 张三 编辑 李四`) heads the next article, as it does after any closing credit: no sentence runs
on past a credit. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_ABOVE = "白沙网讯:为整治共享单车乱停放,青松社区组织志愿者在主要道路巡查,引导居民规范停车。"
_BELOW = "为进一步净化环境,7月28日下午,社区党群服务中心带领志愿者开展扫街活动,清除卫生死角。"


def test_a_comma_title_after_a_source_line_heads_the_next_article():
    articles = parse_page(page("青松社区开展巡查志愿活动", _ABOVE, "来源:青松社区 通讯员 林小川 编辑 周 夏",
                               "街巷治理“最后一米”,松林社区文明先锋志愿者在行动", _BELOW))
    assert [a.title for a in articles] == ["青松社区开展巡查志愿活动",
                                           "街巷治理“最后一米”,松林社区文明先锋志愿者在行动"]
    assert articles[0].authors == ["林小川"]
    assert articles[1].body.startswith("为进一步净化环境")
