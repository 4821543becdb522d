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
        (1, "合作社带富青松村"),
        (1, "全媒体记者 林夕 报道"),
        (1, "本报讯 1月4日,白沙镇青松村的一座钢架大棚里,村党支部书记王川开着旋耕机在地里深翻土地。"),
        (1, "翻过的土壤散发着清香。卷帘机、排风扇、灌溉设施早已检修完毕,整地、打垄、栽苗,几人分工合作,两天就种下三万株菜苗。"),
        (1, "青松村紧靠县城,像这样宽二十米、长一百米的钢架大棚全村有五个。“村里成立了合作社,大家"),
        (1, "东山镇巡回开展果树修剪培训"),
        (1, "晚报讯 记者赵明 通讯员孙亮 自十月中旬以来,东山镇请来专业农艺师,到全镇十五个村巡回开展果树冬季管理培训,深受果农欢迎。"),
        (1, "培训采取集中授课、现场示范等形式,内容实用。每到一村,村干部事先召集果农,布置好场地,活动开展有条不紊。"),
        (1, "入股分红,种菜三四个月就收一茬。按往年的价格,每亩地村集体一年最少收入两万元。”王川笑着说。"),
        (1, "如今,越来越多的村民加入合作社,抱团发展的劲头越来越足,一幅乡村新画卷正在展开。"),
        (1, "南岭镇合作社带动农民增收"),
        (1, "近日,南岭镇沙滩村合作社的西红柿喜获丰收,菜农把西红柿分装成箱,贴上商标,等待运往各地市场。"),
        (1, "这已是合作社今年收获的第四茬西红柿,价格稳定,销路无忧,社员们干劲十足。"),
        (1, "▌来源:南岭新闻网"),
        (0, "▌编辑:孙丽"),
        (3, "时下,南岭镇的大棚丝瓜迎来了大丰收,一根根翠绿饱满的丝瓜挂满枝头,村民们忙着采摘、分拣、打包、装车。"),
        (0, "周明 王芳 摄影报道"),
    )
    articles = parse_page(text)
    (photo,) = [a for a in articles if a.kind == "photo"]
    assert photo.body.startswith("时下,南岭镇") and photo.authors == ["周明", "王芳"]
    (first,) = [a for a in articles if a.title == "合作社带富青松村"]
    assert "大家入股分红" in first.body and "丝瓜" not in first.body
