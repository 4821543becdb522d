"""A short article whose last paragraph closes with its writers' credit run on (`……增收。(张三、李四)`), printed
right under an earlier article that credits another writer in its box line: however much that paragraph shares the
earlier article's words (`近些年,某某县…`, the same trades), it is no rest of it. An article names its writers once;
a credit run on in the text, naming others, closes the article it is printed under. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_FIRST = (
    "青石 绘就梨乡产业新画卷", "□ 本报记者 周明远",
    "初春,青石县的梨园里,梨农剪枝松土;山坳深处,茶园层层叠叠……产业兴、梨农富的景象处处可见。",
    "近些年,青石县用好山地优势,做好梨果文章,壮大特色种植,多种办法增加村里的集体收入,让梨农腰包鼓起来。",
    "青石县种梨已有百年,全县梨园面积已达5万亩,年产鲜梨8万吨,目前该县两万多户梨农靠梨果产业增收。",
)
_SECOND = (
    "东湾村的梨园",
    "这几天,东湾村的梨园里,梨农们赶着给梨子套袋。东湾村走党支部带合作社、合作社带梨农的路子,村里的集体收入年年涨。",
    "近些年,青石县着力增加村里的集体收入,因地制宜种梨种茶,把特色产业做大,让村民在家门口上班,梨农增收、村里增收。(吴小平、郑春兰)",
)


def test_the_credited_paragraph_stays_under_its_headline():
    first, second = parse_page(page(*_FIRST) + "\n" + page(*_SECOND))
    assert first.authors == ["周明远"]
    assert first.body.endswith("靠梨果产业增收。")
    assert second.title == "东湾村的梨园"
    assert second.authors == ["吴小平", "郑春兰"]
    assert second.body.endswith("梨农增收、村里增收。")


def test_a_closing_line_of_names_is_not_asked():
    """The rule reads a credit run on in the text only: a line of names of its own (`·张三 李四·`) is left as it was."""
    second = (*_SECOND[:-1], _SECOND[-1].replace("(吴小平、郑春兰)", ""), "·吴小平 郑春兰·")
    articles = parse_page(page(*_FIRST) + "\n" + page(*second))
    assert {name for a in articles for name in a.authors} == {"周明远", "吴小平", "郑春兰"}
