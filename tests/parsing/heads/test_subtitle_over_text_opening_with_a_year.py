"""A clause with no mark at its end right under a title (`受镇党委委派,到山里的小村当起了“驻村书记”`), over text
opening with a year and the time it sets, then a comma (`2019年开春时,…`): no sentence the column broke resumes so,
so the clause is the title's subtitle, not the first piece of the text. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_SUBTITLE = "受镇党委委派,到山里的小村当起了“驻村书记”"
_TEXT = ("2019年开春时,单位要选一名干部到青石乡岭下村驻村,我报了名,背着行李就进了山。",
         "岭下村有六个村民小组,一千多口人,散住在三道山梁上。")


def test_clause_over_text_opening_with_a_year_is_the_subtitle():
    (article,) = parse_page(page("我在岭下村当“驻村书记”", _SUBTITLE, *_TEXT))
    assert article.title == "我在岭下村当“驻村书记”"
    assert article.subtitle == _SUBTITLE
    assert article.body.startswith("2019年开春时")
    assert article.body.endswith("散住在三道山梁上。")
