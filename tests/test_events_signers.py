"""A later sentence that says which states signed the item's treaty, without naming it again ("The agreement was
signed by Azerbaijan, Georgia and Türkiye", "Соглашение подписали ...", "Saziş ... tərəfindən imzalanıb",
"Sənədi ... imzalayıb"): its states are the parties of the treaty the sentence before acted on (signers.py). Not
when the list names fewer than two states, when the sentence names a treaty of its own, when the earlier sentence
acted on two treaties, or for a convention (an open treaty's signers are not its parties). "This agreement was
signed by ...", "Данное соглашение подписано ...", "Bu saziş ... imzalanmışdır" are read as a signing of their
own (not swept here). The sentences are
written for these tests, not taken from the dev set."""

import pytest

from tests.events_support import acts_of

EN_ACT = "Azerbaijan's Milli Majlis on Tuesday ratified the Agreement on the Joint Caspian Freight Fund."
RU_ACT = "Милли Меджлис во вторник ратифицировал Соглашение о Совместном каспийском грузовом фонде."
AZ_ACT = "Milli Məclis Birgə Xəzər Yük Fondu haqqında Sazişi ratifikasiya edib."

LISTS = [
    ("en", EN_ACT, "The agreement was signed by Azerbaijan, Georgia, Kazakhstan and Türkiye in Tbilisi in 2024."),
    ("en", EN_ACT, "The document had been signed by Azerbaijan, Georgia, Kazakhstan and Türkiye two years earlier."),
    ("ru", RU_ACT, "Соглашение подписали Азербайджан, Грузия, Казахстан и Турция в Тбилиси в 2024 году."),
    ("ru", RU_ACT, "Документ был подписан Азербайджаном, Грузией, Казахстаном и Турцией в Тбилиси."),
    ("az", AZ_ACT, "Saziş 2024-cü ildə Tbilisidə Azərbaycan, Gürcüstan, Qazaxıstan və Türkiyə tərəfindən imzalanıb."),
    ("az", AZ_ACT, "Sənədi Azərbaycan, Gürcüstan, Qazaxıstan və Türkiyə iki il əvvəl Tbilisidə imzalayıb."),
]


@pytest.mark.parametrize(("language", "act", "signers"), LISTS)
def test_a_signatory_list_gives_the_parties(language: str, act: str, signers: str) -> None:
    found = acts_of(language, "", act, signers)
    assert any(action == "adopted_by_parliament" and actor == "AZ" and {"AZ", "GE", "KZ", "TR"} <= set(parties)
               for action, actor, parties in found), found


NOT_LISTS = [
    ("en", EN_ACT, "The agreement was signed by Azerbaijan's finance minister in Tbilisi in 2024."),
    ("en", EN_ACT, "The agreement was signed in Tbilisi in the presence of Georgia's and Türkiye's envoys."),
    ("en", EN_ACT, "The Agreement on Air Services was signed by Georgia and Türkiye in 2024."),
    ("en", "Azerbaijan's Milli Majlis on Tuesday ratified the Convention on the Caspian Freight Corridor.",
     "The convention was signed by Georgia, Kazakhstan and Türkiye in 2024."),
    ("en", "Azerbaijan's Milli Majlis on Tuesday ratified the Agreement on the Joint Caspian Freight Fund and "
     "the Protocol on Customs Cooperation.", "The document was signed by Georgia, Kazakhstan and Türkiye."),
    ("ru", RU_ACT, "Соглашение подписал министр финансов Азербайджана в Тбилиси в 2024 году."),
    ("ru", RU_ACT, "Соглашение о воздушном сообщении подписали Грузия и Турция в 2024 году."),
    ("az", AZ_ACT, "Saziş 2024-cü ildə Tbilisidə Azərbaycanın maliyyə naziri tərəfindən imzalanıb."),
    ("az", AZ_ACT, "Hava nəqliyyatı haqqında Sazişi Gürcüstan və Türkiyə 2024-cü ildə imzalayıb."),
]


@pytest.mark.parametrize(("language", "act", "other"), NOT_LISTS)
def test_no_list_of_signers_adds_no_party(language: str, act: str, other: str) -> None:
    found = acts_of(language, "", act, other)
    ratified = [parties for action, actor, parties in found if action == "adopted_by_parliament" and actor == "AZ"]
    assert ratified, found
    assert not any({"GE", "TR"} & set(parties) for parties in ratified), found
