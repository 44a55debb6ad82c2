"""Article content for the test sites: diplomatic-news prose built from
phrase pools with a seeded random generator, so every site gets its own
articles (unique texts) and every run the same ones."""

from __future__ import annotations

import random
import re
import unicodedata
from datetime import datetime, timedelta, timezone

from .base import Block

COUNTRIES = [
    "Kazakhstan", "Portugal", "Indonesia", "Chile", "Ghana", "Norway", "Vietnam", "Morocco",
    "Uruguay", "Finland", "Kenya", "Malaysia", "Ireland", "Peru", "Senegal", "Mongolia",
    "Croatia", "Jordan", "New Zealand", "Tanzania", "Georgia", "Paraguay", "Estonia", "Oman",
]
CITIES = ["Geneva", "Vienna", "Astana", "Lisbon", "Jakarta", "Nairobi", "Oslo", "Hanoi",
          "Rabat", "Montevideo", "Helsinki", "Muscat", "Tbilisi", "Lima", "Dakar", "Amman"]
TOPICS = [
    "maritime security", "grain exports", "visa facilitation", "climate finance",
    "nuclear non-proliferation", "energy interconnectors", "consular cooperation",
    "a fisheries agreement", "debt restructuring", "critical minerals", "cyber resilience",
    "disaster relief", "a free trade agreement", "water management", "vaccine production",
    "migration routes", "rail corridors", "digital customs", "university exchanges",
    "renewable hydrogen",
]
OFFICIALS = ["Foreign Minister", "Deputy Foreign Minister", "State Secretary", "Special Envoy",
             "Ambassador", "Trade Minister", "Prime Minister"]
PEOPLE = ["Amara Okafor", "Lars Henriksen", "Sofia Marquez", "Daniyar Bekov", "Hana Novak",
          "Tomas Lindqvist", "Leila Haddad", "Kwame Mensah", "Ines Carvalho", "Minh Tran",
          "Aroha Parata", "Elif Demir", "Mateo Rojas", "Nadia Petrenko"]
TITLES = [
    "{a} and {b} agree to deepen cooperation on {topic}",
    "{office} of {a} visits {city} for talks on {topic}",
    "{a} hosts regional envoys to discuss {topic}",
    "{b} and {a} sign memorandum on {topic}",
    "Talks in {city} end with new roadmap on {topic}",
    "{a} opens embassy in {b} as ties on {topic} grow",
    "{office} {person} outlines {a} position on {topic}",
    "{a} and {b} hold first strategic dialogue in {city}",
]
OPENERS = [
    "{office} {person} of {a} met counterparts from {b} in {city} on {weekday}, "
    "where the two delegations discussed {topic} and a calendar of further meetings.",
    "Delegations from {a} and {b} gathered in {city} this week for a round of talks "
    "that officials described as frank, detailed and focused on {topic}.",
    "{a} and {b} announced on {weekday} that they would expand their work on {topic}, "
    "after two days of consultations in {city} led by {office} {person}.",
]
SENTENCES = [
    "Officials said the working group on {topic} would meet every quarter and report to ministers before the end of the year.",
    "The talks also covered {topic2}, an issue on which the two governments have held differing views for some time.",
    "{person} told reporters that the agreement was a practical step rather than a grand gesture.",
    "According to the joint statement, experts from both ministries will draft technical annexes within ninety days.",
    "Diplomats in {city} noted that the meeting was the first at this level since the previous government took office.",
    "The {office2} stressed that any arrangement on {topic} must respect international law and the interests of neighbouring states.",
    "Business associations from {b} welcomed the outcome and asked for clearer rules on licensing and customs checks.",
    "Observers pointed out that trade between {a} and {b} has nearly doubled over the past five years.",
    "A senior official described the atmosphere as constructive, while admitting that several questions remain open.",
    "Both sides agreed to involve regional organisations and development banks in the next phase of the project.",
    "The ministry said consular staff would be added in {city} to handle the growing number of applications.",
    "Parliamentary committees in {a} are expected to review the text before it can enter into force.",
    "Analysts at a research institute in {city} said the deal could serve as a model for other middle powers.",
    "The delegations also laid a wreath at a memorial and visited a port terminal built with joint financing.",
    "{person} said that a follow-up meeting on {topic2} would take place in {city2} early next year.",
    "Representatives of civil society were invited to a separate session on transparency and public consultation.",
    "The statement referred to earlier commitments made at the United Nations and in regional forums.",
    "Neither side gave figures for the cost of the programme, saying details would follow after expert talks.",
    "Officials from {b} said they hoped to conclude a separate arrangement on {topic2} before the summer recess.",
    "Journalists were briefed after the plenary session, but the bilateral meeting of ministers was closed to the press.",
    "The {office2} of {b} thanked the hosts and invited the delegation to continue the talks in {city2}.",
    "Several agencies will share data under the new arrangement, subject to national rules on privacy and security.",
    "The two governments also discussed the situation in the wider region and called for restraint by all parties.",
    "Environmental groups asked that any new infrastructure be assessed for its effect on coastal communities.",
]
HEADINGS = ["Next steps", "Regional context", "What was agreed", "Reactions at home",
            "Trade and investment", "Open questions", "Background to the talks"]
LIST_ITEMS = [
    "a joint working group on {topic}", "an exchange of liaison officers",
    "annual consultations between the foreign ministries", "a scholarship programme for young diplomats",
    "simplified visa rules for researchers", "a hotline between the crisis centres",
    "shared statistics on {topic2}", "a pilot project in {city}",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class Writer:
    """Titles and bodies for one site; ``seed`` makes each site's articles its own."""

    def __init__(self, seed: int, start: datetime | None = None):
        self.rng = random.Random(seed)
        self.moment = start or datetime(2024, 1, 8, 9, 30, tzinfo=timezone.utc)
        self.titles: set[str] = set()

    def slots(self) -> dict[str, str]:
        r = self.rng
        a, b = r.sample(COUNTRIES, 2)
        city, city2 = r.sample(CITIES, 2)
        topic, topic2 = r.sample(TOPICS, 2)
        office, office2 = r.sample(OFFICIALS, 2)
        return {"a": a, "b": b, "city": city, "city2": city2, "topic": topic, "topic2": topic2,
                "office": office, "office2": office2.lower(), "person": r.choice(PEOPLE),
                "weekday": r.choice(WEEKDAYS)}

    def title(self, slots: dict[str, str]) -> str:
        while True:
            title = self.rng.choice(TITLES).format(**slots)
            title = title[0].upper() + title[1:]
            if title not in self.titles:
                self.titles.add(title)
                return title
            slots.update(self.slots())

    def paragraph(self, slots: dict[str, str], count: int) -> str:
        sentences = self.rng.sample(SENTENCES, count)
        return " ".join(s.format(**slots) for s in sentences)

    def body(self, slots: dict[str, str], with_list: bool = False) -> list[Block]:
        r = self.rng
        blocks = [Block("p", r.choice(OPENERS).format(**slots))]
        headings = r.sample(HEADINGS, 2)
        for number in range(r.randint(4, 6)):
            if number in (2, 4) and headings:
                blocks.append(Block("h2", headings.pop()))
            blocks.append(Block("p", self.paragraph(slots, r.randint(2, 4))))
            if with_list and number == 1:
                items = r.sample(LIST_ITEMS, 3)
                blocks.append(Block("p", "The memorandum provides for:"))
                blocks.append(Block("ul", [i.format(**slots) for i in items]))
        return blocks

    def next_date(self) -> datetime:
        self.moment += timedelta(days=self.rng.randint(1, 4), hours=self.rng.randint(0, 7))
        return self.moment


# -- Russian, for the ministry's legacy-charset section ------------------------------

RU_COUNTRIES = ["Казахстаном", "Вьетнамом", "Монголией", "Арменией", "Индонезией",
                "Бразилией", "Египтом", "Малайзией", "Эфиопией", "Никарагуа", "Лаосом", "Сербией"]
RU_TOPICS = ["торгово-экономического сотрудничества", "гуманитарных связей",
             "консульского взаимодействия", "энергетической безопасности",
             "транспортных коридоров", "образовательных обменов",
             "противодействия терроризму", "продовольственной безопасности"]
RU_TITLES = [
    "О консультациях с {country} по вопросам {topic}",
    "О встрече заместителя Министра с послом в связи с развитием {topic}",
    "О переговорах с {country} в области {topic}",
    "О заседании межправительственной комиссии с {country}",
]
RU_SENTENCES = [
    "В ходе беседы состоялся обмен мнениями по актуальным вопросам двусторонней повестки дня.",
    "Стороны подтвердили взаимную заинтересованность в дальнейшем развитии {topic}.",
    "Особое внимание было уделено подготовке предстоящих контактов на высоком уровне.",
    "Обсуждались перспективы расширения договорно-правовой базы отношений с {country}.",
    "Была отмечена важность координации действий на площадке Организации Объединённых Наций.",
    "Собеседники договорились продолжить регулярные консультации по линии внешнеполитических ведомств.",
    "Затрагивались также вопросы региональной безопасности и урегулирования конфликтов.",
    "Стороны высоко оценили итоги работы совместной рабочей группы за прошедший год.",
    "Было выражено намерение активизировать межрегиональные и деловые связи.",
    "Подчёркнута необходимость укрепления правовой основы сотрудничества в сфере {topic}.",
    "Российская сторона проинформировала партнёров о подходах к проблематике многосторонней дипломатии.",
    "Беседа прошла в конструктивной и доброжелательной атмосфере.",
]


def russian_article(rng: random.Random, used: set[str]) -> tuple[str, list[Block]]:
    while True:
        slots = {"country": rng.choice(RU_COUNTRIES), "topic": rng.choice(RU_TOPICS)}
        title = rng.choice(RU_TITLES).format(**slots)
        if title not in used:
            used.add(title)
            break
    paragraphs = []
    for _ in range(rng.randint(3, 5)):
        sentences = rng.sample(RU_SENTENCES, rng.randint(2, 4))
        paragraphs.append(Block("p", " ".join(s.format(**slots) for s in sentences)))
    return title, paragraphs


def excerpt(blocks: list[Block], words: int = 28) -> str:
    first = next(b.plain for b in blocks if b.kind == "p").split()
    return " ".join(first[:words]) + ("…" if len(first) > words else "")
