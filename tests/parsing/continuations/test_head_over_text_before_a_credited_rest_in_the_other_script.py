"""A head inside a piece printed between the two parts of another article, in the other script
(`青石茶館:老規矩、新茶客` over traditional text, the piece's writer named under its title), heads that piece's next
part even though the interrupted article's rest, printed right under that part in its own script, ends on a credit
naming its own writer (`……。(记者 张三)`): the credit signs the text in its own script, not the piece's part above
it. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_FIRST = ("社区里的幸福事", "南湖街道的清晨从公园里的太极拳开始,七十多岁的老人们一招一式,打得有模有样。",
          "近年来,南湖街道把社区当作治理的起点,一件件小事办到了居民的心坎上,街巷里的新鲜事也越来越")
_PIECE = ("青石老街的茶館", "記者 何平", "白沙的老街上有一家開了三十年的茶館,街坊們每天一早就來這裏喝茶聊天。",
          "茶館的老闆說,老街改造以後,來喝茶的年輕人也多了起來。")
_PIECE_PART = ("青石茶館:老規矩、新茶客", "茶館裏的老規矩一條沒改,一壺茶可以從早上喝到中午,誰也不催。",
               "新來的茶客帶來了新玩法,週末的晚上,茶館裏還辦起了讀書會。")
_REST = "多。居民们说,日子过得舒心,心里也亮堂。(记者 林小河)"


def test_the_part_head_stays_with_the_piece_in_its_script():
    first, piece = parse_page(page(*_FIRST, *_PIECE, *_PIECE_PART, _REST))
    assert piece.title == "青石老街的茶館" and piece.authors == ["何平"]
    assert piece.sections == ["青石茶館:老規矩、新茶客"]
    assert piece.body.endswith("還辦起了讀書會。")
    assert first.authors == ["林小河"]
    assert first.body.endswith("心里也亮堂。")
