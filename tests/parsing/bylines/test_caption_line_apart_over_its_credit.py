"""Where every line stands apart, a finished line that is a paragraph of its own right after an article's
last line, over a photo credit (`青松社区活动。` / `通讯员林小川 供图`), is a photo's caption and credit printed
together, not the article's last paragraph. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import column_page

_W = 24


def _lines(text: str) -> list[str]:
    return [text[k:k + _W] for k in range(0, len(text), _W)]


def test_a_caption_line_apart_over_its_credit_is_a_photo():
    text = ("东海网讯 (通讯员林小川)四百多户,一千多人,问起青松社区第四网格的情况,网格员小周脱口而出。"
            "网格里有多少独居老人,哪栋楼住着多少外来人口,她都记得清清楚楚,说起来如数家珍一样。"
            "这几天她的任务特别多,小区出口多,要上门的人家也多,可她从没喊过一声累。")
    lines = [*_lines(text), "青松社区活动。", "通讯员林小川 供图"]
    articles = parse_page(column_page([["红马甲里的网格员"], lines], apart=True))
    [photo] = [a for a in articles if a.kind == "photo"]
    [article] = [a for a in articles if a.kind == "article"]
    assert photo.body == "青松社区活动。" and photo.authors == ["林小川"]
    assert article.body.endswith("从没喊过一声累。") and article.authors == ["林小川"]
