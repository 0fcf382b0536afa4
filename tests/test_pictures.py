"""Pictures draw Chinese, not boxes: the project's own font is found and used, and its glyphs
render as distinct shapes where a font without CJK draws the same empty box (tofu) for each."""

from __future__ import annotations

import io
import warnings

import numpy as np
import pytest
from matplotlib import ft2font
from matplotlib.figure import Figure

from policybot.reports.fonts import CJK_FAMILY, cjk_font_path, install_cjk_font, resolved_font_file
from policybot.reports.table_image import render_table

SAMPLE = "湖衢州南海顺德驰名商标"  # distinct characters


def _glyph_images(family: str) -> list[bytes]:
    """Each character of SAMPLE drawn alone with ``family``, as raw RGBA pixels."""
    images = []
    for char in SAMPLE:
        figure = Figure(figsize=(0.6, 0.6), dpi=50)
        figure.text(0.1, 0.1, char, fontsize=24, family=family)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="rgba")
        images.append(buffer.getvalue())
    return images


def test_the_font_file_ships_with_the_project_and_has_the_glyphs() -> None:
    path = cjk_font_path()
    assert path.is_file()
    faces = [ft2font.FT2Font(str(path), face_index=i) for i in range(4)]
    simplified = next(face for face in faces if face.family_name == CJK_FAMILY)
    assert all(simplified.get_char_index(ord(char)) for char in SAMPLE)


def test_matplotlib_resolves_the_family_to_that_file() -> None:
    assert resolved_font_file() == cjk_font_path()


def test_glyphs_render_as_characters_not_boxes() -> None:
    install_cjk_font()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        real = _glyph_images(CJK_FAMILY)
    assert not [w for w in caught if "missing from font" in str(w.message)]
    assert len(set(real)) == len(SAMPLE)  # every character a shape of its own
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tofu = _glyph_images("DejaVu Sans")
    assert len(set(tofu)) == 1  # the control: a font without CJK draws one box for all
    assert real[0] != tofu[0]


def test_a_table_picture_is_a_png_with_ink() -> None:
    png = render_table("对比", ("事项", "甲", "乙"), [("省名牌产品数量", "239个", "161个")])
    assert png.startswith(b"\x89PNG")
    from matplotlib.image import imread

    pixels = imread(io.BytesIO(png))
    assert pixels.shape[0] > 100 and pixels.shape[1] > 200
    assert float(np.mean(pixels[..., :3])) < 0.99  # not blank


@pytest.mark.parametrize("rows", [0, 80])
def test_tables_of_any_length_render(rows: int) -> None:
    png = render_table("对比", ("事项", "甲"), [(f"事项{n}", str(n)) for n in range(rows)])
    assert png.startswith(b"\x89PNG")


@pytest.mark.parametrize("cell", ["费用$\\frac{$元", "奖励$^$项", "$5 万元 和 $6 万元"])
def test_dollar_signs_in_the_stores_words_are_drawn_as_text(cell: str) -> None:
    """matplotlib reads text between two "$" as TeX: a subject holding "$\\frac{$" made the
    /compare picture fail (ValueError from mathtext) for every comparison that showed it."""
    png = render_table(f"对比 {cell}", ["事项", cell], [[cell, "2"]], note=cell)
    assert png.startswith(b"\x89PNG")
