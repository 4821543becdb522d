"""A headline may open with its province's name before the county it is about (`江西河湾农村,…`): the subject a head's
text is followed back by is the county's name after the province's, not the province's, which the piece printed
between may name as well. The rest of the interrupted article, opening where its next part's head stands, goes back
to it when the text under the head names that county again. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_EARLIER = ("江西河湾农村,庭院整治见成效",
            "去年以来,河湾县把庭院整治列为民生实事,全县一百多个村逐村推进。",
            "河湾县的庭院整治到底成效如何?记者走进村里看了看。")
_BETWEEN = ("绿树成荫入画来", "——江西某某县推进村庄绿化", "周立 吴红",
            "走进某某县的村庄,道路两旁绿树成荫,房前屋后栽满了果树。",
            "近年来,某某县发动群众义务植树,每年新栽苗木十多万株。",
            "某某县东山村过去是光秃秃的荒坡,如今果树成林,村民在林下养起了鸡。")
_REST = ("看变化\n污水、垃圾都有人管了",
         "河湾县东村,一进村就是新铺的水泥路,各家的院子都收拾得干干净净。",
         "村民周明正在院里晒被子,他说:“以前院子里堆满杂物,现在看着就舒心。”")


def test_head_over_the_county_after_the_province_goes_back():
    earlier, between = parse_page(page(*_EARLIER, *_BETWEEN, *_REST))
    assert earlier.title == "江西河湾农村,庭院整治见成效"
    assert earlier.sections == ["看变化 污水、垃圾都有人管了"]
    assert earlier.body.endswith("现在看着就舒心。”")
    assert between.title == "绿树成荫入画来"
    assert between.body.endswith("村民在林下养起了鸡。")


def test_head_naming_only_the_province_stays_with_the_piece_between():
    # the province alone is shared: the piece between names it too, so nothing follows it back
    rest = ("看变化\n污水、垃圾都有人管了", "江西的村庄里,果树成林,村民在林下养起了鸡,一年多收入几千元。",
            "村民周明说:“栽树的时候没想到,几年后就见了效益。”")
    earlier, between = parse_page(page(*_EARLIER, *_BETWEEN, *rest))
    assert earlier.body.endswith("记者走进村里看了看。")
    assert between.body.endswith("几年后就见了效益。”")
