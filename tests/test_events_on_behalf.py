"""The state a person signs for, named after the verb or (az) before the name: en "Foreign Minister X signed the
Convention ... on behalf of Kazakhstan" (also "on behalf of the Government of Kazakhstan"), ru "подписал Конвенцию
... от имени Казахстана", az "Xarici işlər naziri Qazaxıstan adından Konvensiyanı imzalayıb": the state is the
signer (parties._ON_BEHALF; extent.py ends an en name at "on behalf of"; az_names.py ends an az name's left side at
"adından"). A state after another word ("on the side of", "in the presence of", "с участием") is not the signer.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events_support import acts_of

ON_BEHALF = [
    ("en", "Minister signs UN cybercrime convention",
     "Foreign Minister Murat Nurtleu signed the United Nations Convention against Cybercrime on behalf of Kazakhstan "
     "in New York on Monday."),
    ("en", "Minister signs High Seas Treaty",
     "Foreign Minister Murat Nurtleu signed the BBNJ Agreement on behalf of Kazakhstan at UN headquarters."),
    ("en", "Envoy signs UN cybercrime convention",
     "The country's permanent representative has signed the UN Convention against Cybercrime on behalf of the "
     "Government of Kazakhstan."),
    ("en", "UN cybercrime convention signed in New York",
     "The United Nations Convention against Cybercrime was signed on behalf of Kazakhstan by its foreign minister."),
    ("ru", "Министр подписал конвенцию ООН о киберпреступности",
     "Министр иностранных дел Мурат Нуртлеу подписал Конвенцию ООН против киберпреступности от имени Казахстана."),
    ("ru", "Постпред подписал конвенцию ООН о киберпреступности",
     "Постоянный представитель подписал от имени Республики Казахстан Конвенцию ООН против киберпреступности."),
    ("ru", "Министр подписал конвенцию ООН о киберпреступности",
     "Конвенцию ООН против киберпреступности от имени правительства Казахстана подписал министр иностранных дел."),
    ("az", "Nazir Kibercinayətkarlığa qarşı Konvensiyanı imzalayıb",
     "Xarici işlər naziri Murat Nurtleu Qazaxıstan adından BMT-nin Kibercinayətkarlığa qarşı Konvensiyasını "
     "imzalayıb."),
    ("az", "Nazir Kibercinayətkarlığa qarşı Konvensiyanı imzalayıb",
     "Nazir Qazaxıstan Respublikası adından Kibercinayətkarlığa qarşı Konvensiyanı Nyu-Yorkda imzalayıb."),
]


@pytest.mark.parametrize(("language", "title", "lead"), ON_BEHALF)
def test_the_state_signed_for_is_the_signer(language, title, lead):
    assert ("signed", "KZ", ()) in acts_of(language, title, lead)


@pytest.mark.parametrize(("language", "title", "lead"), [
    ("en", "Minister signs UN cybercrime convention",
     "Foreign Minister Murat Nurtleu signed the United Nations Convention against Cybercrime in the presence of "
     "Kazakhstan's delegation."),
    ("en", "Minister signs UN cybercrime convention",
     "The foreign minister signed the United Nations Convention against Cybercrime, which Kazakhstan also backs."),
    ("ru", "Министр подписал конвенцию ООН о киберпреступности",
     "Министр иностранных дел подписал Конвенцию ООН против киберпреступности в присутствии делегации Казахстана."),
    ("az", "Nazir Kibercinayətkarlığa qarşı Konvensiyanı imzalayıb",
     "Nazir Kibercinayətkarlığa qarşı Konvensiyanı Qazaxıstan nümayəndə heyətinin iştirakı ilə imzalayıb."),
])
def test_a_state_named_otherwise_after_the_verb_is_not_the_signer(language, title, lead):
    assert all(actor != "KZ" for _, actor, _ in acts_of(language, title, lead))


def test_on_behalf_ends_an_en_name():
    """"on behalf of" after a treaty's noun is for whom it was signed, not what the treaty is on."""
    from tests.events_support import events_of

    events = events_of("en", "Minister signs convention", "The minister signed the Convention on Cybercrime on "
                       "behalf of Kazakhstan.")
    assert [e.treaty_name for e in events] == ["Convention on Cybercrime"]
