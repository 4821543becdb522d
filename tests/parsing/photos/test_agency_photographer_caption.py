"""A titled photo whose caption is two paragraphs over the agency's photographer (`新华社记者 张三 摄`): the first
paragraph opens with the day and tells the one moment the picture caught in a sentence, as the agency's captions
do; the second gives the background. Read as an article of one paragraph, the second paragraph became an untitled
photo of its own. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import every_line_apart, page

TITLE = "青川白沙:助餐服务送到老人家门口"
SCENE = "12月6日,青川县白沙街道青石村的志愿者骑车为有需要的老人提供送餐上门服务。"
BACKGROUND = "近年来,青川县白沙街道以中心食堂和助餐点为基础,将助餐服务延伸到老人家门口,已建成老年食堂十余家。"
CREDIT = "新华社记者 林青石 摄"


def test_two_paragraphs_over_the_agencys_photographer_are_one_caption():
    [photo] = parse_page(page(TITLE, SCENE, BACKGROUND + "\n" + CREDIT))
    assert photo.kind == "photo" and photo.title == TITLE and photo.authors == ["林青石"]
    assert photo.body.startswith("12月6日,") and photo.body.endswith("老年食堂十余家。")


def test_every_line_apart_too():
    report = ("白沙镇河道整治见成效", "白沙镇今年整治河道十二条,清理漂浮物三千余方,河水重新变清,两岸种上了柳树,"
              "镇里还建立了河长巡河制度,每周巡查一次,发现问题及时整改,村民们都说河道变美了。"
              "下一步,白沙镇将继续推进河道长效管护,让每一条河都成为村民家门口的风景,为乡村振兴添彩。")
    *_, photo = parse_page(every_line_apart(*report, TITLE, SCENE, BACKGROUND, CREDIT, width=37))
    assert photo.kind == "photo" and photo.title == TITLE and photo.authors == ["林青石"]


def test_an_undated_lead_is_a_reports():
    lead = "白沙街道的志愿者每天骑车为行动不便的老人送餐上门,已坚持三年,风雨无阻。"
    articles = parse_page(page(TITLE, lead, BACKGROUND + "\n" + CREDIT))
    assert articles[0].kind == "article" and articles[0].body.startswith("白沙街道的志愿者")
