/// The phrase banks and sentence templates ``SyntheticExport`` writes its texts from.
///
/// Written for Otklik's benchmark (nothing is taken from real reviews or from the evaluation sets):
/// Russian first, English second, some mixed; praise, complaints, negations ("не", "ни разу", "not",
/// "never"), contrast ("но", "зато", "but"), sarcasm now and then, emoji and bracket smileys, typos
/// planted in the banks ("кафэ", "ваще", "definately") plus random letter swaps added by the generator.
/// Companies, branches and people are invented.
enum SyntheticPhrases {
  /// The words that fill template slots.
  static let slots = SlotBanks([
    "food": [
      "борщ", "хачапури", "пицца", "суп дня", "салат", "блины", "сырники", "пирожки с капустой",
      "шаурма",
      "кофе", "капучино", "латте", "выпечка", "хлеб", "бородинский", "круассаны", "пастила",
      "калачи",
      "пельмени", "котлеты", "бизнес-ланч", "десерт", "чизкейк", "морс", "чай с чабрецом", "роллы",
    ],
    "staff": [
      "официанты", "продавцы", "кассиры", "администраторы", "бариста", "сотрудники", "охранники",
      "курьеры", "повара", "девочки на кассе", "менеджеры", "ребята за стойкой",
    ],
    "good": [
      "вкусно", "очень вкусно", "отлично", "уютно", "чисто", "быстро", "приятно", "душевно",
      "шикарно",
      "хорошо", "неплохо", "на высоте", "классно", "вкусна", "по-домашнему",
    ],
    "bad": [
      "невкусно", "грязно", "долго", "шумно", "дорого", "холодно", "тесно", "ужасно",
      "отвратительно",
      "пересолено", "неуютно", "так себе", "грустно", "душно",
    ],
    "staff_good": [
      "вежливые", "приветливые", "внимательные", "улыбчивые", "быстрые", "отзывчивые",
      "доброжелательные",
    ],
    "staff_bad": [
      "хамят", "грубят", "игнорируют гостей", "путают заказы", "еле шевелятся",
      "ругаются между собой",
      "не здороваются", "сидят в телефоне", "грубые",
    ],
    "time": [
      "час", "40 минут", "полчаса", "минут 50", "больше часа", "20 минут", "целую вечность",
    ],
    "price": [
      "цены кусаются", "цены адекватные", "ценник завышен", "цены как в Москве", "недорого",
      "чек вышел 2500 на двоих", "дешевле, чем в центре", "порции маленькие за такие деньги",
    ],
    "place": [
      "кафе", "кафэ", "заведение", "место", "кафе у вокзала",
    ],
    "problem": [
      "просроченный товар", "волос в тарелке", "обсчитали на кассе", "нет сдачи",
      "не работает терминал",
      "туалет закрыт", "нет детского стульчика", "музыка орёт", "воняет с кухни", "мухи",
      "не приняли карту", "перепутали заказ", "не дали чек", "отменили рейс без предупреждения",
    ],
    "district": [
      "Старом городе", "Колычёво", "Голутвине", "Щурово", "Запрудах", "Центре", "Кирпичном",
      "Бачманово",
    ],
    "need": [
      "детских площадок", "скамеек", "освещения во дворах", "нормальной столовой", "кофейни",
      "велодорожек", "библиотеки рядом", "кружков для детей", "места, где поработать с ноутбуком",
      "парковки", "общественного туалета", "тротуаров", "кинотеатра", "антикафе",
      "пешеходного перехода",
    ],
    "dish_en": [
      "soup", "pizza", "coffee", "latte", "pastries", "bread", "burger", "salad", "pancakes",
      "dumplings",
      "cheesecake", "tea",
    ],
    "good_en": [
      "great", "lovely", "amazing", "delicious", "excellent", "cozy", "nice", "fantastic", "decent",
      "definately worth it", "super tasty",
    ],
    "bad_en": [
      "awful", "cold", "bland", "overpriced", "terrible", "dirty", "disappointing", "meh", "stale",
    ],
    "staff_en": ["staff", "waiter", "waitress", "cashier", "barista", "manager", "crew"],
    "time_en": ["an hour", "45 minutes", "ages", "half an hour", "forever"],
    "emoji": [
      " 👍", " 😡", " 🙂", " ❤️", " 😍", " 🤮", " 👎", " 🔥", " 😋", " 🙃", " 😢", ")))", " :(", " :)", "!!!",
      " 🤷", " ☕", " 🍕", " 🥐",
    ],
  ])

  /// Praise (ratings 4 and 5).
  static let positive: [String] = [
    "Всё {good}, {staff} {staff_good}",
    "{food} — просто огонь, {good}",
    "Ходим сюда всей семьёй по выходным. {food} — {good}, {staff} {staff_good}",
    "Ни разу не пожалели, что зашли. Рекомендую {food}",
    "Не ожидали, что будет так {good}!",
    "Очень {good}, спасибо повару за {food}",
    "Заказывали {food} и {food}, всё свежее, {price}",
    "Лучшее место в городе, без преувеличения",
    "{staff} {staff_good}, помогли с выбором, ждали всего 5 минут",
    "Зашли после прогулки по набережной, {good} и {good}",
    "Беру тут {food} каждое утро, ни разу не было чёрствого",
    "Ваще всё понравилось, придём ещё",
    "Нет претензий, всё как всегда {good}",
    "Отмечали день рождения, {staff} {staff_good}, {food} — {good}",
    "Чистый зал, приятная музыка, {food} без нареканий",
    "Уютное {place}, рекомендую",
    "Прекрасный вид с веранды, {food} — {good}",
  ]

  /// Complaints (ratings 1 and 2).
  static let negative: [String] = [
    "Ждали {time}, {staff} {staff_bad}. Больше не придём",
    "{food} — {bad}, {staff} {staff_bad}",
    "Не рекомендую: {problem}, а {staff} {staff_bad}",
    "Не вкусно и не дёшево, {price}",
    "Никогда больше! {problem}",
    "НЕ ПРИХОДИТЕ СЮДА, {food} — {bad}",
    "Ужасное обслуживание, {staff} {staff_bad}, ждали {time}",
    "Разочарованы. {food} — {bad}, в зале {bad}",
    "{problem}, и никто даже не извинился",
    "Раньше было лучше, сейчас {bad} и {price}",
    "Персанал {staff_bad}, администратор развёл руками",
    "Не понравилось совсем: {food} — {bad}, {problem}",
    "Больше ни ногой в это {place}",
    "Деньги взяли, а {food} так и не принесли",
  ]

  /// Mixed and lukewarm (rating 3, and sometimes in between).
  static let mixed: [String] = [
    "{food} — {good}, но {staff} {staff_bad}",
    "В целом {good}, однако {problem}",
    "В зале {bad}, зато {food} — {good}",
    "Так себе. {food} норм, но ждали {time}",
    "Неплохо, но {price}",
    "Не сказать что плохо, но и не восторг",
    "{staff} {staff_good}, но {food} — {bad}",
    "Всё бы ничего, если бы не {problem}",
  ]

  /// Sarcasm: praise words for a complaint (ratings 1 and 2).
  static let sarcastic: [String] = [
    "Ну просто супер: ждали {time} и получили холодный {food}",
    "Отличный сервис: {staff} {staff_bad}, спасибо большое",
    "Браво, {problem}. Так держать!",
    "Спасибо за незабываемый вечер, {food} — {bad}",
  ]

  /// Neutral facts without sentiment.
  static let neutral: [String] = [
    "Зашли в субботу около 12, взяли {food} и {food}",
    "Работают с 8 до 22, есть парковка",
    "Был тут проездом, брал {food} навынос",
    "Оплата картой и по QR, есть меню на английском",
  ]

  /// English reviews: praise, complaints, mixed.
  static let positiveEnglish: [String] = [
    "The {dish_en} was {good_en} and the {staff_en} was super friendly!",
    "Really {good_en} {dish_en}, will come back",
    "Not bad at all, {good_en} place near the river",
    "No complaints, everything was {good_en}",
  ]

  /// English complaints.
  static let negativeEnglish: [String] = [
    "Waited {time_en} for {dish_en}, the {staff_en} was rude. Never again",
    "The {dish_en} was {bad_en} and nobody cared",
    "Not worth the money, {dish_en} was {bad_en}",
    "Terrible service, would not recommend",
  ]

  /// English mixed.
  static let mixedEnglish: [String] = [
    "{dish_en} was {good_en} but the {staff_en} ignored us",
    "Nice view, but the {dish_en} was {bad_en}",
  ]

  /// Sentences mixing both languages.
  static let mixedLanguage: [String] = [
    "Кофе {good}, but the music was too loud",
    "{food} — {good}, really {good_en}",
    "Очень долго, waited {time_en} for {dish_en} 😤",
    "Cozy place, {staff} {staff_good}",
  ]

  /// Company replies.
  static let replies: [String] = [
    "Спасибо за отзыв! Будем рады видеть вас снова",
    "Здравствуйте! Благодарим за обратную связь, информация передана управляющему",
    "Приносим извинения за ожидание. Мы уже работаем над этим",
    "Спасибо! Приятного аппетита 🍕",
    "Добрый день. Напишите нам, пожалуйста, на почту, разберёмся",
    "Нам очень жаль, что так вышло. Повар получил замечание",
    "Thank you for your feedback!",
  ]

  /// Survey: why one would or would not recommend the city's cafés.
  static let surveyWhy: [String] = [
    "Есть хорошие места, но мало", "Дорого и {bad}", "Нравится {food} в {district}",
    "Мало кафе в {district}",
    "Вкусно, но далеко от дома", "нет", "-", "затрудняюсь ответить", "Всё устраивает",
    "Не хожу в кафе",
  ]

  /// Survey: what one likes to eat and where.
  static let surveyLikes: [String] = [
    "Люблю {food}, обычно беру в пекарне у дома", "{food} и {food} в {district}",
    "Домашнюю еду, в кафе почти не хожу", "Пиццу по пятницам с детьми 🍕", "суши, шаурму",
    "Coffee and pastries, usually near the station", "не знаю", "Всё подряд)))",
    "Пастилу и калачи, привожу гостям",
  ]

  /// Survey: what the district lacks.
  static let surveyLacks: [String] = [
    "Не хватает {need}", "Хотелось бы {need} рядом с домом", "В {district} нет {need}",
    "Нет ни одного кафе, только ларёк", "Всё есть", "нет", "-", "затрудняюсь ответить",
    "Самокаты гоняют по тротуарам, нужны {need}", "{need} и {need}", "n/a",
  ]

  /// Company types and names, combined into ``companies``.
  static let companies: [String] = {
    let kinds = [
      "Кафе", "Пекарня", "Кофейня", "Пиццерия", "Столовая", "Супермаркет", "Ресторан", "Чайная",
    ]
    let names = [
      "«Ладья»", "«Сундучок»", "«Калач и крендель»", "«Зарница»", "«Пристань»", "«Берег»",
      "«Самовар»",
      "«Горница»", "«Тёплый очаг»", "«Рябинка»", "«Полдень»", "«Кладовая»",
    ]
    var result: [String] = []
    for (index, name) in names.enumerated() {
      result.append("\(kinds[index % kinds.count]) \(name)")
      result.append("\(kinds[(index * 3 + 1) % kinds.count]) \(name)")
    }
    result.append("Теплоход \"Окская заря\"")
    result.append("ООО \"Хлеб, соль и квас\"")
    return result
  }()

  /// Branches and addresses; some hold commas.
  static let branches: [String] = [
    "Старая Коломна", "Колычёво", "Голутвин", "Щурово", "ул. Октябрьской революции, 12",
    "пр. Кирова, 40",
    "ТЦ «Рига»", "Набережная", "ул. Пушкина, 5", "Запрудный", "вокзал", "",
  ]

  /// Author names as map sites show them.
  static let authors: [String] = [
    "Анна К.", "Игорь", "Ольга П.", "Max", "Гость", "Светлана Р.", "Dmitry K.", "Мария", "Павел С.",
    "Наталья", "Алексей Т.", "kolomna_fan", "Елена", "John D.", "Тимур", "Бабушка Нина", "Виктор",
  ]

  /// Survey closed-answer options.
  static let districts = [
    "Старая Коломна", "Центр", "Колычёво", "Голутвин", "Щурово", "Кирпичный", "Запрудный",
  ]
  /// Age groups.
  static let ages = ["до 18", "18–24", "25–34", "35–44", "45–59", "60+"]
  /// Genders.
  static let genders = ["Женский", "Мужской", "Предпочитаю не указывать"]
  /// Cuisines (multiple choice; two options contain commas).
  static let cuisines = [
    "Русская", "Выпечка, пироги и пастила", "Грузинская", "Итальянская (пицца, паста)", "Японская",
    "Фастфуд", "Кофе и десерты",
  ]

  /// Lines of text the stray-quote defect uses: a quote inside an unquoted field, no comma, one line.
  static let strayQuote: [String] = [
    "Заказали \"фирменный\" {food} и остались довольны",
    "Кафе \"как дома\" только по названию",
    "Взяли \"комбо\" за 450 рублей",
  ]
}
