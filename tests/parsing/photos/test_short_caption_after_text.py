"""A one-sentence paragraph opening with its day, with a photographer's credit run on (`3月16日,村民在某某村书屋
听讲座。 张三 摄`), printed after an article's text, is a captioned photo even when it names the place the text
names: an article's own closing paragraph credited so goes on, it does not open a scene. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_TITLE = "青松村农家书屋成了“充电站”"
_TEXT = ("3月17日,走进白沙镇青松村的农家书屋,新书一排排码放在木架上,几名村民正在翻看。",
         "曾经的青松村农家书屋鲜有人来。去年,村里投入资金修缮书屋,添置了新书架和舒适的座椅,"
         "还请来退休教师每周开设一次阅读课,如今书屋里常常坐满了人。")
_CAPTION = "3月16日,村民在青松村农家书屋听健康讲座。"


def test_the_short_sentence_and_its_credit_are_a_photo():
    articles = parse_page(page(_TITLE, *_TEXT, _CAPTION + " 王小青 摄", "南湖村办起老年食堂",
                               "白沙镇南湖村的老年食堂开张了,七十岁以上的老人每餐只需交三元钱。"))
    article = by_title(articles, _TITLE)
    assert article.authors == [] and "健康讲座" not in article.body
    [photo] = [a for a in articles if a.kind == "photo"]
    assert photo.authors == ["王小青"] and photo.body == _CAPTION


def test_a_long_closing_paragraph_credited_so_keeps_its_credit():
    closing = ("当天,青松村农家书屋还举办了读书分享会,十多位村民轮流上台讲述读书心得。"
               "村里的孩子们也朗诵了自己喜爱的诗歌。")
    articles = parse_page(page(_TITLE, *_TEXT, closing + " 王小青 摄"))
    article = by_title(articles, _TITLE)
    assert article.authors == ["王小青"] and article.body.endswith("喜爱的诗歌。")


def test_a_short_closing_sentence_without_a_day_keeps_its_credit():
    articles = parse_page(page(_TITLE, *_TEXT, "如今,青松村农家书屋已有藏书三千多册。 王小青 摄"))
    assert by_title(articles, _TITLE).authors == ["王小青"]
