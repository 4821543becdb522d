"""A head opening with a number printed on two digits and a space (`01 某某村…`, `02 …`) counts the parts
of a feature, as `1.` does: it is a section of the text it stands in, not the title of another article.
Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "沿着青河一路向东,一个个村庄换了模样,游客多了,村里的年轻人也回来了。"
_MORE = "这一年里,全县的村庄各走各的路,走出了各自的名气。"
_FIRST = "目前,青河镇青河村茶园的新茶厂已经完工,春茶上市时,采茶的队伍从早排到晚。"
_SECOND = "白沙镇白沙村书屋由老粮仓改成,周末常有城里的家长带着孩子来读书。"


def test_zero_padded_numbers_open_sections_of_the_feature():
    [article] = parse_page(page("青河两岸的村庄", _LEAD, _MORE, "01 青河镇青河村茶园", _FIRST,
                                "02 白沙镇白沙村书屋", _SECOND))
    assert article.sections == ["01 青河镇青河村茶园", "02 白沙镇白沙村书屋"]
    assert article.paragraphs[-1] == _SECOND
