"""Radical and compatibility code points -> unified ideographs.

PDF fonts often map shared glyphs to Kangxi radicals, CJK radical-supplement
characters or CJK compatibility ideographs (``⼯`` for 工, ``⺠`` for 民, ``年``
U+F98E for 年); every extractor maps them back with ``unify_ideographs``, and
``normalize.fold`` folds them in the comparison key.
"""

from __future__ import annotations

import re
import unicodedata

#: CJK Radicals Supplement -> unified ideograph, after Unicode's EquivalentUnifiedIdeograph
#: data (only the radicals whose equivalent is a BMP ideograph that stands alone as a word
#: or component; NFKC already handles U+2E9F and U+2EF3 and all Kangxi radicals)
_RADICALS_SUPPLEMENT: dict[str, str] = {
    "\u2e81": "\u5382",  # ⺁ 厂
    "\u2e82": "\u4e5b",  # ⺂ 乛
    "\u2e83": "\u4e5a",  # ⺃ 乚
    "\u2e85": "\u4ebb",  # ⺅ 亻
    "\u2e86": "\u5182",  # ⺆ 冂
    "\u2e89": "\u5202",  # ⺉ 刂
    "\u2e8a": "\u535c",  # ⺊ 卜
    "\u2e8b": "\u353e",  # ⺋ 㔾
    "\u2e8c": "\u5c0f",  # ⺌ 小
    "\u2e8d": "\u5c0f",  # ⺍ 小
    "\u2e8e": "\u5140",  # ⺎ 兀
    "\u2e8f": "\u5c23",  # ⺏ 尣
    "\u2e90": "\u5c22",  # ⺐ 尢
    "\u2e92": "\u5df3",  # ⺒ 巳
    "\u2e93": "\u5e7a",  # ⺓ 幺
    "\u2e94": "\u5f51",  # ⺔ 彑
    "\u2e95": "\u5f50",  # ⺕ 彐
    "\u2e96": "\u5fc4",  # ⺖ 忄
    "\u2e97": "\u5fc3",  # ⺗ 心
    "\u2e98": "\u624c",  # ⺘ 扌
    "\u2e99": "\u6535",  # ⺙ 攵
    "\u2e9b": "\u65e1",  # ⺛ 旡
    "\u2e9c": "\u65e5",  # ⺜ 日
    "\u2e9d": "\u6708",  # ⺝ 月
    "\u2e9e": "\u6b7a",  # ⺞ 歺
    "\u2e9f": "\u6bcd",  # ⺟ 母
    "\u2ea0": "\u6c11",  # ⺠ 民
    "\u2ea1": "\u6c35",  # ⺡ 氵
    "\u2ea2": "\u6c3a",  # ⺢ 氺
    "\u2ea3": "\u706c",  # ⺣ 灬
    "\u2ea4": "\u722b",  # ⺤ 爫
    "\u2ea5": "\u722b",  # ⺥ 爫
    "\u2ea6": "\u4e2c",  # ⺦ 丬
    "\u2ea7": "\u725b",  # ⺧ 牛
    "\u2ea8": "\u72ad",  # ⺨ 犭
    "\u2ea9": "\u738b",  # ⺩ 王
    "\u2eab": "\u7f52",  # ⺫ 罒
    "\u2eac": "\u793a",  # ⺬ 示
    "\u2ead": "\u793b",  # ⺭ 礻
    "\u2eaf": "\u7cf9",  # ⺯ 糹
    "\u2eb0": "\u7e9f",  # ⺰ 纟
    "\u2eb1": "\u7f53",  # ⺱ 罓
    "\u2eb2": "\u7f52",  # ⺲ 罒
    "\u2eb6": "\u7f8a",  # ⺶ 羊
    "\u2eb9": "\u8002",  # ⺹ 耂
    "\u2eba": "\u8080",  # ⺺ 肀
    "\u2ebb": "\u807f",  # ⺻ 聿
    "\u2ebc": "\u8089",  # ⺼ 肉
    "\u2ebd": "\u81fc",  # ⺽ 臼
    "\u2ebe": "\u8279",  # ⺾ 艹
    "\u2ebf": "\u8279",  # ⺿ 艹
    "\u2ec0": "\u8279",  # ⻀ 艹
    "\u2ec1": "\u864e",  # ⻁ 虎
    "\u2ec2": "\u8864",  # ⻂ 衤
    "\u2ec3": "\u8980",  # ⻃ 覀
    "\u2ec4": "\u897f",  # ⻄ 西
    "\u2ec5": "\u89c1",  # ⻅ 见
    "\u2ec6": "\u89d2",  # ⻆ 角
    "\u2ec8": "\u8ba0",  # ⻈ 讠
    "\u2ec9": "\u8d1d",  # ⻉ 贝
    "\u2ecb": "\u8f66",  # ⻋ 车
    "\u2ecc": "\u8fb6",  # ⻌ 辶
    "\u2ecd": "\u8fb6",  # ⻍ 辶
    "\u2ece": "\u8fb6",  # ⻎ 辶
    "\u2ecf": "\u961d",  # ⻏ 阝
    "\u2ed0": "\u9485",  # ⻐ 钅
    "\u2ed1": "\u9577",  # ⻑ 長
    "\u2ed2": "\u9578",  # ⻒ 镸
    "\u2ed3": "\u957f",  # ⻓ 长
    "\u2ed4": "\u95e8",  # ⻔ 门
    "\u2ed6": "\u961d",  # ⻖ 阝
    "\u2ed7": "\u96e8",  # ⻗ 雨
    "\u2ed8": "\u9752",  # ⻘ 青
    "\u2ed9": "\u97e6",  # ⻙ 韦
    "\u2eda": "\u9875",  # ⻚ 页
    "\u2edb": "\u98ce",  # ⻛ 风
    "\u2edc": "\u98de",  # ⻜ 飞
    "\u2edd": "\u98df",  # ⻝ 食
    "\u2edf": "\u98e0",  # ⻟ 飠
    "\u2ee0": "\u9963",  # ⻠ 饣
    "\u2ee2": "\u9a6c",  # ⻢ 马
    "\u2ee3": "\u9aa8",  # ⻣ 骨
    "\u2ee4": "\u9b3c",  # ⻤ 鬼
    "\u2ee5": "\u9c7c",  # ⻥ 鱼
    "\u2ee6": "\u9e1f",  # ⻦ 鸟
    "\u2ee7": "\u5364",  # ⻧ 卤
    "\u2ee8": "\u9ea6",  # ⻨ 麦
    "\u2ee9": "\u9ec4",  # ⻩ 黄
    "\u2eea": "\u9efe",  # ⻪ 黾
    "\u2eeb": "\u6589",  # ⻫ 斉
    "\u2eec": "\u9f50",  # ⻬ 齐
    "\u2eed": "\u6b6f",  # ⻭ 歯
    "\u2eee": "\u9f7f",  # ⻮ 齿
    "\u2eef": "\u7adc",  # ⻯ 竜
    "\u2ef0": "\u9f99",  # ⻰ 龙
    "\u2ef1": "\u9f9c",  # ⻱ 龜
    "\u2ef2": "\u4e80",  # ⻲ 亀
    "\u2ef3": "\u9f9f",  # ⻳ 龟
}

#: what the comparison key needs beyond NFKC (which covers Kangxi and compatibility ideographs)
RADICALS_SUPPLEMENT: dict[int, str] = {ord(k): v for k, v in _RADICALS_SUPPLEMENT.items()}


def _ideograph_table() -> dict[int, str]:
    """Kangxi radicals (NFKC), compatibility ideographs (NFC) and the radical supplement."""
    table: dict[int, str] = dict(RADICALS_SUPPLEMENT)
    for code in range(0x2F00, 0x2FD6):
        unified = unicodedata.normalize("NFKC", chr(code))
        if len(unified) == 1 and unified != chr(code):
            table[code] = unified
    for code in (*range(0xF900, 0xFB00), *range(0x2F800, 0x2FA20)):
        unified = unicodedata.normalize("NFC", chr(code))
        if len(unified) == 1 and unified != chr(code):
            table[code] = unified
    return table


#: every code point ``unify_ideographs`` replaces -> its unified ideograph
IDEOGRAPHS = _ideograph_table()
_NEEDS_UNIFYING = re.compile("[\u2e80-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]")


def unify_ideographs(text: str) -> str:
    """``text`` with radical and compatibility code points replaced by unified ideographs.

    ``⼯``→``工`` (Kangxi radical), ``⺠``→``民`` (radical supplement),
    ``年`` U+F98E→``年`` (compatibility ideograph); nothing else changes, so
    full-width punctuation and digits keep their display form.
    """
    if _NEEDS_UNIFYING.search(text) is None:
        return text
    return text.translate(IDEOGRAPHS)
