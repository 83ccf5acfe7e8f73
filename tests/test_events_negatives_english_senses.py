"""Hard negatives whose verb of acting is no act on a treaty, swept over en (where the construction exists) with
ru and az sentences of the same meaning and positive twins of the same shape. The sentences are written for
these tests.

- what a verb of saying reports, after an adverbial or a hearer ("said on Thursday that the country has not
  signed or ratified"): "that" opens what was said, not a relative clause, so its negation counts
  (triggers._what_was_said);
- a bare infinitive joined to an earlier "to" or modal verb that is no verb of acting ("authorised to hold talks
  and sign the agreement", "will meet in Baku and sign"): a plan, not a signing (english._shared_infinitive);
- "conclude" that ends a visit or talks or judges ("concluded his working visit", "concluded that"): no signing
  (english._concludes_other);
- a contract named for its commercial purpose ("codeshare agreement", "host government agreement", "соглашение о
  покупке электроэнергии") or signed with a museum (events.yaml ``financing``, ``commercial``);
- a count of unnamed states as the verb's subject ("So far 31 states have ratified the Convention", "Конвенцию
  ратифицировали 31 государство", "40-dan çox ölkə Konvensiyanı imzalayıb"): a tally of others' acts, not the home
  state's (events.yaml ``counted_states``, mention_filters.counted);
- a title that looks back decades ("joined the convention two decades ago"): its undated acts are history
  (events.yaml ``retrospective``).
"""

import pytest

from tests.events_support import actions_and_actors


@pytest.mark.parametrize(
    ("language", "title", "body"),
    [
        # what was said, after an adverbial
        ("en", "Ministry comments on convention", "Armenia's Foreign Ministry said on Friday that the country has not "
                                                  "yet signed or ratified the Convention on Cybercrime."),
        ("en", "Ministry comments on convention", "The ministry said in a statement that Georgia had not ratified "
                                                  "the protocol to the Convention on Cybercrime."),
        ("en", "Ministry comments on convention", "The deputy minister told reporters that Kazakhstan has not "
                                                  "ratified the Convention on Cybercrime."),
        ("ru", "МИД прокомментировал конвенцию", "В МИД Армении в пятницу заявили, что страна пока не подписала и "
                                                 "не ратифицировала Конвенцию о киберпреступности."),
        ("az", "Nazirlik konvensiyaya münasibət bildirib", "Ermənistan XİN cümə günü bildirib ki, ölkə "
                                                           "Kibercinayətkarlıq haqqında Konvensiyanı hələ ratifikasiya "
                                                           "etməyib."),
        # a bare infinitive after "to" or a modal
        ("en", "Cabinet approves draft agreement with Georgia", "The transport minister has been authorised to hold "
                                                                "talks and sign the agreement on road transport "
                                                                "with Georgia."),
        ("en", "Leaders to meet in Astana", "The presidents of Azerbaijan and Kazakhstan will meet in Astana and sign "
                                            "the treaty on strategic partnership."),
        ("en", "Visit postponed", "Aliyev did not travel to Tashkent and sign the agreement on transit with "
                                  "Uzbekistan."),
        ("en", "Parliament to consider treaty", "Lawmakers are expected to debate the bill next week and ratify the "
                                                "agreement with Uzbekistan on transit."),
        ("ru", "Кабмин одобрил проект соглашения", "Министру транспорта поручено провести переговоры и подписать "
                                                   "соглашение с Грузией об автомобильных перевозках."),
        ("az", "Nazirlər Kabineti sazişin layihəsini bəyənib", "Nəqliyyat nazirinə Gürcüstanla danışıqlar aparmaq "
                                                               "və avtomobil daşımaları haqqında sazişi imzalamaq "
                                                               "səlahiyyəti verilib."),
        # "conclude" that ends or judges
        ("en", "Kazakh PM wraps up Baku visit", "Kazakh Prime Minister concluded his working visit to Azerbaijan, "
                                                "during which he discussed the agreement on transit with President "
                                                "Ilham Aliyev."),
        ("en", "Talks end", "Azerbaijan and Georgia concluded the third round of talks on the agreement on "
                            "border delimitation."),
        ("en", "Court rules on treaty", "The Constitutional Court concluded that the agreement with Georgia on "
                                        "transit complies with the Constitution."),
        ("ru", "Визит завершён", "Премьер-министр Казахстана завершил свой рабочий визит в Азербайджан, в ходе "
                                 "которого обсудил соглашение о транзите."),
        ("az", "Səfər başa çatıb", "Qazaxıstanın Baş naziri Azərbaycana işgüzar səfərini başa vurub, səfər zamanı "
                                   "tranzit haqqında saziş müzakirə olunub."),
        # a contract named for its commercial purpose, or signed with a museum
        ("en", "AZAL, Turkish Airlines ink codeshare agreement", ""),
        ("en", "Energy ministry and Masdar sign host government agreement on solar plant", ""),
        ("en", "Culture news",
         "Azerbaijan's Ministry of Culture and the British Museum have signed a memorandum of cooperation on joint "
         "exhibitions."),
        ("ru", "AZAL и Turkish Airlines подписали соглашение о код-шеринге", ""),
        ("ru", "Минэнерго и Masdar подписали соглашение",
         "Министерство энергетики Азербайджана и эмиратская Masdar подписали соглашение о покупке электроэнергии "
         "с солнечной электростанции."),
        ("ru", "Новости культуры",
         "Министерство культуры Азербайджана и Британский музей подписали меморандум о сотрудничестве."),
        ("az", "AZAL və Turkish Airlines kod-şerinq sazişi imzalayıb", ""),
        # a count of unnamed states as the subject
        ("en", "Cybercrime convention gains support", "So far 31 states have ratified the UN Convention against "
                                                      "Cybercrime."),
        ("en", "Cybercrime convention gains support", "More than 40 countries have signed the UN Convention against "
                                                      "Cybercrime."),
        ("en", "Energy Charter Treaty under debate", "Several EU states have since withdrawn from the Energy Charter "
                                                     "Treaty."),
        ("ru", "Конвенция набирает сторонников", "На сегодня 31 государство ратифицировало Конвенцию ООН против "
                                                 "киберпреступности."),
        ("ru", "Конвенция набирает сторонников", "Конвенцию ООН против киберпреступности ратифицировали 31 "
                                                 "государство."),
        ("ru", "Конвенция набирает сторонников", "Более 40 стран подписали Конвенцию ООН против киберпреступности."),
        ("az", "Konvensiyaya dəstək artır", "Hazırda 31 dövlət Kibercinayətkarlığa qarşı BMT Konvensiyasını "
                                            "ratifikasiya edib."),
        ("az", "Konvensiyaya dəstək artır", "40-dan çox ölkə Kibercinayətkarlığa qarşı BMT Konvensiyasını "
                                            "imzalayıb."),
        # a title that looks back decades
        ("en", "Azerbaijan joined the Apostille Convention two decades ago, official recalls",
         "Azerbaijan acceded to the Apostille Convention and has since issued a million apostilles."),
        ("ru", "Азербайджан присоединился к Апостильной конвенции два десятилетия назад", ""),
    ],
)
def test_no_act_on_a_treaty(language: str, title: str, body: str) -> None:
    assert actions_and_actors(language, title, *([body] if body else [])) == set()


@pytest.mark.parametrize(
    ("language", "title", "body", "expected"),
    [
        ("en", "Ministry confirms ratification", "The ministry said on Friday that Armenia ratified the Convention "
                                                 "on Cybercrime.", {("ratified", "AM")}),
        ("en", "Ministry confirms ratification", "The ministry said in a statement that Georgia has ratified the "
                                                 "Convention on Cybercrime.", {("ratified", "GE")}),
        ("en", "Azerbaijan and Georgia sign agreement on road transport", "", {("signed", None)}),
        ("en", "Azerbaijan, Georgia meet and sign agreement on road transport", "", {("signed", None)}),
        ("en", "Azerbaijan and Uzbekistan conclude agreement on transit", "", {("signed", None)}),
        ("en", "Transit deal", "Azerbaijan and Uzbekistan concluded an agreement on transit in Tashkent today.",
         {("signed", None)}),
        ("en", "Azerbaijan joined the Apostille Convention", "", {("acceded", "AZ")}),
        ("en", "Convention news", "Azerbaijan and 30 other states signed the UN Convention against Cybercrime in "
                                  "Hanoi today.", {("signed", "AZ")}),
        ("en", "Azerbaijan becomes 31st state to ratify UN Convention against Cybercrime", "", {("ratified", "AZ")}),
        ("ru", "Азербайджан ратифицировал Конвенцию ООН против киберпреступности", "", {("ratified", "AZ")}),
        ("az", "Azərbaycan Kibercinayətkarlığa qarşı BMT Konvensiyasını ratifikasiya edib", "", {("ratified", "AZ")}),
        ("ru", "Азербайджан и Грузия подписали соглашение об автомобильных перевозках", "", {("signed", None)}),
        ("az", "Azərbaycan və Gürcüstan avtomobil daşımaları haqqında saziş imzalayıb", "", {("signed", None)}),
    ],
)
def test_acts_of_the_same_shape_stay(language: str, title: str, body: str,
                                     expected: set[tuple[str, str | None]]) -> None:
    assert actions_and_actors(language, title, *([body] if body else [])) == expected
