"""完成 of works with the works as its object, 建设 closing the clause (柳岸省完成120座“溜索改桥”项目建设; 甲雷达完成
一期工程建设; X项目完成建设), besides an 工程 that 完成 ending its clause (``zhqx/rules/events.json``): not funds or other figures
(完成供水工程建设资金2亿元: the clause goes on), nor 完成投资 (no works)."""

import re

_WORKS_BUILT = re.compile(r"了?(?:[^，,。；;！!？?]{0,24}?(?:项目|工程))?建设(?=[，,。；;！!？?\n]|$)")


def finished(text: str, j: int, end: int) -> bool:
    """Whether 完成 ending at ``j`` (its sentence ending at ``end``) has works built as its object."""
    return bool(_WORKS_BUILT.match(text, j, end))
