"""Which act of its own a headline reports, where the events stage reads none or reads the treaty's act:
a decree putting a law into effect, a document sent to parliament words apart from "parliament", businesses'
deals signed on a state visit, a treaty entering into force for one state, a state's law on treaties amended, a
lender's board approving a loan, a state's law, decree or order on another matter. Each is a story of its own,
or a submission, though it shares the treaty, the states and the day with the treaty's act (vetoes.vetoed).
Split from headlines.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.states import StateMention
from pipeline.wording import said_in

__all__ = [
    "applies_a_law",
    "approves_a_loan",
    "in_force_for",
    "names_a_state_act",
    "names_the_law_on_treaties",
    "sent_to_parliament",
    "signed_by_businesses",
    "without_earlier_acts",
]

_NEVER = re.compile(r"(?!)")  # in_force_for searches within a span

# A decree or order putting a law into effect ("decree on measures to implement the law on ratification",
# "указ о применении закона о ратификации ...", "... Qanununun qüvvəyə minməsi ilə bağlı Fərman", "qanunun
# tətbiq edilməsi haqqında fərman"): the head of state's act after the law, days or weeks later; its story is
# its own, not the ratification's or the law's, though it names the same treaty, action and parties.
_DECREE = {"en": r"\b(?:decree|order)s?\b", "ru": r"\b(?:указ|распоряжени)\w*", "az": r"\b(?:fərman|sərəncam)\w*"}
_PUTS_INTO_EFFECT = {
    "en": r"\b(?:implement\w*|appl(?:y|ies|ying|ication)|enforc\w*"
          r"|(?:entry|enter\w*|bring\w*|brought|put\w*)\s+(?:[\w-]+\s+){0,6}?(?:into|in)\s+(?:force|effect))",
    "ru": r"\b(?:применени|реализаци|исполнени|(?:введени|вступлени)\w*\s+в\s+(?:действие|силу))\w*",
    "az": r"(?:tətbiq|icra|həyata\s+keçiril|qüvvəyə\s+min)\w*",
}
_APPLIES_A_LAW = {
    "en": re.compile(rf"{_DECREE['en']}(?:\s+[\w'’-]+){{0,4}}?\s+{_PUTS_INTO_EFFECT['en']}(?:\s+[\w'’-]+){{0,3}}?"
                     rf"\s+laws?\b|\blaws?\b[^.;:]{{0,120}}?\s(?:is\s+|was\s+)?{_PUTS_INTO_EFFECT['en']}"
                     rf"(?:\s+[\w'’-]+){{0,2}}?\s+by\s+(?:presidential\s+|a\s+)?{_DECREE['en']}", re.IGNORECASE),
    "ru": re.compile(rf"{_DECREE['ru']}(?:\s+[\w-]+){{0,4}}?\s+(?:о\s+|об\s+)?{_PUTS_INTO_EFFECT['ru']}"
                     r"(?:\s+[\w-]+){0,2}?\s+[«\"]?закон"
                     r"|\bзакон\w*\b[^.;:]{0,120}?\s(?:введ|вступ)\w*\s+в\s+(?:действие|силу)\s+(?:[\w-]+\s+)?указом",
                     re.IGNORECASE),
    "az": re.compile(rf"\bqanun\w*[»”\"]?\s+(?:[\w-]+\s+){{0,2}}?{_PUTS_INTO_EFFECT['az']}"
                     rf"[^.;:]{{0,40}}?{_DECREE['az']}", re.IGNORECASE),
}


def applies_a_law(headline: str, language: str) -> bool:
    """Whether a headline reports a decree or order putting a law into effect (``_APPLIES_A_LAW``)."""
    return said_in(_APPLIES_A_LAW, headline, language)


# A document sent to parliament: a verb of sending and the parliament as where it goes, words apart ("Aliyev
# sends China investment deal to parliament", "treaty referred to lawmakers", "Parliament receives bill on ...",
# "В Милли Меджлис поступил законопроект ...", "соглашение направлено в парламент", "sazişi Milli Məclisə
# göndərib", "Milli Məclisə ... daxil olub"): the submission, however many words the document's name takes. The
# glossary's phrases allow two words between theirs. The parliament must be where the document goes (en "to",
# ru "в", az the dative): a law sent from parliament to the President ("Milli Məclisdən Prezidentə göndərilib"),
# a parliament sending a delegation ("Милли Меджлис направил делегацию в ...") is no submission.
_PARLIAMENT = {
    "en": r"(?:the\s+)?(?:parliament|milli\s+majlis|milli\s+mejlis|lawmakers|legislators|legislature|mps)\b",
    "ru": r"(?:парламент|милли\s+меджлис)\b",
    "az": r"(?:parlament[əe]|milli\s+məclis[əe])\b",
}
_SENDS = {
    "en": r"\b(?:sends?|sent|sending|forward(?:s|ed|ing)?|refer(?:s|red|ring)?|submit(?:s|ted|ting)?|goes|went"
          r"|go(?:ing)?|table(?:s|d)?|tabling|reach(?:es|ed)?)\b",
    "ru": r"\b(?:направ|поступ|переда|внес|внёс|внош)\w*",
    "az": r"\b(?:göndər|təqdim|daxil\s+ol|ünvanla)\w*",
}
_WORDS_APART = r"(?:[^\s.;:!?]+\s+){0,8}?"
_SENT_TO_PARLIAMENT = {
    "en": re.compile(rf"{_SENDS['en']}\s+{_WORDS_APART}to\s+{_PARLIAMENT['en']}"
                     rf"|\b{_PARLIAMENT['en']}\s+(?:receiv\w*|gets?|got)\b", re.IGNORECASE),
    "ru": re.compile(rf"{_SENDS['ru']}\s+{_WORDS_APART}в\s+{_PARLIAMENT['ru']}"
                     rf"|(?:^|\s)в\s+{_PARLIAMENT['ru']}\s+{_WORDS_APART}{_SENDS['ru']}", re.IGNORECASE),
    "az": re.compile(rf"\b{_PARLIAMENT['az']}\s*{_WORDS_APART}{_SENDS['az']}", re.IGNORECASE),
}


def sent_to_parliament(text: str, language: str) -> bool:
    """Whether a headline says a document was sent to parliament (``_SENT_TO_PARLIAMENT``)."""
    return said_in(_SENT_TO_PARLIAMENT, text, language)


# A bill passed: the bill, then within a few words the passive of adopting it ("Plenar iclasda üç qanun layihəsi
# qəbul edilib", "законопроект ... принят", "bills passed"), or the adopting verb before it ("принял законопроект",
# "passes bill"). The glossary reads the bill's noun as a submission; passed, it is the parliament's vote. Not a
# government approving the draft it sends ("Кабмин одобрил законопроект", "layihəsini bəyənib"): a submission.
_BILL_PASSED = {
    "en": re.compile(rf"\bbills?\s+{_WORDS_APART}(?:passed|adopted)\b|\b(?:pass|adopt)\w*\s+(?:\w+\s+)?bills?\b",
                     re.IGNORECASE),
    "ru": re.compile(rf"\bзаконопроект\w*\s+{_WORDS_APART}принят\w*|\b(?:принял|приняли)\s+"
                     r"(?:\w+\s+){0,2}законопроект", re.IGNORECASE),
    "az": re.compile(rf"\bqanun\s+layihə\w*\s+{_WORDS_APART}qəbul\b", re.IGNORECASE),
}


def bill_passed(text: str, language: str) -> bool:
    """Whether a headline says a bill was passed (``_BILL_PASSED``): the parliament's vote, not its submission."""
    return said_in(_BILL_PASSED, text, language)


# Businesses signing: a plural noun for companies or business people as those who sign ("Azerbaijani, Uzbek
# businesses ink $1.6bn worth of deals", "companies sign contracts worth ...", "Азербайджанские и узбекские
# компании подписали ...", "предприниматели заключили ...", "Azərbaycan və Özbəkistan şirkətləri ... müqavilə
# imzalayıb", "iş adamları ... sazişlər bağlayıb"): commercial deals, not the states' agreement signed that day
# on the same visit, though they share the states, the date and the verb. The noun acts: it comes right before
# the verb in en/ru (not "agreement on a joint investment company", "о создании совместной компании"), in the
# plural in az (not "birgə investisiya şirkətinin yaradılması haqqında saziş"); not passive ("joint companies to be
# signed"), not what states let companies do ("agree to let companies sign contracts directly"). A holding, a
# sovereign fund or a conglomerate signs as a company does, and is often named after its state ("Azerbaijan
# Investment Holding, Kazakh sovereign fund sign MoU ...", "Азербайджанский инвестиционный холдинг и ...
# подписали", "... Holdinqi ... memorandum imzalayıb"): the state's name is the company's, not a party's; in
# English "Holding" only capitalised, as in a name (not "order on holding the census").
_BUSINESSES = {
    "en": re.compile(r"(?<!\blet\s)(?<!\ballow\s)(?<!\benable\s)"
                     r"\b(?:businesses|companies|firms|entrepreneurs|businessmen|business\s+people|investors|"
                     r"exporters|producers|(?-i:Holdings?)|sovereign\s+(?:wealth\s+)?funds?|conglomerates?)\s+(?:(?!(?:to|be|been|being|are|were|is|was)\b)[\w'’-]+,?\s+){0,4}?"
                     r"(?:sign\w*|ink\w*|seal\w*|clinch\w*|strik\w*|struck|conclud\w*)\b", re.IGNORECASE),
    "ru": re.compile(r"\b(?:компании|фирмы|предприниматели|бизнесмены|инвесторы|предприятия|холдинг\w*|"
                     r"суверенн\w+\s+фонд\w*|конгломерат\w*)\s+"
                     r"(?:[^\s.;:!?]+\s+){0,3}?(?:подписали|заключили|подпишут|подписывают|заключают)\b",
                     re.IGNORECASE),
    "az": re.compile(r"\b(?:şirkətlər\w*|iş\s+adamlar\w*|sahibkarlar\w*|biznes\s+nümayəndələr\w*|"
                     r"investorlar\w*|müəssisələr\w*|holdin[qg]\w*|suveren\s+fond\w*|konqlomerat\w*)\s+"
                     r"(?:[^\s.;:!?]+\s+){0,6}?(?:imza\w*|bağla\w*)", re.IGNORECASE),
}


# Companies as the signers, one of them marked as a company: a name in quotes, the agencies' way of printing a
# company's name and never a state's ("«Азерэнержи» и «Национальные электросети» подписали ...", "“Azərenerji”
# və “Masdar” saziş imzalayıb", "SOCAR и «Узбекнефтегаз» подписали ..."), or a company noun with its nationality
# ("«Азерэнержи» и узбекская компания подписали ...", "Azerenerji, Uzbek company sign ...", "Azərenerji və
# Özbəkistan şirkəti ... imzalayıb"), joined to the other signer by "и", "and", "və", "ilə" or a comma at the
# head of the headline, before the verb of signing. A state read in such a name ("«Азербайджанские железные
# дороги» и «Қазақстан темір жолы» ...") is the company's, and the contract is not the states' treaty of that
# day on the same subject. Not a treaty's name in quotes after the verb ("подписали соглашение «О ...»"), nor a
# rubric before a colon ("«Зеленый коридор»: Азербайджан и Узбекистан подписали ..."), nor a company the treaty
# is about ("agreement on a joint company", "о создании совместной компании").
_QUOTED = r"(?:«[^«»]{1,60}(?:«[^«»]{1,40}»[^«»]{0,20})?»|“[^“”]{1,60}”|\"[^\"]{1,60}\")"
_SIGNER = rf"(?:{_QUOTED}|[^\s,:;.!?«»“”\"]+(?:\s+[^\s,:;.!?«»“”\"]+){{0,3}}?)"


def _companies_signing(company: str, joined: str, verb: str, apart: int) -> re.Pattern[str]:
    """Two signers at the head of a headline, one marked as a company, then the verb ``apart`` words on at most."""
    marked = rf"(?:{_QUOTED}|{company})"
    pair = rf"(?:{marked}{joined}{_SIGNER}|{_SIGNER}{joined}{marked})"
    return re.compile(rf"^(?:[^\s,:;.!?]+\s+){{0,2}}?{pair}\s+(?:[^\s.;:!?]+\s+){{0,{apart}}}?{verb}", re.IGNORECASE)


_COMPANY_SIGNERS = {
    "en": _companies_signing(r"(?:an?\s+)?[\w-]+\s+(?:company|firm)", r"(?:\s*,|\s+and)\s+",
                             r"(?:sign|ink|seal|clinch|conclud)\w*\b", 0),
    "ru": _companies_signing(r"[\w-]+\s+компани[яи]", r"(?:\s*,|\s+и)\s+",
                             r"(?:подписал|заключил|подпишут|подписывают|заключают)\w*\b", 0),
    "az": _companies_signing(r"[\w-]+\s+şirkəti?", r"(?:\s*,|\s+(?:və|ilə))\s+", r"(?:imza|bağla)\w*", 6),
}


def signed_by_businesses(headline: str, language: str) -> bool:
    """Whether a headline says businesses signed (``_BUSINESSES``), or names the companies that signed
    (``_COMPANY_SIGNERS``): their deals, not a treaty."""
    return said_in(_BUSINESSES, headline, language) or said_in(_COMPANY_SIGNERS, headline, language)


# A treaty entering into force for one state ("Apostille Convention now in force for Turkmenistan", "вступила в
# силу для Грузии", "Для Азербайджана вступила в силу ...", "Qətər üçün qüvvəyə minib"): that state's date under
# a treaty already in force or coming into force for many, not the treaty's own entry into force ("UN Convention
# against Cybercrime in force"), though they share the treaty, the action and the subject.
_IN_FORCE = {
    "en": re.compile(r"\b(?:in|into)\s+(?:force|effect)\b|\btak(?:e|es|ing)\s+effect\b|\beffective\b", re.IGNORECASE),
    "ru": re.compile(r"\bв\s+(?:силу|действие)\b", re.IGNORECASE),
    "az": re.compile(r"\bqüvvəyə\b", re.IGNORECASE),
}
_FOR_BEFORE = {
    "en": re.compile(r"\bfor\s+(?:the\s+)?\Z", re.IGNORECASE),
    "ru": re.compile(r"(?:^|\s)для\s+\Z", re.IGNORECASE),
}
_FOR_AFTER = {"az": re.compile(r"\s+üçün\b", re.IGNORECASE)}


def in_force_for(headline: str, mentions: Sequence[StateMention], language: str) -> frozenset[str]:
    """The states a headline says a treaty enters into force for (``_IN_FORCE`` with "for X", "для X", "X
    üçün")."""
    if not said_in(_IN_FORCE, headline, language):
        return frozenset()
    before, after = _FOR_BEFORE.get(language, _NEVER), _FOR_AFTER.get(language, _NEVER)
    return frozenset(m.code for m in mentions
                     if before.search(headline, max(0, m.start - 12), m.start) or after.match(headline, m.end))


# The name of a state's law on treaties ("Law on International Treaties", "law on Azerbaijan's international
# treaties", "закон «О международных договорах»",
# "“Beynəlxalq müqavilələri haqqında” qanun"): its treaty noun is part of the law's name, so a headline on
# amending that law names no treaty, and its lead's words on how treaties are ratified report no act.
_LAW_ON_TREATIES = {
    "en": re.compile(r"\blaws?\s+(?:[^\s“\"«]+\s+){0,6}?[“\"«]?on\s+(?:the\s+)?(?:[\w-]+['’]s?\s+)?"
                     r"(?:international\s+)?treaties\b",
                     re.IGNORECASE),
    "ru": re.compile(r"\bзакон\w*\s+(?:[^\s«\"“]+\s+){0,3}?[«\"“]?о\s+международных\s+договорах\b", re.IGNORECASE),
    "az": re.compile(r"\bbeynəlxalq\s+müqavilələri\s+haqqında[»”\"]?\s+(?:[^\s.;:!?]+\s+){0,3}?qanun", re.IGNORECASE),
}


def names_the_law_on_treaties(headline: str, language: str) -> bool:
    """Whether a headline names a state's law on treaties (``_LAW_ON_TREATIES``): law news, no treaty's."""
    return said_in(_LAW_ON_TREATIES, headline, language)


# A lender approving a loan, a credit or a grant, not an agreement on it ("ADB approves $250 million loan for
# Azerbaijan", "Всемирный банк одобрил кредит Азербайджану", "ADB Azərbaycan üçün 250 milyon dollarlıq krediti
# təsdiqləyib"): its board's decision, no state's approval of a treaty ("President approves grant agreement",
# "одобрил кредитное соглашение", "kredit sazişini təsdiqləyib" stay approvals).
_APPROVES_A_LOAN = {
    "en": re.compile(r"\bapprov\w*\s+(?:[^\s.;:!?]+\s+){0,4}?(?:loans?|credits?|grants?|financing)\b"
                     r"(?!\s+(?:agreements?|deals?|contracts?|accords?)\b)", re.IGNORECASE),
    "ru": re.compile(r"\bодобр\w*\s+(?:[^\s.;:!?]+\s+){0,3}?(?:кредит|за[её]м|займ|грант|финансировани)"
                     r"(?:а|ы|ов|ом|е|я|ю)?\b", re.IGNORECASE),
    "az": re.compile(r"\b(?:kredit|borc|qrant)(?:i|ini|lər\w*)?\s+(?:(?!saziş|müqavilə)[^\s.;:!?]+\s+){0,2}?təsdiq",
                     re.IGNORECASE),
}


def approves_a_loan(headline: str, language: str) -> bool:
    """Whether a headline says a loan, credit or grant was approved (``_APPROVES_A_LOAN``): a lender's act."""
    return said_in(_APPROVES_A_LOAN, headline, language)


# Money lent or given ("ADB signs loan agreement ...", "АБР предоставит Азербайджану заем", "ЕС выделит грант",
# "АБР выделит Азербайджану 250 млн долларов", "kredit sazişi imzalanıb", "qrant ayırır").
_FINANCES = {
    "en": re.compile(r"\b(?:loans?|grants?|credits?|financing|funding|lends?|lending)\b", re.IGNORECASE),
    "ru": re.compile(r"\b(?:за[её]м|займ|кредит|грант|выдел[ияеюё]|финансир)\w*", re.IGNORECASE),
    "az": re.compile(r"\b(?:kredit|qrant|borc|ayır|ayrıl|maliyyələşdir)\w*", re.IGNORECASE),
}


def finances(headline: str, language: str) -> bool:
    """Whether a headline speaks of money lent or given (``_FINANCES``): a loan, a credit, a grant, a sum allocated."""
    return said_in(_FINANCES, headline, language)


# A state's own legal act named by a headline: a law, a bill, a decree, an order or a government resolution
# ("Ilham Aliyev signs order on allocating funds for road construction", "Президент подписал распоряжение о
# выделении средств ...", "Указ ... об утверждении Положения о Государственном агентстве", "Prezident ... Məcəlləsinə
# dəyişiklik haqqında qanunu imzalayıb", "... sərəncam imzalayıb"). Not "in order to", not "указал" (pointed out).
_STATE_ACT = {
    "en": re.compile(r"\b(?:laws?|bills?|decrees?|(?<!\bin\s)orders?)\b", re.IGNORECASE),
    "ru": re.compile(r"\b(?:закон(?:а|ы|ом|у|е|ов)?|законопроект\w*|указ(?:а|ом|у|е|ы|ов)?|распоряжени\w*"
                     r"|постановлени\w*)\b", re.IGNORECASE),
    "az": re.compile(r"\b(?:qanun|fərman|sərəncam)\w*", re.IGNORECASE),
}


def names_a_state_act(headline: str, language: str) -> bool:
    """Whether a headline names a state's law, bill, decree or order (``_STATE_ACT``): with no treaty read in
    the item, the head of state's or parliament's act on another matter that day (facts.Facts.state_act)."""
    return said_in(_STATE_ACT, headline, language)


# A participle that describes documents by an act done before ("выполнение подписанных соглашений", "imzalanmış
# sazişlərin icrası", "implementation of agreements signed earlier"): the headline's news is what is done with
# them (talks, a review), not that act. ru: a full participle in an oblique case (the nominative "Подписанные
# документы" may head a list of what was signed that day); az: the attributive -mış/-an before a noun in an oblique
# case; en: "signed" with "previously/earlier/already" or "of (the) signed <documents>".
_EARLIER_ACTS = {
    "ru": re.compile(r"\b(?:ранее\s+|уже\s+)?(?:подписанн|ратифицированн|утвержд[её]нн|одобренн|заключ[её]нн)"
                     r"(?:ых|ыми|ым|ого|ому|ой|ую|ом)\b", re.IGNORECASE),
    "az": re.compile(r"\b(?:(?:əvvəl(?:lər)?|daha\s+əvvəl)\s+)?(?:imzalan(?:mış|an)"
                     r"|(?:ratifikasiya|təsdiq)\s+(?:edilmiş|olunmuş|edilən|olunan))"
                     r"(?=\s+\w+(?:[ıiuü]n|n[ıiuü]n|[aə]|y[aə]|d[aə]n|d[aə]|l[aə]ri|l[aə]rin|l[aə]r[ıi]n[ıi]n|l[aə]r[əa])\b)",
                     re.IGNORECASE),
    "en": re.compile(r"\b(?:previously|earlier|already)\s+(?:signed|ratified|concluded|agreed)\b"
                     r"|\b(?:signed|ratified|concluded)\s+(?:earlier|previously)\b"
                     r"|\bof\s+(?:the\s+)?(?:signed|ratified)(?=\s+(?:agreements|documents|deals|accords|treaties))",
                     re.IGNORECASE),
}


def without_earlier_acts(text: str, language: str) -> str:
    """``text`` with the participles of acts done before blanked (``_EARLIER_ACTS``): the action words the
    glossary reads there are no act of the headline's own."""
    pattern = _EARLIER_ACTS.get(language)
    return pattern.sub(lambda found: " " * len(found[0]), text) if pattern is not None else text
