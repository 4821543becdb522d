"""A name closing the last paragraph after its full stop and a space: one of two characters spaced out to
the width of a three-character one (`…祝福。 晓 青`, a pen name as well), or names after a box
(`…认可。” □ 林小川`). It is the credit, not text, and the article is closed: the next headline's text
does not run on into it. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_a_name_spaced_out_closes_the_article():
    first = page("柳岸社区重阳敬老",
                 "本报讯 重阳节当天,柳岸社区为辖区八十岁以上的老人集体过生日,志愿者包了三百多个饺子。",
                 "社区还请来卫生院的医生为老人量血压、测血糖,并送去了节日的祝福。 晓 青")
    second = page("青松镇舞龙迎新春", "正月初二,青松镇的舞龙队走街串巷,锣鼓声中长龙翻腾,引得村民连连喝彩。",
                  "舞龙队最后来到幸福家园社区,为居民送上新春的祝福。", "(林小川 周青)")
    articles = parse_page(first + "\n" + second)
    assert [a.title for a in articles] == ["柳岸社区重阳敬老", "青松镇舞龙迎新春"]
    assert articles[0].authors == ["晓青"]
    assert articles[0].body.endswith("节日的祝福。")
    assert articles[1].authors == ["林小川", "周青"]
    assert "幸福家园社区" in articles[1].body


def test_names_after_a_box_close_the_last_paragraph():
    text = page("“今年又是个好收成”",
                "林大伯在青松镇种了二十年草莓,今年的大棚里果子又大又甜,预订的客户排到了月底。",
                "他说:“希望新的一年风调雨顺,让更多人尝到青松的草莓。” □ 林小川")
    article = parse_page(text)[0]
    assert article.authors == ["林小川"]
    assert article.body.endswith("青松的草莓。”")
