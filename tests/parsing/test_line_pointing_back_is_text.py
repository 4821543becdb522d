"""A paragraph cut mid-sentence right over another item's title, opening by pointing back at what the text
above named (`该合唱队…`, `这样的变化…`), is that text going on, not the title's kicker: a headline stands
alone and names what it tells. The rest of its sentence, printed after the item, goes back to it.
Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_CHOIR = ("本报讯(通讯员 齐晓岚)日前,青柳村的二十多位老人组成了一支合唱队,队员中年纪最大的已有八十一岁。",
          "该合唱队每周二下午在村文化礼堂")
_ITEM = ("本报讯(记者 甘露白)昨天,南坡街道在文体中心举办了一场象棋比赛,六十多名居民报名参赛。",
         "南坡街道的象棋比赛分老年组和少年组,选手们你来我往,杀得难解难分。")
_REST = "排练,老人们说,唱歌让他们的身子骨更硬朗了。"


def test_piece_pointing_back_over_a_title_stays_text():
    articles = parse_page(page("青柳村老人唱响幸福歌", *_CHOIR, "南坡街道举办象棋比赛", *_ITEM, _REST))
    choir = by_title(articles, "青柳村老人唱响幸福歌")
    assert "村文化礼堂排练" in choir.body.replace("\n", "")
    item = by_title(articles, "南坡街道举办象棋比赛")
    assert item.kicker is None
    assert item.body.endswith("杀得难解难分。")


def test_title_opening_with_a_plain_word_keeps_its_kicker():
    articles = parse_page(page("青柳村老人唱响幸福歌", _CHOIR[0], "活力南坡", "南坡街道举办象棋比赛", *_ITEM))
    assert by_title(articles, "南坡街道举办象棋比赛").kicker == "活力南坡"
