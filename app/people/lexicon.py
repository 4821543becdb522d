"""The words people extraction is built on: titles of posts, surnames, and what ends a name.

All entries are in folded form (simplified, half-width), the form extraction decides on.
"""

import re

# Titles a post ends with. A title may carry 副, 常务副 or 第一 in front (副书记, 常务副区长);
# the longest title wins (人大代表 over 代表, 副主任 over 主任).
_BASE_TITLES = (
    "书记 常委 委员 组织委员 宣传委员 纪检委员 "
    "省长 市长 区长 县长 镇长 乡长 村长 州长 主席 主任 主任委员 "
    "部长 厅长 局长 处长 科长 所长 站长 院长 校长 园长 馆长 队长 组长 网格长 "
    "秘书长 会长 理事长 社长 行长 台长 董事长 总经理 经理 总监 总裁 总工程师 厂长 场长 "
    "负责人 领导 人大代表 党代表 政协委员 检察长 庭长 政委 指导员 教导员 专干 "
    "教授 研究员 主编 总编辑 巡视员 调研员 督导员 联络员 专员 干事"
).split()
TITLES = frozenset(
    prefix + title for title in _BASE_TITLES for prefix in ("", "副", "常务副", "第一", "第一副", "执行")
)
LONGEST_TITLE = max(map(len, TITLES))

# Posts that are only roles anyone can have: never a post, even right before a name.
PLAIN_ROLES = frozenset(
    "居民 市民 村民 群众 党员 老党员 志愿者 快递员 外卖员 快递小哥 外卖小哥 小哥 骑手 司机 网格员 "
    "社工 职工 员工 工人 业主 租户 游客 选民 居民代表 村民代表 家长 学生 老师 医生 护士 民警 "
    "记者 通讯员 编辑 责编 摄影 作者 市民代表 群众代表 企业代表 家长代表 学生代表".split()
)

# Single surnames in common use, the commonest first, and compound ones. Characters that are surnames but far more
# often words around a title (和, 于是, 小, 大 …) are left out on purpose.
_SURNAMES_BY_USE = (
    "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 "
    "田 董 袁 潘 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 "
    "方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 "
    "向 汤 常 温 康 施 文 牛 樊 葛 邢 安 齐 易 乔 伍 庞 颜 倪 庄 聂 章 鲁 岳 翟 殷 詹 申 欧 耿 关 兰 "
    "焦 俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕 单 季 裴 霍 涂 成 苗 谷 盛 曲 翁 冉 骆 蓝 "
    "路 游 辛 靳 管 柴 蒙 鲍 华 喻 祁 蒲 房 滕 屈 饶 解 牟 艾 尤 阳 时 穆 农 司 卓 古 吉 缪 简 车 项 "
    "连 芦 麦 褚 娄 窦 戚 岑 景 党 宫 费 卜 冷 晏 席 卫 米 柏 宗 瞿 桂 全 佟 应 臧 闵 苟 邬 边 卞 姬 "
    "师 和 仇 栾 隋 商 刁 沙 荣 巫 寇 桑 郎 甄 丛 仲 虞 敖 巩 明 佘 池 查 麻 苑 迟 邝 官 封 谈 匡 鞠 "
    "惠 荆 乐 冀 郁 胥 南 班 储 原 栗 燕 楚 鄢 劳 谌 奚 皮 粟 冼 蔺 楼 盘 满 闻 位 厉 伊 仝 区 郜 海 "
    "阚 花 权 强 帅 屠 豆 朴 盖 练 廉 禹 井 祖 漆 巴 丰 支 卿 国 狄 平 计 索 宣 晋 相 初 门 云 容 敬 "
    "来 扈 晁 芮 都 普 阙 浦 戈 伏 鹿 薄 邸 雍 辜 羊 阿 乌 母 裘 亓 修 邰 赫 杭 况 那 宿 鲜 印 逯 隆 "
    "茹 诸 战 慕 危 玉 银 亢 嵇 公 哈 湛 宾 戎 勾 茅 利 於 呼 居 揭 干 但 尉 冶 斯 元 束 檀 衣 信 展 "
    "阴 昝 智 幸 奉 植 衡 富 尧 闭 由 衷 洪 凤 暴 冒 綦 仰 蓟 逄".split()
)
SURNAMES = frozenset(_SURNAMES_BY_USE) - {
    "和", "区", "国", "相", "都", "来", "原", "信", "由", "公", "干", "但", "阳", "平", "海", "南", "时",
    "成", "全", "元", "文", "利", "明", "战", "门", "位"}
# one of the one-letter surnames, in a pattern (a name's first letter: `张三`)
SURNAME_LETTER = "[" + "".join(sorted(name for name in SURNAMES if len(name) == 1)) + "]"
COMMON_SURNAME_RANK = 100  # the hundred commonest surnames name most people
COMMON_SURNAMES = frozenset(_SURNAMES_BY_USE[:COMMON_SURNAME_RANK]) & SURNAMES
COMPOUND_SURNAMES = frozenset(
    "欧阳 上官 司马 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 令狐 端木 西门 南宫 独孤 申屠 "
    "澹台 万俟 闻人 轩辕 钟离 宗政 濮阳 太史 呼延 完颜 单于 百里 东郭 南门 羊舌 微生 梁丘 左丘 "
    "第五 公冶 拓跋 赫连".split()
)

# Characters a name never contains: they are grammar, not given names.
NOT_IN_NAME = frozenset("的了是在们着过这那其之所而并或等个么吗呢吧与及把被从将让给说也还就都又已对到"
                        "区县镇乡村街市省委局厅处办党")

# After a name, where the clause goes on: a name ends right before one of these.
NAME_FOLLOWERS = tuple(sorted(
    "说 说道 在 的 等 也 还 就 都 与 和 及 以及 并 又 同 跟 对 向 为 将 到 是 被 把 从 率 带 陪同 "
    "介绍 表示 指出 强调 认为 看来 告诉 提出 要求 称 坦言 感慨 透露 谈到 回忆 笑着 解释 建议 希望 "
    "主持 参加 出席 调研 督查 检查 带队 率队 一行 同志 通过 来到 走访 深入 现场 实地 详细 察看 查看 "
    "会见 看望 慰问 宣布 致辞 讲话 发言 作 做 带领 组织 召开 听取 了解 获得 荣获 当选 分别 共同 先后 "
    "接受 担任 兼任 负责 牵头 分管 正在 已经 曾 一直 多次 每天 带头 亲自 专题 主动 积极 前往 赴 "
    "等人 认真 充分 高度 首先 随后 最后 代表 作为 对此 即 便 则 已 正 仍 刚 才 很 最".split(),
    key=len, reverse=True))

# Punctuation, spaces and quotes: a name or a post never runs over them.
PUNCT = re.compile(r"[\s,.;:!?，。；：！？、“”‘’\"'「」『』()（）《》〈〉【】\[\]…—\-·•/|丶]")


# Where a post starts: the words right before it belong to the sentence, not to the post.
POST_STARTERS = tuple(sorted(
    "在 由 是 了 的 被 把 将 让 请 据 等 率 对 向 为 有 从 给 经 即 也 还 并 就 又 曾 "
    "陪同 邀请 带领 听取 看望 慰问 会见 采访 记者 时任 作为 担任 现任 成为 当选为 当选 "
    "日 上午 下午 中午 晚上 今天 昨天 近日 日前 目前 如今 其中 包括 以及 原".split(),
    key=len, reverse=True))
# Conjunctions start a post only after a name or another post (黄贤满和社区主任陈庆云), since
# they are also inside names of places (清和坊社区).
CONJUNCTIONS = frozenset("和与及同跟")

# Words that begin with a starter but are names of offices or places (为民服务中心, 同济大学).
STARTER_EXCEPTIONS = ("为民", "有限", "同济", "向阳", "和平", "经开", "经济", "经发", "经信", "经管", "日报",
                      "和谐", "及时", "原创", "同心", "和美", "在线")

# Verbs that give a post to a name before them (舒龙还成为了…站长; 张三当选为镇长).
_BEFORE_VERB = (("还", "也", "已", "又", "曾", "就", "正式", "先后"), ("被",), ("选举",))
_VERBS = ("成为", "担任", "出任", "当选为", "当选", "兼任", "升任", "调任", "现任", "任")
# Written as one alternative for each word a match may start with, in the order the optional words would be
# tried (the same matches as `(?:还|也…)?(?:被)?(?:选举)?(?:成为|…)(?:了|过)?`): when every alternative starts
# with a plain character the engine skips in C to the places holding one, instead of trying each place.
_APPOINTED = f"(?:{'|'.join(_VERBS)})(?:了|过)?"
APPOINTING = re.compile("|".join(
    [word + "".join(f"(?:{'|'.join(later)})?" for later in _BEFORE_VERB[k + 1:]) + _APPOINTED
     for k, words in enumerate(_BEFORE_VERB) for word in words]
    + [verb + "(?:了|过)?" for verb in _VERBS]))


def may_appoint(text: str) -> bool:
    """Every match of `APPOINTING` holds a verb, and every verb 任, 成为 or 当选: most texts hold none, and
    three searches for them cost less than the pattern's."""
    return "任" in text or "成为" in text or "当选" in text
