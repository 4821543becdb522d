"""An article the column cut right after a joining word (`…要求队员要和`), its rest printed under the next article:
the piece that opens the rest gives the missing object (`村民一起…`), whatever it shares with the article printed
between, and the paragraph after it goes on with the cut article too. Every snippet is invented."""

from app.parsing import parse_page


def _page(*pieces: str) -> str:
    return "\n\n" + "\n\n".join(pieces) + "\n"


def test_the_piece_after_a_joining_word_finishes_the_cut_sentence():
    articles = parse_page(_page(
        "青松村里开起表彰会",
        "□记者 林小河",
        "11月2日,柳湾县白沙镇青松村村委会院里,一场环境整治表彰会正在举行,十多户村民领到了奖品。",
        "表彰会上,柳湾日报社驻村工作队队长王青与大家拉起家常,他要求队员要和",
        "村民修好山间水渠",
        "□晚报记者 赵小川",
        "本报讯 本报报道了石桥县赵庄镇北坡村村民开山修渠引水的事后,不少读者打来电话,想为修渠出一份力。",
        "上周末,几名大学生骑车来到北坡村,背着干粮上山,跟着修渠的村民一起挖渠搬石。",
        "赵庄镇也派来两名水利技术员,帮着测量渠线、购买水管,争取月底前让山泉流进北坡村。",
        "村民一起把村子打扫干净,让乡亲们住得更舒心。",
        "作为柳湾日报社的帮扶村,青松村驻村工作队换了好几批,帮扶的初心一直没变。",
    ))
    cut, between = [a for a in articles if a.kind == "article"]
    assert cut.title == "青松村里开起表彰会" and "队员要和村民一起把村子" in cut.body
    assert cut.body.endswith("初心一直没变。") and between.body.endswith("流进北坡村。")
