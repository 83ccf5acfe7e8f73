"""Three readings of who did what: an adverb before a participle that describes the noun before a comma keeps the
phrase in the treaty's name (ru, name_lists.participial_attribute); a title's accession that the body tells as the
same state's ratification is that ratification (item._news_stages); heads of state who took part in a signing
signed (events.yaml ``act_phrases.sign``)."""

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-11-25T12:00:00+04:00"


@pytest.mark.parametrize(
    "lead",
    [
        "Азербайджан и Молдова подписали соглашение о реадмиссии лиц, незаконно пребывающих на территории государств.",
        "Парламент ратифицировал соглашение о реадмиссии лиц, незаконно находящихся на территории государств, "
        "сообщает Trend.",
        "Азербайджан и Молдова подписали соглашение о социальном обеспечении лиц, постоянно проживающих за рубежом.",
    ],
)
def test_an_adverb_before_the_participle_keeps_the_phrase_in_the_name(lead: str) -> None:
    found = events_of("ru", "Соглашение", lead, published=PUBLISHED)
    assert len(found) == 1 and found[0].treaty_name.endswith(("государств", "рубежом")), found


def test_an_adverb_before_a_participle_of_the_treaty_ends_the_name() -> None:
    found = events_of("ru", "Соглашение", "Парламент ратифицировал соглашение о транзите, успешно подписанное в "
                      "Баку 20 ноября.", published=PUBLISHED)
    assert [e.treaty_name for e in found] == ["соглашение о транзите"]


@pytest.mark.parametrize(
    ("language", "title", "lead"),
    [
        ("ru", "Кыргызстан присоединился к Сингапурской конвенции о медиации",
         "Президент Кыргызстана Садыр Жапаров подписал закон «О ратификации Конвенции ООН о международных мировых "
         "соглашениях, достигнутых в результате медиации»."),
        ("en", "Kyrgyzstan joins Singapore Convention on Mediation",
         "Kyrgyz President Sadyr Japarov signed the law on ratification of the UN Convention on International "
         "Settlement Agreements Resulting from Mediation."),
        ("az", "Qırğızıstan Sinqapur Konvensiyasına qoşulub",
         "Qırğızıstan Prezidenti Sadır Japarov Mediasiya nəticəsində əldə edilmiş beynəlxalq barışıq sazişləri "
         "haqqında BMT Konvensiyasının ratifikasiya edilməsi barədə qanunu imzalayıb."),
    ],
)
def test_a_titles_accession_the_body_tells_as_a_ratification(language: str, title: str, lead: str) -> None:
    assert {(e.action, e.actor) for e in events_of(language, title, lead, published=PUBLISHED)} == {("ratified", "KG")}


@pytest.mark.parametrize(
    ("language", "title", "lead"),
    [
        ("ru", "Кыргызстан присоединился к Сингапурской конвенции о медиации",
         "Президент Кыргызстана Садыр Жапаров подписал закон «О присоединении к Конвенции ООН о международных "
         "мировых соглашениях, достигнутых в результате медиации»."),
        ("en", "Kyrgyzstan joins Singapore Convention on Mediation",
         "Kyrgyz President Sadyr Japarov signed the law on accession to the UN Convention on International "
         "Settlement Agreements Resulting from Mediation."),
    ],
)
def test_a_titles_accession_the_body_tells_as_one_stays_it(language: str, title: str, lead: str) -> None:
    assert {(e.action, e.actor) for e in events_of(language, title, lead, published=PUBLISHED)} == {("acceded", "KG")}


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("ru", "Ильхам Алиев и Петер Пеллегрини приняли участие в подписании соглашения о социальном обеспечении"),
        ("ru", "Президенты приняли участие в церемонии подписания соглашения о социальном обеспечении"),
        ("en", "Ilham Aliyev and Peter Pellegrini took part in the signing of the agreement on social security"),
        ("en", "Ilham Aliyev and Peter Pellegrini participated in the signing of the agreement on social security"),
        ("az", "İlham Əliyev və Peter Pelleqrini sosial təminat haqqında sazişin imzalanmasında iştirak ediblər"),
    ],
)
def test_heads_of_state_who_took_part_in_a_signing_signed(language: str, title: str) -> None:
    assert [e.action for e in events_of(language, title, published=PUBLISHED)] == ["signed"]


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("ru", "Ильхам Алиев и Петер Пеллегрини примут участие в подписании соглашения о социальном обеспечении"),
        ("ru", "Ильхам Алиев и Петер Пеллегрини не приняли участие в подписании соглашения о социальном обеспечении"),
        ("en", "Ilham Aliyev and Peter Pellegrini will take part in the signing of the agreement on social security"),
    ],
)
def test_a_signing_to_be_attended_is_none(language: str, title: str) -> None:
    assert events_of(language, title, published=PUBLISHED) == ()
