"""A head naming no place, over text that sets its scene in a town the article above never named but inside the place
the article's headline names (`在柳湾县白沙镇…` under `柳湾 : …`), is the feature's next part: it walks from town to
town of the place it is about. Under a headline naming another place the same head titles an item of its own. Every
snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "柳湾县的几位女村干部,这几年成了乡亲们致富的带头人。"
_PART_ONE = "柳湾县青石镇河口村党支部书记林小禾办起了合作农场,带着村民种优质稻,去年纯收入超过五十万元。"
_HEAD = "“羊司令”带出好日子"
_PART_TWO = "在柳湾县白沙镇竹园村,村主任周小梅养羊二十年,人称“羊司令”,如今带着村里三十多户一起养。"


def test_the_head_is_a_section_of_the_feature():
    [article] = parse_page(page("柳湾 : 巾帼带头闯出致富路", "□ 本报记者 王青", _LEAD, "种粮大户的新账本", _PART_ONE,
                                _HEAD, _PART_TWO))
    assert article.sections == ["种粮大户的新账本", _HEAD] and article.body.endswith("一起养。")


def test_under_a_headline_naming_another_place_the_head_titles_an_item():
    lead = _LEAD.replace("柳湾县的", "青山区的")
    articles = parse_page(page("青山 : 巾帼带头闯出致富路", "□ 本报记者 王青", lead, "种粮大户的新账本",
                               _PART_ONE.replace("柳湾县青石镇", "青山区青石镇"), _HEAD, _PART_TWO))
    assert [a.title for a in articles] == ["青山 : 巾帼带头闯出致富路", _HEAD]
