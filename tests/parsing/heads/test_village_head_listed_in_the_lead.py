"""A head naming a village before its colon (`青竹村:…`) under a feature whose lead lists the villages it goes to
(`…青竹、石门、柳湾三个山村`), one of them, the text below naming it again: the feature's part on that village, not
an article of its own. A village the lead did not list still titles an item. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = ("入冬以来,本报记者走进南岭乡青竹、石门、柳湾三个山村,看山里人家怎样把日子过得红红火火。",
         "三个村都在半山腰上,过去进出只有一条石板路,如今水泥路通到了每家门口。")
_PART = ("青竹村的茶园在村后的山坡上,六十多户人家都种茶,今年春茶卖出了好价钱。",
         "村里的合作社请来了茶艺师傅,年轻人学会了炒茶,不少外出打工的人回了村。")


def test_head_of_a_listed_village_goes_on_with_the_feature():
    (article,) = parse_page(page("山里人家的冬天", *_LEAD, "青竹村:一片茶园 富了一村人", *_PART))
    assert article.title == "山里人家的冬天"
    assert "六十多户人家都种茶" in article.body


def test_head_of_a_village_not_listed_titles_an_item():
    other = ("梅岭村的茶园在村后的山坡上,六十多户人家都种茶,今年春茶卖出了好价钱。", _PART[1])
    articles = parse_page(page("山里人家的冬天", *_LEAD, "梅岭村:一片茶园 富了一村人", *other))
    assert [a.title for a in articles] == ["山里人家的冬天", "梅岭村:一片茶园 富了一村人"]
