"""A site's dateline dated with the year (`某某新闻网2023年5月6日讯(记者 张三 …)`) and a paper joined to its
site by a slash (`某某日报/某某网某县讯(通讯员 张三 李四 摄影)`) open the text and name its reporters, as
`某某网5月6日讯(…)` and `某某日报讯(…)` do. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.bylines.credits import parse_dateline
from app.text import fold
from tests.helpers import page


def _dateline(text: str):
    return parse_dateline(text, fold(text))


def test_a_dated_site_dateline_with_its_year():
    line = "青松新闻网2023年5月6日讯(记者 张小明 通讯员 李四 文/图)近日,白沙社区开展邻里活动。"
    found = _dateline(line)
    assert found is not None and found.authors == ["张小明", "李四"] and line[found.end:].startswith("近日")


def test_a_paper_and_its_site_joined_by_a_slash():
    line = "青松日报/青松网白沙讯(通讯员 张小明 李四 摄影)5月6日,白沙镇举行舞蹈比赛。"
    found = _dateline(line)
    assert found is not None and found.authors == ["张小明", "李四"] and line[found.end:].startswith("5月6日")


def test_the_dated_text_opens_after_its_dateline():
    [article] = [a for a in parse_page(page(
        "白沙社区邻里节热闹开场",
        "青松新闻网2023年5月6日讯(记者 张小明)近日,白沙社区开展邻里节活动,居民们走出家门一起包饺子、做手工。",
        "活动现场还设置了便民服务摊位,为居民提供义剪、义诊等服务。")) if a.kind == "article"]
    assert article.authors == ["张小明"] and article.body.startswith("近日")
