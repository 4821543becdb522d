"""Text printed after an interrupting item that names the place another article's headline names before
its colon (`江苏白沙:…`, a province named first), a place the interrupting item never names, is that article's
continuation, even after its last sentence was finished, and even when another article above shares more of its words.
Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_NEIGHBOUR = ("因一条老河得名的青川县东湾村,这几年把村里的土路都修成了水泥路,村容村貌焕然一新。",
              "村里还改造了农家厕所,拆除了破旧的棚屋,农村环境一年比一年好。(记者 宋明月)")
_FIRST = ("清晨的青川县白沙乡新河村空气清新,一排排农家小楼掩映在树丛中,村民们在广场上晨练。",
          "新河村是白沙乡第一个美丽乡村试点,白沙乡把这里当作样板,带动全乡的村庄一起变样。")
_INTERRUPTING = ("(通讯员林小川)近日,东湖社区的志愿者走进独居老人家中,帮老人擦窗户、打扫卫生,陪老人聊家常。",
                 "志愿者们表示,以后每个月都会来看望老人。")
_REST = "农民的腰包鼓了,农村环境也在变好。白沙通过村庄整治,拆除了三百多处破旧棚屋,村容村貌焕然一新。"


def test_text_naming_the_headline_subject_returns_to_that_article():
    articles = parse_page(page("东湾村的新变化", *_NEIGHBOUR, "江苏白沙:留住乡村的模样", *_FIRST,
                               "志愿者走进独居老人家", *_INTERRUPTING, _REST))
    assert by_title(articles, "江苏白沙:留住乡村的模样").body.endswith("村容村貌焕然一新。")
    assert by_title(articles, "志愿者走进独居老人家").body.endswith("都会来看望老人。")
