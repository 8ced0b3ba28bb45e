"""The entity grammar compiled from a rule set's lexicons: every word list comes from ``zhqx/rules/lexicons``.

``Grammar`` holds the matchers the stages share; ``grammar_for(lexicons)`` compiles it once per ``Lexicons``
object (the shipped rules, a user's extension or a leave-one-out mutant). The regexes written here are
structures (a suffix after a name, a title run joined by 兼), never word lists; each has an example in
``tests/test_entity_grammar.py``.
"""

import re
from functools import cache, cached_property
from typing import NamedTuple

from zhqx.entities.cues import StartCue
from zhqx.errors import ZhqxTypeError
from zhqx.lexicon import Lexicon, Lexicons, default_lexicons
from zhqx.text.prefilter import leading

_KEEP = 8  # compiled rule sets kept (the shipped one, a user's, a test's mutants)


# The label of a company name written inside a project's or facility's name: no ORG mention, part of the name.
IN_PROJECT = "ORG_IN_PROJECT"


class Candidate(NamedTuple):
    """A mention found by one stage: character offsets and a label (ORG, PARK, GPE or PERSON)."""

    start: int
    end: int
    label: str


# Structural rules (each with an example checked in tests/test_entity_grammar.py):
# 委 is a party committee only right after a place character (洛阳市委), never 委员.
PARTY_COMMITTEE = r"(?<=[市省区县州])委(?!员)"
# …中心 is a body when a title or its party committee follows (扬州市招商中心主任): lexicon centre_followers.
CENTRE_BEFORE_TITLE = "中心(?=(?:{}))"
# A media head right before a credit cue (网|消息, 晚报|讯, 电视台|报道): where a credit line's name ends.
MEDIA_CREDIT = "(?:{heads})(?=(?:{cues}))"
# A partnership written after a fund: 常州龙城产业投资基金（有限合伙）.
PARTNERSHIP = r"(?:[（(]有限合伙[）)])?"
# A forum or a fair named after a zone, right after its name or its closing quote, perhaps with 国际 and up to
# four characters of a trade (中关村|论坛, “中国光谷”|国际光电子博览会): lexicon park_event_heads.
PARK_EVENT = "[”\"]?(?:国际[\u4e00-\u9fff]{{0,4}}?)?(?:{heads})"
# The rest of a list of seats then a count of institutions (西岭|、南湖、北岭两个国家实验室): the zone names a seat
# of one, no zone; lexicon park_listed_institutions.
PARK_LISTED = "(?:、[\u4e00-\u9fff]{{1,6}}?)*[两二三四五六七八九十几]+[个大家座所][\u4e00-\u9fff]{{0,6}}?(?:{heads})"
# A sub-park's name of two or three characters then its head, right after its zone (…新片区|大飞机园): lexicon
# sub_park_heads; not a park's own longer head (…园区, …园林).
SUB_PARK = "[\u4e00-\u9fff]{{2,3}}?(?:{heads})(?![区林艺])"
# A facility opening right after a centre's name, perhaps after 正式 or an adverb (…服务中心|正式|投用): lexicon
# facility_openings; a centre of gov_suffixes column facility then names the facility, no body.
FACILITY_OPENING = "(?:正式)?(?:{adverbs})?(?:{words})"


class Grammar:
    """The compiled matchers and word sets of one rule set (attributes named for what they match)."""

    def __init__(self, lexicons: Lexicons):
        self.lexicons = lex = lexicons
        centre = CENTRE_BEFORE_TITLE.format(lex["centre_followers"].regex)
        gov = f"{lex['gov_suffixes'].regex}|{PARTY_COMMITTEE}|{centre}"
        company = f"{lex['company_suffixes'].regex}|{lex['fund_suffixes'].regex}{PARTNERSHIP}"
        titles = lex["titles"].regex
        self.park_suffix = re.compile(lex["park_suffixes"].regex)
        self.org_suffix = re.compile(f"(?:{gov})|(?:{company})")  # 大学|生: a student (lexicon not_after)
        self.company = re.compile(company)
        self.gov_end = re.compile(f"(?:{gov})$")
        self.name_end = re.compile(f"(?:{company}|{gov}|园|谷|区)$")
        self.park_name_end = re.compile(f"(?:{company}|{gov}|园|区)$")  # 武汉光谷|生物城 is one name
        self.weak_park_end = _ending(lex["weak_park_ends"])
        self.park_heads = _ending(lex["park_heads"])
        self.quoted_park_end = _ending(lex["quoted_park_suffixes"])
        self.national_org = lex["national_bodies"].pattern
        self.media_credit = re.compile(MEDIA_CREDIT.format(heads=lex["media_heads"].regex, cues=lex["media_cues"].regex))
        # Compound titles run together or with 兼 (主任助理钱伟, 副总经理兼财务总监王敏).
        self.title = re.compile(f"(?:{titles})(?:兼?(?:{titles}))*[ \u3000]?")
        self.not_name = lex["not_name_words"].pattern
        self.left_words = lex["left_stop_words"].pattern
        self.project_head = lex["project_heads"].pattern
        self.owned_head = lex["project_heads"].where("owned", "yes").pattern  # 项目: an owner may stand before it
        self.group_head = lex["project_heads"].where("owned", "group").pattern  # 电站: only a …集团 owns it
        self.list_head = re.compile(f"等[^，。；：、]{{0,14}}?({lex['list_heads'].regex})")
        self.list_kind = lex["list_kinds"].pattern
        self.project_gap_stop = re.compile(f"{lex['project_gap_stops'].regex}|{lex['stop_words'].regex}")
        self.after_name = re.compile(f"(?:[^\u4e00-\u9fff]|{lex['after_name_words'].regex})")
        self.legal_form = _ending(lex["legal_forms"])
        self.alias_head = _ending(lex["alias_heads"])
        self.full_place = _ending(lex["place_suffixes"])
        self.zone_end = _ending(lex["zone_ends"])
        self.branch = lex["branch_suffixes"].pattern
        self.owner_end = _ending(lex["owner_ends"])
        self.facility = re.compile(f"(?:{lex['facility_prefixes'].regex})?(?:{lex['facility_words'].regex})")
        self.zone_kind = _ending(lex["zone_kinds"])
        self.lone_zones = frozenset(lex["bare_zones"].where("alone", "no").entries)  # 横琴 alone: a place
        self.park_event = re.compile(PARK_EVENT.format(heads=lex["park_event_heads"].regex))
        self.park_listed = re.compile(PARK_LISTED.format(heads=lex["park_listed_institutions"].regex))
        self.sub_park = re.compile(SUB_PARK.format(heads=lex["sub_park_heads"].regex))
        self.operator = re.compile(f"(?:{lex['operator_words'].regex})+")
        self.facility_opening = re.compile(FACILITY_OPENING.format(
            adverbs=lex["adverb_chars"].regex, words=lex["facility_openings"].regex))
        self.short_company = re.compile(f"[\u4e00-\u9fff]{{2}}(?:{lex['short_company_trades'].regex})")
        self.trade_ending = _ending(lex["trade_endings"])
        self.stop_chars = frozenset(lex["stop_chars"])
        self.classifiers = frozenset(lex["classifiers"])
        self.counting = frozenset(lex["counting_chars"])
        self.counted = re.compile(f"[{re.escape(''.join(sorted(self.counting)))}](?:{lex['counted_words'].regex})")
        self.stop_words = lex["stop_words"].entries
        self.stop_last = frozenset(word[-1] for word in lex["stop_words"])
        self.body_last = frozenset(entry[-1] for entry in lex["gov_suffixes"])  # 局, 委, 队: a body's last character
        self.max_stop_word = max(map(len, lex["stop_words"]), default=0)
        self.not_brand = frozenset(lex["not_brand_chars"])
        self.unglued = frozenset(lex["unglued_chars"])
        self.generic_heads = tuple(lex["generic_heads"])
        self.industry_heads = tuple(lex["industry_heads"])
        self.park_stop_words = lex["park_stop_words"].entries
        self.foreign = lex["countries"].entries - {"中国"}
        self.surnames = lex["surnames"].entries
        self.after_short_name = lex["after_short_name_chars"].entries
        self.not_a_place = lex["not_a_place_chars"].entries
        self.national_prefixes = tuple(lex["national_prefixes"])
        self.quoted_name_cues = tuple(lex["quoted_name_cues"])
        self.longest_keep_word = max(map(len, lex["keep_words"]), default=0)
        for name, value in list(vars(self).items()):  # each pattern tried only where a match may start
            if isinstance(value, re.Pattern):
                setattr(self, name, leading(value))

    @cached_property
    def unit_gaps(self) -> dict[str, tuple[int, tuple[str, ...]]]:
        """Unit head -> (longest own name before it, the bodies it follows or ()): lexicon unit_heads, columns gap
        and after (default 4 characters, any body)."""
        return {row["entry"]: (int(row.get("gap", 4)), tuple(row.get("after", "").split()))
                for row in self["unit_heads"].rows}

    @cached_property
    def places(self) -> dict[str, str]:
        """The gazetteer's names and aliases, the countries and the bare zone names (中关村) -> GPE / PARK."""
        return _places(self["countries"], self["bare_zones"])[0]

    @cached_property
    def place_cue(self) -> StartCue:
        """Where a place name may start in a text, with the lengths of the names that may start there."""
        return _places(self["countries"], self["bare_zones"])[1]

    @cached_property
    def weak_places(self) -> frozenset[str]:
        """Two-character names of county-level places only (枝江, 伊通, 北区): often inside other words (西枝江)."""
        return _county_names() - self["countries"].entries

    def __getitem__(self, name: str) -> Lexicon:
        return self.lexicons[name]


@cache
def _gazetteer_places() -> tuple[tuple[str, str], ...]:
    from zhqx.gazetteer import lookup_table

    return tuple((name, "GPE" if any(e.label == "GPE" for e in entries) else "PARK")
                 for name, entries in lookup_table().items())


_PLACES: dict[tuple[int, int], tuple[Lexicon, Lexicon, dict[str, str], StartCue]] = {}


def _places(countries: Lexicon, bare_zones: Lexicon) -> tuple[dict[str, str], StartCue]:
    """The place table and its cue, built once per pair of lexicon objects (a mutant of another lexicon reuses it)."""
    key = (id(countries), id(bare_zones))
    held = _PLACES.get(key)
    if held is None or held[0] is not countries or held[1] is not bare_zones:
        table = dict(_gazetteer_places())
        table.update(dict.fromkeys(countries, "GPE"))
        table.update(dict.fromkeys(bare_zones, "PARK"))
        if len(_PLACES) >= _KEEP:
            del _PLACES[next(iter(_PLACES))]
        held = _PLACES[key] = (countries, bare_zones, table, StartCue(table))
    return held[2], held[3]


@cache
def _county_names() -> frozenset[str]:
    from zhqx.gazetteer import lookup_table

    return frozenset(name for name, entries in lookup_table().items()
                     if len(name) == 2 and all(e.level == "county" for e in entries))


def _ending(lexicon: Lexicon) -> "re.Pattern[str]":
    """The lexicon as a pattern that matches at the end of a string (…区$)."""
    return re.compile(f"(?:{lexicon.regex})$")


_RECENT: dict[int, tuple[Lexicons, Grammar]] = {}


def grammar_for(lexicons: Lexicons | None = None) -> Grammar:
    """The compiled grammar of ``lexicons`` (None: the shipped ones), compiled once per object (the last few kept)."""
    lexicons = default_lexicons() if lexicons is None else lexicons
    if not isinstance(lexicons, Lexicons):
        raise ZhqxTypeError(f"lexicons must be a zhqx.lexicon.Lexicons, not {type(lexicons).__name__}")
    held = _RECENT.get(id(lexicons))
    if held is None or held[0] is not lexicons:
        if len(_RECENT) >= _KEEP:
            del _RECENT[next(iter(_RECENT))]
        held = _RECENT[id(lexicons)] = (lexicons, Grammar(lexicons))
    return held[1]
