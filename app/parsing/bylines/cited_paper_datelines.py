"""Datelines that name the paper a site took its report from, or no outlet at all, joined into `credits.DATELINE`:
- a site's `讯`, then the paper whose report it runs in square brackets, then the writers' names listed with `、`
  and closed by `报道:` (`某某网讯[某某日报]张三、李四、王五报道:…`): the bracketed paper is the report's source,
  the names before `报道:` its writers (`LISTED_NAMES_REPORTED`, read by `credits._REPORTED`);
- only the day and `讯`, closed by a colon (`6月3日讯:昨天上午…`), as a paper's page prints its own reports with
  the outlet left out: a sentence does not open on a date glued to `讯:`."""

from .outlet_datelines import OUTLET, SURNAME_LETTER

_NAME = rf"{SURNAME_LETTER}[\u3400-\u9fff]{{1,2}}"
LISTED_NAMES_REPORTED = rf"(?:{_NAME}、){{1,4}}{_NAME}(?=报道:)"
CITED_PAPER_DATELINES = (
    rf"{OUTLET}讯\[{OUTLET}\](?={LISTED_NAMES_REPORTED}|{_NAME}报道:)"
    r"|[0-9]{1,2}月[0-9]{1,2}日讯:"
)
