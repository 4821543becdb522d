"""Once a one-phrase head of four to six characters (`灯会闹元宵`) is a feature's section head, a later
head of one phrase of the same length (`戏台唱新年`) is a section of the same feature, even over text
that dates its event and names a town the feature had not named. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_a_later_one_phrase_head_of_the_same_length_is_a_section():
    (article,) = parse_page(page(
        "青山各地欢欢喜喜过新年",
        "新年到来,青山市各地依托文明实践站开展形式多样的迎新活动,让群众在家门口过上热闹年。",
        "灯会闹元宵",
        "白沙镇文明实践所组织民间艺人扎起花灯,镇区主街上挂满了兔子灯、荷花灯,引来不少游客。",
        "戏台唱新年",
        "近日,青松镇举办迎新年文艺演出,舞龙、锣鼓、地方戏等十多个节目轮番上演,台下坐满了村民。",
    ))
    assert article.title == "青山各地欢欢喜喜过新年"
    assert article.body.rstrip().endswith("台下坐满了村民。")
