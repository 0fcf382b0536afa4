"""fix63: Low defects of answers, each on invented plans (tests/invented_plans.py)."""

from __future__ import annotations

from pathlib import Path

from policybot.handlers.formatting import PLAIN, render_pages
from policybot.knowledge.answer_sizes import LIST_LIMIT
from tests.invented_plans import city_plan, invented_plans_service

_STEMS = "甲乙丙丁戊己庚辛壬癸子丑"


def _many_targets(count: int) -> str:
    """An invented plan of ``count`` targets, one a sentence (培育甲乙类品牌企业N家)."""
    kinds = [a + b for a in _STEMS for b in _STEMS][:count]
    lines = [f"到2033年,培育{kind}类品牌企业{n + 5}家。" for n, kind in enumerate(kinds)]
    return city_plan("一、主要目标\n" + "\n".join(lines) + "\n")


def test_a_list_longer_than_its_pages_says_how_many_they_show_and_which_command_lists_all(
    tmp_path: Path,
) -> None:
    """共 111 项 over pages ending at the 60th item: the count and the pages disagreed, with no
    way to the rest but to guess at narrower questions."""
    with invented_plans_service(tmp_path, _many_targets(111)) as service:
        answer = service.ask("示范市品牌企业的目标有哪些")
        assert answer.total == 111 and len(answer.facts) == LIST_LIMIT
        last = render_pages(answer, PLAIN)[-1]
        assert f"这里只列出前 {LIST_LIMIT} 项" in last, last
        assert "全部请发 /targets 示范市 品牌 企业" in last, last
        every = service.targets("示范市", "品牌 企业")
        assert every.total == len(every.facts) == 111  # the command's pages hold them all


def test_a_list_its_pages_hold_whole_points_to_no_command(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, _many_targets(30)) as service:
        answer = service.ask("示范市品牌企业的目标有哪些")
        assert answer.total == len(answer.facts) == 30
        assert not any("全部请发" in note for note in answer.notes)
