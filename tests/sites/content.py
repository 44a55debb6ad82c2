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


# -- Chinese, for the TRS ministry's columns -----------------------------------------

ZH_COUNTRIES = ["哈萨克斯坦", "葡萄牙", "印度尼西亚", "智利", "加纳", "挪威", "越南", "摩洛哥",
                "乌拉圭", "芬兰", "肯尼亚", "马来西亚", "爱尔兰", "秘鲁", "塞内加尔", "蒙古国"]
ZH_CITIES = ["日内瓦", "维也纳", "阿斯塔纳", "里斯本", "雅加达", "内罗毕", "奥斯陆", "河内", "拉巴特", "利马"]
ZH_TOPICS = ["经贸合作", "气候变化", "海上安全", "人文交流", "基础设施建设", "粮食安全", "数字经济",
             "领事合作", "能源转型", "卫生健康", "科技创新", "职业教育"]
ZH_PEOPLE = ["林振华", "周立群", "何文博", "宋佳宁", "陈启明"]  # the minister and vice-ministers
ZH_FOREIGN = ["阿尔瓦雷斯", "奥卡福", "汉森", "诺瓦克", "哈达德", "门萨", "特兰", "德米尔"]
ZH_TITLES = [
    "{person}同{c}外长{p}举行会谈",
    "{person}会见{c}驻诺兰大使{p}",
    "{person}出席{city}{topic}国际会议",
    "诺兰与{c}举行第{n}轮外交部间政治磋商",
    "{person}同{c}外长{p}通电话",
    "{person}就{topic}同{c}副外长{p}举行视频会晤",
]
#: the first paragraph of an item under each title of ZH_TITLES
ZH_OPENERS = [
    "{weekday}，{person}在{city}同{c}外长{p}举行会谈。双方就{topic}深入交换意见。",
    "{weekday}，{person}在外交部会见{c}驻诺兰大使{p}，双方就{topic}和共同关心的问题交换看法。",
    "{weekday}，{person}在{city}出席{topic}国际会议并发表讲话，介绍诺兰的政策主张。",
    "{weekday}，诺兰与{c}在{city}举行第{n}轮外交部间政治磋商，{person}与{c}副外长{p}共同主持。",
    "{weekday}，{person}应约同{c}外长{p}通电话，双方就{topic}交换意见。",
    "{weekday}，{person}同{c}副外长{p}举行视频会晤，双方就{topic}深入交换意见。",
]
ZH_SENTENCES = [
    "{person}表示，诺兰和{c}是好朋友、好伙伴，两国关系保持良好发展势头。",
    "{person}指出，当前国际形势复杂多变，双方应加强在联合国等多边机制中的沟通协调。",
    "{p}表示，{c}高度重视发展对诺关系，愿同诺方共同努力，推动{topic}取得更多成果。",
    "双方还就共同关心的国际和地区问题交换了看法。",
    "会谈后，双方共同签署了关于{topic}的谅解备忘录。",
    "双方同意年内举行新一轮政府间合作委员会会议，为下一步合作作出规划。",
    "{c}方感谢诺方长期以来给予的宝贵支持，表示愿继续深化在{topic2}领域的交流。",
    "会见前，{person}还参观了{city}港口和当地一所职业技术学校。",
    "双方一致认为，加强{topic2}合作符合两国和两国人民的根本利益。",
    "诺方愿同{c}方一道，落实好两国领导人达成的重要共识，推动双边关系不断迈上新台阶。",
    "{person}强调，双方应继续坚持相互尊重、平等互利的原则，妥善处理分歧。",
    "会谈在友好、坦诚的气氛中进行，持续了约两个小时。",
    "据介绍，去年两国双边贸易额同比增长百分之十二，创历史新高。",
    "两国外交部将建立定期磋商机制，每年轮流在两国首都举行会议。",
    "双方商定，尽快启动{topic2}联合工作组，并于明年上半年举行首次会议。",
    "{p}说，{c}欢迎更多诺兰企业赴{c}投资兴业，愿为此提供便利条件。",
    "双方还同意扩大留学生交流规模，支持两国高校和智库开展合作研究。",
    "{person}介绍了诺兰在{topic}方面的政策主张，{p}表示赞赏。",
]
ZH_WEEKDAYS = ["当地时间周一", "周二", "当地时间周三", "周四", "周五"]
ZH_EVENTS = ["举行大选", "发生洪灾", "宣布加入区域贸易协定", "举办国际博览会", "遭遇强烈地震",
             "与邻国签署边界协定", "主办多边峰会"]
ZH_ANSWERS = [
    "诺方注意到有关报道，正在进一步了解{c}{event}的情况，并将根据{c}方需要同{c}方保持沟通。",
    "对于{c}{event}，诺方一贯主张各方通过对话协商妥善解决分歧，维护地区和平稳定。",
    "我们相信{c}政府和人民有能力妥善处理{event}后的各项事务，继续推动国家发展进步。",
    "诺兰同{c}的友好合作关系基础牢固，我们愿同{c}方一道，推动{topic}合作不断取得新进展。",
    "关于{c}{event}的具体情况，建议你向{c}主管部门询问。诺方将继续密切关注事态发展。",
    "诺方支持{c}为{topic}所作的努力，愿继续加强在{topic2}等领域的交流与合作。",
    "诺驻{c}使馆已提醒在{c}的诺兰公民关注{event}后的当地安全形势，做好安全防范。",
    "{c}是诺兰在{topic}领域的重要伙伴，两国在{topic2}方面的合作前景广阔。",
    "诺方愿同国际社会一道，为{c}在{topic}方面的发展提供支持和帮助。",
    "{event}是{c}的内政，诺方尊重{c}人民自主选择的发展道路。",
]


def zh_slots(rng: random.Random) -> dict[str, str]:
    c = rng.choice(ZH_COUNTRIES)
    topic, topic2 = rng.sample(ZH_TOPICS, 2)
    return {"c": c, "city": rng.choice(ZH_CITIES), "topic": topic, "topic2": topic2,
            "person": rng.choice(["外交部长", "副外长"]) + rng.choice(ZH_PEOPLE),
            "p": rng.choice(ZH_FOREIGN), "n": rng.choice("三四五六七八"), "weekday": rng.choice(ZH_WEEKDAYS),
            "event": rng.choice(ZH_EVENTS)}


def chinese_article(rng: random.Random, used: set[str]) -> tuple[str, list[Block]]:
    """The title and paragraphs of a news item of the ministry (a meeting, talks, a call)."""
    while True:
        slots = zh_slots(rng)
        kind = rng.randrange(len(ZH_TITLES))
        title = ZH_TITLES[kind].format(**slots)
        if title not in used:
            used.add(title)
            break
    paragraphs = [Block("p", ZH_OPENERS[kind].format(**slots))]
    for _ in range(rng.randint(3, 5)):
        paragraphs.append(Block("p", "".join(s.format(**slots) for s in rng.sample(ZH_SENTENCES, rng.randint(2, 3)))))
    return title, paragraphs


def chinese_answer(rng: random.Random, used: set[str], spokesperson: str) -> tuple[str, list[Block]]:
    """The title and paragraphs of a spokesperson's answer to a journalist's question(s)."""
    while True:
        slots = zh_slots(rng)
        title = f"外交部发言人{spokesperson}就{slots['c']}{slots['event']}答记者问"
        if title not in used:
            used.add(title)
            break
    questions = [f"问：据报道，{slots['c']}近日{slots['event']}。诺方对此有何评论？",
                 f"问：有评论认为，此事将影响{slots['c']}与周边国家在{slots['topic']}方面的合作。诺方如何看待？",
                 f"问：{slots['c']}方表示希望诺方在{slots['topic2']}方面提供更多支持。诺方是否会作出回应？"]
    answers = rng.sample(ZH_ANSWERS, 6)
    paragraphs = []
    for number in range(rng.randint(1, 3)):
        answer = "".join(a.format(**slots) for a in answers[2 * number:2 * number + 2])
        paragraphs += [Block("p", questions[number]), Block("p", "答：" + answer)]
    return title, paragraphs
