"""A paragraph the page broke into two blocks inside a word (`…建成村级便民服务平` / `台和老年食堂…`), its first piece
short and without punctuation, right under the text's first paragraph: the piece is no headline but text, as the
word the break cut (`服务平台和`, printed whole elsewhere in the text) shows. Every snippet is invented."""

from app.parsing import parse_page


def _page() -> str:
    return "\n\n" + "\n\n".join([
        "柳湾县召开便民服务现场会",
        "本报讯(记者 宋雨)9月11日,柳湾县便民服务现场会在白沙镇召开,各乡镇负责人参加。",
        "与会人员首先观摩了白沙镇青松村便民服务平",
        "台和老年食堂的运行情况,随后召开座谈会交流经验。",
        "据介绍,白沙镇去年建成村级便民服务平台和老年食堂各十二处,群众办事不出村。",
    ]) + "\n"


def test_the_piece_before_the_break_is_text():
    [article] = parse_page(_page())
    assert article.title == "柳湾县召开便民服务现场会"
    assert "青松村便民服务平台和老年食堂" in article.body


def test_a_section_head_under_a_one_sentence_subtitle_stays_a_head():
    page = "\n\n" + "\n\n".join([
        "柳湾县启动骑手守护行动",
        "快递骑手参与基层治理,为社区发展注入新力量。",
        "贴心服务温暖快递骑手",
        "参与社区治理以来,骑手们在白沙镇青松社区发现的隐患越来越多。",
    ]) + "\n"
    [article] = parse_page(page)
    assert article.subtitle == "快递骑手参与基层治理,为社区发展注入新力量。"
    assert article.sections == ["贴心服务温暖快递骑手"]
