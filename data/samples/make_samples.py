#!/usr/bin/env python3
"""Generate Otklik's bundled sample data for Kolomna: two surveys and two review exports.

Deterministic: a fixed seed, lists only (no set or dict-order surprises), no clock, no network, standard
library only. Every phrase below was written for this project. Run from anywhere:

    python3 data/samples/make_samples.py

It rewrites taste-map.csv, emotional-map.csv, reviews-maps.csv, reviews-2gis.csv and expected.json next
to itself and prints a short summary. The planted signals are described in README.md.
"""

import datetime as dt
import json
import os
import random

SEED = 20260930
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------------------------------
# Shared helpers
# ---------------------------------------------------------------------------------------------------


class Gen:
    """A seeded random source with the few picks the generator needs."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def chance(self, p):
        return self.r.random() < p

    def pick(self, items):
        return items[self.r.randrange(len(items))]

    def weighted(self, pairs):
        total = sum(w for _, w in pairs)
        x = self.r.random() * total
        for value, w in pairs:
            x -= w
            if x < 0:
                return value
        return pairs[-1][0]

    def sample(self, items, k):
        return self.r.sample(items, k)

    def randint(self, a, b):
        return self.r.randint(a, b)

    def gauss_int(self, mean, sd, lo, hi):
        return max(lo, min(hi, int(round(self.r.gauss(mean, sd)))))


# Common misspellings and colloquial forms: (correct, [variants]). Applied word by word, rarely.
TYPOS = [
    ("вообще", ["ваще", "вобще", "вообщем"]),
    ("сейчас", ["щас", "сечас"]),
    ("очень", ["оч", "очеь", "ооочень"]),
    ("нормально", ["норм", "нармально"]),
    ("конечно", ["конешно", "канечно"]),
    ("вкусно", ["вкусна", "вкуснл"]),
    ("приходится", ["приходиться"]),
    ("пожалуйста", ["пожалуйсто", "плиз"]),
    ("что-нибудь", ["чтонибудь", "что нибудь"]),
    ("где-то", ["гдето"]),
    ("кафе", ["кафешка", "кафэ"]),
    ("хочется", ["хочеться"]),
    ("нравится", ["нравиться"]),
    ("спасибо", ["спс", "спасиб"]),
    ("сегодня", ["седня"]),
    ("ребёнком", ["ребенком", "рибенком"]),
    ("минут", ["мин", "минуд"]),
    ("вечером", ["вечерм"]),
    ("пастилу", ["постилу"]),
    ("официанта", ["афицианта"]),
    ("обслуживание", ["обслуживанние", "обслуга"]),
    ("интересно", ["интерестно"]),
    ("района", ["раёна"]),
    ("будет", ["будит"]),
]


def add_typos(g, text, p_word=0.35, max_hits=2):
    """Replace up to max_hits known words with a misspelling, each with probability p_word."""
    hits = 0
    for right, variants in TYPOS:
        if hits >= max_hits:
            break
        if right in text and g.chance(p_word):
            text = text.replace(right, g.pick(variants), 1)
            hits += 1
    return text


def roughen(g, text, p_typo=0.25, p_lower=0.2, p_nodot=0.3):
    """Make a clean sentence look typed on a phone: typos, lowercase start, a dropped final dot."""
    if g.chance(p_typo):
        text = add_typos(g, text)
    if text and g.chance(p_lower):
        text = text[0].lower() + text[1:]
    if text.endswith(".") and not text.endswith("..") and g.chance(p_nodot):
        text = text[:-1]
    if g.chance(0.04):
        text = text.replace(" ", "  ", 1)
    return text


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def low(s):
    return s[:1].lower() + s[1:] if s else s


NON_ANSWERS = ["нет", "-", "затрудняюсь ответить", "не знаю", "Нет", "—", "ничего", "Затрудняюсь ответить",
               "не знаю)", "…", "Всё есть", "нет ответа", "n/a", "no"]


def quote_field(value, delim):
    """Quote a CSV field the way spreadsheet exports do: only when it needs it, quotes doubled."""
    if value == "":
        return ""
    needs = (delim in value or '"' in value or "\n" in value or "\r" in value
             or value != value.strip())
    if needs:
        return '"' + value.replace('"', '""') + '"'
    return value


def join_row(fields, delim):
    return delim.join(quote_field(f, delim) for f in fields)


class CsvOut:
    """Collects physical lines and counts records the way a CSV reader numbers them.

    `record` is 1-based over data records (the header is record 0); `line` is the 1-based physical line
    a record starts on. Blank lines are not records.
    """

    def __init__(self, delim, newline):
        self.delim = delim
        self.nl = newline
        self.chunks = []
        self.line = 1
        self.records = 0
        self.rejects = []

    def raw(self, text, counts_as_record=True, reject_reason=None, excerpt=None):
        start = self.line
        if counts_as_record:
            self.records += 1
            if reject_reason:
                self.rejects.append({"record": self.records, "line": start, "reason": reject_reason,
                                     "excerpt": (excerpt or text)[:60]})
        self.chunks.append(text)
        self.line += text.count("\n")
        return start

    def header(self, fields):
        self.chunks.append(join_row(fields, self.delim) + self.nl)
        self.line += self.chunks[-1].count("\n")

    def row(self, fields, reject_reason=None):
        text = join_row(fields, self.delim) + self.nl
        # Embedded line breaks stay bare "\n" inside quotes, as Google's and Excel's exports write them.
        return self.raw(text, True, reject_reason, join_row(fields, self.delim))

    def blank(self):
        self.raw(self.nl, counts_as_record=False)

    def text(self):
        return "".join(self.chunks)


def month_days(year, month):
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - dt.date(year, month, 1)).days


def random_time(g, day):
    hour = g.weighted([(h, w) for h, w in zip(range(7, 24), [1, 2, 3, 3, 3, 4, 4, 3, 3, 4, 5, 6, 6, 5, 4, 3, 2])])
    return dt.datetime(day.year, day.month, day.day, hour, g.randint(0, 59), g.randint(0, 59))


def random_stamps(g, first_day, last_day, n):
    """n submission times between two dates, sorted, at plausible hours of the day."""
    days = (last_day - first_day).days
    return sorted(random_time(g, first_day + dt.timedelta(days=g.randint(0, days))) for _ in range(n))


def random_day(g, year, month, last=None):
    days = month_days(year, month)
    if last is not None and last.year == year and last.month == month:
        days = min(days, last.day)
    return dt.date(year, month, g.randint(1, days))


# ---------------------------------------------------------------------------------------------------
# 1. Taste map (Google Forms)
# ---------------------------------------------------------------------------------------------------

DISTRICTS = ["Старая Коломна", "Центр", "Колычёво", "Голутвин", "Щурово", "Кирпичный", "Запрудный"]
DISTRICT_WEIGHTS = [12, 14, 22, 16, 13, 11, 10]
OTHER_DISTRICTS = ["Бобренево", "живу в Озёрах, работаю в Коломне", "Сергиевский", "Пески"]
AGES = ["до 18", "18–24", "25–34", "35–44", "45–59", "60+"]
AGE_WEIGHTS = [6, 18, 22, 20, 18, 16]
GENDERS = [("Женский", 60), ("Мужской", 37), ("Предпочитаю не указывать", 3)]

CUISINES = ["Русская", "Выпечка, пироги и пастила", "Грузинская", "Итальянская (пицца, паста)",
            "Японская (суши, роллы)", "Узбекская", "Фастфуд", "Вегетарианская", "Кофе и десерты"]
CAFE_WISHES = ["Wi-Fi и розетки, чтобы поработать", "Детская комната или уголок", "Недорогие обеды",
               "Мероприятия, лекции, мастер-классы", "Дегустации местных продуктов",
               "Тихое место и скамейки рядом", "Летняя веранда"]
GRID_ROWS = ["Цены", "Выбор блюд", "Обслуживание"]
GRID_VALUES = ["Отлично", "Хорошо", "Удовлетворительно", "Плохо"]
TASTING_OPTIONS = ["Да, обязательно", "Скорее да", "Не знаю", "Нет"]

Q_DISTRICT = "Ваш район"
Q_AGE = "Ваш возраст"
Q_GENDER = "Ваш пол"
Q_CUISINES = "Какие кухни вы любите?"
Q_FREQ = "Как часто вы едите вне дома? (1 — почти никогда, 5 — несколько раз в неделю)"
Q_NPS = "Насколько вероятно, что вы порекомендуете кафе Коломны друзьям? (0–10)"
Q_WHY = "Почему?"
Q_GRID = "Оцените кафе города"
Q_WISHES = "Что бы вы хотели видеть в кафе рядом с домом?"
Q_TASTING = "Пришли бы вы на дегустационный вечер в библиотеке?\n(выпечка, пастила, местные производители)"
Q_LIKE = "Что вы любите есть и где?"
Q_LACK = "Чего не хватает в вашем районе?"

TASTE_HEADER = ["Отметка времени", Q_DISTRICT, Q_AGE, Q_GENDER, Q_CUISINES, Q_FREQ, Q_NPS, Q_WHY] + \
    [f"{Q_GRID} [{r}]" for r in GRID_ROWS] + [Q_WISHES, Q_TASTING, Q_WHY, Q_LIKE, Q_LACK]

DISHES = {
    "Русская": ["пельмени", "борщ", "блины со сметаной", "солянку", "котлеты с пюре", "окрошку летом"],
    "Выпечка, пироги и пастила": ["пироги с капустой", "калачи", "коломенскую пастилу", "ватрушки",
                                  "булочки с маком", "яблочную пастилу", "пирожки с картошкой"],
    "Грузинская": ["хинкали", "хачапури по-аджарски", "шашлык"],
    "Итальянская (пицца, паста)": ["пиццу", "пасту карбонару", "лазанью"],
    "Японская (суши, роллы)": ["роллы", "рамен", "суши"],
    "Узбекская": ["плов", "самсу", "лагман"],
    "Фастфуд": ["бургеры", "шаурму", "картошку фри", "наггетсы"],
    "Вегетарианская": ["фалафель", "боулы", "овощи гриль", "хумус"],
    "Кофе и десерты": ["капучино", "чизкейк", "раф", "круассаны", "эклеры"],
}
DISH_PLACES = {
    "Русская": ["в «Посадском дворе»", "дома", "в столовой у вокзала", "у мамы", "в кафе на Зайцева"],
    "Выпечка, пироги и пастила": ["в «Колосе» на Зайцева", "в «Колосе» в Колычёво", "в музее пастилы",
                                  "в пекарне у дома", "на ярмарке в кремле", "у бабушки"],
    "Грузинская": ["в грузинском кафе на Октябрьской Революции", "в «Посадском дворе»", "дома, сами лепим"],
    "Итальянская (пицца, паста)": ["в «Трёх сырах», заказываю доставку", "в пиццерии в Голутвине",
                                   "дома"],
    "Японская (суши, роллы)": ["заказываю доставку", "в суши-баре в ТЦ", "в Москве, у нас нормальных нет"],
    "Узбекская": ["в кафе у рынка", "в чайхане на Гагарина", "у друзей"],
    "Фастфуд": ["на фудкорте в ТЦ", "в шаурмичной у Голутвина", "где придётся"],
    "Вегетарианская": ["дома, в кафе почти нет", "в кофейне «Зерно и пенка»", "в Москве"],
    "Кофе и десерты": ["в «Зерне и пенке»", "в кофейне у кремля", "в «Колосе»", "в кофейне на Голутвине"],
}
DISHES_EN = {
    "Кофе и десерты": "flat white", "Итальянская (пицца, паста)": "pizza", "Японская (суши, роллы)": "ramen",
    "Фастфуд": "burgers", "Выпечка, пироги и пастила": "pastila", "Вегетарианская": "vegan bowls",
}


class Person:
    """One respondent of the taste map and the traits that drive their answers."""

    def __init__(self, g):
        self.district = g.weighted(list(zip(DISTRICTS, DISTRICT_WEIGHTS)))
        self.age = g.weighted(list(zip(AGES, AGE_WEIGHTS)))
        self.gender = g.weighted(GENDERS)
        self.young = self.age in ("до 18", "18–24") or (self.age == "25–34" and g.chance(0.35))
        self.family = self.age in ("25–34", "35–44") and g.chance(0.65) or (self.age == "45–59" and g.chance(0.15))
        self.senior = self.age == "60+" or (self.age == "45–59" and g.chance(0.2))
        self.no_cafes = self.district == "Щурово"
        self.pastry_fan = g.chance(0.55 + (0.2 if self.senior else 0) + (0.1 if self.family else 0))
        self.fem = self.gender == "Женский"


def choose_cuisines(g, p):
    probs = {
        "Русская": 0.45 + (0.3 if p.senior else 0) - (0.15 if p.young else 0),
        "Выпечка, пироги и пастила": 0.9 if p.pastry_fan else 0.15,
        "Грузинская": 0.35,
        "Итальянская (пицца, паста)": 0.3 + (0.25 if p.young else 0) + (0.15 if p.family else 0),
        "Японская (суши, роллы)": 0.15 + (0.4 if p.young else 0) - (0.1 if p.senior else 0),
        "Узбекская": 0.15,
        "Фастфуд": 0.08 + (0.45 if p.young else 0),
        "Вегетарианская": 0.07 + (0.12 if p.young else 0),
        "Кофе и десерты": 0.25 + (0.35 if p.young else 0),
    }
    chosen = [c for c in CUISINES if g.chance(max(0.02, probs[c]))]
    if not chosen:
        chosen = [g.pick(CUISINES[:2])]
    if g.chance(0.05):
        chosen.append(g.pick(["шаурма", "корейская", "всё подряд", "домашняя еда", "морепродукты, рыба"]))
    return chosen


def choose_wishes(g, p):
    probs = {
        CAFE_WISHES[0]: 0.1 + (0.65 if p.young else 0),
        CAFE_WISHES[1]: 0.05 + (0.75 if p.family else 0),
        CAFE_WISHES[2]: 0.25 + (0.6 if p.senior else 0) + (0.2 if p.no_cafes else 0),
        CAFE_WISHES[3]: 0.15 + (0.5 if p.young else 0),
        CAFE_WISHES[4]: 0.1 + (0.35 if p.pastry_fan else 0),
        CAFE_WISHES[5]: 0.05 + (0.6 if p.senior else 0),
        CAFE_WISHES[6]: 0.25,
    }
    chosen = [w for w in CAFE_WISHES if g.chance(min(0.95, probs[w]))]
    if not chosen and g.chance(0.6):
        chosen = [g.pick(CAFE_WISHES)]
    return chosen


NPS_WHY_GOOD = [
    "Кафе у нас уютные, особенно в старом городе.",
    "Вкусно и недорого, особенно пироги и пастила.",
    "Есть куда сводить гостей из Москвы, всем нравится.",
    "Люблю наши кофейни, бариста уже знают меня по имени)",
    "Старая Коломна — это атмосфера, там любое кафе хорошее!",
    "Great coffee and pastila, туристам тоже нравится.",
    "Много новых мест открылось, стало интересно.",
    "Хорошая кухня, приветливый персонал.",
]
NPS_WHY_MID = [
"Не сказать что плохо, но и не восторг.",
"Не дешево, но вкусно.",
    "В целом нормально, но дороговато.",
    "Хорошие места есть, но все в центре.",
    "Вкусно, но обслуживание медленное.",
    "Неплохо, но по вечерам шумно и негде сесть.",
    "Есть пара хороших кафе, остальные так себе.",
    "Нормально, не хуже чем в других городах.",
    "Кофе хороший, а поесть нормально негде.",
]
NPS_WHY_BAD = [
"Не понравилось ни одно место, везде одинаково.",
"Ничего особенного, кофе не вкусный, десерты магазинные.",
    "Цены как в Москве, а качество не то.",
    "Всё рассчитано на туристов, местным дорого.",
    "Обслуживание медленное, официанта не дозовёшься.",
    "Ну прям очень быстро обслуживают, всего час ждали заказ.",
    "Шумно, музыка орёт, поговорить невозможно.",
    "Не хожу, дорого.",
    "Однообразное меню, везде одно и то же.",
    "Спасибо, что хотя бы открыты до 9 вечера. Сарказм, если что",
]
NPS_WHY_SENIOR = ["Для пенсионеров дорого, чашка чая 150 рублей.", "На пенсию по кафе не походишь.",
                  "Дорого и шумно, молодёжь музыку включает громко."]
NPS_WHY_NOCAFE = ["В нашем районе вообще нет кафе, рекомендовать нечего.",
                  "В Щурово ни одного кафе, а в центр ехать на автобусе.",
                  "Какие кафе? У нас в Щурово только ларёк и магазин."]
NPS_WHY_FAMILY = ["С ребёнком некуда пойти, нет детского уголка.", "Детского меню почти нигде нет.",
                  "С коляской не зайти, ступеньки везде."]


def nps_for(g, p):
    mean = 7.0
    if p.senior:
        mean -= 1.6
    if p.no_cafes:
        mean -= 2.4
    if p.district in ("Старая Коломна", "Центр"):
        mean += 1.0
    if p.young:
        mean += 0.4
    return g.gauss_int(mean, 2.1, 0, 10)


def nps_why(g, p, nps):
    if nps >= 9:
        text = g.pick(NPS_WHY_GOOD)
    elif nps >= 7:
        text = g.pick(NPS_WHY_MID)
    else:
        pools = [NPS_WHY_BAD]
        if p.senior:
            pools += [NPS_WHY_SENIOR, NPS_WHY_SENIOR]
        if p.no_cafes:
            pools += [NPS_WHY_NOCAFE, NPS_WHY_NOCAFE, NPS_WHY_NOCAFE]
        if p.family:
            pools.append(NPS_WHY_FAMILY)
        text = g.pick(g.pick(pools))
    return roughen(g, text)


def grid_answer(g, p, row):
    base = {"Цены": 2.3, "Выбор блюд": 2.9, "Обслуживание": 2.6}[row]
    if row == "Цены" and p.senior:
        base -= 0.9
    if p.no_cafes and row == "Выбор блюд":
        base -= 1.0
    if p.district in ("Старая Коломна", "Центр"):
        base += 0.3
    score = g.gauss_int(base, 0.8, 1, 4)
    return GRID_VALUES[4 - score]


def like_answer(g, p, cuisines):
    known = [c for c in cuisines if c in DISHES]
    if not known:
        return g.pick(["Всё люблю, главное чтобы вкусно", "домашнюю еду, дома", cuisines[0]])
    c1 = g.pick(known)
    dish = g.pick(DISHES[c1])
    place = g.pick(DISH_PLACES[c1])
    if c1 in DISHES_EN and p.young and g.chance(0.12):
        return f"I love {DISHES_EN[c1]}, usually {g.pick(['at Zerno i Penka', 'delivery', 'in Moscow tbh'])}"
    templates = [
        "{D} {place}.",
        "Люблю {dish}, обычно {place}.",
        "Обожаю {dish}!!! {Place}",
        "{D}, {place}. Иногда {dish2}",
        "Больше всего люблю {dish} — {place}, но {aside}.",
        "{D} {place}, а ещё {dish2} {place2}.",
        "{D}\n{Place2} — {dish2}",
    ]
    c2 = g.pick(known)
    dish2 = g.pick(DISHES[c2])
    place2 = g.pick(DISH_PLACES[c2])
    if g.chance(0.07):
        return f"{cap(dish)}, готовлю {'сама' if p.fem else 'сам'}, в кафе дорого"
    aside = g.pick(["там бывает очередь", "цены кусаются", "не каждый день", "в центре всё дорого",
                    "летом на веранде лучше всего", "далеко ехать"])
    text = g.pick(templates).format(D=cap(dish), dish=dish, place=place, Place=cap(place), dish2=dish2,
                                    place2=place2, Place2=cap(place2), aside=aside)
    if c1 == "Выпечка, пироги и пастила" and g.chance(0.25):
        text += g.pick([" Пастила — это наше всё)", " Пироги в «Колосе» лучшие, но очередь огромная",
                        " Хочу дегустацию разных видов пастилы!"])
    return roughen(g, text)


LACK_YOUNG = [
    "Коворкинга или кафе с нормальным Wi-Fi и розетками, где можно посидеть с ноутом.",
    "Антикафе, где можно поиграть в настолки с друзьями.",
    "Мероприятий для молодёжи: квизы, open mic, кинопоказы.",
    "Куда сходить вечером, кроме ТЦ.",
    "Кофейни, которая работает после 22.",
    "Места, где можно поработать не дома, coworking короче.",
    "Событий! Лекций, встреч, хоть чего-нибудь для студентов.",
    "Нормального кафе с wifi, где не выгоняют через час.",
]
LACK_FAMILY = [
    "Детской комнаты в кафе, чтобы спокойно поесть, пока ребёнок играет.",
    "Кафе, куда можно прийти с коляской.",
    "Детского меню и игрового уголка.",
    "Семейного кафе с аниматором по выходным.",
    "Детских кружков и площадок, а в кафе — детских стульчиков.",
    "Места, где можно посидеть с детьми зимой, не только ТЦ.",
]
LACK_SENIOR = [
    "Недорогого кафе или столовой, чтобы пенсионерам было по карману.",
    "Скамеек! Присесть негде, пока дойдёшь до магазина.",
    "Лавочек во дворах и у остановок.",
    "Тихого места, где можно выпить чаю и поговорить.",
    "Скидок для пенсионеров в кафе.",
    "Недорогих комплексных обедов, как раньше в столовых.",
]
LACK_NOCAFE = [
    "Да хоть одного кафе! В Щурово вообще нет ни одного кафе.",
    "Нормального магазина и кафе, за всем ездим в город.",
    "Ничего нет, только ларёк у остановки. Кафе очень не хватает.",
    "Кафе или пекарни рядом с домом, в Щурово пусто.",
    "Места, где можно посидеть с друзьями, у нас ни одного кафе нет",
]
LACK_GENERAL = [
    "Пекарни рядом с домом, чтобы утром за свежим хлебом.",
    "Дегустаций местных продуктов, пастилы, сыров.",
    "Освещения во дворах, вечером страшно.",
    "Общественного туалета.",
    "Велодорожек и парковок для велосипедов.",
    "Хорошей кулинарии с готовой едой.",
    "Кафе ближе к дому, всё хорошее только в центре.",
    "Летних веранд и фонтанчиков с водой.",
    "Тротуаров без электросамокатов, гоняют прямо по людям.",
    "Чтобы самокаты не бросали посреди тротуара, с коляской не пройти.",
    "Не хватает порядка с самокатами: носятся, бросают где попало.",
    "Нормальной остановки с навесом, мокнем под дождём.",
    "Ничего не хватает, у нас всё хорошо, правда!",
    "Не то чтобы чего-то не хватало, но кафе не помешало бы.",
]


def lack_answer(g, p):
    pools = [LACK_GENERAL]
    if p.young:
        pools += [LACK_YOUNG] * 3
    if p.family:
        pools += [LACK_FAMILY] * 3
    if p.senior:
        pools += [LACK_SENIOR] * 3
    if p.no_cafes:
        pools += [LACK_NOCAFE] * 5
    first = g.pick(g.pick(pools))
    if g.chance(0.3):
        second = g.pick(g.pick(pools))
        if second != first:
            first = first.rstrip(".!") + g.pick([". А ещё ", ", и ещё ", ". И "]) + low(second)
    if p.young and g.chance(0.06):
        return g.pick(["More cafes with wifi please", "a place to work with laptop, nothing like that here",
                       "events for young people!"])
    return roughen(g, first)


TASTING_WHY_YES = [
    "Люблю пастилу и пироги, интересно попробовать разные.",
    "Хочу узнать про местных производителей.",
    "С детьми было бы здорово сходить.",
    "Если бесплатно — конечно)",
    "Давно мечтаю о таком вечере, в библиотеке уютно.",
    "Интересно, как делают пастилу, и поговорить с пекарями.",
]
TASTING_WHY_NO = [
    "Не ем сладкое.",
    "Нет времени по вечерам.",
    "Далеко добираться.",
    "Не люблю толпу.",
    "Смотря когда, по будням не смогу.",
]


def tasting_for(g, p):
    if p.pastry_fan:
        return g.weighted([("Да, обязательно", 45), ("Скорее да", 35), ("Не знаю", 12), ("Нет", 8)])
    return g.weighted([("Да, обязательно", 12), ("Скорее да", 28), ("Не знаю", 30), ("Нет", 30)])


def freq_for(g, p):
    mean = 2.9 + (0.8 if p.young else 0) - (1.1 if p.senior else 0) - (0.8 if p.no_cafes else 0)
    return g.gauss_int(mean, 0.9, 1, 5)


def maybe_nonanswer(g, text, p_non, p_blank):
    x = g.r.random()
    if x < p_blank:
        return ""
    if x < p_blank + p_non:
        return g.pick(NON_ANSWERS)
    return text


def make_taste_map(g):
    out = CsvOut(",", "\r\n")
    out.header(TASTE_HEADER)
    n = 346
    stamps = random_stamps(g, dt.date(2026, 9, 1), dt.date(2026, 11, 28), n)
    broken_at = {150: "ragged", 301: "ragged_short"}
    blank_after = {88}
    for i, ts in enumerate(stamps):
        p = Person(g)
        district = p.district
        if g.chance(0.012):
            district = g.pick(OTHER_DISTRICTS)
        cuisines = choose_cuisines(g, p)
        nps = nps_for(g, p)
        why1 = nps_why(g, p, nps) if g.chance(0.55) else ""
        grid = [grid_answer(g, p, r) if g.chance(0.95) else "" for r in GRID_ROWS]
        wishes = choose_wishes(g, p)
        tasting = tasting_for(g, p) if g.chance(0.97) else ""
        why2 = ""
        if tasting and g.chance(0.35):
            yes = tasting in ("Да, обязательно", "Скорее да")
            why2 = roughen(g, g.pick(TASTING_WHY_YES if yes else TASTING_WHY_NO))
        like = maybe_nonanswer(g, like_answer(g, p, cuisines), 0.07, 0.08)
        lack = maybe_nonanswer(g, lack_answer(g, p), 0.09, 0.07)
        stamp = f"{ts.day:02d}.{ts.month:02d}.{ts.year} {ts.hour}:{ts.minute:02d}:{ts.second:02d}"
        fields = [stamp, district, p.age, p.gender, ", ".join(cuisines), str(freq_for(g, p)), str(nps), why1,
                  *grid, ", ".join(wishes), tasting, why2, like, lack]
        if i == 57:
            fields[-1] = "Кружков для взрослых. Могу вести кружок вязания, мой тел. 8 903 555-44-11, Галина"
        if i == 212:
            fields[-2] = "Пироги в «Колосе», кофе в «Зерне и пенке». Пишите если что: kolomna.lena@example.ru"
        kind = broken_at.get(i)
        if kind == "ragged":
            # A hand-pasted row: the open answer lost its quotes, so its commas split it into extra fields.
            text = ",".join(quote_field(f, ",") for f in fields[:-1]) + \
                ",Кафе, коворкинга, детской площадки\r\n"
            out.raw(text, True, "wrong number of fields (18, expected 16)", text.strip())
        elif kind == "ragged_short":
            text = ",".join(quote_field(f, ",") for f in fields[:9]) + "\r\n"
            out.raw(text, True, "wrong number of fields (9, expected 16)", text.strip())
        else:
            out.row(fields)
        if i in blank_after:
            out.blank()
    return out


# ---------------------------------------------------------------------------------------------------
# 2. Emotional map (Yandex Forms, ;, Windows-1251)
# ---------------------------------------------------------------------------------------------------

E_PLACE = "Выберите место в Коломне"
E_FEEL = "Какое чувство вызывает у вас это место?"
E_FREQ = "Как часто вы там бываете? (от 1 до 5)"
E_WHY = "Почему именно это чувство?"
E_BETTER = "Что сделало бы это место лучше?"
E_AGE = "Ваш возраст"
E_DISTRICT = "Ваш район"
EMO_HEADER = ["ID", "Время создания", E_PLACE, E_FEEL, E_FREQ, E_WHY, E_BETTER, E_AGE, E_DISTRICT]

FEELINGS = ["радость", "спокойствие", "гордость", "восхищение", "ностальгия", "грусть", "тревога", "скука",
            "раздражение"]

# place -> (weight, feeling weights, reasons per feeling, improvements)
PLACES = [
    ("Коломенский кремль", 18,
     {"гордость": 35, "восхищение": 25, "радость": 20, "спокойствие": 12, "раздражение": 8},
     {"гордость": ["Это история города, сюда привозим всех гостей.", "Стены XVI века, это наше всё.",
                   "Горжусь, что живу рядом с таким местом."],
      "восхищение": ["Очень красиво, особенно на закате.", "Соборы, башни, брусчатка — как в кино."],
      "радость": ["Гуляем там по выходным всей семьёй.", "Ярмарки, пастила, музыка на улице.",
                  "Там всегда праздник, особенно в День города.", "Фотографирую там каждый сезон."],
      "спокойствие": ["Тихие улочки, можно долго бродить.", "Утром там никого, только колокола."],
      "раздражение": ["Туристы толпами, автобусы, не пройти.", "Все кафе для туристов и дорого."]},
     ["Больше лавочек в тени.", "Общественный туалет, хотя бы один нормальный.",
      "Недорогое кафе для местных, не только для туристов.", "Экскурсии для своих, бесплатные по будням.",
      "Меньше машин на улочках."]),
    ("Набережная Москвы-реки", 15,
     {"спокойствие": 40, "радость": 20, "тревога": 18, "грусть": 10, "восхищение": 12},
     {"спокойствие": ["Вода успокаивает, люблю гулять вдоль реки.", "Можно посидеть и подумать."],
      "радость": ["Летом там хорошо, катаемся на велосипедах.", "Видно теплоход, красиво."],
      "тревога": ["Вечером темно, фонари не горят, страшно идти.", "Компании пьют по вечерам, неуютно.",
                  "Электросамокаты носятся по набережной, страшно с ребёнком.",
                  "Самокатчики гоняют, чуть не сбили бабушку."],
      "грусть": ["Всё заросло, набережная недоделанная.", "Раньше было живее."],
      "восхищение": ["Вид на кремль с воды — лучший в городе."]},
     ["Освещение вечером!", "Лавочки и урны.", "Прокат лодок и кафе у воды.", "Убрать самокаты с пешеходной части.",
      "Чтобы теплоход ходил чаще и о нём знали.", "Дорожку для велосипедов."]),
    ("Мемориальный парк", 12,
     {"гордость": 25, "грусть": 25, "спокойствие": 20, "тревога": 20, "скука": 10},
     {"гордость": ["Память о наших героях.", "Вечный огонь, приходим 9 мая."],
      "грусть": ["Место памяти, всегда грустно.", "Парк запущен, жалко."],
      "спокойствие": ["Тенистые аллеи, мало людей."],
      "тревога": ["Темно, пусто, не по себе вечером.", "Сломанные фонари и кусты, ходить страшно."],
      "скука": ["Там нечего делать, просто деревья."]},
     ["Освещение и ремонт дорожек.", "Скамейки, много скамеек.", "Экскурсии про историю мемориала.",
      "Камеры и патруль по вечерам."]),
    ("Пятницкие ворота", 10,
     {"гордость": 30, "восхищение": 30, "радость": 20, "ностальгия": 20},
     {"гордость": ["Единственные сохранившиеся ворота кремля, это символ."],
      "восхищение": ["Величественно, особенно зимой со снегом."],
      "радость": ["Встречаемся там с друзьями, точка сбора."],
      "ностальгия": ["В детстве бегали туда с бабушкой."]},
     ["Подсветка вечером.", "Меньше рекламных растяжек рядом.", "Табличка с историей на английском тоже."]),
    ("Центральная библиотека", 12,
     {"спокойствие": 45, "радость": 25, "ностальгия": 15, "скука": 15},
     {"спокойствие": ["Тихо, можно почитать и подумать.", "Мой островок тишины в городе.",
                      "Библиотекари добрые, всегда подскажут.", "Можно просто посидеть в тепле, никто не гонит."],
      "радость": ["Хожу на лекции и встречи, там хорошие люди.", "Ребёнок ходит в кружок, ему нравится.",
                  "Был на вечере краеведения, очень душевно.", "Клуб настольных игр по субботам — лучшее!"],
      "ностальгия": ["Ходила туда школьницей, всё так же уютно."],
      "скука": ["Честно говоря, скучновато, одни книги.", "Для подростков там нечего делать."]},
     ["Работать подольше, до 21 хотя бы.", "Кофе-точку или автомат с кофе.", "Больше мероприятий для подростков.",
      "Wi-Fi побыстрее и розетки у столов.", "Дегустации и встречи с местными мастерами.",
      "Коворкинг для студентов."]),
    ("Парк Мира", 10,
     {"скука": 35, "спокойствие": 30, "радость": 20, "грусть": 15},
     {"скука": ["Нечего делать, аттракционов нет.", "Пусто, просто дорожки.",
                "Подросткам там вообще нечем заняться.", "Всё одинаковое, ни кафе, ни событий."],
      "спокойствие": ["Гуляю с собакой каждый день."],
      "радость": ["Детская площадка новая, дети довольны."],
      "грусть": ["Раньше там было кафе, закрыли."]},
     ["Кафе или хотя бы киоск с кофе.", "Мероприятия по выходным.", "Прокат самокатов и велосипедов.",
      "Туалет и лавочки."]),
    ("Вокзал Голутвин", 9,
     {"тревога": 35, "раздражение": 35, "скука": 15, "грусть": 15},
     {"тревога": ["Много непонятных людей, вечером страшно.", "Темно и толпа."],
      "раздражение": ["Грязно, лужи, таксисты пристают.", "Электрички опаздывают, сесть негде.",
                      "Самокаты брошены у входа, не пройти.", "Туалет платный и закрыт."],
      "скука": ["Ждёшь электричку и смотреть не на что."],
      "грусть": ["Серо и неуютно, встречает гостей так себе."]},
     ["Навес от дождя и лавочки.", "Нормальное кафе, где можно подождать.", "Чистота и освещение.",
      "Понятное расписание автобусов."]),
    ("Музей пастилы", 8,
     {"радость": 45, "восхищение": 25, "ностальгия": 20, "гордость": 10},
     {"радость": ["Вкусно и весело, детям очень нравится.", "Чаепитие с пастилой — лучшее в городе."],
      "восхищение": ["Как будто попадаешь в XIX век."],
      "ностальгия": ["Запах как у бабушки на кухне."],
      "гордость": ["Наша коломенская пастила, её знают везде."]},
     ["Билеты подешевле для местных.", "Больше мест, вечно всё занято.",
      "Мастер-классы для взрослых по выходным."]),
    ("Двор у дома", 6,
     {"скука": 30, "раздражение": 30, "спокойствие": 20, "грусть": 20},
     {"скука": ["Ничего нет, только парковка.", "Гулять негде."],
      "раздражение": ["Машины на газонах, детям негде играть."],
      "спокойствие": ["Тихий двор, соседи хорошие."],
      "грусть": ["Старые качели, всё облезло."]},
     ["Лавочки и клумбы.", "Детская площадка.", "Освещение.", "Кафе или пекарня рядом, в Щурово вообще ничего нет."]),
]


def make_emotional_map(g):
    out = CsvOut(";", "\r\n")
    out.header(EMO_HEADER)
    n = 236
    stamps = random_stamps(g, dt.date(2026, 10, 1), dt.date(2026, 11, 27), n)
    next_id = 1874402113
    for i, ts in enumerate(stamps):
        next_id += g.randint(3, 400)
        place = g.weighted([(pl, pl[1]) for pl in PLACES])
        name, _, feels, reasons, betters = place
        age = g.weighted(list(zip(AGES, AGE_WEIGHTS)))
        district = g.weighted(list(zip(DISTRICTS, DISTRICT_WEIGHTS)))
        if name == "Двор у дома" and g.chance(0.5):
            district = "Щурово"
        feeling = g.weighted(list(feels.items()))
        if g.chance(0.03):
            feeling = g.pick(["ностальгия и немного грусть", "сложно сказать", "любовь"])
        why = g.pick(reasons.get(feeling, ["Сложно объяснить."]))
        if age in ("до 18", "18–24") and name == "Центральная библиотека" and g.chance(0.5):
            feeling = "скука"
            why = g.pick(reasons["скука"])
        why = maybe_nonanswer(g, roughen(g, why), 0.06, 0.08)
        better = g.pick(betters)
        if age == "60+" and g.chance(0.4):
            better = g.pick(["Скамейки, чтобы можно было отдохнуть.", "Недорогое кафе рядом.", better])
        if age in ("до 18", "18–24") and g.chance(0.35):
            better = g.pick(["Мероприятия для молодёжи.", "Wi-Fi и место, где можно посидеть с ноутбуком.", better])
        if g.chance(0.15):
            extra = g.pick(betters)
            if extra != better:
                better = better.rstrip(".!") + "; " + low(extra)
        better = maybe_nonanswer(g, roughen(g, better), 0.08, 0.1)
        if i == 120:
            why = 'Там "живая" история;\nкаждый камень что-то помнит'
        freq = str(g.gauss_int(3.2 if name not in ("Музей пастилы", "Вокзал Голутвин") else 2.0, 1.0, 1, 5))
        stamp = ts.strftime("%Y-%m-%d %H:%M:%S")
        fields = [str(next_id), stamp, name, feeling, freq, why, better, age, district]
        if i == 97:
            # A row cut short when it was pasted between files.
            text = ";".join(quote_field(f, ";") for f in fields[:5]) + "\r\n"
            out.raw(text, True, "wrong number of fields (5, expected 9)", text.strip())
        elif i == 181:
            # An unquoted ';' inside an answer splits it into an extra field.
            text = ";".join(quote_field(f, ";") for f in fields[:5]) + \
                ";Красиво; но грязно;Убрать мусор;" + age + ";" + district + "\r\n"
            out.raw(text, True, "wrong number of fields (10, expected 9)", text.strip())
        else:
            out.row(fields)
        if i == 160:
            out.blank()
    return out


# ---------------------------------------------------------------------------------------------------
# 3. Partner reviews
# ---------------------------------------------------------------------------------------------------

MONTHS = [(2026, m) for m in range(3, 12)]  # 2026-03 .. 2026-11
LAST_DAY = dt.date(2026, 11, 28)

CAFE = "Кафе «Посадский двор»"
COFFEE = "Кофейня «Зерно и пенка»"
BAKERY = "Пекарня «Колос»"
CRUISE = "Речные прогулки «Две реки»"
SHOP = "Супермаркет «Берёзка»"
PIZZA = "Пиццерия «Три сыра»"
TAXI = "Такси «Коломна-Экспресс»"

BRANCHES = {
    CAFE: [("Старая Коломна", "ул. Лажечникова, 14")],
    COFFEE: [("Центр", "ул. Октябрьской Революции, 186")],
    BAKERY: [("Старая Коломна", "ул. Зайцева, 9"), ("Колычёво", "пр. Кирова, 52")],
    CRUISE: [("Старая Коломна", "причал у Бобреневского моста")],
    SHOP: [("Голутвин", "ул. Октябрьской Революции, 361"), ("Щурово", "ул. Спирина, 3")],
    PIZZA: [("Голутвин", "ул. Малышева, 20")],
    TAXI: [("Центр", "ул. Гагарина, 7")],
}

# Monthly volumes (Mar..Nov) and the share of reviews carrying the company's main complaint.
VOLUME = {
    CAFE: [6, 7, 8, 10, 11, 11, 9, 8, 8],
    COFFEE: [7, 7, 8, 8, 8, 8, 8, 9, 26],
    BAKERY: [8, 8, 9, 9, 9, 10, 12, 14, 16],
    CRUISE: [1, 2, 7, 11, 13, 12, 9, 4, 1],
    SHOP: [8, 8, 8, 9, 9, 9, 10, 10, 11],
    PIZZA: [7, 7, 7, 8, 8, 8, 9, 10, 11],
}
PAIN_SHARE = {
    CAFE: [0.30, 0.30, 0.35, 0.40, 0.45, 0.45, 0.40, 0.40, 0.42],
    COFFEE: [0.10, 0.08, 0.10, 0.10, 0.12, 0.10, 0.10, 0.11, 0.80],
    BAKERY: [0.10, 0.10, 0.12, 0.15, 0.20, 0.25, 0.42, 0.55, 0.68],
    CRUISE: [0.50, 0.50, 0.45, 0.45, 0.45, 0.50, 0.60, 0.65, 0.70],
    SHOP: [0.30, 0.30, 0.32, 0.35, 0.35, 0.38, 0.42, 0.45, 0.48],
    PIZZA: [0.20, 0.20, 0.20, 0.22, 0.22, 0.25, 0.38, 0.48, 0.55],
}

# Complaint aspects per company: (aspect, weight by month index or constant, phrases).
PAINS = {
    CAFE: [
        ("noise", 1.0, [
            "Очень шумно, музыка орёт так, что собеседника не слышно.",
            "В субботу был банкет, крики, тосты в микрофон — поужинать спокойно не вышло.",
            "Шумно, акустика ужасная, голова разболелась.",
            "Музыку сделайте потише, пожалуйста, невозможно разговаривать.",
            "Too loud, we couldn't hear each other.",
            "Посадили рядом с колонкой, просили убавить — не убавили.",
        ]),
        ("slow", 1.2, [
            "Ждали заказ 50 минут, официанта не дозовёшься.",
            "Обслуживание медленное: меню принесли через 15 минут, счёт несли ещё 20.",
            "Ну прям очень быстро, всего час ждали горячее.",
            "Официантов двое на весь зал, все бегают, никто не подходит.",
            "Суп принесли холодным и только после напоминания.",
            "Service is very slow, 40 minutes for a salad.",
            "Не дождались десерта, ушли. Официантка сказала «ну вас много, а я одна».",
            "Час ждали горячее, напоминали три раза, не извинились.",
        ]),
    ],
    COFFEE: [
        ("space", 1.0, [
            "Тесно, мест мало, с ноутбуком не сесть.",
            "Розеток почти нет, а Wi-Fi пропадает.",
            "В выходные не протолкнуться, очередь к бариста на улицу.",
        ]),
    ],
    BAKERY: [
        ("queue", 1.4, [
            "Один продавец на всю очередь, стоишь по 20 минут за батоном.",
            "Очередь до дверей, касса одна, вторую так и не открыли.",
            "Продавщица и печёт, и продаёт, и полы моет. Людей явно не хватает.",
            "Стоишь по 20 минут, а потом оказывается, что пирогов уже нет.",
            "Утром перед работой зайти невозможно — очередь, продавец одна.",
            "Персонала не хватает катастрофически, девушка не успевает, все злые.",
            "Очередь на улице под дождём, серьёзно? Наймите уже второго продавца.",
            "Long queue, only one person working.",
            "Не понимаю, почему нельзя поставить ещё одного человека на кассу. Очередь каждый день.",
            "Опять одна девушка на смене, очередь на 15 человек, все нервничают.",
            "Вкусно, но стоять по 20–25 минут каждое утро я больше не готова.",
            "Девушка за прилавком не успевает: и кофе варит, и пироги греет, и считает.",
        ]),
        ("sold_out", 0.6, [
            "К шести вечера уже ничего нет, полки пустые.",
            "Пастилу разобрали к обеду, приходите завтра — говорят.",
        ]),
    ],
    CRUISE: [
        ("unknown", 1.8, [
            "Никто не знает про теплоход, мы узнали случайно от знакомых.",
            "Рекламы нигде нет, сайта нормального нет, расписание только на бумажке у причала.",
            "Жаль, что про прогулки почти никто не знает, в городе ни одной афиши.",
            "Искали в интернете расписание — ничего, пришлось звонить.",
            "Nobody in town seems to know this boat exists.",
            "Живу в Коломне 20 лет и не знала, что у нас есть речные прогулки!",
            "Билеты только на причале, онлайн не купить, информации ноль.",
            "Почему об этом никто не рассказывает? В соцсетях группы нет, афиш нет.",
        ]),
        ("empty", 1.0, [
            "Теплоход полупустой, на борту было человек шесть.",
            "Плыли почти одни, в буфете ничего не работало из-за малого числа людей.",
            "Рейс отменили, потому что не набралось пассажиров, предупредили за 10 минут.",
        ]),
        ("outdated", 1.2, [
            "Экскурсовод читает по бумажке, монотонно, половину не слышно.",
            "Микрофон хрипит, текст экскурсии как из девяностых.",
            "Теплоход старый, краска облезла, сиденья скрипят.",
            "Экскурсия скучная, одни даты, дети уснули.",
            "Гид читает по бумажке и путает даты, стыдно перед гостями.",
            "Экскурсовод не отвечает на вопросы, не знает ничего, кроме своего листочка.",
            "Программа не менялась лет десять, детям неинтересно.",
        ]),
    ],
    SHOP: [
        ("rude", 1.2, [
            "Кассир нахамила, швырнула сдачу.",
            "Кассирша закатила глаза и сказала «не нравится — идите в другой».",
            "Персонал грубый, на вопрос где молоко ответили «ищите сами».",
            "На кассе хамят, охранник ходит по пятам.",
            "Rude cashier, never again.",
            "На замечание про ценник ответили: «не нравится — не покупайте». Хамство.",
            "Кассир разговаривает по телефону и не смотрит на покупателя.",
        ]),
        ("price", [0.5, 0.55, 0.6, 0.7, 0.8, 0.9, 1.1, 1.3, 1.5], [
            "Цены на полке одни, на кассе другие. Каждый раз.",
            "Цены растут каждую неделю, дорого для магазина у дома.",
            "Ценники не совпадают, пришлось спорить на кассе.",
            "Дорого! В соседнем городе то же самое на 20% дешевле.",
            "Опять подняли цены, молоко уже не по карману пенсионерам.",
            "Акционные ценники висят, а на кассе пробивают без скидки.",
        ]),
        ("expired", 0.5, [
            "Продали просроченный творог, дата перебита.",
            "Овощи вялые, хлеб чёрствый.",
        ]),
    ],
    PIZZA: [
        ("late", 1.4, [
            "Обещали доставку за 40 минут, привезли через 2 часа.",
            "Доставка опоздала на полтора часа, в поддержку не дозвониться.",
            "Курьер заблудился, звонил три раза, в итоге час сорок.",
            "Ну спасибо, ждали всего-то два часа, очень быстро.",
            "Delivery was 90 minutes late.",
            "Снова опоздание, уже третий раз за месяц. Куда вы смотрите?",
            "Ждали доставку весь вечер, приехала к десяти, дети уже спали.",
        ]),
        ("cold", 1.2, [
            "Пицца приехала холодная, сыр застыл.",
            "Холодная пицца и размокшая коробка.",
            "Пицца ледяная, как будто её везли через всю область.",
            "Пицца не горячая и не вкусная, тесто резиновое.",
            "Спасибо за холодную пиццу, всегда мечтал.",
        ]),
        ("wrong", 0.5, [
            "Перепутали заказ: вместо \"Маргариты\" привезли с грибами.",
            "Забыли соус и напиток, хотя всё оплачено.",
        ]),
    ],
}

# November at the coffee house: a new owner, new prices, new staff. A sudden burst of complaints.
COFFEE_SPIKE = [
    "После смены владельца кофе стал кислый и горелый. Очень жаль.",
    "Подняли цены почти в полтора раза, капучино теперь 320 рублей!!",
    "Новый бариста хамит, на просьбу переделать закатил глаза.",
    "Убрали Wi-Fi и розетки, теперь поработать нельзя. Зачем?",
    "Было любимое место, стало просто дорогое и невкусное. Верните старую команду!",
    "Десерты теперь привозные, сухие. Раньше пекли сами.",
    "Terrible coffee since November, new owners ruined it.",
    "Ждала раф 25 минут, бариста один и тот — стажёр.",
    "Кофе уже не тот. Совсем не тот.",
    "@zerno_i_penka верните старое меню и цены!",
    "Всё испортили. Не рекомендую больше.",
]

PRAISE = {
    CAFE: [
        "Очень уютно, интерьер под старину, вид на кремль.",
        "Вкусные пироги и борщ, порции большие.",
        "Атмосфера чудесная, как в гостях у бабушки.",
        "Пельмени ручной лепки — просто огонь.",
        "Медовуха и блины отличные, приводим сюда всех гостей.",
        "Cozy place, great food, friendly staff.",
    ],
    COFFEE: [
        "Лучший кофе в городе, бариста знают своё дело.",
        "Уютно, хороший Wi-Fi, можно поработать пару часов.",
        "Чизкейк и раф — моя любовь.",
        "Приветливые ребята, всегда с улыбкой.",
        "Great flat white, nice place to work.",
        "Совсем не дорого для такого качества, и десерты не приторные.",
        "Розетки у каждого столика, студентам рай.",
        "Круассаны свежие, кофе ароматный.",
    ],
    BAKERY: [
        "Выпечка очень вкусная, пироги с капустой как домашние.",
        "Хлеб свежий, всегда тёплый с утра.",
        "Пастила — лучшая в городе, берём гостям в подарок.",
        "Калачи и ватрушки — объедение, цены нормальные.",
        "Ни разу не попался чёрствый хлеб, всё с пылу с жару.",
        "Пироги не хуже бабушкиных, а это многое значит.",
        "Булочки с маком — любовь с детства <3",
        "Пахнет так, что невозможно пройти мимо.",
        "Best pastila in Kolomna!",
    ],
    CRUISE: [
        "Виды на кремль и Оку потрясающие.",
        "Очень спокойно, отдыхаешь душой, и недорого.",
        "Капитан душевный, рассказывал про реку лучше экскурсовода.",
        "Детям понравилось, особенно шлюз и чайки.",
        "Beautiful views of the river and the kremlin.",
    ],
    SHOP: [
        "Рядом с домом, удобно.",
        "Овощи свежие, выбор неплохой.",
        "Кассир Ольга всегда вежливая, спасибо ей.",
        "Парковка удобная, работают до 23.",
    ],
    PIZZA: [
        "Тесто тонкое, начинки много, очень вкусно.",
        "Акция 2+1 выручает, когда гости.",
        "Пепперони — лучшая в Коломне.",
        "Courier was fast and polite, pizza hot.",
        "Привезли горячую и даже раньше срока.",
    ],
}

OPENERS = {
    CAFE: ["Были с друзьями в пятницу.", "Отмечали день рождения.", "Зашли после прогулки по кремлю.",
           "Обедали с коллегами."],
    COFFEE: ["Хожу сюда почти каждый день.", "Заходим перед работой.", "Просидели тут с ноутбуком полдня."],
    BAKERY: ["Беру тут хлеб каждое утро.", "Зашли за пирогами к чаю.", "Покупаем пастилу гостям."],
    CRUISE: ["Катались в субботу всей семьёй.", "Взяли билеты на вечерний рейс.", "Возили гостей из Москвы."],
    SHOP: ["Хожу сюда, потому что рядом.", "Забегаю после работы.", "Магазин у дома."],
    PIZZA: ["Заказывали доставку в пятницу вечером.", "Брали на день рождения сына три пиццы.",
            "Заказ через сайт."],
}
CLOSERS_NEG = ["Больше не приду.", "Не рекомендую.", "Очень жаль.", "Разочарованы.", "Исправляйтесь!",
               "Поставлю пока так, надеюсь исправятся.", "Позор.", "Ужас 😡", "😤"]
CLOSERS_POS = ["Рекомендую!", "Спасибо!", "Придём ещё 😊", "Всем советую 👍", "Молодцы!", "❤️",
               "10 из 10", "Лучшие)))", "🔥🔥🔥"]
SHORT_POS = ["+100500", "=) вкусно", "Супер!", "норм", "👍👍", "<3 <3 <3", "Good", "+1 к отзывам выше"]
SHORT_NEG = ["-", "Ужас", "👎", "Фу.", "-1, не советую", "=( больше не пойду", "<b>НЕ СОВЕТУЮ</b>"]
CONTRAST = ["Но", "Зато", "Хотя", "При этом"]
# Praise that would contradict the complaint it is paired with in one review (fast delivery vs late).
NOT_WITH_COMPLAINT = ["Courier was fast and polite, pizza hot.", "Привезли горячую и даже раньше срока.",
                      "Приветливые ребята, всегда с улыбкой.", "Кассир Ольга всегда вежливая, спасибо ей."]


def praise_beside_complaint(g, company):
    return g.pick([p for p in PRAISE[company] if p not in NOT_WITH_COMPLAINT])


def joined(g, russian_connectors, phrase):
    """A connector and a phrase, in English when the phrase is English."""
    if phrase[:1].isascii():
        return g.pick(["But", "Though"]) + " " + low(phrase)
    return g.pick(russian_connectors) + " " + low(phrase)

REPLY_RATE = {CAFE: 0.65, COFFEE: 0.4, BAKERY: 0.3, CRUISE: 0.0, SHOP: 0.55, PIZZA: 0.45, TAXI: 0.0}
REPLIES_NEG = {
    CAFE: ["Спасибо за отзыв! Нам очень жаль, что пришлось долго ждать. В выходные у нас много гостей, "
           "мы расширяем штат официантов.",
           "Добрый день! Приносим извинения. Работаем над скоростью обслуживания, а банкеты теперь "
           "проводим только во втором зале, чтобы в основном было тише.",
           "Здравствуйте. Передали ваши замечания управляющему, будем рады видеть вас снова."],
    COFFEE: ["Спасибо, что пишете! Мы поговорили с командой.", "Нам жаль, что вам не понравилось. Ждём вас снова."],
    BAKERY: ["Приносим извинения за очередь. Мы ищем продавцов! Если знаете, кто хочет у нас работать, "
             "пишите на kadry@kolos-kolomna.example",
             "Спасибо за терпение. Сейчас очень не хватает сотрудников, открыта вакансия продавца-кассира.",
             "Простите нас! Вторая касса заработает, как только найдём человека."],
    SHOP: ["Здравствуйте! Благодарим за обратную связь. Информация передана управляющему магазина.",
           "Здравствуйте! Благодарим за обратную связь. Информация передана управляющему магазина."],
    PIZZA: ["Извините за задержку, в дождь курьеров не хватает. Дарим промокод на следующий заказ!",
            "Нам очень жаль. Напишите нам в личные сообщения, вернём деньги за холодную пиццу."],
}
REPLIES_POS = {
    CAFE: ["Спасибо за тёплые слова! Ждём вас снова 😊", "Благодарим! Приходите ещё."],
    COFFEE: ["Спасибо! ☕", "Рады, что вам понравилось!"],
    BAKERY: ["Спасибо! Рады стараться 🥐"],
    SHOP: ["Благодарим за отзыв!"],
    PIZZA: ["Спасибо! Приятного аппетита 🍕"],
}

AUTHORS = ["Анна К.", "Ирина", "Дмитрий П.", "Ольга С.", "Сергей", "Екатерина М.", "Алексей В.", "Наталья",
           "Марина Л.", "Владимир", "Татьяна Г.", "Андрей", "Юлия Н.", "Михаил Б.", "Елена", "Светлана Р.",
           "Павел", "Людмила Ивановна", "Кирилл", "Мария", "Артём С.", "Галина П.", "Никита", "Dmitry K.",
           "Olga", "Anastasia", "Пользователь", "Аноним", "Виктор Степанович", "Ксюша", "Лена_К", "Max",
           "Валентина", "Роман Т.", "Игорь", "Оксана Ф."]

PII_TEXTS = [
    (BAKERY, 9, "Если нужны продавцы — моя дочь ищет работу, звоните +7 915 482-17-09. Очередь же невозможная."),
    (PIZZA, 8, "До вас не дозвониться! Перезвоните мне 8-916-555-33-21, заказ так и не привезли."),
    (SHOP, 10, "Хочу вернуть деньги за просрочку, напишите мне на marina.petrova84@example.ru, на кассе послали."),
    (CAFE, 7, "Хотим банкет на 30 человек, свяжитесь: ivanov.s@example.com или 89035554411. Но музыку потише!"),
]


# Texts a spreadsheet could take for a formula, or a browser for markup: the writers must defuse them.
HOSTILE_TEXTS = [
    (SHOP, 6, 1, "<b>НЕ СОВЕТУЮ</b> этот магазин, кассиры хамят"),
    (COFFEE, 5, 5, "=) вкусно и уютно"),
    (PIZZA, 9, 1, "-1, не советую: холодная пицца <script>alert(1)</script>"),
    (BAKERY, 7, 5, "+100500 за пироги с капустой!"),
    (CAFE, 8, 5, "@posadsky_dvor спасибо за вечер, всё было вкусно"),
]


class ReviewRow:
    """One generated review before it is written to a file."""

    def __init__(self, company, branch, address, when, rating, author, text, reply, reply_date, negative):
        self.company = company
        self.branch = branch
        self.address = address
        self.when = when
        self.rating = rating
        self.author = author
        self.text = text
        self.reply = reply
        self.reply_date = reply_date
        self.negative = negative
        self.planted = ""


def rating_for(g, kind):
    if kind == "neg":
        return g.weighted([(1, 40), (2, 30), (3, 22), (4, 8)])
    if kind == "mixed":
        return g.weighted([(2, 20), (3, 45), (4, 35)])
    return g.weighted([(5, 72), (4, 25), (3, 3)])


def pick_pain_phrases(g, company, month_index):
    aspects = PAINS[company]
    def weight(a):
        return a[1][month_index] if isinstance(a[1], list) else a[1]
    first = g.weighted([(a, weight(a)) for a in aspects])
    phrases = [g.pick(first[2])]
    if company == CRUISE and month_index >= 6:
        # Late season: half-empty boats dominate.
        phrases = [g.pick(PAINS[CRUISE][1][2])] + phrases
    if g.chance(0.3):
        other = g.pick(aspects)
        extra = g.pick(other[2])
        if extra not in phrases:
            phrases.append(extra)
    return phrases


def compose(g, parts, multiline):
    sep = "\n" if multiline else " "
    return sep.join(p for p in parts if p)


def angry(g, text):
    if g.chance(0.12):
        words = text.split(" ")
        k = g.randint(0, max(0, len(words) - 1))
        words[k] = words[k].upper()
        text = " ".join(words)
    if g.chance(0.15):
        text = text.rstrip(".") + "!!!"
    return text


def review_text(g, company, month_index, kind):
    multiline = g.chance(0.1)
    parts = []
    if company in OPENERS and g.chance(0.35):
        parts.append(g.pick(OPENERS[company]))
    if kind == "neg":
        if company == COFFEE and month_index == 8:
            parts += g.sample(COFFEE_SPIKE, g.randint(1, 2))
        else:
            parts += pick_pain_phrases(g, company, month_index)
        if g.chance(0.25) and not (company == COFFEE and month_index == 8):
            parts.append(joined(g, CONTRAST, praise_beside_complaint(g, company)))
        if g.chance(0.4):
            parts.append(g.pick(CLOSERS_NEG))
        text = angry(g, compose(g, parts, multiline))
    elif kind == "mixed":
        parts.append(praise_beside_complaint(g, company))
        pain = pick_pain_phrases(g, company, month_index)[0] if company != COFFEE or month_index < 8 \
            else g.pick(COFFEE_SPIKE)
        parts.append(joined(g, ["Но", "Однако", "Только вот", "Но есть минус:"], pain))
        text = compose(g, parts, multiline)
    else:
        parts += g.sample(PRAISE[company], g.randint(1, 2))
        if g.chance(0.45):
            parts.append(g.pick(CLOSERS_POS))
        text = compose(g, parts, multiline)
    return roughen(g, text, p_typo=0.3, p_lower=0.15, p_nodot=0.25)


def make_reply(g, company, negative, when):
    if g.r.random() >= REPLY_RATE[company]:
        return "", None
    if company == COFFEE and when.month == 11:
        if not g.chance(0.1):
            return "", None
    pool = REPLIES_NEG.get(company, []) if negative else REPLIES_POS.get(company, [])
    if not pool:
        return "", None
    text = g.pick(pool)
    if company == BAKERY and negative and when.month < 9:
        text = "Спасибо за отзыв, разберёмся."
    delay = g.weighted([(0, 10), (1, 25), (2, 20), (3, 15), (5, 10), (8, 8), (14, 7), (30, 5)])
    reply_date = when.date() + dt.timedelta(days=delay)
    if reply_date > LAST_DAY:
        reply_date = LAST_DAY
    return text, reply_date


def generate_reviews(g):
    rows = []
    for company, volumes in VOLUME.items():
        for mi, ((year, month), count) in enumerate(zip(MONTHS, volumes)):
            # Exact counts per month keep the planted trends visible at these small volumes.
            n_neg = round(PAIN_SHARE[company][mi] * count)
            n_mixed = min(count - n_neg, round(0.15 * count))
            kinds = ["neg"] * n_neg + ["mixed"] * n_mixed + ["pos"] * (count - n_neg - n_mixed)
            g.r.shuffle(kinds)
            for kind in kinds:
                branch, address = g.pick(BRANCHES[company])
                if company == BAKERY:
                    # The Kolychevo branch is the one short of staff.
                    branch, address = BRANCHES[BAKERY][1 if g.chance(0.65 if kind == "neg" else 0.4) else 0]
                day = random_day(g, year, month, LAST_DAY)
                when = random_time(g, day)
                rating = rating_for(g, kind)
                text = review_text(g, company, mi, kind)
                if g.chance(0.05):
                    text = ""  # rating only
                elif g.chance(0.035):
                    text = g.pick(SHORT_NEG if kind == "neg" else SHORT_POS)
                negative = kind == "neg" or (kind == "mixed" and rating <= 3)
                reply, reply_date = make_reply(g, company, negative, when)
                rows.append(ReviewRow(company, branch, address, when, rating, g.pick(AUTHORS), text, reply,
                                      reply_date, kind == "neg"))
    # The taxi company: too little data to say anything.
    for (month, rating, text) in [(4, 2, "Машину ждали 25 минут, водитель курил в салоне."),
                                  (7, 5, "Быстро и недорого, водитель вежливый."),
                                  (10, 4, "")]:
        day = random_day(g, 2026, month)
        rows.append(ReviewRow(TAXI, "Центр", "ул. Гагарина, 7", random_time(g, day), rating, g.pick(AUTHORS),
                              text, "", None, rating <= 2))
    rows.sort(key=lambda r: (r.when, r.company))

    # Planted mismatches: 5 stars over a negative text, 1 star over a positive one.
    plant_5_on_neg = {CAFE: 1, PIZZA: 2, BAKERY: 1, SHOP: 1, CRUISE: 1}
    plant_1_on_pos = {BAKERY: 1, COFFEE: 1, CAFE: 1, PIZZA: 1}
    for company, k in plant_5_on_neg.items():
        cands = [r for r in rows if r.company == company and r.negative and r.text and r.rating <= 2]
        for r in g.sample(cands, k):
            r.rating = 5
            r.planted = "5 stars, negative text"
    for company, k in plant_1_on_pos.items():
        cands = [r for r in rows if r.company == company and not r.negative and r.text and r.rating == 5
                 and r.when.month < 11]
        for r in g.sample(cands, k):
            r.rating = 1
            r.planted = "1 star, positive text"
    # Personal data in a few texts.
    for company, month, text in PII_TEXTS:
        cands = [r for r in rows if r.company == company and r.when.month == month and r.text and not r.planted]
        r = g.pick(cands)
        r.text = text
        r.negative = True
        r.rating = min(r.rating, 2)
        r.planted = "personal data"
    for company, month, rating, text in HOSTILE_TEXTS:
        cands = [r for r in rows if r.company == company and r.when.month == month and not r.planted]
        r = g.pick(cands)
        r.text, r.rating, r.negative = text, rating, rating <= 2
        r.planted = "formula-like or markup text"
    return rows


def fmt_iso(d):
    return d.strftime("%Y-%m-%d")


def stars(n):
    return "★" * n + "☆" * (5 - n)


MAPS_HEADER = ["ID отзыва", "Компания", "Филиал", "Адрес", "Дата", "Оценка", "Автор", "Текст отзыва",
               "Ответ компании", "Дата ответа"]
GIS_HEADER = ["Организация", "Дата отзыва", "Рейтинг", "Имя", "Отзыв", "Ответ организации"]


def write_reviews(g, rows):
    maps = CsvOut(",", "\n")
    maps.header(MAPS_HEADER)
    gis = CsvOut(";", "\r\n")
    gis.header(GIS_HEADER)
    maps_rows, gis_rows = [], []
    for r in rows:
        (maps_rows if g.chance(0.56) else gis_rows).append(r)
    # Guarantee each file at least one review of the taxi company (3 in all, "too little data").
    stats = {"maps": [], "2gis": []}
    rid = 40211
    for i, r in enumerate(maps_rows):
        rid += g.randint(1, 37)
        fields = [f"ym-{rid}", r.company, r.branch, r.address, fmt_iso(r.when), str(r.rating), r.author, r.text,
                  r.reply, fmt_iso(r.reply_date) if r.reply_date else ""]
        if g.chance(0.15):
            fields[4] = r.when.strftime("%Y-%m-%dT%H:%M:%S")
        if i == 97:
            fields[5] = "7"
            maps.row(fields, "rating 7 out of range 1-5")
            stats["maps"].append(("bad", r))
            continue
        if i == 203:
            # Pasted by hand: the text lost its quotes, so its commas add fields.
            text = ",".join(quote_field(f, ",") for f in fields[:7]) + \
                ",Вкусно, быстро, недорого, но тесно,,\n"
            maps.raw(text, True, "wrong number of fields (13, expected 10)", text.strip())
            stats["maps"].append(("bad", r))
            continue
        maps.row(fields)
        stats["maps"].append(("ok", r))
        if i == 150:
            maps.blank()
    for i, r in enumerate(gis_rows):
        style = g.weighted([("comma", 60), ("stars", 25), ("plain", 15)])
        rating = {"comma": f"{r.rating},0", "stars": stars(r.rating), "plain": str(r.rating)}[style]
        date = r.when.strftime("%d.%m.%Y")
        fields = [r.company, date, rating, r.author, r.text, r.reply]
        if i == 77:
            fields[1] = "вчера"
            gis.row(fields, "unparseable date 'вчера'")
            stats["2gis"].append(("bad", r))
            continue
        if i == len(gis_rows) - 1:
            # The export was cut off inside a quoted text: the quote never closes.
            text = ";".join(quote_field(f, ";") for f in fields[:4]) + \
                ';"Всё было нормально, но в последний раз\nпришлось ждать, написал в поддержку и'
            gis.raw(text, True, "unterminated quote at end of file", text)
            stats["2gis"].append(("bad", r))
            continue
        gis.row(fields)
        stats["2gis"].append(("ok", r))
        if i == 60:
            gis.blank()
    return maps, gis, stats


# ---------------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------------


def write(name, data, encoding, bom=False):
    path = os.path.join(HERE, name)
    raw = data.encode(encoding)
    if bom:
        raw = b"\xef\xbb\xbf" + raw
    with open(path, "wb") as f:
        f.write(raw)
    return len(raw)


def main():
    g = Gen(SEED)
    taste = make_taste_map(g)
    emo = make_emotional_map(g)
    rows = generate_reviews(g)
    maps, gis, stats = write_reviews(g, rows)

    write("taste-map.csv", taste.text(), "utf-8")
    write("emotional-map.csv", emo.text(), "cp1251")
    write("reviews-maps.csv", maps.text(), "utf-8", bom=True)
    write("reviews-2gis.csv", gis.text(), "utf-8")

    def file_entry(name, out, encoding, delim, bom, newline):
        return {"file": name, "encoding": encoding, "byteOrderMark": bom, "delimiter": delim,
                "lineEnd": newline, "records": out.records, "accepted": out.records - len(out.rejects),
                "rejected": len(out.rejects), "rejects": out.rejects}

    per_company = {}
    for file_key in ("maps", "2gis"):
        for status, r in stats[file_key]:
            if status != "ok":
                continue
            c = per_company.setdefault(r.company, {"reviews": 0, "months": {}, "planted": {}})
            c["reviews"] += 1
            m = r.when.strftime("%Y-%m")
            c["months"][m] = c["months"].get(m, 0) + 1
            if r.planted:
                c["planted"][r.planted] = c["planted"].get(r.planted, 0) + 1
    expected = {
        "about": "What make_samples.py wrote: records per file (header excluded, blank lines not counted), "
                 "the rows meant to be rejected (record is 1-based over data records, line is the 1-based "
                 "physical line the record starts on), and accepted reviews per company and month.",
        "seed": SEED,
        "files": [
            file_entry("taste-map.csv", taste, "utf-8", ",", False, "CRLF"),
            file_entry("emotional-map.csv", emo, "windows-1251", ";", False, "CRLF"),
            file_entry("reviews-maps.csv", maps, "utf-8", ",", True, "LF"),
            file_entry("reviews-2gis.csv", gis, "utf-8", ";", False, "CRLF"),
        ],
        "companies": {k: {"reviews": v["reviews"], "months": dict(sorted(v["months"].items())),
                          "planted": dict(sorted(v["planted"].items()))}
                      for k, v in sorted(per_company.items())},
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")
    for fe in expected["files"]:
        print(f"{fe['file']}: {fe['records']} records, {fe['rejected']} to reject")
    for k, v in expected["companies"].items():
        print(f"  {k}: {v['reviews']} reviews")


if __name__ == "__main__":
    main()
