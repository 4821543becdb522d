"""A reporter's notes labelled over the title (`记者手记`, `采访手记`): the kind of piece, printed as its kicker,
never its title. Every snippet is invented."""

from app.parsing import parse_page


def test_reporters_notes_label_is_the_kicker():
    page = "\n\n" + "\n\n".join([
        "记者手记",
        "老支书的账本",
        "又一次见到老支书时,他正趴在桌上记账。",
        "“村里每一笔钱花在哪儿,都得让乡亲们看得明明白白。”他说。",
    ]) + "\n"
    [article] = parse_page(page)
    assert article.kicker == "记者手记" and article.title == "老支书的账本"
