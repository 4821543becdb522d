"""A long kicker with a comma (`他拆了自家的院墙…,乡亲们还盼着…`) is read as a line of text until kickers are
lifted over their titles. Broken off without a full stop, it looked like an article interrupted
mid-sentence, and the continuation of the article under it, printed after another article closed by its
credit, went to it: a line right over a headline is that headline's kicker, no article broken off, and
the continuation goes back to the article under it. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_the_continuation_goes_under_the_kicker_to_its_article():
    articles = parse_page(page(
        "他拆了自家的旧院墙为邻居让出了路,乡亲们还盼着他能修座桥",
        "老支书李青山又犯难了",
        "李青山真的犯难了!",
        "青松村背靠大山,门前一条小河,村民进出全靠一座摇摇晃晃的木板桥。",
        "白沙村:修通致富路",
        "本报讯 近日,白沙村新修的水泥路通车,村里的果子第一次用卡车运出了山。",
        "通联:某某县白沙乡政府\n供稿:张小明 李四",
        "桥的事,李青山跑了好几趟镇里,总算有了眉目。",
        "村民们说,等桥修好了,一定请老支书第一个走过去。"))
    [first] = [a for a in articles if a.title == "老支书李青山又犯难了"]
    assert first.kicker == "他拆了自家的旧院墙为邻居让出了路,乡亲们还盼着他能修座桥"
    assert first.body.endswith("第一个走过去。")
    assert [a.title for a in articles] == ["老支书李青山又犯难了", "白沙村:修通致富路"]
