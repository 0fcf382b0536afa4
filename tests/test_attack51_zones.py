"""Development zones (attack51 H6, helpers fix90 and fix94): a zone's plan is filed under the
zone's whole name, with its city as parent, never under the city or a tail of the name ("开区");
a question about a zone is answered from the zone's plans, never with its city's figure (未找到
unless a plan names the zone); a zone named after its city (青萝市's 青萝新区) never takes the
city's short name. Every text is invented; the one real city (鹤岗) is there because a title's
zone is read only when its name opens on a place the gazetteer knows."""

from __future__ import annotations

from policybot.knowledge.extract.metadata import extract_metadata
from policybot.knowledge.names import name_table
from policybot.knowledge.regions import region_aliases, split_region
from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, city_plan, plans_fixture


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
    for zone in ("鹤岗市青禾经济技术开发区", "鹤岗市青禾高新技术产业开发区", "鹤岗市经济开发区"):
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
        # (经开区 is written in the city's plan, of another zone: 白鹭经开区 is not)
        "示范市白鹭经开区新增省级品牌企业多少家?",
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


def test_a_zone_with_plans_of_its_own_is_not_answered_by_its_citys_rule(
    service: QueryService,
) -> None:
    """The city's reward (20万元) is the city's: the zone's plans say nothing of it."""
    reply = ask(service, "示范市青禾经开区对首次获得省级品牌的企业奖励多少?")
    assert "20万元" not in reply and "未找到" in reply, reply
    assert "示范市青禾经济技术开发区" in reply.split("\n")[0], reply
    city = ask(service, "示范市对首次获得省级品牌的企业奖励多少?")
    assert "20万元" in city, city


def test_a_new_area_named_after_its_city_never_takes_the_citys_short_name() -> None:
    """青萝新区 of 青萝市 is typed whole; 青萝 stays the city's. A district of the table named
    某某新区 after no city keeps its short name (浦东新区: 浦东)."""
    assert "青萝" not in region_aliases("青萝新区")
    assert "青萝新区" in region_aliases("青萝新区")
    assert "示范" not in region_aliases("示范市示范新区")
    assert "示范新区" in region_aliases("示范市示范新区")
    assert "浦东" in region_aliases("上海市浦东新区")


# 青萝市's rule and its 青萝新区's plan (issued by the zone's party working committee and its
# management committee): a question about 青萝 is the city's, one about 青萝新区 the zone's.
CITY_RULE = """青萝市人民政府关于印发青萝市招商引资激励办法的通知
青政发〔2031〕5号
青萝市人民政府
2031年2月1日
青萝市招商引资激励办法
第二条 项目指由市域外法人在我市投资,且承诺8年内不迁离本市的项目。
第三条 对新引进的项目,按实际到位资金的1%给予引荐人奖励。
"""
NEW_AREA = """中共青萝新区工作委员会
青萝新区管理委员会
关于印发《青萝新区招商引资激励办法》的通知
新区各部门:
现将《青萝新区招商引资激励办法》印发给你们,请认真贯彻执行。
中共青萝新区工作委员会
青萝新区管理委员会
2031年3月15日
青萝新区招商引资激励办法
第二条 项目指由新区外法人在新区投资,且承诺5年内不迁离新区的项目。
第三条 对新引进的项目,按实际到位资金的2%给予引荐人奖励。
"""

new_area = plans_fixture("attack51_new_area", CITY_RULE, NEW_AREA)


def test_the_city_is_asked_by_its_short_name_and_the_zone_by_its_own(
    new_area: QueryService,
) -> None:
    city = ask(new_area, "青萝招商的项目要承诺几年不迁离?")
    assert "8年内" in city and "5年内" not in city, city
    zone = ask(new_area, "青萝新区招商的项目要承诺几年不迁离?")
    assert "5年内" in zone and "8年内" not in zone, zone


def test_a_zone_typed_alone_is_asked_whole(service: QueryService) -> None:
    """白鹭经开区, no city before it and no plan writing it: out of the store, named whole (not
    cut into a district 开区); 临江经开区, which the city's plan writes, answered by that line."""
    for question in ("白鹭经开区新增省级品牌企业多少家?", "请问白鹭经开区新增省级品牌企业多少家?"):
        reply = ask(service, question)
        assert "未找到" in reply and "白鹭经开区" in reply and "30家" not in reply, reply
        assert not reply.startswith("开区"), reply
    reply = ask(service, "临江经开区新增省级品牌企业多少家?")
    assert "8家" in reply, reply


def test_a_new_area_named_otherwise_than_its_city_is_typed_by_its_own_name() -> None:
    """示范市云栖新区 is typed 云栖 (q1816 lost its 横琴 to fix94: 未找到 for a zone's rule);
    a 新区 with no city written gets no stem, as nothing says it is not its city's."""
    assert "云栖" in region_aliases("示范市云栖新区")
    assert "青萝" not in region_aliases("青萝新区")


def test_a_name_a_zone_shares_with_a_division_is_the_divisions() -> None:
    table = name_table([(1, "示范市"), (2, "示范市示范新区")], [("示范", 1), ("示范", 2)], [], [])
    assert table.region_aliases["示范"] == {1}
