public import OtklikText

/// `otklik bench text`: analyses a few hundred thousand realistic short texts on one core and
/// reports texts per second and megabytes per second.
///
/// Texts come from templates (Russian and English reviews and survey answers: praise, complaints,
/// negation, contrast, emoji, neutral facts) filled from word lists by a fixed-seed generator, so
/// every run measures the same input.
public struct TextBenchmark: Sendable {
  /// The measurement.
  public struct Result: Sendable, Hashable {
    /// Texts analysed.
    public var texts: Int
    /// Their total size in UTF-8 bytes.
    public var bytes: Int
    /// Wall time of the analysis loop, in seconds.
    public var seconds: Double
    /// How many texts got each label.
    public var labels: [SentimentLabel: Int]

    /// Texts per second.
    public var textsPerSecond: Double { seconds > 0 ? Double(texts) / seconds : 0 }
    /// Megabytes (10⁶ bytes) per second.
    public var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / seconds / 1e6 : 0 }

    /// The result as the command prints it.
    public var text: String {
      let labelText = SentimentLabel.allCases.map { "\($0.rawValue) \(labels[$0, default: 0])" }
        .joined(separator: ", ")
      return """
        texts: \(texts)  bytes: \(bytes)  mean length: \(texts == 0 ? 0 : bytes / texts) bytes
        time: \(Self.fixed(seconds, 3)) s on one core
        speed: \(Int(textsPerSecond)) texts/s  \(Self.fixed(megabytesPerSecond, 2)) MB/s
        labels: \(labelText)

        """
    }

    private static func fixed(_ value: Double, _ digits: Int) -> String {
      var scale = 1.0
      for _ in 0..<digits { scale *= 10 }
      let rounded = (value * scale).rounded() / scale
      return String(rounded)
    }
  }

  /// The analyser measured.
  public var analyzer: TextAnalyzer

  /// Creates a benchmark.
  public init(analyzer: TextAnalyzer) {
    self.analyzer = analyzer
  }

  /// Generates `count` texts and analyses each once, timing only the analysis.
  public func run(count: Int) -> Result {
    let texts = Self.texts(count: count)
    let bytes = texts.reduce(0) { $0 + $1.utf8.count }
    // Warm the token cache the way a long run would be warm.
    for text in texts.prefix(1000) { _ = analyzer.analyze(text) }
    var labels: [SentimentLabel: Int] = [:]
    let clock = ContinuousClock()
    var counts = [Int](repeating: 0, count: SentimentLabel.allCases.count)
    let elapsed = clock.measure {
      for text in texts {
        let label = analyzer.analyze(text).label
        counts[SentimentLabel.allCases.firstIndex(of: label)!] += 1
      }
    }
    for (index, label) in SentimentLabel.allCases.enumerated() { labels[label] = counts[index] }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return Result(texts: texts.count, bytes: bytes, seconds: seconds, labels: labels)
  }

  /// `count` texts from the templates, the same for the same `count`.
  public static func texts(count: Int) -> [String] {
    var generator = SplitMix(seed: 0x6F74_6B6C_696B)
    var result: [String] = []
    result.reserveCapacity(count)
    for _ in 0..<count {
      let template = templates[generator.next(below: templates.count)]
      var text = ""
      var rest = Substring(template)
      while let open = rest.firstIndex(of: "{") {
        text += rest[..<open]
        guard let close = rest[open...].firstIndex(of: "}") else { break }
        let slot = String(rest[rest.index(after: open)..<close])
        let words = fillers[slot] ?? [slot]
        text += words[generator.next(below: words.count)]
        rest = rest[rest.index(after: close)...]
      }
      text += rest
      result.append(text)
    }
    return result
  }

  private static let templates: [String] = [
    "{Ru_place} {ru_good}, {ru_staff} {ru_good_pl}!",
    "Ждали {ru_time}, {ru_staff} {ru_bad_pl}. Больше не придём",
    "Не {ru_good} и {ru_bad}, {ru_price}",
    "{Ru_place} {ru_good}, но {ru_staff} {ru_bad_pl} и ждали {ru_time}",
    "Открылись в 9, купили {ru_food}, поехали домой.",
    "Очень {ru_good} {ru_food} 👍",
    "{ru_food} так себе, {ru_price} 😡",
    "В районе не хватает {ru_need}, хотелось бы {ru_need} рядом с домом",
    "Нет",
    "затрудняюсь ответить",
    "Всё {ru_good}))) спасибо!",
    "НЕ РЕКОМЕНДУЮ, {ru_staff} {ru_bad_pl}",
    "Люблю {ru_food} и {ru_food}, хожу в {ru_place_acc} по выходным",
    "{Ru_place} немного {ru_bad}, зато {ru_food} {ru_good}",
    "Приходили с детьми в субботу, взяли {ru_food} и чай.",
    "The {en_place} was {en_good} and the {en_staff} were {en_good}!",
    "Waited {en_time} for {en_food}, {en_staff} {en_bad}. Never again :(",
    "Not {en_good} at all, {en_price}",
    "{en_food} was {en_good} but the {en_staff} were {en_bad}",
    "We ordered {en_food} at 7pm and left at 8.",
    "Really {en_good} {en_food} 😍 will come back",
    "idk",
    "Кофе {ru_good}, but the music was too loud",
  ]

  private static let fillers: [String: [String]] = [
    "Ru_place": [
      "Кафе", "Пекарня", "Столовая", "Библиотека", "Магазин", "Ресторан", "Парк", "Кофейня",
    ],
    "ru_place_acc": ["кафе", "пекарню", "столовую", "библиотеку", "парк", "кофейню"],
    "ru_good": [
      "уютно", "вкусно", "отлично", "хорошая", "замечательный", "чисто", "приятно", "норм",
      "классно",
    ],
    "ru_good_pl": ["вежливые", "приветливые", "внимательные", "милые", "быстрые"],
    "ru_bad": ["грязно", "шумно", "дорого", "невкусно", "ужасно", "тесно", "холодно"],
    "ru_bad_pl": ["хамят", "грубые", "медленные", "невнимательные", "равнодушные"],
    "ru_staff": ["официанты", "продавцы", "кассиры", "администраторы", "сотрудники", "бариста"],
    "ru_time": ["час", "40 минут", "полчаса", "целую вечность", "20 минут"],
    "ru_price": ["цены кусаются", "цены высокие", "дорого", "цены нормальные", "чек большой"],
    "ru_food": [
      "хлеб", "пирожки", "борщ", "хачапури", "кофе", "пицца", "суши", "блины", "шаурма", "выпечка",
    ],
    "ru_need": [
      "детских площадок", "скамеек", "парковки", "освещения", "кафе", "библиотеки", "велодорожек",
    ],
    "en_place": ["cafe", "bakery", "library", "restaurant", "shop", "park"],
    "en_good": ["great", "lovely", "friendly", "clean", "delicious", "nice", "amazing", "cozy"],
    "en_bad": ["rude", "slow", "dirty", "awful", "noisy", "unhelpful"],
    "en_staff": ["staff", "waiters", "cashiers", "managers"],
    "en_time": ["an hour", "40 minutes", "ages", "half an hour"],
    "en_price": ["overpriced", "too expensive", "cheap", "fair prices"],
    "en_food": ["bread", "coffee", "pizza", "soup", "pastries", "burger", "tea"],
  ]
}

/// A small, fast, seeded generator (SplitMix64) so benchmark texts are the same on every run.
struct SplitMix {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound`.
  mutating func next(below bound: Int) -> Int {
    Int(next() % UInt64(bound))
  }
}
