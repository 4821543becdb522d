"""A photo credit (`… 摄`) under a headline's one paragraph, then a section head leading into text (`…——` over a
paragraph): the text to weigh is the paragraph under that head, as under a label (`编者按`); the lead restating its
headline keeps the picture in the article, whose sections follow. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page


def test_the_lead_keeps_its_picture_and_the_sections_follow():
    articles = parse_page(page(
        "青松村:党建引领乡村振兴",
        "青松村位于白沙镇东部,全村党员八十多名,村党委设了五个支部,正在走一条党建引领乡村振兴的路子。\n本报记者 张三摄",
        "共建共享,共同富裕——",
        "春天的青松村草木葱茏,一排排整洁的农房掩映在绿树之间,村民们在广场上跳舞。",
        "青松村的村民说,这几年村里的路宽了、灯亮了,日子一年比一年好。",
        "党建引领,强村富民——",
        "多年来,青松村党委坚持党建引领,带领村民发展有机稻米和乡村旅游。",
    ))
    assert len(articles) == 1
    article = by_title(articles, "青松村:党建引领乡村振兴")
    assert article.kind == "article"
    assert article.sections == ["共建共享,共同富裕——", "党建引领,强村富民——"]
    assert article.body.startswith("青松村位于白沙镇东部") and article.body.endswith("发展有机稻米和乡村旅游。")
