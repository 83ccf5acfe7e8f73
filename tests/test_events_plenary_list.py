"""A parliament's sitting that votes on several treaties: the second one "also ratified" is the same vote.

A report of a plenary sitting names the parliament with its first vote ("Milli Məclisin bugünkü iclasında ...
müqavilənin ratifikasiyası barədə qanun layihəsi qəbul olunub") and lists the next ones with no one named as who
acts ("İclasda həmçinin ... protokol da ratifikasiya edilib", "Также ратифицирован протокол ...", "The protocol
... was also ratified"): a ratification or approval read from the verb alone, by no named actor, on the day of the
vote, is the parliament's vote too (item._parliament_ratifications). One that names another state, or another
day, stays its own act, and so does one in an item that reports no vote.
"""

from __future__ import annotations

import pytest

from tests.events_support import events_of

PUBLISHED = "2026-07-07T16:00:00+04:00"
VOTE_KEY = "agreement:AZ-PK:extradition"

# (title, the first vote, the next treaty's sentence by its verb) per language; {treaty} is the next treaty.
SITTINGS = {
    "az": ("Parlament Pakistanla ekstradisiya haqqında müqaviləni ratifikasiya edib",
           "Milli Məclisin bugünkü iclasında Azərbaycan ilə Pakistan arasında ekstradisiya haqqında müqavilənin "
           "ratifikasiyası barədə qanun layihəsi qəbul olunub."),
    "ru": ("Милли Меджлис ратифицировал договор об экстрадиции с Пакистаном",
           "Депутаты приняли законопроект о ратификации договора об экстрадиции между Азербайджаном и Пакистаном."),
    "en": ("Milli Majlis ratifies extradition treaty with Pakistan",
           "MPs passed the bill on the ratification of the extradition treaty between Azerbaijan and Pakistan."),
}
NEXT = {
    "az": [
        ("İclasda həmçinin Türkiyə ilə ikiqat vergitutmanın aradan qaldırılması haqqında sazişə dəyişikliklər "
         "edilməsinə dair protokol da ratifikasiya edilib.", "protocol:AZ-TR:double_taxation"),
        ("Həmçinin Gürcüstan ilə readmissiya haqqında saziş ratifikasiya olunub.", "agreement:AZ-GE:readmission"),
        ("Sonra Qırğızıstan ilə hava nəqliyyatı haqqında saziş təsdiq edilib.", "agreement:AZ-KG:air_transport"),
    ],
    "ru": [
        ("Также ратифицирован протокол к соглашению с Турцией об избежании двойного налогообложения.",
         "protocol:AZ-TR:double_taxation"),
        ("Затем было ратифицировано соглашение с Грузией о реадмиссии.", "agreement:AZ-GE:readmission"),
        ("Кроме того, утверждено соглашение с Кыргызстаном о воздушном сообщении.", "agreement:AZ-KG:air_transport"),
    ],
    "en": [
        ("The protocol to the double taxation agreement with Türkiye was also ratified.",
         "protocol:AZ-TR:double_taxation"),
        ("The readmission agreement with Georgia was ratified as well.", "agreement:AZ-GE:readmission"),
        ("The air services agreement with Kyrgyzstan was also approved.", "agreement:AZ-KG:air_transport"),
    ],
}
CASES = [(language, sentence, key) for language, sentences in NEXT.items() for sentence, key in sentences]


def acts_of(language: str, *sentences: str) -> set[tuple[str, str | None, str]]:
    title, vote = SITTINGS[language]
    return {(e.action, e.actor, e.treaty_key) for e in events_of(language, title, vote, *sentences,
                                                                  published=PUBLISHED)}


@pytest.mark.parametrize(("language", "sentence", "key"), CASES)
def test_the_next_treaty_of_a_sitting_is_the_parliaments_vote(language: str, sentence: str, key: str) -> None:
    assert acts_of(language, sentence) == {("adopted_by_parliament", "AZ", VOTE_KEY),
                                           ("adopted_by_parliament", "AZ", key)}


@pytest.mark.parametrize("language", sorted(NEXT))
def test_a_list_of_three_treaties_is_three_votes(language: str) -> None:
    sentences = [sentence for sentence, _ in NEXT[language]]
    assert {action for action, _, _ in acts_of(language, *sentences)} == {"adopted_by_parliament"}
    assert len(acts_of(language, *sentences)) == 4


@pytest.mark.parametrize(("language", "sentence"), [
    ("az", "Qazaxıstan isə Türkiyə ilə ikiqat vergitutmanın aradan qaldırılması haqqında sazişi ratifikasiya edib."),
    ("ru", "Казахстан ратифицировал соглашение с Турцией об избежании двойного налогообложения."),
    ("en", "Kazakhstan ratified its double taxation agreement with Türkiye."),
])
def test_another_states_ratification_stays_its_own(language: str, sentence: str) -> None:
    assert ("adopted_by_parliament", "AZ", VOTE_KEY) in acts_of(language, sentence)
    assert {action for action, actor, _ in acts_of(language, sentence) if actor == "KZ"} == {"ratified"}


@pytest.mark.parametrize(("language", "sentence", "key"), CASES)
def test_without_a_vote_the_verb_is_a_ratification(language: str, sentence: str, key: str) -> None:
    events = events_of(language, "Azərbaycan", sentence, published=PUBLISHED) if language == "az" else \
        events_of(language, "Azerbaijan", sentence, published=PUBLISHED)
    assert "adopted_by_parliament" not in {e.action for e in events}
