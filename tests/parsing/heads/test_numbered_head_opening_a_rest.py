"""The rest of an article stopped after a finished paragraph, printed under another item closed by its credit and
opening with its first numbered head (`一、…`): a numbered head titles no news item, so it goes on with the open
article above when its text does. Every snippet is invented."""

from app.parsing import parse_page


def _page(*pieces: str) -> str:
    return "\n\n" + "\n\n".join(pieces) + "\n"


def test_a_numbered_head_under_a_credited_item_resumes_the_open_article():
    articles = parse_page(_page(
        "青松村蹲点日记",
        "□ 林小河",
        "这个春天,我到柳湾县青松村蹲点住了半个月,和村民一起下地、开会、算收支账。",
        "临行前我只带了铺盖和笔记本,想把村里的实情一笔一笔记下来。",
        "白沙镇办起农家书屋",
        "本报讯(记者 王青)近日,白沙镇在各村办起农家书屋,村民下地回来就能读书看报。",
        "书屋由镇文化站统一配书,每季度更换一次。(记者 王青)",
        "一、进村先看田里的庄稼",
        "到青松村的第一天,我先跟着老支书去看麦田,麦苗长得齐整,可灌溉渠还有一段没修好。",
    ))
    assert [a.title for a in articles] == ["青松村蹲点日记", "白沙镇办起农家书屋"]
    assert articles[0].body.endswith("还有一段没修好。") and "一、进村先看田里的庄稼" in articles[0].body
    assert articles[1].body.endswith("每季度更换一次。")
