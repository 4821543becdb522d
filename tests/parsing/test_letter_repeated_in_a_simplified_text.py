"""A simplified text may print, again and again, a letter t2s folds (`孃孃`, the aunties of a Sichuan street, folded
to `娘娘`): one letter repeated tells no script, as a traditional text changes many different letters. So the text
stays simplified, and where a traditional piece is printed between its two parts, the piece's paragraphs are not
taken for the rest of its sentence cut off above them. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_FIRST = ("街巷里的孃孃们",
          "“王孃早!”清晨六点,青川路上,七十岁的王秀英又开始一天的巡街,从派出所走到东门桥头,一路上卖菜的、执勤的、扫街的都认识她。",
          "巡完一圈,王秀英回到居委会报到,这位“青川孃孃”志愿队的队长,开始给队员们排今天的班。",
          "青川全市有一千多个村和社区,服务着几百万人口,城市在长大,要管的事也一天比一天多。",
          "青川从社区这个最小的单元做起,把一件件小事办到居民心坎上,蹚出来一条基层治理的")
_PIECE = ("老茶館裏的新鮮事", "白沙的老街上有一家開了三十年的茶館,街坊們每天一早就來這裏喝茶聊天,一坐就是一上午。",
          "茶館的老闆說,老街改造以後,來喝茶的年輕人也多了起來,還有人專門從城裏趕來。",
          "9月5日,青川市開了社區治理的大會,會上大家都在琢磨一件事:怎樣把街區和社區建得更方便,讓居民的日子更有滋味?",
          "老規矩、新玩法",
          "新來的年輕人在茶館裏辦起了讀書會,老人們也坐下來聽,說這是老街上的新鮮事。")
_REST = "新路子。居民们说,日子过得舒心,街巷里也安心多了。"

def test_the_simplified_text_takes_back_its_rest_and_leaves_the_piece_whole():
    first, piece = parse_page(page(*_FIRST, *_PIECE, _REST))
    assert first.body.endswith("蹚出来一条基层治理的新路子。居民们说,日子过得舒心,街巷里也安心多了。")
    assert piece.body.startswith("白沙的老街上") and piece.body.endswith("老街上的新鮮事。")
