"""Datelines of outlets whose shapes the general pattern (`credits.DATELINE`) does not take, joined into it:
- a site's `消息` or `讯` before its writers' names and `文/图` in brackets (`某某网消息(张三 李四 文/图)`);
- a site's name and a place before `讯`, then the writers' names alone in brackets (`某某网某地讯(张三 李四)`);
- a paper and its app joined by a middle dot, then a space and the date (`某某日报·某某客户端 3月15日讯(通讯员 …)`);
- no outlet at all, the text opening with its reporter's role and name and `报道:` (`通讯员张三报道:3月20日起…`), as
  county sites print it: the reporters are read by the `报道:` credit that follows an outlet's dateline;
- no outlet either, the text opening with a box byline in brackets (`(□ 张三 李四)昨天中午…`): the box mark says
  the names are its writers, as `□ 张三` on a line of its own does;
- no outlet and no brackets, the text opening with a reporter's role and names, then a correspondent's, each
  name spaced (`记者 张三 通讯员 李四 王五 近日,…`, the role word maybe spaced itself: `记 者`), as a city
  paper's page prints the credit run into the text: the names are read up to the text's first word;
- no outlet, only the place the report was sent from, its date and `电`, or the place and `讯`, then one to three
  names alone in brackets, each opening with a surname (`某地10月12日电(张三)…`, `某区讯(张三)…`), as a paper's
  desk in a city or a county's own paper prints it: a sentence does not open on a place, its `讯` or a dated `电` and
  a person's name in brackets;
- a site's name and the place before `讯`, then a space and its one writer's name glued to `报道:`
  (`某某网某地讯 张三报道:…`), as a provincial site prints its county reports: a name with a surname before
  `报道:` right after the outlet's `讯` is who sent the report in, not a sentence;
- a site's name and the place it reports from before `消息`, then one to three names alone in brackets, each opening
  with a surname, closed by a colon (`某某在线某省消息(张三):…`), as a broadcaster's site prints it: the colon after
  the bracket hands over to the text, the names are its writers'; so with the reporter's role before the names
  (`某某在线某省消息(记者 张三):…`);
- a site's name and its app's joined by a list comma before the place, the date and `讯` or `电`, then a
  reporter's credit in brackets (`某某网、某某网客户端某地5月9日讯(某某网记者张三 通讯员李四)`), as a
  provincial site prints the two outlets that ran the report: the comma joins outlets, not a sentence's words."""

import re

from app.people.lexicon import SURNAME_LETTER  # a writer's name opens on a surname (`记者采访报道:` names nobody)

from .signed_features import WRITERS_SIGNATURE

OUTLET = r"[\u3400-\u9fff]{1,10}?(?:报|网|台|社)(?:客户端)?"  # a paper's, site's, station's, agency's name, or its app
SITE = r"[\u3400-\u9fff]{1,10}?(?:报|网|台|社|在线)"  # (`某某在线`: a site's name too)
OUTLET_DATELINES = (
    rf"{OUTLET}(?:讯|消息)(?=\((?:[\u3400-\u9fff]{{2,4}}\s+){{1,4}}(?:文/图|图/文)\))"
    rf"|{OUTLET}[\u3400-\u9fff]{{2,6}}讯(?=\((?:[\u3400-\u9fff]{{2,4}}[\s、]*){{1,4}}\))"
    rf"|(?=(?:记者|通讯员)\s?(?:{SURNAME_LETTER}[\u3400-\u9fff]{{1,2}}[\s、]{{0,2}}){{1,3}}报道:)"
    rf"|(?=\(\s?[□■]\s?(?:{SURNAME_LETTER}[\u3400-\u9fff]{{1,2}}\s?){{1,4}}\))"
    rf"|(?=记\s?者\s+(?:{SURNAME_LETTER}[\u3400-\u9fff]{{1,2}}\s+){{1,3}}"
    rf"通\s?讯\s?员\s*(?:{SURNAME_LETTER}[\u3400-\u9fff]{{1,2}}\s+){{1,3}}\S)"
    rf"|{OUTLET}(?:·[\u3400-\u9fff]{{2,10}})?\s{{1,3}}[0-9]{{1,2}}月[0-9]{{1,2}}日[讯电]"
    rf"(?=\s*\([^()]{{0,24}}?(?:记者|通讯员))"
    rf"|{OUTLET}[\u3400-\u9fff]{{0,6}}讯(?=\s+{SURNAME_LETTER}[\u3400-\u9fff]{{1,2}}报道:)"
    rf"|[\u3400-\u9fff]{{2,6}}?(?:[0-9]{{1,2}}月[0-9]{{1,2}}日电|讯)"
    rf"(?=\((?:{SURNAME_LETTER}[\u3400-\u9fff]{{1,2}}\s?){{1,3}}\)\s*[^\s(])"
    rf"|{SITE}[\u3400-\u9fff]{{0,6}}?消息(?=\((?:{SURNAME_LETTER}[\u3400-\u9fff]{{1,2}}\s?){{1,3}}\):)"
    rf"|{SITE}[\u3400-\u9fff]{{0,6}}?消息(?=\((?:记者|通讯员|实习生)\s?[^()]{{2,30}}\)\s?:)"
    rf"|[\u3400-\u9fff]{{1,6}}?(?:报|网|台)、{OUTLET}[\u3400-\u9fff]{{0,6}}?[0-9]{{1,2}}月[0-9]{{1,2}}日[讯电]"
    rf"(?=\([^()]{{0,30}}?(?:记者|通讯员))"
    # `(张三 李四 王五)山坡上…`: a feature signed by its writers' names alone in brackets (`signed_features`)
    rf"|{WRITERS_SIGNATURE}"
)


def names_an_outlet(token: str, text: str) -> bool:
    """`(某某网 作者 张三)`, `(某某报 记者 张三)`: a paper's or site's name right before a role word in a credit is
    whose the writer is, not a writer (a person's name does not end in 网 or 报 and stand before its own role)."""
    return (re.fullmatch(OUTLET, token) is not None and len(token) > 2
            and re.search(re.escape(token) + r"\s*[\u3400-\u9fff]{0,4}?(?:记者|作者|通讯员)", text) is not None)
