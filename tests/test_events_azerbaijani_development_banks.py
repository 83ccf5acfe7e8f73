"""az: an international development bank is a treaty's party, not a company.

"Bank" is a commercial word (a company's contract is no treaty), but the Asian Development Bank, the Islamic
Development Bank (Group), the EBRD ("AYİB"), the World Bank are international organisations: the Government's
framework, host-country or office agreement with one is signed, approved by a law or decree, voted by the Milli
Majlis and sent to it as a treaty is (en/ru already read them so). A loan or a grant with them is still a
financing contract, told by its own words ("kredit sazişi", "qrant"), and a commercial bank stays a company.
"""

from __future__ import annotations

import pytest

from tests.events_support import acts, events_of

PUBLISHED = "2026-11-03T12:00:00+04:00"
BANKS = ["Asiya İnkişaf Bankı", "İslam İnkişaf Bankı Qrupu", "Avropa Yenidənqurma və İnkişaf Bankı", "AYİB",
         "Dünya Bankı", "Asiya İnfrastruktur İnvestisiya Bankı"]
DOCUMENTS = ["Çərçivə Sazişi", "Bakıda nümayəndəliyin açılması haqqında Saziş", "Ev Sahibi Ölkə Sazişi"]


def _genitive(document: str) -> str:  # "Çərçivə Sazişi" -> "Çərçivə Sazişinin", "... Saziş" -> "... Sazişin"
    return document + ("nin" if document.endswith("i") else "in")


def _accusative(document: str) -> str:  # "Çərçivə Sazişi" -> "Çərçivə Sazişini", "... Saziş" -> "... Sazişi"
    return document + ("ni" if document.endswith("i") else "i")


ACTS = [
    (lambda bank, doc: f"Azərbaycan Hökuməti ilə {bank} arasında {doc} təsdiq edilib", "approved_by_law", "AZ"),
    (lambda bank, doc: f"Prezident Azərbaycan Hökuməti ilə {bank} arasında {_genitive(doc)} təsdiq edilməsi "
                       f"haqqında qanunu imzalayıb", "approved_by_law", "AZ"),
    (lambda bank, doc: f"Milli Məclis Azərbaycan ilə {bank} arasında {_accusative(doc)} ratifikasiya edib",
     "adopted_by_parliament", "AZ"),
    (lambda bank, doc: f"Milli Məclis {bank} ilə {_accusative(doc)} təsdiqləyib", "adopted_by_parliament", "AZ"),
    (lambda bank, doc: f"Milli Məclisə {bank} ilə {_genitive(doc)} təsdiqi barədə qanun layihəsi daxil olub",
     "submitted_to_parliament", "AZ"),
    (lambda bank, doc: f"Azərbaycan Hökuməti ilə {bank} arasında {doc} imzalanıb", "signed", None),
    (lambda bank, doc: f"Azərbaycan və {bank} {_accusative(doc)} imzalayıblar", "signed", None),
]


@pytest.mark.parametrize("bank", BANKS)
@pytest.mark.parametrize("document", DOCUMENTS)
@pytest.mark.parametrize(("sentence", "action", "actor"), ACTS)
def test_the_states_agreement_with_a_development_bank_is_acted_on(bank: str, document: str, sentence,
                                                                    action: str, actor: str | None) -> None:
    events = events_of("az", sentence(bank, document), published=PUBLISHED)
    assert acts(events) == {(action, actor, ("AZ",))}


@pytest.mark.parametrize("bank", BANKS)
@pytest.mark.parametrize("sentence", [
    "Azərbaycan ilə {bank} arasında 300 milyon dollarlıq kredit sazişi imzalanıb",
    "{bank} Azərbaycana 5 milyon dollarlıq qrant ayırıb, müvafiq saziş imzalanıb",
    "{bank} ilə Azərbaycan arasında kredit sazişi imzalanıb",
])
def test_a_loan_or_grant_with_a_development_bank_is_no_treaty(bank: str, sentence: str) -> None:
    assert events_of("az", sentence.format(bank=bank), published=PUBLISHED) == ()


@pytest.mark.parametrize("bank", ["Kapital Bank", "Azərbaycan Beynəlxalq Bankı", "Paşa Bank"])
@pytest.mark.parametrize("verb", ["əməkdaşlıq sazişi imzalayıb", "anlaşma memorandumu imzalayıb"])
def test_a_commercial_bank_stays_a_company(bank: str, verb: str) -> None:
    assert events_of("az", f"{bank} SOCAR ilə {verb}", published=PUBLISHED) == ()
