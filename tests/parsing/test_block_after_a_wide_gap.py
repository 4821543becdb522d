"""Text set apart by two or more blank lines opens a block of its own: it does not run on into the
sentence an interrupted article left open higher on the page (that article's rest is found later, by what
it says). On a page whose lines all stand apart, an untitled photo's caption after such a gap stays the
photo's. Every snippet is invented."""

from app.parsing import parse_page

WIDTH = 37


def _every_line_apart(*blocks: tuple[int, str]) -> str:
    """Blocks of (blank lines before, text): text wrapped at WIDTH, a blank line after every line."""
    out = ["", ""]
    for gap, text in blocks:
        out.extend([""] * gap)
        lines = [text[i:i + WIDTH] for i in range(0, len(text), WIDTH)] if len(text) > WIDTH else [text]
        for n, line in enumerate(lines):
            if n:
                out.append("")
            out.append(line)
    return "\n".join(out) + "\n"


def test_a_caption_after_a_wide_gap_does_not_finish_an_open_sentence():
    text = _every_line_apart(
        (1, "青松村茶园迎来好收成"),
        (1, "全媒体记者 林夕 报道"),
        (1, "本报讯 4月8日清早,白沙镇青松村的茶园里人来人往,采茶工背着竹篓穿行在茶垄之间。"),
        (1, "今年春天雨水匀,新茶发得早。揉捻机、烘干机早就调试好了,鲜叶当天采当天炒,一天能做两百斤干茶。"),
        (1, "青松村的茶园有四百多亩,一半是村集体的。“去年办了茶叶专业社,大家"),
        (1, "东山镇举办家政技能培训"),
        (1,
         "晚报讯 记者赵明 通讯员孙亮 本月初以来,东山镇请来职业学校的老师,在镇文化站连办三期家政服务培训,"
         "一百多名妇女报名参加。"),
        (1, "培训有讲课也有实操,学员们学做月子餐、学护理老人,结业后由镇里推荐上岗。"),
        (1, "把茶叶统一收、统一卖,价钱比往年高了三成,村集体一年能多收入十来万元。”村支书王川说。"),
        (1, "如今,村里正打算建一座茶文化小院,让来采茶的游客也能住下来。"),
        (1, "南岭镇冬枣上市"),
        (1, "近日,南岭镇沙滩村的冬枣成熟上市,枣农把冬枣分级装箱,客商上门收购,一天能发出十几车。"),
        (1, "这是沙滩村种冬枣的第六年,今年亩产比去年又高了一成。"),
        (1, "▌来源:南岭新闻网"),
        (0, "▌编辑:孙丽"),
        (3, "时下,北坡镇的猕猴桃进入采收期,果园里一个个果子挂满枝头,果农们忙着采摘、分拣、装箱、运送。"),
        (0, "周明 王芳 摄影报道"),
    )
    articles = parse_page(text)
    (photo,) = [a for a in articles if a.kind == "photo"]
    assert photo.body.startswith("时下,北坡镇") and photo.authors == ["周明", "王芳"]
    (first,) = [a for a in articles if a.title == "青松村茶园迎来好收成"]
    assert "猕猴桃" not in first.body
