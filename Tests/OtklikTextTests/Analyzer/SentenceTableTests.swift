import OtklikText
import Testing

/// What a sentence must come out as.
enum Expected: Sendable, CustomStringConvertible {
  case pos, neg
  /// `neu` or `none`: no opinion either way.
  case neutral
  case nonAnswer

  func accepts(_ label: SentimentLabel) -> Bool {
    switch self {
    case .pos: label == .positive
    case .neg: label == .negative
    case .neutral: label == .neutral || label == .none
    case .nonAnswer: label == .nonAnswer
    }
  }

  var description: String {
    switch self {
    case .pos: "pos"
    case .neg: "neg"
    case .neutral: "neu/none"
    case .nonAnswer: "non_answer"
    }
  }
}

/// Hand-written sentences with the label they must get; each rule has sentences that would fail
/// without it (the comment on each group says how).
@Suite struct SentenceTableTests {
  static let table: [(String, Expected)] = [
    // Plain polarity, Russian: lemmas match inflected forms through the stemmer.
    ("Очень вкусно и уютно", .pos),
    ("Официанты вежливые и приветливые", .pos),
    ("Ужасное обслуживание", .neg),
    ("Грязно и шумно", .neg),
    ("Персонал хамит", .neg),
    ("Всё понравилось", .pos),
    ("Отличная пекарня", .pos),
    ("Кофе холодный и невкусный", .neg),
    ("Хороший магазин, рекомендую", .pos),
    ("Плохая связь", .neg),
    ("Любим это кафе", .pos),
    ("Спасибо за вкусный ужин", .pos),
    ("Грубые продавцы и грязные полы", .neg),
    ("Медленно и дорого", .neg),
    // Plain polarity, English.
    ("The coffee was delicious", .pos),
    ("Great bakery, friendly staff", .pos),
    ("Terrible service", .neg),
    ("The tables were dirty and the waiter was rude", .neg),
    ("I love this place", .pos),
    ("Awful experience", .neg),
    ("Nice and cozy", .pos),
    ("We were disappointed", .neg),
    ("I recommend the soup", .pos),
    ("Slow and expensive", .neg),
    // Negation flips and damps (without it these keep their word's sign).
    ("Не вкусно", .neg),
    ("Не понравилось", .neg),
    ("Совсем не понравилось", .neg),
    ("Было не плохо", .pos),
    ("Персонал не хамит", .pos),
    ("Официанты не вежливые", .neg),
    ("Мне не нравится этот магазин", .neg),
    ("Нет вкусной еды", .neg),
    ("Без хамства", .pos),
    ("The food was not good", .neg),
    ("I don't like it", .neg),
    ("Not happy with the service", .neg),
    ("It wasn't bad", .pos),
    ("The staff isn't rude", .pos),
    ("Never disappointed", .pos),
    ("I do not recommend it", .neg),
    // Negative concord: "ни"/"никаких" agree with "не" instead of cancelling it.
    ("Не было никаких проблем", .pos),
    ("Ни разу не пожалели", .pos),
    // A postposed "нет" flips the word before it when it ends the clause.
    ("Проблем нет", .pos),
    ("Претензий нет.", .pos),
    ("Вкусной еды нет", .neg),
    // "без" reaches one word only: the complaint after it stays a complaint.
    ("Остались без связи из-за обмана", .neg),
    // Contrast: the clause after weighs more (without it the first clause wins these).
    ("Еда отличная, но обслуживание плохое", .neg),
    ("Обслуживание плохое, но еда отличная", .pos),
    ("Интерьер отличный, а вот еда плохая", .neg),
    ("Вкусно, однако грязно", .neg),
    ("Вкусно, но грязно", .neg),
    ("Грязновато, зато очень вкусно", .pos),
    ("Грубо, зато вкусно и дешево", .pos),
    ("The food was great but the service was bad", .neg),
    ("The staff were rude, but the food was excellent", .pos),
    ("Nice place, however the waiters were rude", .neg),
    // Concession: the clause a "хотя"/"although" opens weighs less.
    ("Хотя еда отличная, обслуживание ужасное", .neg),
    ("Although the food was great, the service was awful", .neg),
    ("Хотя было грязно, еда отличная", .pos),
    // Idioms whose meaning is not the sum of their words.
    ("Так себе", .neg),
    ("Кухня так себе", .neg),
    ("Не очень", .neg),
    ("Не очень вкусно", .neg),
    ("Не очень хорошо", .neg),
    ("Нет проблем", .pos),
    ("Без проблем", .pos),
    ("Ничего страшного", .pos),
    ("Не то чтобы плохо", .pos),
    ("Могло быть и лучше", .neg),
    ("Обслуживание на высоте", .pos),
    ("Чистота оставляет желать лучшего", .neg),
    ("Ничего особенного", .neg),
    ("Not bad", .pos),
    ("Not bad at all", .pos),
    ("No problem", .pos),
    ("Could be better", .neg),
    ("So-so", .neg),
    ("Highly recommend", .pos),
    ("A waste of money", .neg),
    ("Wi-Fi не работает", .neg),
    ("Не дозвониться до поддержки", .neg),
    // Non-answers are whole-text judgments.
    ("нет", .nonAnswer),
    ("Нет.", .nonAnswer),
    ("-", .nonAnswer),
    ("—", .nonAnswer),
    ("???", .nonAnswer),
    ("Не знаю", .nonAnswer),
    ("не знаю.", .nonAnswer),
    ("Затрудняюсь ответить", .nonAnswer),
    ("Нечего сказать", .nonAnswer),
    ("Без комментариев", .nonAnswer),
    ("Всё равно", .nonAnswer),
    ("n/a", .nonAnswer),
    ("N/A", .nonAnswer),
    ("No comment", .nonAnswer),
    ("idk", .nonAnswer),
    ("I don't know", .nonAnswer),
    // ...but only whole texts: these say something.
    ("Нет парковки", .neg),  // a lack stated: a complaint
    ("Не знаю, что сказать, всё ужасно", .neg),
    ("Нет, мне всё понравилось", .pos),
    // Mixed languages: each word is stemmed by its own alphabet.
    ("Кофе отличный, but the music was terrible", .neg),
    ("Очень cozy место", .pos),
    ("Персонал friendly и вежливый", .pos),
    ("Delivery ужасная", .neg),
    ("The pelmeni were вкусные", .pos),
    ("Staff хамит", .neg),
    // Emoji and emoticons are tokens with valence, not negated.
    ("👍", .pos),
    ("👎", .neg),
    ("😡😡😡", .neg),
    ("Пришли в 9 👍", .pos),
    ("Опять очередь (((", .neg),
    ("Опять очередь((", .neg),
    ("Всё понравилось)))", .pos),
    ("Спасибо :)", .pos),
    ("Again :(", .neg),
    ("👍🏽", .pos),
    ("❤️", .pos),
    ("❤", .pos),
    ("Кофе остыл 😢", .neg),
    ("Дело не пошло :(", .neg),
    ("Ждём вас (с детьми) в субботу", .neutral),
    // Emoticons that start with a letter or with "=" eyes are tokens too (without it they fall
    // apart into letters or vanish), matched without case; laughter, like them, is not negated.
    ("Where are my keys =/", .neg),
    ("Finally home =D", .pos),
    ("T_T", .neg),
    ("o_O what happened", .neg),
    ("O_o", .neg),
    ("Kept my old phone, can never leave it lol", .pos),
    // Capitals and exclamation amplify what is there; they add nothing to a neutral text.
    ("ОТЛИЧНО!!!", .pos),
    ("УЖАСНО", .neg),
    ("Мы пришли в 9!!!", .neutral),
    ("ОТКРЫЛИСЬ В 9", .neutral),
    // Neutral, factual texts stay neutral.
    ("Открылись в 9, купили хлеб", .neutral),
    ("Магазин работает с 8 до 22", .neutral),
    ("Мы пришли в субботу и заказали суп.", .neutral),
    ("Библиотека находится на улице Ленина", .neutral),
    ("Заказ привезли в 14:30", .neutral),
    ("Ходим в парк по выходным", .neutral),
    ("Хотелось бы больше скамеек в сквере", .neutral),
    ("В районе не хватает детских площадок", .neutral),
    ("Беру кофе с собой по дороге на работу", .neutral),
    ("Рядом с домом есть остановка автобуса", .neutral),
    ("We arrived at 7 and ordered soup.", .neutral),
    ("The library opens at 10 on Saturdays.", .neutral),
    ("Tickets cost 300 rubles.", .neutral),
    ("Read more at https://example.com/good-great-excellent", .neutral),
    ("@best_cafe_ever ждём ответа", .neutral),
    ("RT @user: открылись в 9", .neutral),
    // Questions: asking about a quality is not judging it.
    ("Где можно купить хороший хлеб?", .neutral),
    ("Есть ли рядом хорошая пекарня?", .neutral),
    ("Is there a good bakery nearby?", .neutral),
    ("Подскажите часы работы?", .neutral),
    // ...but a complaint put as a question is still a complaint.
    ("Почему так медленно?", .neg),
    ("Why so slow?", .neg),
    // ...and a question with an emoji or emoticon in it states a feeling (damped, it is neutral).
    ("Did you see our new café 👍?", .pos),
    // One weak positive word is not enough to leave neutral (a weak complaint is, by design:
    // the negative threshold is lower, since reports rank pain points).
    ("Терпимо", .neutral),
    ("В целом терпимо.", .neutral),
    // ...but a weak word with more evidence is.
    ("Кафе нормальное, персонал вежливый", .pos),
    ("Терпимо, и персонал вежливый", .pos),
    ("Очередь и хамство", .neg),
    // Longer reviews.
    ("Были в субботу с детьми. Пицца вкусная, официанты приветливые, придём ещё!", .pos),
    ("Ждали час, официанты хамят, суп холодный. Больше не придём.", .neg),
    ("Место уютное и чистое, цены нормальные.", .pos),
    ("Заказали доставку в 19:00, привезли в 21:00, всё холодное и невкусное", .neg),
    ("Хорошее место, но очень шумно и грязно", .neg),
    ("Шумно, зато вкусно и уютно", .pos),
    ("Great coffee, friendly staff, will come back!", .pos),
    ("The pizza was cold and the waiter was rude. Never again.", .neg),
    ("Good food but terribly slow service", .neg),
    ("Not the best, not the worst", .neutral),
    ("Обманули с ценой, не рекомендую", .neg),
    ("Рекомендую всем!", .pos),
    ("Не рекомендую", .neg),
    ("I would not recommend this cafe", .neg),
    ("Ёлки, как вкусно!", .pos),
    ("Персонал не очень приветливый", .neg),
    ("Не слишком вежливые официанты", .neg),
    // Service formulas (a support reply's politeness) judge nothing.
    ("Спасибо за обращение, постараемся помочь", .neutral),
    ("Thanks for reaching out, happy to help", .neutral),
    // "nobody" negates; "can't believe" is surprise, not denial.
    ("Nobody likes the new menu", .neg),
    ("I can't believe how good this cake is", .pos),
    // Advice against buying stays negative under its negator; a negated comparative of delight.
    ("Don't waste your time on this place", .neg),
    ("I couldn't be happier with this cafe", .pos),
    // An intensifier that is also a sentiment word scores its own valence when it modifies nothing.
    ("What a pretty dress", .pos),
    ("Damn!", .neg),
    ("Pretty much the same", .neutral),
    ("Pretty good", .pos),
    // ...only at the end of its words or after a determiner: before an unknown adjective it is
    // still an intensifier.
    ("She looked pretty.", .pos),
    ("Pretty early start on Monday", .neutral),
    // A letter and a colon is a label, not a frown.
    ("Plan D: we meet at noon", .neutral),
    // A negation of purpose ("чтобы не") leaves an unwanted thing unwanted.
    ("Сделайте что-нибудь, чтобы не было очередей", .neg),
  ]

  @Test func tableHasAtLeast150Sentences() {
    #expect(Self.table.count >= 150)
  }

  @Test(arguments: table)
  func sentenceGetsItsLabel(text: String, expected: Expected) {
    let analysis = AnalyzerFixture.analyzer.analyze(text)
    #expect(
      expected.accepts(analysis.label),
      "\(text) → \(analysis.label.rawValue) \(analysis.score); expected \(expected)")
  }
}
