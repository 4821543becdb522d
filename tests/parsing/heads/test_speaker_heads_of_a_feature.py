"""A feature that introduces the people it quotes in its lead (`…一位是村妇联主席,一位是村支书…`) gives each a
part headed by her post and name, a dash, then her words quoted whole on the line under it (`白沙村妇联主席林青——` /
`“…”`). That head is the part's, not a headline: the post it names was announced above. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.heads.speaker_heads import speaker_lines_joined, speaker_of_a_part
from app.parsing.lines import Item, Kind
from tests.helpers import every_line_apart, page

LEAD = ("本期参与“文明代言”活动的两位市民来自青川县基层,两人中一位是村里的妇联主席,一位是村党总支书记。"
        "他们都工作生活在农村,为乡村文明建设积极行动着,有的办起了农家书屋,有的组建了文艺队,"
        "有的带领村民整治人居环境,让文明新风吹进了千家万户。")
FIRST = ("白沙村妇联主席林青——", "“村里的文化生活一年比一年丰富”")
FIRST_TEXT = ("乡风文明是乡村振兴的灵魂。“作为村民,我们最深的感受是村里的文化生活丰富了许多,"
              "村里有了图书室、文化广场,晚上还能跳广场舞。”林青说。")
SECOND = ("石桥村党总支书记柳岸——", "“群众在哪里,服务就延伸到哪里”")
SECOND_TEXT = ("去年,石桥村建起文明实践站,依托理论宣讲队、党员志愿服务队等八支队伍,向村民提供了三十多个服务项目,"
               "柳岸见证着村里的变化。")
TITLE = "一起来做乡村文明的代言人"


def test_speaker_heads_are_the_features_parts():
    [article] = parse_page(page(TITLE, LEAD, "\n".join(FIRST), FIRST_TEXT, "\n".join(SECOND), SECOND_TEXT))
    assert article.title == TITLE
    assert article.body.endswith("柳岸见证着村里的变化。") and "林青说" in article.body


def test_every_line_apart_too():
    [article] = parse_page(every_line_apart(TITLE, LEAD, *FIRST, FIRST_TEXT, *SECOND, SECOND_TEXT, width=37))
    assert article.title == TITLE and article.body.endswith("柳岸见证着村里的变化。")


def test_the_post_must_be_named_above():
    joined = speaker_lines_joined([Item(Kind.HEADLINE, 1, 1, SECOND[0], SECOND[0], 1, parts=[SECOND[0]]),
                                   Item(Kind.HEADLINE, 2, 2, SECOND[1], SECOND[1], 0, parts=[SECOND[1]])])
    assert joined is not None and speaker_of_a_part(joined, LEAD)
    assert not speaker_of_a_part(joined, "白沙镇今年整治河道十二条,清理漂浮物三千余方,河水重新变清。")
