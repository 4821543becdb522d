"""A verb or a kind of place before a place word (`做好村中的事`, `抓好镇圩规划`, `打造亮点村`, `小事不出村`)
names no town or village: such words, shared by two items on a page, do not make one item's text the
other's continuation. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.similarity import place_names
from tests.helpers import page


def test_verbs_and_kinds_before_place_words_name_no_place():
    assert place_names("要做好村中的矛盾化解,抓好镇圩规划,打造亮点村,做到小事不出村", towns_only=True) == set()
    assert place_names("青松村和白沙镇", towns_only=True) == {"青松", "白沙"}


def test_an_item_keeps_its_text_when_only_a_verb_before_a_place_word_is_shared():
    visit, meeting = parse_page(page(
        "市长到青松镇调研", "本报讯 近日,市长到青松镇调研,要求做好镇圩建设规划,补齐设施短板。",
        "据悉,青松镇已引进四家企业,选址涉及该镇的三个村。",
        "白沙镇开好新年局", "2月22日,白沙镇召开收心会,部署节后重点工作。",
        "会议要求各村干部做好村里的纠纷调处,打造亮点村,力争小事不出村。"))
    assert visit.body.endswith("选址涉及该镇的三个村。")
    assert meeting.body.endswith("力争小事不出村。")
