"""A head naming a town the article above never names, over text set in a village it never names either
(`白沙镇一些村子办起共享菜园` over `青松村位于…`), titles an item about those places, not the next part of the
article above. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_a_head_and_its_text_naming_places_new_to_the_article_above():
    text = page("芦苇村的爱心账本", "柳湾县东城街道芦苇村的志愿者把每一笔捐赠记在本子上,谁捐了什么,一清二楚。",
                "芦苇村地处城郊,村里的志愿服务队远近闻名,这本账本背后有不少暖心的故事。",
                "白沙镇一些村子办起共享菜园",
                "青松村位于柳湾县西部山区。村里把几块闲置的荒地整理出来,分给老人种菜,收成大家共享。",
                "村干部说,菜园办起来以后,老人们有了去处,邻里之间走动也多了。")
    first, second = parse_page(text)
    assert first.title == "芦苇村的爱心账本" and first.body.endswith("暖心的故事。")
    assert second.title == "白沙镇一些村子办起共享菜园" and second.body.startswith("青松村位于")
