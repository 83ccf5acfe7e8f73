"""The word lists of the extractor (``events.yaml``), read and checked once.

Every problem in the file is reported with the key it is under, all at once (``ConfigError.problems``),
so a broken edit is fixed in one pass.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import yaml

from pipeline.errors import ConfigError
from pipeline.events.language_rules import LanguageRules
from pipeline.events.literals import Phrase
from pipeline.events.records import ACTIONS
from pipeline.sources import read_config_file
from pipeline.translit import name_key

__all__ = ["READINGS", "EventRules", "load_rules"]

# What a verb of acting can read as, before its construction decides the action (actions.py); "withdraw":
# a verb of leaving that denounces only with the treaty left right after it ("вышел из соглашения").
READINGS = ("sign", "ratify", "approve", "adopt", "accede", "denounce", "submit", "force", "withdraw")
PROVISIONS = ("reservations_declarations", "authorities_designated")
LAW_ACTIONS = ("ratified", "approved_by_law", "acceded", "denounced")
_NEVER = re.compile(r"(?!)")
# Whom a regime is for, between it and the states it is between, in up to REGIME_FOR_REACH words ("A ilə B arasında
# pasport sahibləri üçün vizasız rejim", "visa-free regime for passport holders between A and B": _regime_between).
REGIME_FOR = {"az": "üçün", "en": "for", "ru": "для"}
REGIME_FOR_REACH = 5


@dataclass(frozen=True)
class EventRules:
    languages: Mapping[str, LanguageRules]
    home_state: str
    background: timedelta
    path: str
    ratifying_approvals: frozenset[str] = frozenset()
    """States whose approval of a treaty is its ratification (events.yaml ``ratifying_approvals``)."""


def load_rules(path: str | Path | None = None) -> EventRules:
    """Read the word lists; ``None`` or "" reads the ones shipped with the package (events.yaml)."""
    where, text = read_config_file(path, "events.yaml", "event rules")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{where}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{where}:1: expected a mapping with home_state, background_days and languages")
    problems: list[str] = []
    specs = data.get("languages") or {}
    if not isinstance(specs, dict):
        problems.append(f"{where}: languages: expected a mapping of language code to word lists")
        specs = {}
    languages = {}
    for lang, spec in specs.items():
        if isinstance(spec, dict):
            at = f"{where}: languages.{lang}"
            languages[lang] = _language_rules(lang, spec, data.get("member_groups"), at, problems)
        else:
            problems.append(f"{where}: languages.{lang}: expected a mapping with treaty_types, verbs, ...")
    background = data.get("background_days", 45)
    if not isinstance(background, int | float):
        problems.append(f"{where}: background_days: expected a number of days, got {background!r}")
        background = 0
    home = data.get("home_state", "")
    if not isinstance(home, str) or (home and not re.fullmatch(r"[A-Z]{2}", home)):
        problems.append(f"{where}: home_state: expected an ISO 3166 code like AZ, got {home!r}")
        home = ""
    ratifying = data.get("ratifying_approvals") or []
    if not isinstance(ratifying, list) or not all(isinstance(c, str) and re.fullmatch(r"[A-Z]{2}", c)
                                                  for c in ratifying):
        problems.append(f"{where}: ratifying_approvals: expected a list of ISO 3166 codes, got {ratifying!r}")
        ratifying = []
    if problems:
        raise ConfigError(problems[0], tuple(problems))
    return EventRules(languages, home, timedelta(days=background), where, frozenset(ratifying))


def _member_groups(groups: object, names: object, at: str, problems: list[str]
                   ) -> tuple[tuple[re.Pattern[str], frozenset[str]], ...]:
    """(pattern, members) of each group a language names (``member_group_names``) from the shared member lists."""
    if not names:
        return ()
    if not isinstance(names, dict) or not isinstance(groups, dict):
        problems.append(f"{at}.member_group_names: expected a mapping of group to a regular expression, and "
                        "member_groups a mapping of group to ISO codes")
        return ()
    found = []
    for group, name in names.items():
        members = groups.get(group)
        if not isinstance(members, list) or not all(isinstance(c, str) and re.fullmatch(r"[A-Z]{2}", c)
                                                    for c in members):
            problems.append(f"{at}.member_group_names.{group}: no member_groups.{group} list of ISO codes")
            continue
        try:
            found.append((re.compile(str(name), re.IGNORECASE), frozenset(members)))
        except re.error as exc:
            problems.append(f"{at}.member_group_names.{group}: invalid regular expression {name!r}: {exc}")
    return tuple(found)


def _language_rules(language: str, spec: Mapping[str, Any], member_groups: object, at: str,
                    problems: list[str]) -> LanguageRules:
    def pattern(key: str, value: object | None = None) -> re.Pattern[str]:
        value = spec.get(key) if value is None else value
        if value is None:
            return _NEVER
        if not isinstance(value, str):
            problems.append(f"{at}.{key}: expected a regular expression, got {value!r}")
            return _NEVER
        try:
            return re.compile(value, re.IGNORECASE)
        except re.error as exc:
            problems.append(f"{at}.{key}: invalid regular expression {value!r}: {exc}")
            return _NEVER

    def words(key: str) -> frozenset[str]:
        value = spec.get(key) or []
        if not isinstance(value, list):
            problems.append(f"{at}.{key}: expected a list of words, got {value!r}")
            return frozenset()
        return frozenset(str(v).lower() for v in value)

    def readings(key: str) -> Mapping[str, str]:
        value = spec.get(key) or {}
        if not isinstance(value, dict):
            problems.append(f"{at}.{key}: expected a mapping of word to reading ({', '.join(READINGS)})")
            return {}
        for word, reading in value.items():
            if reading not in READINGS:
                problems.append(f"{at}.{key}.{word}: unknown reading {reading!r} (known: {', '.join(READINGS)})")
        return {str(w).lower(): str(r) for w, r in value.items()}

    types_spec = spec.get("treaty_types") or {}
    if not isinstance(types_spec, dict) or not types_spec:
        problems.append(f"{at}.treaty_types: expected a mapping of treaty type to the noun that names it")
        types_spec = {}
    # ru lists lemmas, matched whole against a word's lemma; story grouping reads surface forms, so its one
    # pattern is the lemmas' stems and an ending.
    # A Russian compound noun ends in its head's lemma: "авиасоглашение" (air agreement), "межправсоглашение",
    # "энергодоговор" are agreements and treaties, read by the lemma's head.
    compound = "(?:[а-яё]{3,}-?)?" if language == "ru" else ""
    types = tuple((str(kind), pattern(f"treaty_types.{kind}", f"{compound}(?:{noun})"))
                  for kind, noun in types_spec.items())
    surface = ["|".join(f"{re.escape(_ru_stem(lemma))}\\w*" for lemma in str(n).split("|")) if language == "ru"
               else p.pattern for (_, p), n in zip(types, types_spec.values(), strict=True)]
    def forms(lemmas: frozenset[str], ending: int) -> str:  # ru: the lemma less its ending, any case
        return "|".join(f"{re.escape(w[:-ending] if ending else w)}\\w*" if language == "ru" else re.escape(w)
                        for w in sorted(lemmas))

    joint_words, joint_documents = words("joint_words"), words("joint_documents")
    if joint_words and joint_documents:  # "joint statement", "совместное заявление" (mentions._joint_document)
        surface.append(f"\\b(?:{forms(joint_words, 2)})\\s+(?:{forms(joint_documents, 1)})")
    regime_words, regime_documents, regime_between = words("regime_words"), words("regime_documents"), \
        words("regime_between")
    if regime_words and regime_documents:  # "visa-free regime between", "arasında vizasız rejim" (_regime_between)
        regime = f"(?:{forms(regime_words, 2)})\\s+(?:{forms(regime_documents, 1)})"
        between = "|".join(re.escape(word) for word in sorted(regime_between))
        holders = re.escape(REGIME_FOR.get(language, ""))  # ... for its holders: "sahibləri üçün", "for holders of"
        surface.append(f"\\b(?:{between})\\s+(?:(?:\\S+\\s+){{1,{REGIME_FOR_REACH}}}?{holders}\\s+)?{regime}"
                       if language == "az" else
                       f"\\b{regime}\\s+(?:{holders}\\s+(?:\\S+\\s+){{1,{REGIME_FOR_REACH}}}?)?(?:{between})\\b")
    nouns = "|".join(f"(?:{p})" for p in surface) or "(?!)"
    verb_readings, noun_readings = readings("verbs"), readings("nouns")
    parliaments = tuple((pattern(key, rf"\b(?:{name})\b"), str(code))
                        for key in ("parliaments", "leaders") for name, code in (spec.get(key) or {}).items())
    return LanguageRules(
        language=language,
        treaty_types=types,
        treaty_nouns=re.compile(nouns, re.IGNORECASE),
        verbs=verb_readings,
        compounds=readings("compounds"),
        nouns=noun_readings,
        lemmas=frozenset(verb_readings) | frozenset(noun_readings) | words("in_force_verbs"),
        in_force=pattern("in_force"),
        modal=words("modal_before") | words("modal_after"),
        negation=words("negation_before"),
        decided=words("decided_before"),
        noun_modifies=words("noun_modifies"),
        count_words=words("count_words"),
        joint_words=joint_words,
        joint_documents=joint_documents,
        regime_words=regime_words,
        regime_documents=regime_documents,
        regime_between=regime_between,
        auxiliaries=words("auxiliaries"),
        request=pattern("request"),
        counted_states=pattern("counted_states"),
        counted_documents=pattern("counted_documents"),
        tally_span=pattern("tally_span"),
        denial=pattern("denial"),
        retrospective=pattern("retrospective"),
        history_title=pattern("history_title"),
        draft=pattern("draft"),
        amended_law=pattern("amended_law"),
        implemented_law=pattern("implemented_law"),
        bill=pattern("bill"),
        bill_title=pattern("bill_title"),
        law=pattern("law"),
        laws=_actions_patterns(spec.get("laws") or {}, at, "laws", LAW_ACTIONS, problems, pattern, single=True),
        parliament=pattern("parliament"),
        government=pattern("government"),
        multilateral=pattern("multilateral"),
        state_organs=pattern("state_organs"),
        commercial=pattern("commercial"),
        financing=pattern("financing"),
        concession=pattern("concession"),
        private_parties=pattern("private_parties"),
        mention_stop=words("mention_stop"),
        other_documents=words("other_documents"),
        mention_links=words("mention_links"),
        generic_words=re.compile("|".join(map(re.escape, sorted(words("generic_words")))) or "(?!)"),
        provisions=_actions_patterns(spec.get("provisions") or {}, at, "provisions", PROVISIONS, problems, pattern),
        provisions_unless=pattern("provisions_unless"),
        states_only_types=words("states_only_types"),
        between_states=pattern("between_states"),
        state_groups=pattern("state_groups"),
        capitals={str(name).lower(): str(code) for name, code in (spec.get("capitals") or {}).items()},
        border_places=tuple((pattern("border_places", rf"\b(?:{name})\b"), frozenset(map(str, codes)))
                            for name, codes in (spec.get("border_places") or {}).items()),
        parliaments=parliaments,
        any_parliament=re.compile("|".join(f"(?:{p.pattern})" for p, _ in parliaments) or "(?!)", re.IGNORECASE),
        bare_parliaments=tuple(re.compile(p.pattern.replace(r"\w*", ""), re.IGNORECASE) for p, _ in parliaments),
        talks_before=pattern("talks_before"),
        talks_after=pattern("talks_after"),
        document_subject=pattern("document_subject"),
        framework_before=pattern("framework_before"),
        framework_after=pattern("framework_after"),
        agenda=pattern("agenda"),
        work_plan=pattern("work_plan"),
        for_signature=pattern("for_signature"),
        committee=pattern("committee"),
        parliament_consent=pattern("parliament_consent"),
        promulgate=pattern("promulgate"),
        withdrawal_nouns=words("withdrawal_nouns"),
        phrase_as_time=words("phrase_as_time"),
        transfer=pattern("transfer"),
        autographs=pattern("autographs"),
        parliaments_document=pattern("parliaments_document"),
        other_law=pattern("other_law"),
        bodies_own_rules=pattern("bodies_own_rules"),
        international_marks=pattern("international_marks"),
        similar=pattern("similar"),
        minutes=pattern("minutes"),
        no_determiners=words("no_determiners"),
        kept_in_treaty=words("kept_in_treaty"),
        act_phrases=tuple(Phrase.of(action, p) for action, p in _actions_patterns(
            spec.get("act_phrases") or {}, at, "act_phrases", READINGS, problems, pattern)),
        legal_act=pattern("legal_act"),
        law_dated=pattern("law_dated"),
        head_signed=pattern("head_signed"),
        signed_by_list=pattern("signed_by_list"),
        act_restated=tuple(Phrase.of(action, p) for action, p in _actions_patterns(
            spec.get("act_restated") or {}, at, "act_restated", ACTIONS, problems, pattern)),
        organisations=pattern("organisations"),
        common_names=frozenset(name_key(str(word), language) for word in spec.get("common_names", ())),
        member_groups=_member_groups(member_groups, spec.get("member_group_names"), at, problems),
    )


def _actions_patterns(spec: object, language_at: str, key: str, known: tuple[str, ...], problems: list[str],
                      pattern: Any, single: bool = False) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(action, pattern) pairs from a mapping of action to a pattern (``single``) or a list of patterns."""
    at = f"{language_at}.{key}"
    if not isinstance(spec, dict):
        problems.append(f"{at}: expected a mapping of action to regular expressions")
        return ()
    found = []
    for action, patterns in spec.items():
        if action not in known:
            problems.append(f"{at}.{action}: unknown action (known here: {', '.join(known)})")
            continue
        if single:
            patterns = [patterns]
        if not isinstance(patterns, list):
            problems.append(f"{at}.{action}: expected a list of regular expressions, got {patterns!r}")
            continue
        found += [(str(action), pattern(f"{key}.{action}", str(p))) for p in patterns]
    return tuple(found)


def _ru_stem(lemma: str) -> str:
    """What every case form of a Russian noun starts with: соглашение -> соглашени, договор -> договор."""
    return lemma[:-1] if lemma[-1] in "аяоеиыьй" else lemma
