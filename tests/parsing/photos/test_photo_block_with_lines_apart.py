"""Every line apart, a photo printed as a block of its own after a wide gap — its caption's lines, maybe under a
title, then its credit one blank line under the last of them — is a photo, as where the lines stand together: the
caption's lines are one piece, not the article above going on, whether or not a sentence of the caption ends
inside it or the caption holds two paragraphs. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import gapped_page

_ARTICLE = (
    (1, "青松村河长守护村里小河"),
    (1, "每天清晨,白沙镇青松村的村级河长林海都要沿着村里的小河走一圈,看水面有没有漂浮物、岸边有没有垃圾。"),
    (1, "前些年,上游漂来的水草一度把河面盖满,村里在河道的东南西北四处设了拦截点,又请保洁员每天打捞,"
        "如今河水又清了。"),
    (1, "林海说,管好一条小河靠的是天天巡、时时管。村里把河道分成三段,每段都有党员认领,发现问题随时拍照上报,"
        "能当场处理的当场处理,处理不了的报到镇里。"),
    (1, "村民们也自发加入护河队伍,有的捡拾岸边垃圾,有的劝阻往河里倒脏水的行为,一条小河成了全村人的心头宝。"),
)
_CAPTION = ("10月8日,白沙镇东湖村村民划着小船采收菱角。",
            "眼下,白沙镇种植的菱角陆续进入采收期,村民们划着小船在水面结伴采摘,一派丰收景象。"
            "近年来,白沙镇用好水面资源,大力发展菱角种植,帮助村民增收。")
_NEXT = (
    (1, "东山镇举办家政技能培训"),
    (1, "本月初以来,东山镇请来职业学校的老师,在镇文化站连办三期家政服务培训,一百多名妇女报名参加。"),
    (1, "培训有讲课也有实操,学员们学做月子餐、学护理老人、学整理收纳,结业后由镇里统一推荐上岗,"
        "不少人已经找到了工作。"),
)


def test_an_untitled_photo_after_a_wide_gap_is_not_the_article_above():
    articles = parse_page(gapped_page(*_ARTICLE, (3, _CAPTION[0]), (1, _CAPTION[1]), (1, "周明 摄"), *_NEXT))
    (photo,) = [a for a in articles if a.kind == "photo"]
    assert photo.body.startswith("10月8日,白沙镇东湖村") and photo.authors == ["周明"] and not photo.title
    (above,) = [a for a in articles if a.title == "青松村河长守护村里小河"]
    assert "菱角" not in above.body


def test_a_titled_photo_after_a_wide_gap_keeps_its_caption_and_credit():
    caption = ("近日,白沙镇组织四十多名机关干部结对帮扶困难家庭,干部们进村入户、了解家中难处,与村里一起理清增收门路。",
               "图为白沙镇机关干部在中秋节来临之际走访东湖村困难群众,为他们送去月饼、大米、食用油等慰问品。")
    articles = parse_page(gapped_page(*_ARTICLE, (3, "机关干部中秋送温暖"), (1, caption[0]), (1, caption[1]),
                                            (1, "记者 周明 摄"), *_NEXT))
    (photo,) = [a for a in articles if a.kind == "photo"]
    assert photo.title == "机关干部中秋送温暖" and photo.body.startswith("近日,白沙镇") and photo.authors == ["周明"]
