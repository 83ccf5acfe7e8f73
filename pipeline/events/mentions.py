"""Treaty mentions without the gazetteer: a noun phrase headed by a treaty noun, in any case and
capitalisation, and how far it reaches.

The head is a treaty noun (``treaty_types`` in events.yaml: agreement, соглашение, saziş, ...). Its
extent is read by the construction around it:

- quotes: a quoted name after the noun, or around it (Соглашение «О ...», the “... Agreement”);
- en/ru, head first: modifiers before the noun (capitalised words, adjectives: "UN Convention",
  "Венская конвенция") and, after it, a link word (on, between, with, against, о, об, по, между, с ...)
  and what follows up to a clause boundary (punctuation, a verb of acting, a relative word, a date):
  extent.py;
- az, head last: the words before the noun up to a boundary (punctuation, a finite verb, an organ that
  acts: "Senatı", a date); a "X ilə Y arasında" phrase starts the name at X: az_names.py.

A mention also says whether it is a draft (draft agreement, проект соглашения, saziş layihəsi).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from pipeline.events.az_names import az_extent, where_or_whence
from pipeline.events.azerbaijani import TITLE_LINKS
from pipeline.events.extent import left_extent, links, right_extent
from pipeline.events.language_rules import LanguageRules
from pipeline.events.rules import REGIME_FOR, REGIME_FOR_REACH
from pipeline.events.words import QUOTES_CLOSE, QUOTES_OPEN, Word, in_dates, noun_form
from pipeline.glossary import concepts
from pipeline.treaties import fold

__all__ = ["TreatyMention", "find_mentions", "open_by_name", "plural_noun", "proper_short_title", "to_open_treaty"]

# A protocol's name that goes on to the open treaty it belongs to: "Protocol No. 16 to the European Convention on
# Human Rights", "Протокол №16 к Европейской конвенции ...", "Protokol ... Konvensiyasına": a convention, charter or
# covenant any state may join.
_TO_OPEN_TREATY = re.compile(
    r"^(?:[\w-]+ ){0,3}(?:protocol|протокол|protokol)\w*\b.*?(?:\bto (?:the )?(?:[\w'’-]+ ){0,5}"
    r"(?:convention|charter|covenant)|\bко? (?:[\w-]+ ){0,4}(?:конвенц|хартии|пакту|ЕКПЧ))",
    re.IGNORECASE)


def to_open_treaty(name: str) -> bool:
    """Whether a treaty's name is a protocol to an open treaty (``_TO_OPEN_TREATY``): it is not between two states,
    as a protocol on its own is read; its signers act each for itself, and no other side is taken by default."""
    return _TO_OPEN_TREATY.search(name) is not None


# A name of capitalised words that ends at its treaty noun, or at another such name in brackets: "High Seas Treaty",
# "BBNJ Agreement", "High Seas Treaty (BBNJ Agreement)".
_CAPITALISED_NAME = r"(?:the\s+)?(?:[A-Z0-9][\w'’-]*\s+){1,5}[A-Z]\w+"
_SHORT_TITLE = re.compile(rf"{_CAPITALISED_NAME}(?:\s*\({_CAPITALISED_NAME}\))?")


def proper_short_title(name: str, language: str) -> bool:
    """Whether a treaty is named by a proper short title only: capitalised words that name no subject the glossary
    knows and no party ("High Seas Treaty", "BBNJ Agreement"; not "Transit Agreement", a subject). Such a treaty is
    read as open, not as one between the state that acts and another taken by default."""
    return _SHORT_TITLE.fullmatch(name) is not None and not concepts(name, language)


# A name opened by the proper name of the place a treaty was adopted at, or closed by its acronym: en a capitalised
# word before lower-case words up to the noun ("Paris climate accord", "the Minamata mercury convention"); ru a
# capitalised adjective of a place ("Парижское климатическое соглашение", "Нью-Йоркской конвенции") or a Latin acronym
# after the noun ("Соглашения BBNJ"). Not a pair of states ("Российско-азербайджанское": "-о-" is no place's ending),
# nor an adjective of kind ("Экономическое", "Техническое": "-ческ-").
_PLACE_NAMED = {
    "en": re.compile(r"(?:the\s+)?(?P<place>[A-Z][a-z]+)\s+(?:[\w-]+\s+){0,3}[a-z]+"),
    "ru": re.compile(r"(?P<place>[А-ЯЁ][а-яё]*(?:-[А-ЯЁ][а-яё]*)?(?<!че)ск(?:ий|ая|ое|ого|ой|ому|ую|им|ом|ие|их))"
                     r"\s+(?:[а-яё]+\s+){0,2}[а-яё]+|[а-яёА-ЯЁ]+\s+(?P<acronym>[A-Z]{2,})"),
}


def open_by_name(name: str, rules: LanguageRules) -> bool:
    """Whether a treaty's name shows it open to all, not between the state that acts and another taken by default:
    a protocol to an open treaty (``to_open_treaty``), a proper short title (``proper_short_title``), or a name
    after the place it was adopted at or by its acronym (``_PLACE_NAMED``: "Iran ratifies Paris climate accord",
    "Казахстан присоединился к Киотскому протоколу"), the place no word of a subject the glossary knows ("Energy
    cooperation agreement", sentence-initial) and the name not one between states ("межправительственное":
    ``between_states``). A state's name reads as a place too: parties.py asks only of names that name no state
    ("Azerbaijan climate agreement" is between two)."""
    if to_open_treaty(name) or proper_short_title(name, rules.language):
        return True
    pattern = _PLACE_NAMED.get(rules.language)
    named = pattern.fullmatch(name) if pattern is not None else None
    if named is None or rules.between_states.search(name.lower()):
        return False
    place = named["place"]
    # a place is no word of a subject ("Energy cooperation agreement", "Social security agreement": the subject the
    # glossary reads goes with it) nor a treaty noun, and an en name that goes on past a link word is one read head
    # first ("Memorandum of Understanding on cooperation")
    if not place:
        return True  # "Соглашение BBNJ"
    rest = name[named.end("place"):]
    links = rules.language == "en" and any(w in rules.mention_links for w in rest.lower().split())
    return not (links or rules.treaty_type(place.lower())
                or concepts(name, rules.language) != concepts(rest, rules.language))


@dataclass(frozen=True)
class TreatyMention:
    kind: str
    """Treaty type: agreement, convention, memorandum, ..."""
    start: int
    end: int
    head: int
    """Index of the head noun among the sentence's words."""
    head_start: int
    """Where the head noun starts: a gazetteer name must cover it to name this treaty (not one it is under)."""
    text: str
    draft: bool


def find_mentions(sentence: str, words: Sequence[Word], rules: LanguageRules,
                  date_spans: Sequence[tuple[int, int]], verbs: Mapping[int, str]) -> list[TreatyMention]:
    """The treaty mentions of a sentence, left to right; ``verbs``: the indices of verbs of acting and their
    form (actions.py): an az participle ("imzalanmış") is inside the name it describes."""
    found: list[TreatyMention] = []
    for index, word in enumerate(words):
        form = noun_form(word, rules)  # the two rarer readings only for their own nouns, asked of every word
        kind = rules.treaty_type(form) or (form in rules.joint_documents and _joint_document(words, index, rules)) \
            or (form in rules.regime_documents and _regime_between(words, index, rules)) or None
        if kind is None or (rules.language == "ru" and "NOUN" not in word.tag):
            continue
        if found and found[-1].start <= word.start < found[-1].end:
            continue  # a treaty noun inside a name already read ("Protocol to the Convention on ...")
        following = words[index + 1] if index + 1 < len(words) else None
        if following is not None and following.folded in rules.noun_modifies:
            continue  # "the UN Treaty Event": the noun modifies another
        if any(w.folded in rules.count_words or _COUNT_FROM.match(w.folded)
               or (w.text.isdigit() and not _names(words, i) and not _amount(words, i, sentence)
                   and not in_dates(w, date_spans))
               for i, w in enumerate(words[max(0, index - 3) : index], start=max(0, index - 3))
               if not any(j in verbs or words[j].text == ":" for j in range(i + 1, index))):
            continue  # "two agreements", "iki beynəlxalq saziş", "60-dan çox konvensiya": several documents
            # (a day of a date is no count: "Казахстан 20 ноября подписал соглашение"; nor is a number a verb
            # stands after: "87 голосами ратифицировал соглашение", "voted 87 to 3 to ratify the agreement"; nor
            # a count the colon of a list ends: "подписан ряд документов: Соглашение о ..."; nor a sum of money:
            # "ratifies $250 million loan agreement")
        if rules.language in ("az", "en") and following is not None and rules.treaty_type(following.folded):
            continue  # "Anlaşma Memorandumu", "tax treaty protocol": the last noun heads the name
        if rules.language == "az":
            if where_or_whence(words, index):
                continue  # "beynəlxalq müqavilələrdə ... istifadə haqqında Konvensiya": in treaties, a subject
                # (but "sazişdən çıxır": withdrawing from the treaty named)
            first, last = az_extent(words, index, rules, date_spans, verbs)
        else:
            first = left_extent(words, index, rules, verbs)
            last = right_extent(words, index, rules, date_spans, verbs, sentence)
        head = index
        quoted = _quoted(words, index)
        if quoted is None and plural_noun(word, rules) and (_az_unnamed(words[first:index]) if rules.language == "az"
                                                            else not (last > index and links(words, index + 1, rules))):
            continue  # "protocols have been signed with a number of countries": a set of documents, none named
        if quoted is not None and rules.language != "az" and quoted[0] == index - 1 and quoted[1] > index + 1:
            last = quoted[1]  # «Соглашение о ...», а также «Меморандум ...»: a name the quotes open ends with them
        if quoted is not None:
            first, last = min(first, quoted[0]), max(last, quoted[1])
            head = _quoted_head(words, quoted, rules) or index
            kind = rules.treaty_type(noun_form(words[head], rules)) or kind
            if rules.language == "az" and any(w.folded in TITLE_LINKS for w in words[head + 1 : quoted[1]]):
                last = head  # "“... Konvensiyaya Azərbaycan Respublikasının qoşulması haqqında” Qanun": the law's title
        start, end = words[first].start, words[last].end
        if _a_bodys_own_rules(words[head], sentence[start:end], sentence, rules):
            continue
        found.append(TreatyMention(kind, start, end, head, words[head].start, sentence[start:end],
                                   _draft(words, first, last, head, rules)))
    if rules.language == "en":
        found = [_opened_by_its_head(m, found) for m in found]
    # A noun inside another's name ("... mediation settlement agreements ... Convention", a quoted title's
    # "“... in International Contracts” Convention") is part of it.
    found = [m for m in found if not any(o is not m and (
        o.start <= m.start and m.end <= o.end
        or (o.start <= m.head_start < o.end and not m.start <= o.head_start < m.end)) for o in found)]
    return _aliases_joined(_parents_joined(found, sentence, words, verbs), sentence)


# What links a protocol to the treaty it belongs to or amends, past the rest of its own name that its extent did
# not reach, up to a comma ("Protocol on ... Oil Pollution Incidents, to the Framework Convention", "Протокол о
# ..., вызывающих загрязнение нефтью, к Рамочной конвенции", "Protocol, amending the Agreement", "Протокол,
# изменяющий Соглашение"); a participle may open the treaty's own mention.
# ... also after the rest of the protocol's own name, with no comma ("Protocol on Environmental Impact Assessment in a
# Transboundary Context to the Framework Convention ...": its name is cut at "in", the convention is its parent).
_PARENT_LINK = re.compile(r"(?:[^.;:!?]*,|(?:\s+(?!and\b|or\b|и\b|или\b)[\w'’-]+){1,5}(?<!addition)(?<!contrast)"
                          r"(?<!response)(?<!prior)(?<!similar)(?<!parallel)(?<!due)(?<!according)(?<!compared))?"
                          r"\s*(?:to|к|ко)\s+(?:the\s+)?|"
                          r",?\s*(?:amending|supplementing|"
                          r"изменяющ\w*|дополняющ\w*)\s+(?:the\s+)?", re.IGNORECASE)
_OPENING_PARTICIPLE = re.compile(r"^(?:amending|supplementing|изменяющ\w*|дополняющ\w*)\s+(?:the\s+)?",
                                 re.IGNORECASE)
# A contrast that opens another clause ("ratified the Protocol, while Azerbaijan acceded to the Convention").
_CONTRAST = re.compile(r"\b(?:while|whereas|but|а|но|тогда как)\b", re.IGNORECASE)


def _parents_joined(found: list[TreatyMention], sentence: str, words: Sequence[Word],
                    verbs: Mapping[int, str]) -> list[TreatyMention]:
    """en/ru: a protocol's name that a comma cut before the treaty it is to or amends reaches over it: the
    treaty names the protocol, it is not a second treaty acted on ("ratified the Protocol on ..., to the
    Framework Convention ...": one act, on the protocol). A verb of acting or a contrast between them ("ratified
    the Protocol, while Azerbaijan acceded to the Convention") keeps two."""
    joined: list[TreatyMention] = []
    for mention in found:
        protocol = joined[-1] if joined else None
        if protocol is not None and protocol.kind == "protocol" and mention.kind != "protocol" \
                and _parent_link(sentence[protocol.end : mention.start], mention.text) \
                and not any(protocol.end <= words[i].start < mention.start for i in verbs):
            joined[-1] = replace(protocol, end=mention.end, text=sentence[protocol.start : mention.end],
                                 draft=protocol.draft or mention.draft)
        else:
            joined.append(mention)
    return joined


# A bracket that holds only another name of the treaty before it: "High Seas Treaty (BBNJ Agreement)",
# "Соглашение о ... (Соглашение BBNJ)".
_ALIAS_OPENS = re.compile(r"\s*\(\s*")
_ALIAS_CLOSES = re.compile(r"\s*\)")


def _aliases_joined(found: list[TreatyMention], sentence: str) -> list[TreatyMention]:
    """A treaty's other name in brackets right after it ("the High Seas Treaty (BBNJ Agreement)", "Конвенция ООН
    против ... (Палермская конвенция)") is the same treaty, not a second one acted on: the first mention reaches
    over the bracket, so the gazetteer may know it by either name."""
    joined: list[TreatyMention] = []
    for mention in found:
        named = joined[-1] if joined else None
        closing = _ALIAS_CLOSES.match(sentence, mention.end)
        if named is not None and closing is not None \
                and _ALIAS_OPENS.fullmatch(sentence, named.end, mention.start) is not None:
            joined[-1] = replace(named, end=closing.end(), text=sentence[named.start : closing.end()],
                                 draft=named.draft or mention.draft)
        else:
            joined.append(mention)
    return joined


def _parent_link(between: str, text: str) -> bool:
    opening = _OPENING_PARTICIPLE.match(text)
    link = between + (opening[0] if opening else "")
    return _PARENT_LINK.fullmatch(link) is not None and not _CONTRAST.search(link)


def _opened_by_its_head(mention: TreatyMention, found: Sequence[TreatyMention]) -> TreatyMention:
    """en: a name that opens with another treaty noun is that document, the later noun what it acts on
    ("protocol upgrading the preferential trade deal", "protocol amending the double taxation agreement"): the
    first noun heads it, as when the second follows "to the" ("Protocol to the Convention")."""
    opener = next((o for o in found if o is not mention and o.start == mention.start
                   and o.head_start < mention.head_start and o.kind != mention.kind), None)
    if opener is None:
        return mention
    return replace(mention, kind=opener.kind, head=opener.head, head_start=opener.head_start)


# az: what a plural treaty noun may have before it and still name no documents: kinds and quantities
# ("beynəlxalq müqavilələrin ratifikasiyası", "hökumətlərarası sazişlərin bir qismi", "digər sazişlər").
_AZ_UNNAMING = frozenset({"beynəlxalq", "ikitərəfli", "çoxtərəfli", "hökumətlərarası", "dövlətlərarası", "digər",
                          "yeni", "müxtəlif", "bəzi", "bütün", "bir", "sıra", "həmin", "bu", "belə", "mövcud"})


def _az_unnamed(before: Sequence[Word]) -> bool:
    """az: whether the words of a plural treaty noun's name before it are none, or only its kind and quantity
    (``_AZ_UNNAMING``): a set of treaties in general, like en "international treaties" with nothing after it."""
    return all(w.folded in _AZ_UNNAMING for w in before)


# "60-dan çox", "10-a yaxın": a number in the ablative or dative counts what follows.
_COUNT_FROM = re.compile(r"^\d+-(?:d[aə]n|[aə]|y[aə])$")
_AZ_PLURAL = re.compile(r"l[aə]r")
# "187 nömrəli Konvensiya", "No. 187": a number that designates one document.
_NUMBERED = frozenset({"nömrəli", "saylı", "№", "no", "no."})


def _a_bodys_own_rules(noun: Word, text: str, sentence: str, rules: LanguageRules) -> bool:
    """Whether a noun that also names a state body's own rules ("Nazirliyin Əsasnaməsi", events.yaml
    ``bodies_own_rules``) names them here: neither the mention names an organisation of states ("Türk Dövlətləri
    Təşkilatının ... Əsasnaməsi") nor the sentence a joint body or a treaty's act ("komissiyalarının birgə
    fəaliyyəti haqqında Əsasnamə", "Əsasnaməni ratifikasiya edib")."""
    return bool(rules.bodies_own_rules.fullmatch(noun.folded)) and not rules.multilateral.search(fold(text)) \
        and not rules.international_marks.search(fold(sentence))


def _joint_document(words: Sequence[Word], index: int, rules: LanguageRules) -> str | None:
    """A declaration named by a noun no treaty noun alone, right after "joint" ("signed a Joint Statement on
    ...", "подписали Совместное заявление ..."); a statement made alone ("said in a statement") names none."""
    if index == 0 or noun_form(words[index], rules) not in rules.joint_documents:
        return None
    before = words[index - 1]
    return "declaration" if (before.lemma if rules.language == "ru" else before.folded) in rules.joint_words else None


def _regime_between(words: Sequence[Word], index: int, rules: LanguageRules) -> str | None:
    """An agreement named by the regime it sets between states ("Visa-free regime between Azerbaijan and China
    enters into force", "Безвизовый режим между Азербайджаном и Китаем вступил в силу", "Azərbaycan ilə Çin
    arasında vizasız rejim qüvvəyə minib"): the regime is theirs by the agreement, so its act is the agreement's.
    A regime one state grants ("ввел безвизовый режим для граждан ...", "visa-free regime for citizens of ...")
    is no treaty: "between" must follow the noun (en, ru) or stand right before its adjective (az)."""
    if index == 0 or noun_form(words[index], rules) not in rules.regime_documents:
        return None
    before = words[index - 1]
    if (before.lemma if rules.language == "ru" else before.folded) not in rules.regime_words:
        return None
    between = words[index - 2] if rules.language == "az" and index > 1 else \
        words[index + 1] if rules.language != "az" and index + 1 < len(words) else None
    if between is not None and between.folded == REGIME_FOR.get(rules.language):
        # ... with the holders it is for between (rules.REGIME_FOR: "A ilə B arasında diplomatik pasport sahibləri üçün
        # vizasız rejim", "visa-free regime for diplomatic passport holders between A and B"): the states' regime still
        step = -1 if rules.language == "az" else 1
        start = index - 3 if rules.language == "az" else index + 2
        reach = [words[at] for at in range(start, start + step * (REGIME_FOR_REACH + 1), step) if 0 <= at < len(words)]
        between = next((w for w in reach if w.folded in rules.regime_between or w.is_punctuation), None)
    return "agreement" if between is not None and between.folded in rules.regime_between else None


def _names(words: Sequence[Word], index: int) -> bool:
    """Whether the number at ``index`` is part of a name, not a count: a year ("the 1961 Hague Convention",
    "1995-ci il") or a document's number ("187 nömrəli Konvensiya", "ILO No. 187 Convention")."""
    text = words[index].text
    if len(text) == 4 and text[:2] in ("18", "19", "20"):
        return True
    return (index + 1 < len(words) and words[index + 1].folded in _NUMBERED) or (
        index > 0 and words[index - 1].folded in _NUMBERED)


# What follows a number that is a sum of money, not a count of documents: a magnitude or a currency ("$250 million
# loan agreement", "250 milyon dollarlıq kredit sazişi", "на 200 млн долларов"); or a currency sign before it.
_AMOUNT_WORD = re.compile(r"^(?:millions?|billions?|bn|mln|thousand|milyon\w*|milyard\w*|млн|млрд|миллион\w*|"
                          r"миллиард\w*|тыс\w*|dollar\w*|usd|euros?|eur|manat\w*|avro\w*|доллар\w*|евро|манат\w*)$")


def _amount(words: Sequence[Word], index: int, sentence: str) -> bool:
    """Whether the number at ``index`` is a sum of money ("$250 million loan agreement", "AZN 30 million", "250
    milyon dollarlıq kredit sazişi"): it counts no documents (a count is "two agreements", "60-dan çox konvensiya")."""
    start = words[index].start
    return (index + 1 < len(words) and _AMOUNT_WORD.match(words[index + 1].folded) is not None) \
        or sentence[max(0, start - 1) : start] in ("$", "€", "£")


def plural_noun(word: Word, rules: LanguageRules) -> bool:
    """Whether a treaty noun is plural (agreements, соглашения, sazişlər)."""
    if rules.language == "ru":
        return "plur" in word.tag
    if rules.language == "az":
        return bool(_AZ_PLURAL.search(word.folded))
    return word.folded.endswith("s") or word.folded == "memoranda"



def _quoted_head(words: Sequence[Word], quoted: tuple[int, int], rules: LanguageRules) -> int | None:
    """The treaty noun that heads a quoted name: the last one in az ("... sazişləri haqqında ... Konvensiyası"),
    the first one in en and ru ("Convention on ... agreements")."""
    nouns = [i for i in range(quoted[0], quoted[1] + 1) if rules.treaty_type(noun_form(words[i], rules))]
    if not nouns:
        return None
    return nouns[-1] if rules.language == "az" else nouns[0]



def _quoted(words: Sequence[Word], head: int) -> tuple[int, int] | None:
    """The quoted name the noun heads or sits in: (first, last) word indices including the quotes."""
    if head + 1 < len(words) and _opens(words, head + 1):
        close = next((i for i in range(head + 2, min(len(words), head + 40)) if words[i].text in QUOTES_CLOSE), None)
        if close is not None:
            return head, close
    opened = next((i for i in range(head - 1, max(-1, head - 20), -1) if words[i].text in QUOTES_OPEN | QUOTES_CLOSE),
                  None)
    if opened is not None and _opens(words, opened):
        close = next((i for i in range(head + 1, min(len(words), head + 30)) if words[i].text in QUOTES_CLOSE), None)
        if close is not None:
            return opened, close
    return None


def _opens(words: Sequence[Word], index: int) -> bool:
    """Whether the quote at ``index`` opens a quoted name: a straight quote opens when the straight quotes before
    it are paired ('signed "Agreement on ...", and "Memorandum on ..."': the one after a name closes it)."""
    if words[index].text != '"':
        return words[index].text in QUOTES_OPEN
    return sum(w.text == '"' for w in words[:index]) % 2 == 0


# How near its treaty noun the word "draft" stands: "draft intergovernmental agreement", "sazişin layihəsi".
_DRAFT_REACH = 3


def _before_title_link(following: Sequence[Word]) -> Sequence[Word]:
    """az: the words after a treaty noun up to a title's postposition; the draft after one is the title's, a bill
    ("Sazişin ratifikasiyası barədə layihəni Milli Məclisə göndərib"), not a draft of the treaty."""
    link = next((i for i, w in enumerate(following) if w.folded in TITLE_LINKS), len(following))
    return following[:link]


def _draft(words: Sequence[Word], first: int, last: int, head: int, rules: LanguageRules) -> bool:
    """Whether the mention is a draft of the treaty: "draft" before its noun in en/ru ("draft agreement", "проект
    межправительственного соглашения"), "layihə" after it in az ("sazişin layihəsi"). A project the treaty names
    ("Соглашение о займе (Проект улучшения водоснабжения)") and a draft law are no draft treaty."""
    around = " ".join(w.folded for w in words[max(0, first - 2) : min(len(words), last + 3)])
    if rules.language == "az":
        near = [*_before_title_link(words[head + 1 : head + 1 + _DRAFT_REACH]),
                *_before_title_link(words[last + 1 : last + 1 + _DRAFT_REACH])]
    else:
        near = list(words[max(0, min(first, head) - _DRAFT_REACH) : head])
    return bool(rules.draft.search(" ".join(w.folded for w in near))) and not rules.law.search(around)

