"""Whether a line ends its sentence is told mostly by its last characters: the same answer as the
ending pattern's, for every ending."""

import random

from app.parsing.lines import _FINISHED, TAIL_CHARS, is_finished

# Stops, closing quotes and brackets, a credit in brackets, dots after letters or digits, spaces.
ENDINGS = [*"。!?….”’\"'」』)]》〉(a1张三摄,: ", "...", "(张三)", "(记者 李四)"]


def by_pattern(folded: str) -> bool:
    return _FINISHED.search(folded.rstrip()[-TAIL_CHARS:]) is not None


def test_a_line_ends_its_sentence_exactly_when_the_ending_pattern_says_so():
    rnd = random.Random(7)
    for _ in range(60_000):
        line = "白沙镇开展活动" * rnd.randint(0, 1) + "".join(rnd.choice(ENDINGS) for _ in range(rnd.randint(0, 7)))
        assert is_finished(line) == by_pattern(line), line


def test_stops_quotes_and_credits_at_the_end():
    assert is_finished("活动圆满结束。") and is_finished("他说:“好!”  ") and is_finished("活动结束。(张三)")
    assert is_finished("共3.5万元...") and not is_finished("版本v2.") and not is_finished("活动现场,")
    assert not is_finished("") and not is_finished("”") and not is_finished("(张三)")
