"""A credit line after the text whose role word closes the name of the work it serves (`某某市老龄工作通讯员`),
then the writer's school or office, then the writer (`青松县老龄工作通讯员 青松老年大学 张三`): the last
name is the author, the school is not a person, and the line ends the article; it is not a headline. Every
snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_TEXT = ("1月20日上午,柳岸镇党委书记方明远来到白沙村,看望独居的八旬老人宋阿婆,送上米面和慰问金。",
         "方明远叮嘱村干部,要常去老人家里看看,有困难及时帮着解决。")


def test_a_credit_line_naming_a_school_before_the_writer():
    articles = parse_page(page("柳岸镇领导看望独居老人", *_TEXT, "青松县老龄工作通讯员 柳岸老年大学 林小川",
                               "白沙河清淤工程开工", "4月2日,白沙河清淤工程在下游的石桥段开工。"))
    item = by_title(articles, "柳岸镇领导看望独居老人")
    assert item.authors == ["林小川"] and "老年大学" not in item.body
    assert [a.title for a in articles] == ["柳岸镇领导看望独居老人", "白沙河清淤工程开工"]
