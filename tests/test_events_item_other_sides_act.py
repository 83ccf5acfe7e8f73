"""A headline's approval stays the item's news when the body recalls the other party's ratification.

"President approves shipping agreement with Kazakhstan ... Note that the Kazakh side ratified the agreement on
10 April": the ratification is Kazakhstan's, an earlier act of another state, so it does not turn the headline's
approval into a ratification (pipeline/events/item.py ``_news_stages``). When the law the lead names ratifies and
the same state acts, the headline's "approves" still reads as that ratification.
"""

from __future__ import annotations

import pytest

from tests.events_support import actions_and_actors

PUBLISHED = "2026-04-28T12:05:00+04:00"

OTHER_SIDE = {
    "az": ("Prezident Qırğızıstanla aviasiya sazişini təsdiqləyib",
           "Prezident İlham Əliyev “Azərbaycan Respublikası ilə Qırğız Respublikası arasında hava nəqliyyatı "
           "haqqında Saziş”in təsdiq edilməsi barədə qanunu imzalayıb.",
           "Qeyd edək ki, Qırğızıstan tərəfi sazişi aprelin 10-da ratifikasiya edib."),
    "ru": ("Президент утвердил соглашение с Кыргызстаном о воздушном сообщении",
           "Президент Ильхам Алиев подписал закон об утверждении Соглашения между Азербайджанской Республикой и "
           "Кыргызской Республикой о воздушном сообщении.",
           "Отметим, что кыргызская сторона ратифицировала соглашение 10 апреля."),
    "en": ("President approves air services agreement with Kyrgyzstan",
           "President Ilham Aliyev signed a law approving the Agreement between the Republic of Azerbaijan and the "
           "Kyrgyz Republic on air services.",
           "Kyrgyzstan ratified the agreement on 10 April."),
}


@pytest.mark.parametrize("language", sorted(OTHER_SIDE))
def test_the_other_partys_ratification_leaves_the_headlines_approval(language: str) -> None:
    found = actions_and_actors(language, *OTHER_SIDE[language], published=PUBLISHED)
    assert ("approved_by_law", "AZ") in found
    assert ("ratified", "AZ") not in found


def test_the_same_states_law_of_ratification_is_the_headlines_approval() -> None:
    found = actions_and_actors(
        "az", "Prezident Qırğızıstanla aviasiya sazişini təsdiqləyib",
        "Prezident İlham Əliyev “Azərbaycan Respublikası ilə Qırğız Respublikası arasında hava nəqliyyatı haqqında "
        "Saziş”in ratifikasiya edilməsi barədə qanunu imzalayıb.", published=PUBLISHED)
    assert found == {("ratified", "AZ")}
