"""An article whose headline and body have a long caption printed between them (`…(右)一家。处长某某进村后,…。` /
`本报记者 某某摄`), cut off mid-sentence by another item about the same kind of work, its rest printed after that
item: the headline goes down to the text under the caption before the rests go back, so the rest finds its
article instead of the item printed between. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_CAPTION = "青山乡柳沟村刘大伯(右)一家。处长王明进村后,去刘家看了看,没说几句,就被村干部叫回了乡里。"
_LEAD = "将近四十度的暑热,十多里的坡路。"
_CUT = "他在省里某厅当副处长,老家在省城,家住单位宿舍,每天上班走几分钟就"
_REST = ("到,在厅里管着文件和报表,下乡的日子屈指可数。", "如今,他又多了一个身份,青山乡柳沟村的驻村书记。")
_OTHER = ("西岭村是个老村,全村三百来户,前些年路难走,村民出门全靠一双脚。",
          "驻村书记来了以后,跑项目要资金,把村里的主路硬化了,还装上了路灯。村民们编了几句顺口溜:“灯杆亮堂堂,路面平又平,出门不再踩泥坑。”")


def test_rest_goes_back_to_the_text_under_the_caption():
    text = page("处长进村当书记", _CAPTION + "\n本报记者 赵林摄", _LEAD, _CUT, "西岭村的顺口溜", *_OTHER, *_REST)
    article, photo, other = parse_page(text)
    assert article.title == "处长进村当书记"
    assert article.body.startswith("将近四十度的暑热")
    assert "每天上班走几分钟就到" in article.body
    assert article.body.endswith("柳沟村的驻村书记。")
    assert photo.kind == "photo" and photo.body == _CAPTION
    assert other.title == "西岭村的顺口溜"
    assert other.body.endswith("出门不再踩泥坑。”")
