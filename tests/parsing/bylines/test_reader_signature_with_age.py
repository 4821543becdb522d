"""A reader's letter signed under its last paragraph with the village, a space, the name and maybe the age in
brackets (`某某镇某某村 张三(82岁)`): the line closes the letter and names its writer, and heads no item of its own.
Every snippet is invented."""

from app.parsing import parse_page


def _page(*pieces: str) -> str:
    return "\n\n" + "\n\n".join(pieces) + "\n"


def test_the_village_the_name_and_the_age_close_the_letter():
    articles = parse_page(_page(
        "我爱读家乡的小报",
        "前些年我偶然读到一份县里的小报,觉得办得很好,从此每期都要找来读一读。",
        "报上写的都是身边的人和事,读起来格外亲切,我常把好文章剪下来贴在本子上。",
        "白沙镇青松村 林老汉(78岁)",
        "柳湾县举办农民丰收节",
        "本报讯 9月23日,柳湾县在白沙镇举办农民丰收节,各村农户带来瓜果蔬菜参加展示。",
    ))
    assert [a.title for a in articles] == ["我爱读家乡的小报", "柳湾县举办农民丰收节"]
    assert articles[0].authors == ["林老汉"] and articles[0].body.endswith("贴在本子上。")


def test_a_signature_without_the_age():
    [article] = parse_page(_page(
        "盼着村里通上公交",
        "我们村离镇上有十多里路,老人看病、孩子上学都不方便,盼着能早日通上公交车。",
        "青石县白沙乡 王青",
    ))
    assert article.authors == ["王青"] and article.body.endswith("通上公交车。")
