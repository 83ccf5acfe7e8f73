from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import ConfigError
from pipeline.topics import RELEVANT_TOPICS, TopicRules, is_relevant, load_topics, tag_topics

# The real article the pipeline exists for; ../shared sits beside the checkout (in CI too), not in the repo.
SEED = Path(__file__).resolve().parents[2] / "shared" / "reference" / "seed-trend-ru-2026-02-23.txt"


@pytest.fixture(scope="module")
def rules() -> TopicRules:
    return load_topics()


def test_shipped_file_defines_every_relevant_topic(rules: TopicRules) -> None:
    assert {topic.name for topic in rules.topics} == RELEVANT_TOPICS
    assert rules.path.endswith("pipeline/topics.yaml")


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        # ru
        ("Милли Меджлис ратифицировал соглашение о воздушном сообщении с Казахстаном.", ("ratification",)),
        ("Министры иностранных дел подписали меморандум о сотрудничестве.", ("signature",)),
        ("Президент утвердил Протокол о внесении изменений в Соглашение.", ("approval",)),
        ("Азербайджан присоединился к Конвенции о гражданско-правовых аспектах похищения детей.", ("accession",)),
        ("Договор вступит в силу с даты получения последнего уведомления.", ("entry_into_force",)),
        ("Россия денонсировала договор о сотрудничестве.", ("denunciation",)),
        ("Конвенция утверждена с заявлениями и оговорками Азербайджанской Республики.", ("approval", "reservation")),
        # az
        ("Milli Məclis Azərbaycan ilə Qazaxıstan arasında hava nəqliyyatı haqqında sazişi ratifikasiya edib.",
         ("ratification",)),
        ("Nazirlər iki ölkə arasında əməkdaşlığa dair memorandum imzalayıblar.", ("signature",)),
        ("Nazirlər Kabineti Protokolu təsdiq edib.", ("approval",)),
        ("Azərbaycan Respublikası Konvensiyaya qoşulub.", ("accession",)),
        ("Saziş 2026-cı il martın 1-dən qüvvəyə minir.", ("entry_into_force",)),
        ("Müqavilənin denonsasiya edilməsi haqqında qanun qəbul edilib.", ("denunciation",)),
        ("Azərbaycan Respublikasının qeyd-şərtləri ilə", ("reservation",)),
        ("AZƏRBAYCAN RESPUBLİKASI KONVENSİYANI RATİFİKASİYA ETDİ", ("ratification",)),
        # en
        ("Azerbaijan ratified the Convention on the Rights of Persons with Disabilities.", ("ratification",)),
        ("The two ministers signed an agreement on visa-free travel.", ("signature",)),
        ("The Cabinet approved the draft protocol.", ("approval",)),
        ("Azerbaijan acceded to the Apostille Convention in 2004.", ("accession",)),
        ("The treaty entered into force on 1 March.", ("entry_into_force",)),
        ("The denunciation takes effect six months after notification.", ("denunciation",)),
        ("Azerbaijan withdrew its reservations to the Covenant.", ("reservation",)),
    ],
)  # fmt: skip
def test_treaty_actions_are_tagged_in_each_language(text: str, topics: tuple[str, ...], rules: TopicRules) -> None:
    assert tag_topics(text, rules) == topics


@pytest.mark.parametrize(
    "text",
    [
        "The striker signed a three-year contract with the club on Monday.",
        "Parliament approved the 2026 state budget in the third reading.",
        "Milli Məclis 2026-cı il dövlət büdcəsini təsdiq edib.",
        "Футболист подписал контракт с клубом до 2028 года.",
        "Новые тарифы вступят в силу с 1 марта.",
        "Azerbaijan strongly denounced the attack on its embassy.",
        "Hotel reservations in Baku are up 20 percent.",
        "Волонтёры присоединились к акции по посадке деревьев.",
        "Gənclər aksiyaya qoşulub.",
        "Компания подписала соглашение. Спортсмен подписал контракт.",
        "The minister signed the visitors' book. The agreement was discussed later.",
    ],
)
def test_everyday_uses_of_the_verbs_are_not_tagged(text: str, rules: TopicRules) -> None:
    # The second-to-last one is a signature, but the verb and the treaty word are in the same sentence.
    expected = ("signature",) if text.startswith("Компания") else ()
    assert tag_topics(text, rules) == expected


@pytest.mark.skipif(not SEED.is_file(), reason=f"{SEED} is shared reference material, not in this repository")
def test_the_seed_article_is_tagged(rules: TopicRules) -> None:
    # The President signs the law approving the Convention: approval and (completed domestic procedure)
    # ratification, not a treaty signature.
    assert tag_topics(SEED.read_text(encoding="utf-8"), rules) == ("approval", "ratification", "reservation")


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("Президент подписал закон об утверждении Соглашения с Грузией.", ("approval", "ratification")),
        ("Prezident Sazişin təsdiq edilməsi haqqında qanunu imzalayıb.", ("approval", "ratification")),
        ("The President signed the law approving the Protocol.", ("approval", "ratification")),
        # The law mentioned as background ("signed by"), not signed in the news, is approval only.
        ("The Service is the contact point under the law approving the Convention signed by the President.",
         ("approval",)),
        # Parliament passing the same law is approval only.
        ("The Milli Majlis adopted the law approving the Protocol.", ("approval",)),
        # Signing a law on something else is no treaty signature.
        ("Президент подписал закон о присоединении к Конвенции.", ("accession",)),
        ("The President signed a law on the denunciation of the Agreement.", ("denunciation",)),
        # A past signing mentioned inside the approval sentence is a detail, not the news.
        ("To approve the Convention, signed in Hanoi on 25 October 2025, with reservations.",
         ("approval", "reservation")),
    ],
)  # fmt: skip
def test_signing_a_law_is_not_a_treaty_signature(text: str, topics: tuple[str, ...], rules: TopicRules) -> None:
    assert tag_topics(text, rules) == topics


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan signed the Convention in Hanoi. The next step is its approval by the Milli Majlis.",
        "Азербайджан подписал Конвенцию. Следующим шагом станет ее ратификация парламентом.",
        "Azərbaycan Konvensiyanı imzalayıb. Növbəti mərhələ Konvensiyanın Milli Məclis tərəfindən təsdiqi olacaq.",
    ],
)
def test_a_step_still_to_come_is_not_reported(text: str, rules: TopicRules) -> None:
    assert tag_topics(text, rules) == ("signature",)


def test_is_relevant() -> None:
    assert is_relevant(("ratification",)) is True
    assert is_relevant(("sanctions",)) is False
    assert is_relevant(()) is False


def write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "topics.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_a_custom_file_replaces_the_shipped_terms(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "context:\n  en: ['treaty']\n"
        "skip:\n  en: ['will\\s+be']\n"
        "topics:\n"
        "  sanctions:\n    anywhere:\n      en: ['sanction']\n    not_with:\n      en: ['lifted']\n"
        "  signature:\n    in_context:\n      en: ['inked\\b']\n"
        "  amendment:\n    all_in_sentence:\n      - en: ['amend']\n      - en: ['adopt']\n",
    )
    rules = load_topics(path)
    assert rules.path == path
    assert tag_topics("New sanctions were announced.", rules) == ("sanctions",)
    assert tag_topics("The sanctions were lifted.", rules) == ()
    assert tag_topics("They inked the treaty.", rules) == ("signature",)
    assert tag_topics("They signed the treaty.", rules) == ()
    assert tag_topics("The amendment to the treaty was adopted.", rules) == ("amendment",)
    assert tag_topics("The amendment was adopted.", rules) == ()  # no treaty word
    assert tag_topics("New sanctions will be announced.", rules) == ()


def problems_of(path: str) -> tuple[str, ...]:
    with pytest.raises(ConfigError) as caught:
        load_topics(path)
    assert caught.value.exit_code == 2
    return caught.value.problems


def test_every_problem_is_reported_with_file_line_and_key(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "context:\n"  # 1
        "  en: ['treaty']\n"  # 2
        "  fr: ['traité']\n"  # 3
        "topics:\n"  # 4
        "  ratification:\n"  # 5
        "    anywhere:\n"  # 6
        "      en: ['ratif(', 'x?']\n"  # 7
        "    keywords: []\n"  # 8
        "  Signature:\n"  # 9
        "    in_context:\n"  # 10
        "      en: 'sign'\n"  # 11 (not reported: the topic is skipped)
        "  accession: {}\n"  # 12
        "  approval:\n"  # 13
        "    anywhere:\n"  # 14
        "      en: [12]\n"  # 15
        "  approval:\n"  # 16
        "    anywhere: {en: ['approv']}\n"  # 17
        "  reservation:\n"  # 18
        "    all_in_sentence: [{en: ['reserv']}]\n",  # 19
    )
    assert problems_of(path) == (
        f"{path}:3: context.fr: unknown key; expected one of ru, az, en",
        f"{path}:7: topics.ratification.anywhere.en[0]: bad regular expression 'ratif(': "
        "missing ), unterminated subpattern at position 5",
        f"{path}:7: topics.ratification.anywhere.en[1]: 'x?' matches the empty string, so it would tag every text",
        f"{path}:8: topics.ratification.keywords: unknown key; expected one of "
        "description, anywhere, in_context, all_in_sentence, not_with",
        f"{path}:9: topics.Signature: must be snake_case (e.g. entry_into_force)",
        f"{path}:12: topics.accession: no terms: give anywhere, in_context, all_in_sentence terms",
        f"{path}:15: topics.approval.anywhere.en[0]: expected a non-empty string (quote terms: '...')",
        f"{path}:16: topics.approval: duplicate key",
        f"{path}:19: topics.reservation.all_in_sentence: expected a list of two or more {{language: [terms]}} groups",
    )


def test_missing_sections_and_unknown_top_level_keys(tmp_path: Path) -> None:
    path = write(tmp_path, "topic:\n  ratification:\n    anywhere: {en: ['ratif']}\n")
    assert problems_of(path) == (
        f"{path}:1: topic: unknown key; expected one of context, skip, topics",
        f"{path}:1: context: missing",
        f"{path}:1: topics: missing",
    )


def test_invalid_yaml_names_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "context:\n  en: ['treaty'\ntopics: {}\n")
    with pytest.raises(ConfigError) as caught:
        load_topics(path)
    assert str(caught.value).startswith(f"{path}:3: not valid YAML: ")


def test_empty_and_missing_files(tmp_path: Path) -> None:
    assert problems_of(write(tmp_path, "")) == (
        f"{tmp_path / 'topics.yaml'}:1: the file is empty; it needs `context` and `topics`",
    )
    missing = str(tmp_path / "nope.yaml")
    with pytest.raises(ConfigError, match=r"nope\.yaml: cannot read the topics file"):
        load_topics(missing)


def test_the_fast_sentence_split_and_tagging_prefilter_match_exactly_what_the_plain_patterns_match(
    rules: TopicRules,
) -> None:
    # The prefilter (a trie of the terms' opening letters) and the sentence split (opening with a class)
    # are written for speed; they must match exactly where the plain patterns do, on realistic pages.
    import re

    from pipeline import topics
    from pipeline.samplesite.synthetic import _TREATY_SENTENCES
    from tests.realistic_pages import realistic_articles

    texts = [sentence for sentences in _TREATY_SENTENCES.values() for sentence in sentences]
    texts.extend(article.text for article in realistic_articles(15, phase=2))
    plain_split = re.compile(r"(?<=[.!?…;])\s+|\n+")
    plain_taggers = re.compile(topics._WORD_START + "(?:" + "|".join(
        p.pattern.removeprefix(topics._WORD_START + "(?:").removesuffix(")")
        for t in rules.topics for p in (t.anywhere, t.in_context, *t.all_in_sentence) if p is not None
    ) + ")", re.IGNORECASE)
    assert rules.taggers is not None and rules.taggers.pattern != plain_taggers.pattern
    sentences = []
    for text in texts:
        folded = topics.fold(text)
        assert topics.SENTENCE_END.split(folded) == plain_split.split(folded)
        sentences.extend(plain_split.split(folded))
    tagged = [rules.taggers.search(s) is not None for s in sentences]
    assert tagged == [plain_taggers.search(s) is not None for s in sentences]
    assert 10 < sum(tagged) < len(sentences) / 2


def test_the_prefilter_is_searched_only_where_a_letter_can_start_a_term_and_still_matches_exactly(
    rules: TopicRules,
) -> None:
    # The prefilter opens with a class of every character the terms' opening letters match
    # case-insensitively, so ``re`` skips to those. Each letter's forms, as ``re`` alone decides them
    # (the long ſ for s, the narrow ᲂ for о, İ for i), must be in the class, and the pattern must match exactly
    # where the plain one does: at a text's start, after a space, a digit, a line break, never inside a word.
    import re
    import sys

    from pipeline import topics

    assert rules.taggers is not None
    opening = rules.taggers.pattern.split("]", 1)[0]
    assert opening.startswith("(?-i:[")
    plain_taggers = re.compile(topics._WORD_START + "(?:" + "|".join(
        p.pattern.removeprefix(topics._WORD_START + "(?:").removesuffix(")")
        for t in rules.topics for p in (t.anywhere, t.in_context, *t.all_in_sentence) if p is not None
    ) + ")", re.IGNORECASE)
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    letters = sorted(re.findall(r"\(\?<=(\w)\)", rules.taggers.pattern))
    assert {"s", "о", "i", "р"} <= set(letters)
    variants = set(re.compile(opening + "])").findall(every))
    for letter in letters:
        forms = set(re.compile(letter, re.IGNORECASE).findall(every))
        assert forms <= variants, letter
    assert {"\u017f", "\u1c82", "\u0130"} <= variants  # LATIN SMALL LETTER LONG S, CYRILLIC SMALL LETTER NARROW O, İ
    words = ["ratified", "ратифицировал", "RATİFİKASİYA", "Ратификация", "\u017figned", "с\u1c82глашение", "ᲂдобрил",
             "signed by", "signed", "entry into force", "coming into force", "ИМЗАЛАЯ", "imzalanib"]
    texts = [f"{before}{word}{after}" for word in words for before in ("", " ", "x", "5", "\n", "«", "_")
             for after in ("", ".", "\nby", " by")]
    assert [bool(rules.taggers.search(t)) for t in texts] == [bool(plain_taggers.search(t)) for t in texts]
    assert [m.span() for t in texts if (m := rules.taggers.search(t))] == [
        m.span() for t in texts if (m := plain_taggers.search(t))]
