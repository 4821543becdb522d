"""The words a credit prints before names to say what each person did: a reporter's or a writer's role (the names
after it are the article's authors), or a role on the page's staff (the names after it are not)."""

# Role words printed before reporters' names (matched longest first: 本报记者 before 记者).
ROLE_WORDS = (
    "本报特约记者", "本报见习记者", "本报实习记者", "本报通讯员", "本报记者", "特约通讯员",
    "特约记者", "见习记者", "实习记者", "实习生", "通讯员", "摄影记者", "摄影报道", "摄影", "摄像", "记者", "文/图",
    # (`文字报道:张三`, `供稿:张三 李四` after the text; `拍友 张三 摄`; a desk's team;
    "图文", "作者", "文字报道", "拍友", "报道组", "文、图", "供稿", "插画", "撰文",
    # `报道员:张三`: a wire's stringer, who reports with its reporter; `某某网签约摄影师 张三 摄`: a photographer's
    # title before the name (the site that signed the photographer before it, an outlet's name)
    "报道员", "摄影师")
# `记者 张三 插画 李四`: who drew the page's picture is credited with the writers; `(撰文/摄影:张三)`: who wrote)
# The page's staff: who edited, checked or signed off the page, not who wrote or photographed.
STAFF_ROLES = ("责任编辑", "值班总编辑", "总编辑", "网络编辑", "本版编辑", "值班编辑", "编辑", "责编", "审核", "初审",
               # (`剪辑`: who cut the video)
               "一审", "二审", "三审", "终审", "审校", "校对", "签发", "值班主任", "监制", "统筹", "制作", "剪辑")
