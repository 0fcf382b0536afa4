"""Development zones (attack51 H6, helper fix90): a zone's plan is filed under the zone's whole
name, with its city as parent, never under the city or a tail of the name ("开区"); a question
about a zone no plan is filed under is not answered by its city's plan as if the city's figure
were the zone's (未找到 unless the city's plan names the zone). Every text is invented; the
one real city (娄底, as in B53-5) is there because a title's zone is read only when its name
opens on a place the gazetteer knows."""

from __future__ import annotations

from invented_plans import ask, city_plan, plans_fixture
from policybot.knowledge.extract.metadata import extract_metadata
from policybot.knowledge.regions import region_aliases, split_region
from policybot.knowledge.service import QueryService


def _zone_notice(issuer: str, title: str, signer: str | None = None) -> str:
    return (
        f"{issuer}关于印发{title}的通知\n各部门、各园区企业:\n"
        f"现将《{title}》印发给你们,请认真贯彻执行。\n{signer or issuer}\n2031年3月2日\n"
        f"{title}\n一、主要目标\n到2033年,全区新增品牌企业12家。\n"
    )


def test_a_zone_committee_is_the_zone_whatever_the_length_of_its_kind() -> None:
    for issuer, zone in (
        ("示范市青禾经济技术开发区管理委员会", "示范市青禾经济技术开发区"),
        ("示范市青禾高新技术产业开发区管委会", "示范市青禾高新技术产业开发区"),
        ("青禾经济技术开发区管理委员会", "青禾经济技术开发区"),
        ("示范市青禾经济开发区经济发展局", "示范市青禾经济开发区"),
        ("青禾经济开发区党工委办公室", "青禾经济开发区"),
    ):
        meta = extract_metadata("x.txt", _zone_notice(issuer, "青禾品牌建设方案(2031—2033年)"))
        assert meta.region == zone, (issuer, meta.region)


def test_a_zone_party_committee_gives_the_zone_not_the_party() -> None:
    """ "中共某某开发区工作委员会" over the committee: the zone, no "中共" kept in the region."""
    text = _zone_notice(
        "中共示范市青禾经济开发区工作委员会",
        "青禾品牌建设方案(2031—2033年)",
        "中共示范市青禾经济开发区工作委员会\n示范市青禾经济开发区管理委员会",
    )
    assert extract_metadata("x.txt", text).region == "示范市青禾经济开发区"


def test_a_zone_plans_title_is_the_zone_not_its_city() -> None:
    """A title opening on a zone of a city (no 落款 naming a place): the zone, whole."""
    for zone in ("娄底市青禾经济技术开发区", "娄底市青禾高新技术产业开发区", "娄底市经济开发区"):
        text = (
            f"{zone}质量品牌提升行动方案(2031—2033年)\n一、主要目标\n"
            "到2033年,全区新增品牌企业12家。\n管委会办公室\n2031年3月2日\n"
        )
        assert extract_metadata("x.txt", text).region == zone


def test_not_every_name_before_a_zone_kind_is_a_zone() -> None:
    """Guards: a city's bureau's branch for a zone, a city's plan about its zones, a bare kind."""
    branch = _zone_notice("示范市市场监管局高新区分局", "品牌建设方案(2031—2033年)")
    assert extract_metadata("x.txt", branch).region != "示范市市场监管局高新区"
    city = _zone_notice("示范市人民政府办公室", "示范市推进开发区高质量发展方案")
    assert extract_metadata("x.txt", city).region == "示范市"
    bare = _zone_notice("开发区管委会", "品牌建设方案(2031—2033年)")
    assert extract_metadata("x.txt", bare).region is None


def test_a_zone_is_its_citys_and_typed_by_its_names_never_by_a_piece_of_its_kind() -> None:
    assert split_region("示范市青禾高新技术产业开发区")[0] == "示范市"
    assert split_region("示范市青禾经济技术开发区")[0] == "示范市"
    assert {"青禾经开区", "青禾经济技术开发区"} <= region_aliases("示范市青禾经济技术开发区")
    assert "示范高新区" in region_aliases("示范市高新区")
    for name in ("示范市高新区", "示范市经济开发区", "示范市青禾经济开发区"):
        aliases = region_aliases(name)
        assert not aliases & {"示范市高", "经济开发", "示范市经济开发", "青禾经济开发"}, aliases
    assert "经济开发区" not in region_aliases("示范市青禾经济开发区")


CITY = city_plan(
    "一、主要目标\n到2032年,全市新增省级品牌企业30家,其中临江经开区8家。培育制造业单项冠军企业"
    "5家。(责任单位:市市场监管局)\n二、奖励政策\n对首次获得省级品牌的企业,给予一次性奖励20万元。\n"
)
ZONE = _zone_notice("示范市青禾经济技术开发区管理委员会", "青禾经开区品牌建设工作方案").replace(
    "到2033年,全区新增品牌企业12家。",
    "到2032年,全区新增省级品牌企业6家,新增制造业单项冠军企业2家。",
)

service = plans_fixture("attack51_zones", CITY, ZONE)


def test_a_zone_no_plan_is_filed_under_is_not_answered_by_its_citys_figure(
    service: QueryService,
) -> None:
    for question in (
        "示范市经济开发区新增省级品牌企业多少家?",
        "示范高新区新增省级品牌企业多少家?",
        "示范市白鹭经济开发区2032年新增省级品牌企业多少家?",
        "示范市高新区获得省级品牌奖励多少?",
        "示范市经开区获得省级品牌奖励多少?",
    ):
        reply = ask(service, question)
        # (未找到, at most with a partial match offered as such: never 答: the city's figure)
        assert "未找到" in reply and "答:" not in reply and "30家" not in reply, reply
        assert "开区单列" not in reply, reply


def test_a_zones_kind_is_not_cut_into_a_district(service: QueryService) -> None:
    """经开区 after the city was read as a district "开区" the store does not hold."""
    parsed = service.parse("示范市经开区新增省级品牌企业多少家?")
    assert "开区" not in parsed.unknown_places and "经开区" in parsed.words, parsed


def test_a_zone_the_citys_plan_names_is_answered_by_that_line(service: QueryService) -> None:
    reply = ask(service, "示范市临江经开区新增省级品牌企业多少家?")
    assert "8家" in reply, reply


def test_a_zone_plan_answers_the_zone_and_not_the_city(service: QueryService) -> None:
    for question in (
        "示范市青禾经开区新增省级品牌企业多少家?",
        "青禾经济技术开发区新增省级品牌企业多少家?",
    ):
        reply = ask(service, question)
        assert "6家" in reply and "示范市青禾经济技术开发区" in reply, reply
    city = ask(service, "示范市新增制造业单项冠军企业多少家?")
    assert "5家" in city and "2家" not in city, city
