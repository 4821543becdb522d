"""A head over text opening in a province the article above never names, where that article is set in another
(`“一村一招”看陇上` over `甘肃山多地少,…` under an article about 河北's villages), titles an item of its own, as a head
naming that province does: no part of an article about one province opens in another (a province named inside the
sentence, a neighbour, sets nothing). The article above, interrupted where a paragraph ended, keeps its rest. Every
snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_ABOVE = ("今年,河北省新建了一批和美乡村,村里的路灯亮了,小广场也修好了。", "要说村子好不好,先看环境。",
          "走进青石县柳湾村,家家门前种着月季,村道扫得干干净净。")
_OTHER = ("甘肃山多地少,不少村子过去靠天吃饭,日子过得紧巴。",
          "这几年,各县看准门路,种花椒、养肉羊、育马铃薯种,一村一个门道。")
_REST = "柳湾村的村民说,环境好了,来村里住农家院的城里人也多了。"


def test_head_over_text_set_in_another_province_titles_an_item():
    first, other = parse_page(page("和美乡村新气象", *_ABOVE, "“一村一招”看陇上", *_OTHER, _REST))
    assert first.title == "和美乡村新气象"
    assert first.sections == []
    assert "甘肃山多地少" not in first.body
    assert other.title == "“一村一招”看陇上"
    assert other.body.startswith("甘肃山多地少")


def test_neighbouring_province_named_inside_the_sentence_sets_nothing():
    part = ("柳湾村在青石县最西头,紧挨着山西省的地界,村里人出门就是山。",
            "村支书说,村里的环境好了,来住农家院的人也多了。")
    (article,) = parse_page(page("和美乡村新气象", *_ABOVE, "“一村一招”看柳湾", *part))
    assert article.sections == ["“一村一招”看柳湾"]
