"""A head of state's act named by what is signed or handed over, swept over tense, word order, treaty nouns and
states, with negatives of the same shape:

- "<President> signs (the) ratification of <treaty>", "подписал ратификацию <treaty>" (verb_acts._signed_act);
  "signs accession protocol" signs a treaty named by its subject;
- "signed the document on ratification of", "подписал документ о ратификации" (events.yaml law);
- "signs law denouncing / withdrawing from / acceding to <treaty>" (events.yaml laws: the law's participle);
- "deposits ratification / accession instrument" (events.yaml act_phrases: the compound's order);
- "<state>'s envoy to <X> handed over the instrument": "to" of the subject is no infinitive (actions._phrase_form);
- a two-part title whose topic is the law's own title: "О ратификации <treaty>: закон подписан", "On ratification
  of <treaty>: law signed" (headlines.read_title).
"""

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-03-02T12:00:00+04:00"


def _acts(language: str, title: str, *paragraphs: str) -> set[tuple[str, str | None]]:
    return {(e.action, e.actor) for e in events_of(language, title, *paragraphs, published=PUBLISHED)}


@pytest.mark.parametrize(
    ("sentence", "action", "actor"),
    [
        ("Georgian President signs ratification of readmission agreement with Azerbaijan", "ratified", "GE"),
        ("Georgian President signed the ratification of the transit agreement with Armenia", "ratified", "GE"),
        ("Kazakh President has signed the ratification of the Convention on the Rights of the Child", "ratified", "KZ"),
        ("Uzbek President signs accession to the Apostille Convention", "acceded", "UZ"),
        ("Russian President signs denunciation of the European Convention on Human Rights", "denounced", "RU"),
        ("Georgia's President signed on Wednesday the document on ratification of the agreement between Georgia "
         "and Azerbaijan on readmission.", "ratified", "GE"),
        ("Tokayev signed the documents on accession to the Apostille Convention", "acceded", "KZ"),
        ("Putin signs law denouncing Council of Europe anti-corruption convention", "denounced", "RU"),
        ("Putin signed a law withdrawing from the European Convention for the Prevention of Torture", "denounced",
         "RU"),
        ("Tokayev signs law acceding to the Apostille Convention", "acceded", "KZ"),
        ("Japarov signs law ratifying the treaty on the state border with Tajikistan", "ratified", "KG"),
        ("Azerbaijan deposits ratification instrument of UN Convention against Cybercrime", "ratified", "AZ"),
        ("Georgia hands over accession instrument to the Apostille Convention", "acceded", "GE"),
        ("Armenia deposited its ratification instruments of the Protocol on transit", "ratified", "AM"),
        ("Azerbaijan's Permanent Representative to the UN handed over the instrument of ratification of the "
         "Convention against Cybercrime.", "ratified", "AZ"),
        ("Kazakhstan's ambassador to the Netherlands deposited the instrument of accession to the Apostille "
         "Convention.", "acceded", "KZ"),
    ],
)
def test_en_act_named_by_what_is_signed_or_handed_over(sentence: str, action: str, actor: str) -> None:
    assert _acts("en", "News", sentence) == {(action, actor)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Georgian President will sign ratification of readmission agreement with Azerbaijan",
        "Georgian President did not sign the ratification of the readmission agreement with Azerbaijan",
        "Putin is expected to sign law denouncing Council of Europe anti-corruption convention",
        "Azerbaijan plans to deposit ratification instrument of UN Convention against Cybercrime",
        "Azerbaijan's Permanent Representative to the UN is to hand over the instrument of ratification of the "
        "Convention against Cybercrime.",
        "Azerbaijan's Permanent Representative to the UN has not yet handed over the instrument of ratification "
        "of the Convention against Cybercrime.",
    ],
)
def test_en_same_shapes_not_done_report_no_act(sentence: str) -> None:
    assert _acts("en", "News", sentence) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Georgia signs accession protocol to the transit agreement with Azerbaijan",
        "Serbia and Azerbaijan signed the accession treaty on transit",
    ],
)
def test_en_noun_of_acting_qualifying_a_treaty_noun_is_a_signing(sentence: str) -> None:
    assert {action for action, _ in _acts("en", "News", sentence)} == {"signed"}


@pytest.mark.parametrize(
    ("sentence", "action", "actor"),
    [
        ("Президент Грузии подписал ратификацию соглашения о реадмиссии с Азербайджаном", "ratified", "GE"),
        ("Президент Грузии подписал документ о ратификации соглашения о реадмиссии с Азербайджаном", "ratified",
         "GE"),
        ("Президент Казахстана подписал документы о присоединении к Конвенции об апостиле", "acceded", "KZ"),
        ("Путин подписал документ о денонсации Конвенции Совета Европы о предупреждении пыток", "denounced", "RU"),
        ("Грузия сдала на хранение документ о присоединении к Конвенции об апостиле", "acceded", "GE"),
    ],
)
def test_ru_act_named_by_what_is_signed(sentence: str, action: str, actor: str) -> None:
    assert _acts("ru", "Новости", sentence) == {(action, actor)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Президент Грузии подпишет ратификацию соглашения о реадмиссии с Азербайджаном",
        "Президент Грузии не подписал документ о ратификации соглашения о реадмиссии с Азербайджаном",
    ],
)
def test_ru_same_shapes_not_done_report_no_act(sentence: str) -> None:
    assert _acts("ru", "Новости", sentence) == set()


@pytest.mark.parametrize(
    ("language", "title", "action", "actor"),
    [
        ("ru", "О ратификации соглашения с Ираном о мосте через Астарачай: закон подписан", "ratified", "AZ"),
        ("ru", "О ратификации соглашения с Грузией: Ильхам Алиев подписал закон", "ratified", "AZ"),
        ("ru", "О присоединении к Конвенции об апостиле: Токаев подписал закон", "acceded", "KZ"),
        ("ru", "О выходе из Договора о конвенциональных вооруженных силах: Путин подписал закон", "denounced", "RU"),
        ("ru", "Об утверждении соглашения с Ираном - указ подписан", "approved_by_law", "AZ"),
        ("en", "On ratification of the agreement with Iran: law signed", "ratified", "AZ"),
        ("en", "On the accession to the Apostille Convention - Tokayev signs law", "acceded", "KZ"),
        ("en", "On approval of the agreement with Iran: President signs decree", "approved_by_law", "AZ"),
    ],
)
def test_title_topic_that_is_the_laws_own_title(language: str, title: str, action: str, actor: str) -> None:
    assert _acts(language, title) == {(action, actor)}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("ru", "О ратификации соглашения с Ираном: закон будет подписан"),
        ("ru", "О ратификации соглашения с Ираном: закон не подписан"),
        ("en", "On ratification of the agreement with Iran: law not yet signed"),
        ("en", "On ratification of the agreement with Iran: President to sign law"),
    ],
)
def test_title_topic_law_not_signed_reports_no_act(language: str, title: str) -> None:
    assert _acts(language, title) == set()
