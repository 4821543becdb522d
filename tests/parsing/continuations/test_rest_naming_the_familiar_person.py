"""The rest of a feature interrupted at a paragraph break, printed under another item's uncredited text, whose first
sentence names the person the feature calls by `老` and a surname (`老郑`), one the item between never names, goes
back to the feature. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_FEATURE = ["“想起那天的事,我脸都红了!”说起当年去城里上访,老郑还是不好意思地笑了。",
            "“你先下来,有话好好说!”",
            "“不给我说法,我就不下来!”"]
_REST = ["那年冬天,老郑为了讨个说法,爬上了县里一座楼的楼顶,想用这个办法逼人答应。",
         "原来,老郑所在的厂子改制后,宿舍被统一拍卖,他不肯搬走,心里憋着一口气。"]
_OTHER = ["河湾村这两年办喜事不再比排场,村里定了标准,几家办酒都照着做,省下不少钱。",
          "村党支部书记告诉记者,以前一场酒席动辄几十桌,烟酒越抽越贵,不少人家为此背了债。",
          "如今村里成立了理事会,谁家办事先报备,理事会派人到场帮忙,也帮着把关。"]


def test_the_rest_naming_the_familiar_person_goes_back_to_the_feature():
    text = page("矛盾不出村 化解在身边", "□ 本报记者 王小明", *_FEATURE, "河湾村喜事新办", *_OTHER, *_REST)
    articles = parse_page(text)
    feature, other = by_title(articles, "矛盾不出村 化解在身边"), by_title(articles, "河湾村喜事新办")
    assert feature.body.endswith("心里憋着一口气。") and "那年冬天" in feature.body
    assert other.body.endswith("也帮着把关。") and "老郑" not in other.body


def test_a_rest_naming_no_one_the_feature_called_so_stays_under_the_item():
    rest = [line.replace("老郑", "有人") for line in _REST]
    text = page("矛盾不出村 化解在身边", "□ 本报记者 王小明", *_FEATURE, "河湾村喜事新办", *_OTHER, *rest)
    other = by_title(parse_page(text), "河湾村喜事新办")
    assert other.body.endswith("心里憋着一口气。")
