"""A site's dateline that names its writer before the word for a report, without a role word
(`本网讯 张三 报道:…`), credits that writer; the text starts after the colon. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_a_name_before_report_colon_in_a_dateline_is_the_author():
    [article] = parse_page(page("白沙镇村庄清洁行动见成效",
                                "本网讯 张明远 报道:7月30日,白沙镇在青松村召开村庄清洁现场会,各村干部一起看变化、"
                                "找差距。",
                                "会后,各村对照清单逐项整改,村容村貌焕然一新。"))
    assert article.authors == ["张明远"]
    assert article.body.startswith("7月30日,白沙镇")
