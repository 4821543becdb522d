"""A head over text opening `(上接A1版)` titles the continued part of an article begun on another page: it is no
section head of the article running above it. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.continuations.page_jumps import continued_from_another_page
from tests.helpers import by_title, page


def test_the_note_of_another_page():
    assert continued_from_another_page("(上接A1版)全县稻田面积达三万亩。")
    assert continued_from_another_page("(上接第一版)全县稻田面积达三万亩。")
    assert continued_from_another_page("(紧接第2版)全县稻田面积达三万亩。")
    assert not continued_from_another_page("上接着又说起了村里的事。")
    assert not continued_from_another_page("全县稻田面积达三万亩。(上接A1版)")


def test_a_head_over_a_continued_part_titles_it():
    articles = parse_page(page("青石村:小菱角铺就致富路", "记者 林小禾",
                               "走进白沙县青石村,水面上的菱桶一字排开,村民们忙着采菱,“白沙菱角”这块招牌越擦越亮。",
                               "村党总支书记王青告诉记者,村里发展菱角产业,村民收入逐年增加。",
                               "白沙县全力推动菱角产业发展",
                               "(上接A1版)全县菱角种植面积达三万亩,年产菱角一万吨。",
                               "今年,白沙县又新建了两个菱角加工厂,带动千余人就业。"))
    village = by_title(articles, "青石村:小菱角铺就致富路")
    county = by_title(articles, "白沙县全力推动菱角产业发展")
    assert village.sections == [] and "上接" not in village.body
    assert county.body.startswith("(上接A1版)全县菱角")
