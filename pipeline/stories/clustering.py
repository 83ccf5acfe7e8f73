"""Clustering: which story an item joins, and when two stories turn out to be one.

An item is scored against its candidates (candidates.py); it joins the story of the best one that passes
``join_text`` (same compared language) or ``join_facts`` (weighted Dice overlap of the fact keys, with evidence
that names the event shared, published within ``facts_window_days``, or ``statement_window_hours`` when
both only speak of an act: denied, planned, speculated), unless a veto between it and any item
of that story says they report different events (vetoes.py).

Stories merge when an item passes the join threshold with the items of two stories (the later report
that matches both, or an item re-checked once its translation arrived) and no item of one vetoes an item
of the other. The merged story keeps the oldest id; the merge is returned so the store records it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from pipeline.events.records import BAKU
from pipeline.stories.candidates import CandidateIndex
from pipeline.stories.facts import Facts
from pipeline.stories.fingerprints import Fingerprint
from pipeline.stories.options import StoryOptions
from pipeline.stories.vetoes import distinct_names, implied, named_states, vetoed

__all__ = ["CAPACITY", "Assignment", "Clusterer", "Merge", "cluster", "similarity", "story_id_for", "text_similarity"]

# Items held as candidates at most: ~50 days of a busy 300-items-a-day feed, far more than one window.
CAPACITY = 15_000


@dataclass(frozen=True)
class Assignment:
    item_id: int
    story_id: str
    similarity: float
    """To the closest item of the story joined; 1.0 for the first item of a story."""
    new_story: bool


@dataclass(frozen=True)
class Merge:
    merged: str
    """The story that no longer exists (its items now belong to ``into``)."""
    into: str
    """The older story, which keeps its id."""
    item_id: int
    """The item that matched both."""
    similarity: float


def story_id_for(item_id: int) -> str:
    return f"story-{item_id}"


def similarity(a: Fingerprint, b: Fingerprint, options: StoryOptions) -> float | None:
    """How alike two items are when they may be one story (0..1), or None when they may not."""
    if abs(a.published - b.published) > options.window or vetoed(a.facts, b.facts, _close(a, b, options)):
        return None
    text = text_similarity(a, b)
    shared = a.weights.keys() & b.weights.keys()
    facts = _weighted_overlap(a, b, shared)
    if any(key.startswith("h:") for key in shared):
        facts = max(facts, options.join_facts)  # one headline word for word: one report, however short
    if text >= options.join_text and not _named_apart(a.facts, b.facts):
        return max(text, facts)
    # Reports of one event in other words come within hours; days later, only a treaty or act number says so.
    # A statement about an act recurs daily: its editions come within the statement window.
    window = options.statement_window if _statement(a.facts) and _statement(b.facts) else options.facts_window
    near = (abs(a.published - b.published) <= window or any(k.startswith(("t:", "act:")) for k in shared)
            or _dated_to_the_first_report(a, b, shared))
    if near and facts >= options.join_facts and (
        _names_the_event(a.facts, b.facts, shared) or _names_the_document(a, b, shared, options)
        or _names_an_open_treaty(a, b, options) or _same_news_of_two_states(a, b, options)
        or _same_talks_on_treaties(a, b, options) or _same_statement(a, b, options)
        or _same_financing(a, b, options) or _same_law(a, b, options)
    ):
        return facts
    return None


def text_similarity(a: Fingerprint, b: Fingerprint) -> float:
    """Jaccard of the compared texts' shingles; of the original texts' when both were written in one language.
    A translation adds no word two reports in one language do not share, and a model that fails the same way
    on any input (a decoding loop: "льльль...", one repeated piece, for two unrelated Russian reports) makes
    their translations equal: the model path must not join what the originals keep apart. Reports in two
    languages meet through a translation only."""
    if a.language and a.language == b.language:
        return (a.original or a.shingles).jaccard(b.original or b.shingles)
    return a.shingles.jaccard(b.shingles) if a.compared_language == b.compared_language else 0.0


def _named_apart(a: Facts, b: Facts) -> bool:
    """Whether each headline names a subject, a foreign state or an organisation the other item never names.
    An agency writes every bill, signing or announcement of a day under one template ("В Милли Меджлис
    поступил законопроект о ратификации договора об экстрадиции с Венгрией" and "... Конвенции МОТ №190";
    "Milli Məclisə ... sazişin təsdiqi barədə qanun layihəsi daxil olub"): two short headlines then share most
    of their words and differ only in what they are about, so their text alone does not join them. An
    edition that names less than the other ("... соглашения с Грузией" beside "... соглашения о туризме с
    Грузией") differs on one side only."""
    return bool(_named(a) - b.keys and _named(b) - a.keys)


def _named(facts: Facts) -> frozenset[str]:
    """The keys of what a headline names its treaty or news by: subjects, foreign states, organisations."""
    return frozenset({f"c:{c}" for c in facts.subjects} | {f"s:{s}" for s in facts.title_states - facts.home}
                     | {f"o:{o}" for o in facts.title_organisations})


def _dated_to_the_first_report(a: Fingerprint, b: Fingerprint, shared: set[str]) -> bool:
    """Whether both print the day the earlier of them was published: the later one dates the act to the
    day it was first reported ("Law No. 561-VIIQ of 1 October 2026 on withdrawal from ...", published in
    the gazette days after the news of 1 October), as a treaty's name or an act number would tie them."""
    first = min(a.published, b.published).astimezone(BAKU).date().isoformat()
    return f"d:{first}" in shared


def _statement(facts: Facts) -> bool:
    """Whether an item speaks of a treaty act its events stage did not read as one: an act denied, planned,
    expected or speculated about ("MFA: no agreement signed", "peace treaty may be signed")."""
    return bool(facts.title_actions) and not facts.actions


def _weighted_overlap(a: Fingerprint, b: Fingerprint, shared: Iterable[str]) -> float:
    """Weighted Dice coefficient of the fact keys: 2 x shared / (a + b). A headline has five facts and an
    article forty; Jaccard (shared / union) would hold the headline to the article's length, Dice halves
    that, and the vetoes, not the overlap, keep look-alike events apart."""
    common = sum(a.weights[x] for x in shared)
    total = a.weight + b.weight
    return 2 * common / total if total else 0.0


def _names_the_event(a: Facts, b: Facts, shared: set[str]) -> bool:
    """Evidence that names the event: its treaty, its instrument's name, its legal act or its headline word
    for word (an update reposted under it); an action with
    both parties, with the same foreign party ("... with Georgia"), or with the subject both headlines
    name and a state, a name or a date
    (an Azerbaijani edition of the Milli Majlis ratifying a Council of Europe convention may name neither
    the state nor the parliament). Unless both
    headlines are treaty news (an action and a treaty noun): two names, or a name and a date or an amount.
    A state, an action and a date are shared by every signing of that day in that country, and the
    President's name by every law he signs that day."""
    kinds = {key.split(":", 1)[0] for key in shared}
    if kinds & {"t", "act", "i", "h"}:
        return True
    quiet, loud = (b, a) if _acts(a) else (a, b)
    names_treaty = {"c", "y"} <= kinds and bool(quiet.subjects & loud.subjects)
    if _acts(a) != _acts(b) and named_states(quiet) - quiet.home and not (names_treaty or "o" in kinds):
        # A headline naming a foreign state or its leader doing something else (arriving on a visit, holding
        # talks; "Ильхам Алиев прибыл в Ташкент", "Aliyev, Mirziyoyev hold talks") is not the report of what
        # was signed that day: the leaders' names and the date do not tie it to the act unless it names the
        # treaty (its type and subject) or an organisation both name. Its subject in the headline or lead: a
        # body recalling the agenda ("Prezident İlham Əliyev Gürcüstanın Baş nazirini qəbul edib", the body
        # naming the bridge and "imzalanmış sazişlər") is the meeting's, not the act's, the day the partner's
        # parliament ratified the bridge agreement. A headline naming no foreign state
        # ("plenary session held") may be its context.
        return False
    # An organisation both headlines name is a party as a state is ("Azerbaijan, ADB sign ...").
    states = sum(1 for key in shared if key.startswith("s:")) + len(a.title_organisations & b.title_organisations)
    names = distinct_names({key[2:] for key in shared if key.startswith("p:")}) + sum(
        1 for key in shared if key.startswith("o:"))  # an organisation is named as a person or place is
    if "a" in kinds and (
        states >= 2
        or bool(a.foreign_partners & b.foreign_partners)
        or bool(a.foreign_actors & b.foreign_actors)
        or bool(a.subjects & b.subjects) and (states >= 1 or names >= 1 or "d" in kinds)
    ):
        return True
    if a.title_actions and a.title_types and b.title_actions and b.title_types:
        # Treaty news on both sides: its treaty names it, not who signed; unless the headlines name no state
        # and the same signatories, companies or organisations ("SOCAR, Uzbekneftegaz sign agreement ...").
        return distinct_names({key[2:] for key in shared if key.startswith("p:")} & a.signatories & b.signatories) >= 2
    return names >= 2 or (names >= 1 and bool(kinds & {"d", "n"}))


def _acts(facts: Facts) -> bool:
    """Whether an item reports a treaty act: an event, or an action word in its title. Not an action word its
    lead alone names when the events read no act there: under a headline of a meeting ("Bayramov X ilə
    görüşüb", "ministers met") the lead recalls what was signed before ("əvvəllər imzalanmış sazişlərin
    icrası", "the agreements signed earlier"), and the item is as quiet as its other editions, which name the
    foreign minister's state and no act."""
    return bool(facts.actions or facts.title_actions and not facts.actions_from_lead)


def _names_the_document(a: Fingerprint, b: Fingerprint, shared: set[str], options: StoryOptions) -> bool:
    """A date long past that both print, with an action or a subject: the date of the document ("the
    convention adopted in New York on 23 November 2005"), which names it as well as its title would. An
    open convention has no parties to tell it by, and its subject may be missing from the glossary."""
    before = (min(a.published, b.published) - options.window).date().isoformat()
    old = any(key.startswith("d:") and key[2:] < before for key in shared)
    return old and any(key.startswith(("a:", "c:")) for key in shared)


def _names_an_open_treaty(a: Fingerprint, b: Fingerprint, options: StoryOptions) -> bool:
    """Treaty news within hours whose headlines name no foreign state, and one action, one treaty noun and one
    subject: a treaty open to many states or founding an organisation ("Agreement establishing the Turkic
    Investment Fund enters into force", "Вступило в силу соглашение об учреждении ... фонда", "... Fondunun
    təsis edilməsi haqqında Saziş qüvvəyə minib") has no parties to tell it by, and its organisation's name
    is translated word by word, so no name key meets. A headline naming a state, another action or another
    subject is another treaty's news."""
    fa, fb = a.facts, b.facts
    return (
        _close(a, b, options)
        and not fa.title_states - fa.home and not fb.title_states - fb.home
        and bool(fa.title_actions & fb.title_actions and fa.title_types & fb.title_types and fa.subjects & fb.subjects)
    )


def _same_news_of_two_states(a: Fingerprint, b: Fingerprint, options: StoryOptions) -> bool:
    """News that is no treaty's, told within hours by headlines naming the same two or more states and the
    same subjects, with no act and no treaty noun ("Azerbaijani, Armenian border commissions hold new
    meeting" = "Состоялось заседание комиссий по делимитации границы между Азербайджаном и Арменией" =
    "Azərbaycan və Ermənistan sərhəd komissiyalarının iclası keçirilib"; "Azerbaijan-Georgia trade turnover
    up 12%"): such a headline has no treaty, action or name to be told by, and its editions share only the
    states and the subject. A headline naming an act or a treaty is treaty news, read by the rules above; a
    lead's action words recall the background ("under the agreement signed in 1996")."""
    fa, fb = a.facts, b.facts
    return (
        _close(a, b, options)
        and not _treaty_news(fa) and not _treaty_news(fb)
        and len(fa.title_states) >= 2 and fa.title_states == fb.title_states
        and bool(fa.subjects) and fa.subjects == fb.subjects
    )


def _same_talks_on_treaties(a: Fingerprint, b: Fingerprint, options: StoryOptions) -> bool:
    """Talks on treaties not yet signed, told within hours by headlines naming the same parties (two or more
    states, or an organisation: "GUAM foreign ministers discuss draft protocol on free trade area" = "Главы
    МИД ГУАМ обсудили ... проект протокола" = "GUAM XİN başçıları ... protokol layihəsini müzakirə ediblər";
    "Азербайджан и Узбекистан согласовывают тексты трех новых соглашений" = "Baku, Tashkent fine-tune draft
    deals on tourism, education ..."), with subjects one edition names all of the other's of: no act, so no
    action key meets, and the drafts have no names. An edition may list fewer of the drafts than another
    ("tourism, education" beside "tourism, education, classified information"); or neither names a subject
    ("Azərbaycan və Aİ yeni saziş üzrə danışıqların növbəti raundunu keçirib" = "Азербайджан и ЕС провели
    очередной раунд переговоров по новому соглашению"), but not one edition a subject and the other none. A
    headline naming an act (signed, to be signed) is read by the rules above; talks of other parties or on
    other subjects stay apart."""
    fa, fb = a.facts, b.facts
    return (
        _close(a, b, options)
        and _talks(fa) and _talks(fb)
        and _parties(fa) == _parties(fb) and (len(fa.title_states) >= 2 or bool(fa.title_organisations))
        and (fa.subjects == fb.subjects or bool(fa.subjects and fb.subjects)
             and (fa.subjects <= fb.subjects or fb.subjects <= fa.subjects))
    )


def _same_statement(a: Fingerprint, b: Fingerprint, options: StoryOptions) -> bool:
    """A treaty act announced, expected, called for or drafted, told within hours by headlines that name the
    same act, the same parties and the same subjects ("Омбудсмен призвала ратифицировать конвенцию Совета
    Европы" = "Ombudsman Avropa Şurasının konvensiyasının ratifikasiyasına çağırıb" = "Ombudsperson urges
    parliament to ratify Council of Europe convention"; "Подготовлен проект соглашения с Оманом ..." =
    "Azerbaijan drafts double taxation agreement with Oman"): no event is read, so no treaty key meets, and
    the mention of the treaty with its mode is all the editions share. The home state is a party wherever a
    headline implies it ("... с Оманом"); at least one other party, a state or an organisation, must be named.
    Statements by different speakers are vetoed (``vetoes._other_speakers``)."""
    fa, fb = a.facts, b.facts
    parties = _parties(fa) | implied(fa)
    return (
        _close(a, b, options)
        and fa.announced and fb.announced
        and fa.title_actions == fb.title_actions
        and parties == _parties(fb) | implied(fb) and bool(parties - fa.home)
        and fa.subjects == fb.subjects
    )


def _same_financing(a: Fingerprint, b: Fingerprint, options: StoryOptions) -> bool:
    """One lender's financing told within hours by headlines naming the same organisations ("АБР предоставит
    Азербайджану заем на модернизацию водоснабжения" = "ADB ilə kredit sazişi imzalanıb" = "ADB signs loan
    agreement to upgrade water supply"): one edition announces the money, another reports the loan agreement
    signed, and none names a treaty, a date or an amount the others print. Another lender, another subject
    financed or another sum is vetoed (``vetoes``). Not where the events read a treaty act (the loan agreement
    ratified): that act's own evidence says which financing it is, not the lender alone."""
    fa, fb = a.facts, b.facts
    return (_close(a, b, options) and fa.financing and fb.financing and not fa.actions and not fb.actions
            and bool(fa.title_organisations) and fa.title_organisations == fb.title_organisations)


def _same_law(a: Fingerprint, b: Fingerprint, options: StoryOptions) -> bool:
    """A state's law told within hours by headlines that name it by its subject (``Facts.laws``: "Принят закон о
    внесении изменений в Закон «О дорожном движении»" = "“Yol hərəkəti haqqında” qanuna dəyişiklik ... qəbul
    edilib" = "Parliament adopts road traffic law amendments on foreign driving licences"), one edition naming
    all of the other's subjects: no treaty, action or name ties them, and a parliament passes laws on other
    subjects the same day."""
    la, lb = a.facts.laws, b.facts.laws
    return _close(a, b, options) and bool(la and lb) and (la <= lb or lb <= la)


def _talks(facts: Facts) -> bool:
    """Whether a headline speaks of treaties with no act: a treaty noun or a draft, and no action."""
    return not _acts(facts) and bool(facts.title_types or facts.announced)


def _parties(facts: Facts) -> frozenset[str]:
    """The parties a headline names: its states and organisations."""
    return facts.title_states | facts.title_organisations


def _treaty_news(facts: Facts) -> bool:
    """Whether a headline speaks of a treaty: the events read an act, it names an action (not only its lead)
    or a treaty noun."""
    return bool(facts.actions or facts.title_types or facts.title_actions and not facts.actions_from_lead)


def _close(a: Fingerprint, b: Fingerprint, options: StoryOptions) -> bool:
    """Published within hours of each other (the statement window): as the editions of one report are."""
    return abs(a.published - b.published) <= options.statement_window


class Clusterer:
    """Assigns items to stories one at a time, holding at most ``capacity`` recent items as candidates.

    Past capacity, the items published longest ago are forgotten, so memory stays bounded however long
    the run (a daily run loads only the window of context around its new items anyway). Capacity rather
    than a date horizon: one item with a wrong or missing date must not empty the index.
    """

    def __init__(self, options: StoryOptions, capacity: int = CAPACITY) -> None:
        self.options = options
        self.index = CandidateIndex(options, capacity)
        self.story_of: dict[int, str] = {}
        self.members: dict[str, set[int]] = {}
        """Held items of each story."""
        self.founded: dict[str, tuple[datetime, int]] = {}
        """When each story's first item was published (and its id): the older story keeps its id."""
        self.merges: list[Merge] = []
        self._renamed: dict[str, str] = {}

    def story(self, item_id: int) -> str:
        """The story a held item is in now, after any merges."""
        return self.resolve(self.story_of[item_id])

    def resolve(self, story_id: str) -> str:
        """The id a story has now, after any merges (an assignment's story may have merged since)."""
        while story_id in self._renamed:
            story_id = self._renamed[story_id]
        return story_id

    def add(self, fp: Fingerprint, story_id: str) -> None:
        """Make an item already in a story a candidate for the items that follow."""
        self.story_of[fp.item_id] = story_id
        self.members.setdefault(story_id, set()).add(fp.item_id)
        founded = (fp.published, fp.item_id)
        self.founded[story_id] = min(self.founded.get(story_id, founded), founded)
        for forgotten in self.index.add(fp):
            self._forget(forgotten)

    def _forget(self, item_id: int) -> None:
        """Drop what only a held item needs: its story entry, and its story's when no held item is left in it
        (no later item can join or merge with a story it has no candidate of). Memory then stays bounded by
        the capacity however many items a run groups; only merges, which are few, are kept (``resolve``)."""
        story = self.resolve(self.story_of.pop(item_id))
        members = self.members.get(story)
        if members is None:
            return
        members.discard(item_id)
        if not members:
            del self.members[story]
            self.founded.pop(story, None)

    def assign(self, fp: Fingerprint) -> Assignment:
        if fp.duplicate_of is not None and fp.duplicate_of in self.story_of:
            assignment = Assignment(fp.item_id, self.story(fp.duplicate_of), 1.0, False)
            self.add(fp, assignment.story_id)
            return assignment
        scores = self._story_scores(fp)
        if not scores:
            assignment = Assignment(fp.item_id, story_id_for(fp.item_id), 1.0, True)
            self.add(fp, assignment.story_id)
            return assignment
        best = max(scores, key=lambda s: (scores[s], s))
        self.add(fp, best)
        story = self._merge_matching(fp, best, scores)
        return Assignment(fp.item_id, story, scores[best], False)

    def recheck(self, fp: Fingerprint) -> None:
        """Compare an item already in a story again, with a new fingerprint (its translation arrived): the
        stories it now matches merge with its own."""
        story = self.story(fp.item_id)
        if fp.item_id in self.index:
            self.index.remove(fp.item_id)
            self.members[story].discard(fp.item_id)
        scores = self._story_scores(fp)
        self.add(fp, story)
        self._merge_matching(fp, story, scores)

    def _story_scores(self, fp: Fingerprint) -> dict[str, float]:
        """The best score of ``fp`` against each story among its candidates that it may join: one that no
        member vetoes (joining on its closest item alone would let a third item chain two events)."""
        scores: dict[str, float] = {}
        for other in self.index.candidates(fp):
            score = similarity(fp, other, self.options)
            story = self.story(other.item_id)
            if score is not None and score > scores.get(story, -1.0):
                scores[story] = score
        return {
            story: score for story, score in scores.items()
            if not any(vetoed(fp.facts, self.index[m].facts, _close(fp, self.index[m], self.options))
                       for m in self.members.get(story, ()))
        }

    def _merge_matching(self, fp: Fingerprint, story: str, scores: dict[str, float]) -> str:
        """Merge into one the stories ``fp`` matches, where no item of one vetoes an item of another;
        returns the id ``fp``'s story has in the end."""
        for other in sorted(scores, key=lambda s: -scores[s]):
            if other == story or other not in self.members or story not in self.members:
                continue
            if self._compatible(story, other):
                story = self._merge(story, other, fp.item_id, scores[other])
        return story

    def _compatible(self, a: str, b: str) -> bool:
        return not any(
            vetoed(self.index[x].facts, self.index[y].facts, _close(self.index[x], self.index[y], self.options))
            or abs(self.index[x].published - self.index[y].published) > self.options.window
            for x in self.members[a]
            for y in self.members[b]
        )

    def _merge(self, a: str, b: str, item_id: int, score: float) -> str:
        into, merged = sorted((a, b), key=lambda s: self.founded[s])
        for member in self.members.pop(merged):
            self.story_of[member] = into
            self.members[into].add(member)
        self._renamed[merged] = into  # items no longer held still name ``merged``: see ``story``
        self.founded[into] = min(self.founded[into], self.founded.pop(merged))
        self.merges.append(Merge(merged, into, item_id, score))
        return into


def cluster(
    new: Iterable[Fingerprint], options: StoryOptions, existing: Iterable[tuple[Fingerprint, str]] = ()
) -> list[Assignment]:
    """Assign ``new`` items (in the order given: publication order) to stories.

    ``existing`` are items already in stories (fingerprint, story id). An assignment's story id is the
    one its story has at the end, after any merges.
    """
    clusterer = Clusterer(options)
    for fp, story_id in existing:
        clusterer.add(fp, story_id)
    assignments = [clusterer.assign(fp) for fp in new]
    return [
        Assignment(a.item_id, clusterer.resolve(a.story_id), a.similarity, a.new_story) for a in assignments
    ]
