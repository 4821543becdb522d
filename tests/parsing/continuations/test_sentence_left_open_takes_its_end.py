"""An article cut mid-sentence by a short item and continued under it: when the first paragraph of
the continuation leans to the article left open, it is the words that end that sentence, even if the
continuation as a whole shares the short item's theme (both about culture and publicity). Every
snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page


def test_a_continuation_that_finishes_the_open_sentence_goes_back_across_an_item_of_the_same_theme():
    articles = parse_page(page(
        "白沙镇环境整治有了新章法",
        "本报讯 8月20日一早,白沙镇的保洁车沿着镇区主街逐户收运垃圾,街面比去年干净了许多。",
        "今年开春,白沙镇按每两百户配一名保洁员的标准组建队伍,还为保洁工作定下了“干净整洁庄台”的十",
        "青松村:戏台搭到了集市上",
        "8月27日是青松村逢集的日子。",
        "村里趁赶集人多,在集市口摆出展板,向群众宣传文化惠民政策。",
        "镇文化站的演出队在临时戏台上唱了一下午,台下掌声不断,宣传活动热热闹闹。",
        "条标准,每个月请群众代表对各庄台打分,分数张榜公布。",
        "该镇还把打分结果和文化站的评比结合起来,在文化大院里开展文艺展演和宣传活动。",
    ))
    first = by_title(articles, "白沙镇环境整治有了新章法")
    assert "的十条标准" in first.body.replace("\n", "") and first.body.endswith("文艺展演和宣传活动。")
    assert by_title(articles, "青松村:戏台搭到了集市上").body.endswith("宣传活动热热闹闹。")
