"""Where a name written without marks starts: walking left from its suffix.

"扩容升级政务云平台" -> 政务云平台: the walk stops at punctuation, digits, particles (的, 了,
将…), a verb in verb position (升级 after 扩容), or a verb that always takes its object
(接入, 对接, 依托…).
"""

from __future__ import annotations

import re

__all__ = ["GENERIC", "PARTICLES", "VERB_END", "left_bounded"]

_VERBS = re.findall(
    r"\S+",
    """
    建设 搭建 部署 接入 对接 扩容升级 扩容 升级 依托 打造 新增 提升 推进 推动
    整合 统计 录入 纳入 参与 完成 负责 承担 开展 实施 建立 形成 上线 通过 实现
    执行 利用 运用 使用 迁移至 迁移 迁入 连接 联通 覆盖 改造 扩建 启动 申报
    编制 建成 开通 优化 加强 强化 整改 做好 严格 组织 接待 保障 汇聚 采集 梳理
    收集 汇总 提供 落实 确保 推广 构建 完善 健全 新建 升级改造 设 汇报 连线
    同意 实行 根据 包含 移交
    """,
)
PARTICLES = "的了在将把对和与及等至到由向从被使其该各是为以于含均都已并且或除"
_ADVERBS = (
    "积极",
    "全面",
    "持续",
    "大力",
    "进一步",
    "不断",
    "加快",
    "继续",
    "重点",
    "着力",
    "一是",
    "二是",
)
_SHE_WORDS = set("建开架增预假铺摆附下")
_MEASURE_WORDS = "个项家类名条台余多年次"
_COUNTED = set("0123456789余多")
_ALWAYS_STOP = re.compile(r"(?:接入|对接|录入|纳入|迁移至|迁入|依托|部署|上云|实行)$")
VERB_END = re.compile(rf"(?:{'|'.join(sorted(_VERBS, key=len, reverse=True))})$")
_BOUNDARY = set('.．，,。；;：:、“”"《》（）()！？!?\n\t 　·—…_|｜')
GENERIC_WORDS = re.findall(
    r"\S+",
    """
    平台 系统 网站 APP App app 小程序 微信小程序 数据库 专家库 企业库
    机房 外网 网络 旗舰店 超级服务端 会议室 指挥中心 门户网站 信息系统 业务系统
    应用系统 政务信息系统 管理系统 云平台 数据平台 系统平台 视频会议系统 相关平台
    相关系统 各类平台 工程 项目 该平台 该系统 此项目 该项目 目前项目 电子政务项目
    信息化项目 建设项目 重点项目 主要包含项目 按规定移交项目
    """,
)
GENERIC = re.compile(
    rf"^(?:[各该本此其全]|全市|全省|部门|自建|省建)?(?:{'|'.join(GENERIC_WORDS)})$"
)
# A suffix followed, within the same words, by a longer system name: 外网 in 外网市级平台.


def left_bounded(text: str, suffix_start: int) -> int:
    """Walk left from a suffix to the start of the name: a mark, a particle or a verb."""
    start = suffix_start
    while start > 0 and suffix_start - start < 24:
        char = text[start - 1]
        if char in _BOUNDARY or char.isdigit() or char in PARTICLES:
            break
        if char == "设" and text[start - 2 : start - 1] not in _SHE_WORDS:
            break  # 分会场设指挥中心: 设 the verb, not 建设 or 开设
        if char in _MEASURE_WORDS and text[start - 2 : start - 1] in _COUNTED:
            break  # 250余个政务信息系统, 13名…专家库
        verb = VERB_END.search(text[max(0, start - 6) : start])
        if verb and _verb_position(text, start - len(verb.group())):
            break
        if _ALWAYS_STOP.search(text[max(0, start - 3) : start]):
            break
        start -= 1
    return start


def _verb_position(text: str, at: int) -> bool:
    """A verb starts a predicate after a mark, a particle, an adverb or another verb."""
    before = text[max(0, at - 3) : at]
    return (
        not before
        or before[-1] in _BOUNDARY
        or before[-1] in PARTICLES
        or before[-1].isdigit()
        or before.endswith(_ADVERBS)
        or bool(VERB_END.search(before))
    )
