"""Right under a headline group's byline the text begins: a short comma line there, even one that
exclaims and restates the title (`在某村,说起他,人人都说:这位书记真能干!`), is the text's first sentence,
not a title of its own. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LONG = ("林夕原在县里机关工作,驻村以后走遍了全村的田头地角,把村里的难事一件件记在本子上,"
         "能办的马上办,一时办不了的也给乡亲们一个准话。")


def test_a_short_exclaiming_sentence_under_the_byline_opens_the_body():
    articles = parse_page(page("这位书记真能干", "——记白沙镇青松村第一书记林夕", "■文/图 本报记者 王 川",
                               "在白沙镇青松村,问起林夕,乡亲们都竖起大拇指:这位书记真能干!",
                               "这位书记,名叫林夕,是县里派来的。", "从头学农活", _LONG, _LONG))
    (article,) = articles
    assert article.kind == "article" and article.title == "这位书记真能干"
    assert article.subtitle == "——记白沙镇青松村第一书记林夕" and article.authors == ["王川"]
    assert article.body.startswith("在白沙镇青松村,问起林夕")
