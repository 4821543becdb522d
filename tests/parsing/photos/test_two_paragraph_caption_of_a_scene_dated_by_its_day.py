"""A titled photo whose caption is two paragraphs, the first opening on the day alone (`16日,…`, as a caption takes
its month from the page) and the second telling the background of the village or town the first pictured, named
again (`近年来,某某村…`), its credit right under it: one caption, not an article over a caption of its own. Without the
day alone, or when the second names another place, the second is still a caption of its own. Every snippet is
invented."""

from app.parsing import parse_page
from tests.helpers import page

_DAY = "16日,从空中看去,柳湾县白沙镇青松新村的白墙黛瓦掩映在一片稻田之中。"
_BACKGROUND = "近年来,青松新村修缮老屋、疏浚河塘、建起游园,被评为省级美丽乡村示范村。"
_ELSEWHERE = "近年来,营前村修缮老屋、疏浚河塘、建起游园,被评为省级美丽乡村示范村。"


def test_background_of_the_village_pictured_on_its_day_is_the_same_caption():
    (photo,) = parse_page(page("青松新村美如画", _DAY, _BACKGROUND + "\n柳湾日报记者 宋雨 摄"))
    assert photo.kind == "photo" and photo.title == "青松新村美如画" and photo.authors == ["宋雨"]
    assert photo.body.startswith("16日,从空中看去") and photo.body.endswith("美丽乡村示范村。")


def test_another_village_is_a_caption_of_its_own():
    articles = parse_page(page("青松新村美如画", _DAY, _ELSEWHERE + "\n柳湾日报记者 宋雨 摄"))
    assert [a.body for a in articles if a.kind == "photo"] == [_ELSEWHERE]


def test_month_and_day_open_a_report_not_a_caption():
    dated = "3月16日,从空中看去,柳湾县白沙镇青松新村的白墙黛瓦掩映在一片稻田之中。"
    articles = parse_page(page("青松新村美如画", dated, _BACKGROUND + "\n柳湾日报记者 宋雨 摄"))
    assert [a.body for a in articles if a.kind == "photo"] == [_BACKGROUND]
