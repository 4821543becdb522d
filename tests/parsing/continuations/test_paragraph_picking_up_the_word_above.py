"""A paragraph that opens with the word ending the paragraph above (`…开展“进百家门”活动。` / `活动采取…`)
goes on with it: words of an earlier article's headline it happens to repeat do not make it the rest of
that article. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page


def test_a_paragraph_picking_up_the_last_word_stays_with_its_own_item():
    articles = parse_page(page(
        "干部与群众面对面",
        "本报讯(记者 林夕)连日来,全县机关干部分别到所联系的村,与群众坐在一起拉家常、听意见。",
        "干部们掏出记录本,把群众说的难事一件件记下来,能当场解决的当场解决。",
        "白沙镇开展进百家门活动",
        "为听取村民的想法,白沙镇近日组织开展“进百家门”活动。",
        "活动采取上门走访、院坝议事等形式,干部与群众“面对面”交流,收集群众意见。",
        "全镇干部共走访三百余户,收集意见建议八十条。",
        "(责任编辑:王川)",
    ))
    item = by_title(articles, "白沙镇开展进百家门活动")
    assert item.body.endswith("收集意见建议八十条。") and "活动采取" in item.body
    assert by_title(articles, "干部与群众面对面").body.endswith("能当场解决的当场解决。")
