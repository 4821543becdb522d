"""An article interrupted at a paragraph break by another: its rest, printed after the other article,
goes back to it when the rest's first words name its headline's subject (`柳湾新屯`, four characters
and more of its headline) that the article printed between never named, even with no town in it the
place reader knows. Every snippet is invented."""

from app.parsing import parse_page

_PAGE = """

柳湾新屯“六字经”:宅基用好 乡亲留住

“屯”,本义是聚集、驻守。在水乡青松,以屯为名的村落极少,由白沙村迁建而成的柳湾新屯是独一份。

三月的柳湾新屯,春色正浓。这里是新时代农房改善的生动样本。

石桥镇竹园社区

竹园社区面积三千余亩,辖八个村民小组。社区先后获评文明社区、卫生社区等称号。

近年来,竹园社区常态开展环境大扫除,推进美丽庭院建设,家家户户门前屋后干净整洁。

解放前,柳湾新屯所在地水患频发,一年一小淹,三年一大淹,百姓不得不弃房远走,投亲靠友。

解放后,随着灌溉总渠建成,水患根除,村民的住房一年比一年宽敞明亮。
"""


def test_a_rest_naming_the_earlier_headline_goes_back_to_it():
    village, community = parse_page(_PAGE)
    assert village.title == "柳湾新屯“六字经”:宅基用好 乡亲留住"
    assert village.body.endswith("宽敞明亮。")
    assert "解放前,柳湾新屯所在地" in village.body
    assert community.body.endswith("干净整洁。")
