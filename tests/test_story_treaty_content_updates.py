"""Stories: one treaty under two names the headline-subject veto read as two treaties:

- a same-day update retitled by what the treaty does ("... будут засчитывать трудовой стаж - закон
  подписан": labour) over the editions that name it ("social security pact"): the events of each key one
  treaty, by a complete type:parties:subject key, and the keys meet though one edition's headline calls it a
  "pact" (vetoes._only_treaty).

Sentences written for these tests; each with negatives of the same shape: another treaty with the same
partner, the same treaty with another partner."""

from __future__ import annotations

import pytest

from tests.story_data import DAY, apart, one_story

# --------------------------------------------------------------------------------------------------
# A same-day update retitled by the treaty's content

_NAMED = {
    "ru": ("ru", "Ильхам Алиев утвердил соглашение с Венгрией о социальном обеспечении",
           "Президент Ильхам Алиев подписал закон об утверждении соглашения между Азербайджаном и Венгрией о "
           "социальном обеспечении."),
    "az": ("az", "Azərbaycan ilə Macarıstan arasında sosial təminat haqqında sazişin təsdiq edilməsi barədə qanun "
                 "imzalanıb", ""),
    "en": ("en", "Azerbaijan approves social security pact with Hungary", ""),
}
_UPDATES = {
    "ru": ("ru", "Азербайджан и Венгрия будут засчитывать трудовой стаж друг друга - закон подписан (Дополнено)",
           "Президент подписал закон об утверждении азербайджано-венгерского соглашения о социальном "
           "обеспечении."),
    "az": ("az", "Azərbaycan və Macarıstan əmək stajını qarşılıqlı nəzərə alacaq - qanun imzalanıb (YENİLƏNİB)",
           "Prezident Azərbaycan ilə Macarıstan arasında sosial təminat haqqında sazişin təsdiq edilməsi barədə "
           "qanunu imzalayıb."),
    "en": ("en", "Azerbaijan, Hungary to count each other's work experience as law is signed - UPDATED",
           "President Ilham Aliyev signed a law approving the agreement between Azerbaijan and Hungary on social "
           "security."),
}


@pytest.mark.parametrize("update", ["ru", "az", "en"])
@pytest.mark.parametrize("order", ["named first", "update first"])
def test_an_update_retitled_by_the_treatys_content_is_the_treatys_story(make, update, order) -> None:
    named = list(_NAMED.values())
    editions = [*named, _UPDATES[update]] if order == "named first" else [_UPDATES[update], *named]
    one_story(make, editions)


@pytest.mark.parametrize("update", ["ru", "az", "en"])
@pytest.mark.parametrize("other", [
    # Another treaty with the same partner, approved that day, on another subject.
    ("en", "Azerbaijan approves road transport pact with Hungary"),
    ("ru", "Ильхам Алиев утвердил соглашение с Венгрией о международных автомобильных перевозках"),
    ("az", "Azərbaycan ilə Macarıstan arasında beynəlxalq avtomobil daşımaları haqqında saziş təsdiq edilib"),
    # The same kind of treaty with another partner.
    ("en", "Azerbaijan approves social security pact with Moldova"),
    ("ru", "Ильхам Алиев утвердил соглашение с Молдовой о социальном обеспечении"),
    ("az", "Azərbaycan ilə Moldova arasında sosial təminat haqqında saziş təsdiq edilib"),
])
def test_another_treaty_of_that_day_stays_apart_from_the_update(make, update, other) -> None:
    apart(make, _UPDATES[update], other, DAY)
