"""A font that draws Chinese, for every picture the bot renders.

matplotlib's default DejaVu Sans has no CJK glyphs: Chinese comes out as empty boxes (tofu).
The project depends on ``noto-cjk-sans-otc`` (Noto Sans CJK, SIL Open Font License), a PyPI
wheel that carries the font file, so ``make`` installs it without root or a system package.
The collection holds one face per region; the Simplified Chinese face is the one used.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display: pictures are rendered to bytes, off the event loop

from matplotlib import font_manager

CJK_FAMILY = "Noto Sans CJK SC"
_lock = threading.Lock()


def cjk_font_path() -> Path:
    """The font file shipped by the ``noto-cjk-sans-otc`` wheel."""
    import noto_cjk_sans_otc

    return Path(str(noto_cjk_sans_otc.FONT_PATH))


@lru_cache(maxsize=1)
def install_cjk_font() -> str:
    """Register the font with matplotlib once and make it the default; returns its family."""
    with _lock:
        font_manager.fontManager.addfont(str(cjk_font_path()))
        matplotlib.rcParams["font.family"] = "sans-serif"
        matplotlib.rcParams["font.sans-serif"] = [CJK_FAMILY, "DejaVu Sans"]
        matplotlib.rcParams["axes.unicode_minus"] = False
        # The store's words are text, never TeX: a subject with two "$" (费用$\frac{$元) made
        # every /compare picture holding it fail, and "$5 and $6" was drawn in math italics.
        matplotlib.rcParams["text.parse_math"] = False
    return CJK_FAMILY


def resolved_font_file(family: str = CJK_FAMILY) -> Path:
    """The file matplotlib actually uses for ``family`` (no silent fallback to DejaVu)."""
    install_cjk_font()
    properties = font_manager.FontProperties(family=family)
    return Path(font_manager.findfont(properties, fallback_to_default=False))
