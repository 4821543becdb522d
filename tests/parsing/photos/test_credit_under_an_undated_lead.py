"""A headline, a lead restating it, a photo credit right under the lead, then more text with no headline that
goes on from that lead (it shares its words, not those of an article still running above): the photo sits in
the article, whose text runs on past the credit; no titled photo is cut out of its headline and lead. A titled
photo whose caption restates its title stays a photo when the text below shares the words of the article above. Every
snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_ABOVE = ("柳岸湖的故事", "十年前,柳岸湖还是一片采砂留下的水塘,岸边杂草丛生,附近的居民大多搬去了城里。",
          "这几年,柳岸镇清淤筑堤、种树栽花,湖面渐渐清澈起来,候鸟也一年比一年多。")


def test_text_going_on_from_the_lead_keeps_the_article_whole():
    articles = parse_page(page(*_ABOVE, "县作协组团赴青松镇采风",
                               "应青松镇的邀请,9月5日,县作家协会组团赴青松镇采风,"
                               "采风团一行十余人先后来到百年梨园和古银杏林,实地了解梨园丰收景象。",
                               "鲁晓岚 摄",
                               "在新建的青松镇村史馆,采风团一行听取了老支书讲述的村庄变迁,又沿古道登山,"
                               "观看有三百年历史的古井。",
                               "作家们表示,将用手中的笔记录青松镇的新变化。"))
    assert [a.kind for a in articles] == ["article", "article"]
    article = articles[1]
    assert article.title == "县作协组团赴青松镇采风"
    assert article.body.startswith("应青松镇的邀请") and article.body.rstrip().endswith("新变化。")


def test_a_titled_photo_over_text_going_on_with_the_article_above_stays_a_photo():
    articles = parse_page(page(*_ABOVE, "青松镇梨园喜获丰收",
                               "9月5日,青松镇百年梨园喜获丰收,果农在园中采摘酥梨。",
                               "鲁晓岚 摄",
                               "如今的柳岸湖畔,每到周末都有不少市民前来观鸟,湖边的农家乐生意也红火了起来。"))
    photo = next(a for a in articles if a.kind == "photo")
    assert photo.title == "青松镇梨园喜获丰收" and "观鸟" not in photo.body
