"""A line that opens with a mark only a running sentence has (`、`, `,`, `;`, a closing bracket) is the rest
of the sentence the column broke above it, never a headline, however short. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import every_line_apart


def test_a_short_line_opening_with_an_enumeration_comma_is_text():
    articles = parse_page(every_line_apart(
        "青松村办起丰收节", "本报讯 丰收节上,青松村有掰玉米比赛、摸鱼比赛、稻田捉鸭比赛、拔河比赛和包饺比赛",
        "、百家宴等活动充分调动村民",
        "的积极性,三十分钟内谁掰的玉米多,谁就能把奖品带回家,现场笑声不断。"))
    assert [a.title for a in articles] == ["青松村办起丰收节"]
    assert "包饺比赛、百家宴等活动充分调动村民的积极性" in articles[0].body
