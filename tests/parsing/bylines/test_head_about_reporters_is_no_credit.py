"""A section head that ends on the role word and a verb (`村民家的收入令来访记者羡慕`): the words before the role hold
`的`, a clause about reporters, where a byline prints its paper's or desk's name; the two letters after the role are no
name, and the line heads the article's next part. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.bylines.closing_credits import closing_credit_names


def test_a_clause_before_the_role_is_no_credit():
    line = "青松村民宿的收入令来访记者羡慕"
    assert closing_credit_names(line, line) is None
    credit = "柳湾日报记者 林小河"
    assert closing_credit_names(credit, credit) == ["林小河"]


def test_the_head_stays_in_its_article():
    page = "\n\n" + "\n\n".join([
        "外国记者走进青松村",
        "柳湾日报记者 林小河",
        "5月20日中午,在柳湾县白沙镇青松村的一家接待户门口,来访记者们拿出手机拍下了墙上的电话号码。",
        "记者们一路走一路看,不时为青松村的秀美风光而惊叹。",
        "接待户家的收入令来访记者羡慕",
        "接待户的女主人叫王青,她家有14个客房,一年的收入大概30万元。",
    ]) + "\n"
    [article] = parse_page(page)
    assert article.authors == ["林小河"] and "王青" in article.body
