"""Japanese article content for the test sites (a ministry's press releases and the
minister's statements), built as ``content.Writer`` builds the English: phrase pools and a
seeded generator, so every site gets its own releases and every run the same ones.  Only
characters of JIS X 0208, so that a page can be written in Shift_JIS."""

from __future__ import annotations

import random

from .base import Block

#: country, its capital
KUNI = [("ケニア", "ナイロビ"), ("ポルトガル", "リスボン"), ("インドネシア", "ジャカルタ"), ("チリ", "サンティアゴ"),
        ("ガーナ", "アクラ"), ("ノルウェー", "オスロ"), ("ベトナム", "ハノイ"), ("モロッコ", "ラバト"),
        ("ウルグアイ", "モンテビデオ"), ("フィンランド", "ヘルシンキ"), ("マレーシア", "クアラルンプール"),
        ("アイルランド", "ダブリン"), ("ペルー", "リマ"), ("セネガル", "ダカール"), ("モンゴル", "ウランバートル"),
        ("ヨルダン", "アンマン")]
TOSHI = ["東京", "ジュネーブ", "ウィーン", "ニューヨーク", "シンガポール"]
BUNYA = ["経済", "海洋安全保障", "気候変動", "保健", "防災", "デジタル", "人的交流", "エネルギー", "農業",
         "インフラ整備", "教育", "科学技術"]
JIKEN = ["大規模な洪水", "大統領選挙の実施", "地震による被害", "停戦合意", "新政権の発足", "テロ事件"]
GAISHO = ["オカフォー", "ヘンリクセン", "マルケス", "ノヴァク", "ハッダード", "メンサー", "チャン", "デミル"]
DAIJIN = "高木"  # the minister
#: title, first paragraph of a release under it
KENMEI = [
    ("日・{kuni}外相会談",
     "{hi}、{daijin}外務大臣は、来日中の{gaisho}・{kuni}外務大臣との間で、約{fun}分間、日・{kuni}外相会談を"
     "行ったところ、概要は以下のとおりです。"),
    ("{daijin}外務大臣と{gaisho}・{kuni}外務大臣との電話会談",
     "{hi}、{daijin}外務大臣は、{gaisho}・{kuni}外務大臣と約{fun}分間、電話会談を行ったところ、"
     "概要は以下のとおりです。"),
    ("{kuni}に対する無償資金協力「{toshi}における{bunya}改善計画」に関する書簡の交換",
     "{hi}、{toshi}において、駐{kuni}日本国大使と{gaisho}・{kuni}外務大臣との間で、供与額{oku}億円の"
     "無償資金協力「{toshi}における{bunya}改善計画」に関する書簡の交換が行われました。"),
    ("第{kai}回日・{kuni}政策協議の開催",
     "{hi}、{toshi}において、第{kai}回日・{kuni}政策協議が開催され、{bunya}分野を中心に、二国間関係及び"
     "地域情勢について幅広く意見交換が行われました。"),
    ("{gaisho}・{kuni}外務大臣の来日",
     "{gaisho}・{kuni}外務大臣は、日本政府の招待により、来日する予定です。滞在中、{daijin}外務大臣との"
     "外相会談及びワーキング・ディナー等が行われる予定です。"),
]
BUN = [
    "冒頭、{daijin}大臣から、{gaisho}大臣の訪日を歓迎した上で、{kuni}は基本的価値を共有する重要なパートナーである旨述べました。",
    "これに対し、{gaisho}大臣から、温かい歓迎に対する謝意が表明されるとともに、{bunya}分野での協力を一層強化したい旨の発言がありました。",
    "両外相は、{bunya}を含む幅広い分野において、二国間関係を更に発展させていくことで一致しました。",
    "また、両外相は、地域情勢についても意見交換を行い、引き続き緊密に連携していくことを確認しました。",
    "我が国は、{kuni}政府の取組を支持し、今後も必要な支援を行っていく考えです。",
    "この協力は、{kuni}の{bunya2}の改善に寄与し、同国の持続的な経済成長を後押しすることが期待されます。",
    "双方は、次回の協議を{toshi2}で開催することで一致しました。",
    "さらに、{daijin}大臣から、拉致問題の早期解決に向けた理解と協力を求め、{gaisho}大臣から支持を得ました。",
    "会談後、両外相は{bunya2}分野における協力に関する覚書に署名しました。",
    "今回の協議では、政治・安全保障、経済及び人的交流の各分野について幅広く議論が行われました。",
    "日本側からは外務審議官が、{kuni}側からは外務次官補が出席しました。",
    "両国間の貿易額は過去五年間でほぼ倍増しており、今後一層の拡大が見込まれます。",
    "{daijin}大臣から、法の支配に基づく自由で開かれた国際秩序の維持・強化の重要性を指摘しました。",
    "双方は、国際連合を始めとする多国間の場においても協力していくことを確認しました。",
    "{kuni}は、我が国にとって{bunya2}分野における重要な協力相手国の一つです。",
    "本計画の実施により、{toshi}周辺の住民約百二十万人の生活環境の改善が見込まれます。",
    "{gaisho}大臣からは、我が国による長年の協力に対する謝意が改めて表明されました。",
    "両外相は、来年の外交関係樹立記念の年に向けて、各種行事を共に盛り上げていくことで一致しました。",
    "会談は、終始和やかな雰囲気の中で行われ、両国間の緊密な関係が改めて確認されました。",
    "{daijin}大臣から、{kuni}に進出する日本企業のビジネス環境の改善について要請しました。",
]
MIDASHI = ["二国間関係", "地域情勢", "国際場裡における協力", "経済関係", "今後の協力"]
#: A minister's statement (談話): its title and paragraphs.
DANWA_KENMEI = "{kuni}における{jiken}について（外務大臣談話）"
DANWA_BUN = [
    "日本政府は、{kuni}において{jiken}があったことを受け、事態の推移を重大な関心をもって注視しています。",
    "我が国は、全ての関係者に対し、最大限の自制を求めるとともに、対話を通じて平和的に問題を解決するよう強く求めます。",
    "日本政府は、犠牲となった方々とその御家族に対し、心から哀悼の意を表するとともに、負傷された方々の一日も早い回復をお祈りします。",
    "我が国としては、{kuni}の平和と安定に向けて、国際社会と連携しつつ、引き続き必要な支援を行っていく考えです。",
    "日本は、{kuni}政府及び国民の努力を支持し、{bunya}分野を含め、同国の安定と発展に貢献していきます。",
    "在留邦人の安全確保に万全を期すとともに、関係国と緊密に連携して対応していきます。",
]


def slots(rng: random.Random, day: str) -> dict[str, str]:
    kuni, toshi = rng.choice(KUNI)
    toshi2 = rng.choice(TOSHI)
    bunya, bunya2 = rng.sample(BUNYA, 2)
    return {"kuni": kuni, "toshi": toshi, "toshi2": toshi2, "bunya": bunya, "bunya2": bunya2,
            "gaisho": rng.choice(GAISHO), "daijin": DAIJIN, "fun": str(rng.choice([20, 30, 40, 45, 60])),
            "oku": str(rng.randint(8, 40)), "kai": str(rng.randint(2, 15)), "jiken": rng.choice(JIKEN), "hi": day}


def release(rng: random.Random, used: set[str], day: str, mentioned: str | None = None) -> tuple[str, list[Block]]:
    """The title and blocks of a press release (a meeting, a call, an exchange of notes);
    ``day`` is how its first sentence names its day ("3月12日"); ``mentioned``, a whole date
    of an earlier event the text names in passing."""
    while True:
        fill = slots(rng, day)
        title, opening = rng.choice(KENMEI)
        title = title.format(**fill)
        if title not in used:
            used.add(title)
            break
    blocks = [Block("p", opening.format(**fill))]
    headings = rng.sample(MIDASHI, 2)
    sentences = rng.sample(BUN, 10)
    for number in range(rng.randint(3, 4)):
        if number in (1, 3) and headings:
            blocks.append(Block("h2", headings.pop()))
        blocks.append(Block("p", "".join(s.format(**fill) for s in sentences[2 * number:2 * number + 2])))
    if mentioned:
        blocks.append(Block("p", f"なお、両国間の協力覚書は、{mentioned}に署名されたものです。"))
    return title, blocks


def statement(rng: random.Random, used: set[str]) -> tuple[str, list[Block]]:
    """The title and paragraphs of the minister's statement (外務大臣談話), numbered as
    ministries number them ("1　…")."""
    while True:
        fill = slots(rng, "")
        title = DANWA_KENMEI.format(**fill)
        if title not in used:
            used.add(title)
            break
    chosen = [DANWA_BUN[0]] + rng.sample(DANWA_BUN[1:], 3)
    return title, [Block("p", f"{n}　{s.format(**fill)}") for n, s in enumerate(chosen, start=1)]
