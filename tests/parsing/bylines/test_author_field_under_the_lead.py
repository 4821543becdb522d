"""A site's author field printed right under an article's first paragraph (`作者:张三`), the text going on
below it without a headline: the field names the writer and the article runs on past it; the text below is
not an article of its own. Text after a one-paragraph item credited so that goes on with an article still
running above stays that article's. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_LEAD = "3月5日上午,青松镇“红帆读书会”走进柳岸村,二十多位村民在村史馆里听老教师讲读书会的由来。"
_ON = ("据了解,青松镇红帆读书会成立三年来,已在全镇十二个村办过读书活动,村里的老人孩子都爱来听。",
       "当天,读书会还为柳岸村农家书屋送去了两百多册新书。")


def test_text_going_on_under_an_author_field_stays_with_its_lead():
    articles = parse_page(page("红帆读书会走进柳岸村", _LEAD, "作者:方小禾", *_ON))
    assert [a.kind for a in articles] == ["article"]
    article = articles[0]
    assert article.authors == ["方小禾"] and "作者" not in article.body
    assert article.body.startswith("3月5日上午") and article.body.rstrip().endswith("两百多册新书。")


def test_text_going_on_with_the_article_above_is_not_taken_by_the_credited_item():
    above = ("白沙河清淤工程开工", "4月2日,白沙河清淤工程在下游的石桥段开工,施工队将沿河清出淤泥五万多方,")
    articles = parse_page(page(*above, "红帆读书会走进柳岸村", _LEAD, "作者:方小禾",
                               "清出的淤泥将运往白沙河东岸的低洼地,用来整出一片新的河岸林地。"))
    item = by_title(articles, "红帆读书会走进柳岸村")
    assert item.authors == ["方小禾"] and "淤泥" not in item.body
    assert "东岸的低洼地" in by_title(articles, "白沙河清淤工程开工").body
