"""The rest of a feature interrupted at a paragraph break, printed under another item's uncredited text, whose first
sentence names the person the feature calls by `老` and a surname (`老郑`), one the item between never names, goes
back to the feature. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_FEATURE = ["“那回的事,现在想想真不该!”提起当年和邻居为一堵墙闹到镇上,老郑摆着手直摇头。",
            "“墙往你家挪了半尺!”",
            "“明明是你家先占的地!”"]
_REST = ["那年秋天,老郑跟邻居为了一堵院墙吵到了镇上,谁也不肯让一步,两家三年没说过一句话。",
         "后来,村里的调解员拿着老地契一寸一寸地量,老郑心里的那口气才慢慢顺了。"]
_OTHER = ["河湾村这两年办喜事不再比排场,村里定了标准,几家办酒都照着做,省下不少钱。",
          "村里的老会计算过一笔账,以前一场酒席动辄几十桌,烟酒越摆越贵,不少人家为此背了债。",
          "如今村里成立了理事会,谁家办事先报备,理事会派人到场帮忙,也帮着把关。"]


def test_the_rest_naming_the_familiar_person_goes_back_to_the_feature():
    text = page("矛盾不出村 化解在身边", "□ 本报记者 王小明", *_FEATURE, "河湾村喜事新办", *_OTHER, *_REST)
    articles = parse_page(text)
    feature, other = by_title(articles, "矛盾不出村 化解在身边"), by_title(articles, "河湾村喜事新办")
    assert feature.body.endswith("才慢慢顺了。") and "那年秋天" in feature.body
    assert other.body.endswith("也帮着把关。") and "老郑" not in other.body


def test_a_rest_naming_no_one_the_feature_called_so_stays_under_the_item():
    rest = [line.replace("老郑", "有人") for line in _REST]
    text = page("矛盾不出村 化解在身边", "□ 本报记者 王小明", *_FEATURE, "河湾村喜事新办", *_OTHER, *rest)
    other = by_title(parse_page(text), "河湾村喜事新办")
    assert other.body.endswith("才慢慢顺了。")
