"""No text changes script halfway: a headline in traditional characters over traditional text, printed
inside a simplified article that has section heads (or, over its byline, right after one of its lines the
column broke mid-sentence), titles an article of its own, not a section of that one nor the tail of its sentence.
Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import column_page, page, wrapped

_HEADED = page("柳岸社区老旧小区焕新颜",
               "老旧居民楼穿上新衣,小区道路拓宽,广场空地还添了健身器材,居民们都说住得更舒心了。",
               "小区焕新颜 解决急难愁",
               "以前小区停车杂乱无章,到了晚上车辆根本没法通行,如今划好了车位,进出顺畅多了。")
_OTHER = page("120個老舊小區改造年底完工",
              "記者從青松市住建局了解到,今年全市計劃改造老舊小區一百二十個,目前工程正在加緊推進。",
              "下一步,住建部門將嚴把材料質量關,確保年內全面完成改造任務。")


def test_a_traditional_title_inside_a_headed_simplified_article_starts_its_own():
    articles = parse_page(_HEADED + "\n" + _OTHER)
    assert [a.title for a in articles] == ["柳岸社区老旧小区焕新颜", "120個老舊小區改造年底完工"]
    assert articles[0].sections == ["小区焕新颜 解决急难愁"]
    assert articles[1].body.startswith("記者從青松市")


def test_a_traditional_title_after_a_sentence_broken_every_line_apart():
    lead = ("随着新学期开始,青松镇暑期未成年人系列活动圆满落幕,暑期共举办大小活动三百余场,"
            "参与人数达一万一千余人次,各村社实践站的活动也有序开展,思想区、公益区全年共包含")  # (80: its last line cut)
    other = "上方山麓、石湖之畔原有柳岸村。如今柳岸村因拆遷成為柳岸社區,社區不斷完善環境和服務,居民們都說住得舒心。"
    blocks = [["青松镇文明实践参与人次过万"], wrapped(lead), ["柳岸社區:安置小區變身宜居之家"], ["林小川"],
              wrapped(other)]
    articles = parse_page(column_page(blocks, apart=True))
    assert [a.title for a in articles] == ["青松镇文明实践参与人次过万", "柳岸社區:安置小區變身宜居之家"]
    assert articles[1].authors == ["林小川"]
