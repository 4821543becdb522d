"""Two credit lines one under the other after finished text (`晚报记者 张三` / `摄影 晚报记者 李四`), before the next
headline: they close the article above together, as one credit line there does; both names are its authors.
Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page


def test_both_credit_lines_close_the_article_above():
    articles = parse_page(page(
        "白沙镇的美丽乡村",
        "走进白沙镇,街道整齐干净,水塘与湿地密布,房屋有着统一的、与周围山水和谐的风格。",
        "近年来,白沙镇把生态宜居作为发展的核心,走出了一条生态领先的路子。",
        "晚报记者 张三",
        "摄影 晚报记者 李四",
        "柳湾乡举办秋季运动会",
        "本报讯(通讯员 王五)10月8日,柳湾乡第十届秋季运动会在乡中学操场开幕。",
    ))
    assert by_title(articles, "白沙镇的美丽乡村").authors == ["张三", "李四"]
    assert by_title(articles, "柳湾乡举办秋季运动会").authors == ["王五"]
