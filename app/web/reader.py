"""What readers see is Chinese: the search notices and errors (English in the JSON API) said again for
the HTML pages, and parameter errors explained in the reader's words."""

import re
from typing import Any

# English message of the search code (a pattern) → what a reader is told.
SEARCH_MESSAGES = [
    (r"closed an unbalanced quotation mark", "补上了缺少的后引号"),
    (r"dropped an unmatched “\)”", "去掉了多余的“)”"),
    (r"dropped an “OR” with nothing on one side", "去掉了一侧没有词语的“OR”"),
    (r"dropped a “NOT” with nothing after it", "去掉了后面没有词语的“NOT”"),
    (r"closed an unbalanced “\(”", "补上了缺少的“)”"),
    (r"ignored “(.*)”: nothing searchable in it", r"忽略了“\1”：其中没有可搜索的文字"),
    (r"replaced control characters with spaces", "把控制字符换成了空格"),
    (r"The query has too many nested parentheses\.", "括号嵌套太多，请减少括号。"),
    (r"“(.+):” must be followed by a word or a quoted phrase, for example (\S+)",
     r"“\1:”后面要跟一个词或带引号的短语，例如 \2"),
    (r"The query has too many words \(at most (\d+)\)\.", r"搜索词太多（最多 \1 个）。"),
    (r"Type something to search for\.|the query q is empty", "请输入要搜索的内容。"),
    (r"The query is too long \(at most (\d+) characters\)\.", r"搜索内容太长（最多 \1 个字符）。"),
    (r"the query is (\d+) characters long; at most (\d+)", r"搜索内容有 \1 个字符，最多 \2 个。"),
    (r"The query has no words to search for\.", "搜索内容里没有可以搜索的文字。"),
    (r"Unknown sort “(.*)”\.", r"不认识排序方式“\1”。"),
]
STATUS_MESSAGES = {400: "请求有误。", 404: "这个地址没有对应的页面。", 405: "不支持这种请求方式。",
                   410: "这项内容已不在档案中。", 422: "参数有误。", 500: "服务器出错，请稍后再试。"}
PARAMETERS = {"page": "页码", "per_page": "每页条数", "sort": "排序方式", "q": "搜索内容", "kind": "类型",
              "article_id": "文章编号", "city": "城市", "county": "区县", "town": "镇街", "author": "作者",
              "code": "地方代码", "name": "名称", "file": "版面文件名", "fmt": "格式"}
CJK = re.compile(r"[\u4e00-\u9fff]")


def in_chinese(message: str, status: int = 400) -> str:
    """A message for a reader: Chinese already, a known search message translated, else a plain Chinese line."""
    for pattern, chinese in SEARCH_MESSAGES:
        if re.fullmatch(pattern, message):
            return re.sub(pattern, chinese, message)
    return message if CJK.search(message) else STATUS_MESSAGES.get(status, "出错了。")


def validation_in_chinese(errors: list[dict[str, Any]]) -> str:
    """Pydantic's parameter errors, one Chinese sentence each."""
    parts = []
    for item in errors:
        names = [str(p) for p in item.get("loc", ()) if p not in ("query", "path")]
        label = PARAMETERS.get(names[-1], names[-1]) if names else "参数"
        value = item.get("input")
        shown = f"“{value}”" if isinstance(value, str | int) else ""
        ctx = item.get("ctx") or {}
        kind = item.get("type", "")
        if kind in ("int_parsing", "int_from_float", "int_type"):
            parts.append(f"{label}{shown}应当是整数")
        elif kind == "greater_than_equal":
            parts.append(f"{label}不能小于 {ctx.get('ge')}")
        elif kind == "less_than_equal":
            parts.append(f"{label}不能大于 {ctx.get('le')}")
        elif kind == "string_too_long":
            parts.append(f"{label}太长（最多 {ctx.get('max_length')} 个字符）")
        elif kind == "missing":
            parts.append(f"缺少{label}")
        else:
            parts.append(f"{label}{shown}不是可用的值")
    return "；".join(parts) + "。" if parts else "参数有误。"
