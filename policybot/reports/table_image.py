"""A table too wide for a phone's monospace text, drawn as a picture (PNG bytes).

Used by the comparison: subjects of 20-30 characters next to two values do not fit a phone's
line, but fit a picture that the user can zoom. Rendered with matplotlib (Agg) and the CJK font;
callers run it off the event loop.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from policybot.reports.fonts import install_cjk_font

MAX_ROWS = 60
CELL_CHARS = 30


def render_table(
    title: str, headers: Sequence[str], rows: Sequence[Sequence[str]], note: str = ""
) -> bytes:
    """PNG bytes of ``rows`` under ``headers`` (the first ``MAX_ROWS``), with a title."""
    install_cjk_font()
    from matplotlib.figure import Figure

    shown = [[_clip(cell) for cell in row] for row in rows[:MAX_ROWS]]
    if len(rows) > MAX_ROWS:
        note = (note + " " if note else "") + f"(只画出前 {MAX_ROWS} 行,共 {len(rows)} 行)"
    widths = [
        max(_width(str(header)), *(_width(row[i]) for row in shown)) if shown else _width(header)
        for i, header in enumerate(headers)
    ]
    total = sum(widths) or 1
    figure = Figure(figsize=(min(2.0 + total * 0.11, 16.0), 1.2 + 0.32 * (len(shown) + 1)), dpi=110)
    axes = figure.add_subplot()
    axes.axis("off")
    table = axes.table(
        cellText=shown or [["—"] * len(headers)],
        colLabels=list(headers),
        colWidths=[width / total for width in widths],
        loc="upper center",
        cellLoc="left",
    )
    table.auto_set_font_size(False)
    table.set_fontsize(9)
    table.scale(1, 1.35)
    for (row, _), cell in table.get_celld().items():
        if row == 0:
            cell.set_facecolor("#ddebf7")
        elif any(text == "—" for text in shown[row - 1]) if shown else False:
            cell.set_facecolor("#fff4e5")
    axes.set_title(title, fontsize=11)
    if note:
        figure.text(0.01, 0.01, note, fontsize=8)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", bbox_inches="tight")
    return buffer.getvalue()


def _clip(cell: str) -> str:
    return cell if len(cell) <= CELL_CHARS else cell[: CELL_CHARS - 1] + "…"


def _width(text: str) -> int:
    return sum(2 if ord(char) > 0x2E7F else 1 for char in text)
