"""A simplified text may print, again and again, a letter t2s folds (`孃孃`, the aunties of a Sichuan street, folded
to `娘娘`): one letter repeated tells no script, as a traditional text changes many different letters. So the text
stays simplified, and where a traditional piece is printed between its two parts, the piece's paragraphs are not
taken for the rest of its sentence cut off above them. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_FIRST = ("街巷里的孃孃们",
          "“王孃好!”清晨六点,青川路上,七十岁的王秀英开始每天的巡街,从派出所走到东门大桥,沿路的商户、民警和环卫工人都认识她。",
          "两个小时后,王秀英回到社区报到,作为“青川孃孃”志愿服务队的队长,她开始安排一天的工作。",
          "青川市域面积一万多平方公里,管理服务人口上千万,既面临城市发展的重大机遇,也面临转型发展的治理难题。",
          "青川从社区这个最小的单元入手,创新基层治理的办法,把一件件小事办到居民心坎上,探索出一条基层治理的")
_PIECE = ("老茶館裏的新鮮事", "白沙的老街上有一家開了三十年的茶館,街坊們每天一早就來這裏喝茶聊天,一坐就是一上午。",
          "茶館的老闆說,老街改造以後,來喝茶的年輕人也多了起來,還有人專門從城裏趕來。",
          "9月2日,青川市社區發展治理大會後,一個新的問題擺在眼前:如何創建方便的特色街區和生活社區,讓社區更有溫度,讓居民生活更有質感?",
          "老規矩、新玩法",
          "新來的年輕人在茶館裏辦起了讀書會,老人們也坐下來聽,說這是老街上的新鮮事。")
_REST = "新路子。居民们说,日子过得舒心,街巷里也安心多了。"

def test_the_simplified_text_takes_back_its_rest_and_leaves_the_piece_whole():
    first, piece = parse_page(page(*_FIRST, *_PIECE, _REST))
    assert first.body.endswith("探索出一条基层治理的新路子。居民们说,日子过得舒心,街巷里也安心多了。")
    assert piece.body.startswith("白沙的老街上") and piece.body.endswith("老街上的新鮮事。")
