"""Datelines of outlets whose shapes the general pattern (`credits.DATELINE`) does not take, joined into it:
- a site's `消息` or `讯` before its writers' names and `文/图` in brackets (`某某网消息(张三 李四 文/图)`);
- a site's name and a place before `讯`, then the writers' names alone in brackets (`某某网某地讯(张三 李四)`);
- a paper and its app joined by a middle dot, then a space and the date (`某某日报·某某客户端 3月15日讯(通讯员 …)`)."""

OUTLET = r"[\u3400-\u9fff]{1,10}?(?:报|网|台|社)"  # a paper's, site's, station's or agency's name
OUTLET_DATELINES = (
    rf"{OUTLET}(?:讯|消息)(?=\((?:[\u3400-\u9fff]{{2,4}}\s+){{1,4}}(?:文/图|图/文)\))"
    rf"|{OUTLET}[\u3400-\u9fff]{{2,6}}讯(?=\((?:[\u3400-\u9fff]{{2,4}}[\s、]*){{1,4}}\))"
    rf"|{OUTLET}(?:·[\u3400-\u9fff]{{2,10}})?\s{{1,3}}[0-9]{{1,2}}月[0-9]{{1,2}}日[讯电](?=\s*\([^()]{{0,24}}?(?:记者|通讯员))"
)
