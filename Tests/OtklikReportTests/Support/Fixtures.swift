import Foundation
import OtklikIngest
import OtklikReport
import OtklikText

/// Hand-written fixtures whose numbers the tests compute by hand.
enum Fixtures {
  static let now = Date(timeIntervalSince1970: 1_795_910_400)  // 2026-11-29T00:00:00Z

  static func metadata(
    _ language: ReportLanguage = .ru, thresholds: ReportThresholds = ReportThresholds()
  )
    -> RunMetadata
  {
    RunMetadata(
      runID: "2026-11-28-test", now: now, language: language, title: "", thresholds: thresholds)
  }

  static let catalog = TagCatalog([
    .init(id: "waiting", kind: .painPoint, ru: "Ожидание", en: "Waiting"),
    .init(id: "prices", kind: .painPoint, ru: "Цены", en: "Prices"),
    .init(id: "staff", kind: .painPoint, ru: "Персонал", en: "Staff"),
    .init(id: "recommend", kind: .praise, ru: "Рекомендуют", en: "Recommend"),
    .init(id: "playground", kind: .need, ru: "Детские площадки", en: "Playgrounds"),
    .init(id: "georgian", kind: .preference, ru: "Грузинская кухня", en: "Georgian food"),
  ])

  /// A survey schema: one segment (district) and five questions of every kind.
  static let schema = SurveySchema(
    segments: [SurveySegment(column: 1, name: "Район")],
    questions: [
      SurveyQuestion(column: 2, title: "Любимая кухня", kind: .singleChoice),
      SurveyQuestion(column: 3, title: "Чего не хватает", kind: .multipleChoice),
      SurveyQuestion(column: 4, title: "Оцените библиотеку", kind: .scale(min: 1, max: 5)),
      SurveyQuestion(column: 5, title: "Порекомендуете?", kind: .nps),
      SurveyQuestion(column: 6, title: "Что хотели бы?", kind: .open),
    ])

  static let sources = [
    ReportSource(name: "taste", kind: .survey, schema: schema),
    ReportSource(name: "reviews", kind: .reviews),
  ]

  static func origin(_ file: String, _ record: Int) -> RecordOrigin {
    RecordOrigin(file: file, record: record, line: record + 1)
  }

  static func tag(
    _ id: String, _ kind: TagKind, _ label: SentimentLabel, score: Double, words: [String] = ["w"]
  ) -> TagMatch {
    TagMatch(tagID: id, kind: kind, score: score, label: label, evidence: words, clause: 0)
  }

  static func analysis(
    _ text: String, _ label: SentimentLabel, score: Double, tags: [TagMatch] = [],
    phrases: [KeyPhrase] = []
  ) -> TextAnalysis {
    TextAnalysis(
      language: .russian, score: score, label: label,
      clauses: [ClauseAnalysis(text: text, score: score, label: label)], tags: tags,
      keyPhrases: phrases)
  }

  static func response(
    _ record: Int, district: String?, cuisine: String?, lacks: [String], rating: Double?,
    nps: Double?,
    open: (String, TextAnalysis)?
  ) -> AnalysedRecord {
    let answers: [Answer] = [
      cuisine.map { .choice($0) } ?? .empty,
      lacks.isEmpty ? .empty : .choices(lacks),
      rating.map { .number($0) } ?? .empty,
      nps.map { .number($0) } ?? .empty,
      open.map { .text($0.0) } ?? .empty,
    ]
    let response = SurveyResponse(segments: [district], answers: answers)
    let texts = open.map { [AnalysedText(field: 4, analysis: $0.1)] } ?? []
    return AnalysedRecord(
      record: Record(
        origin: origin("taste.csv", record), source: "taste", content: .survey(response)),
      texts: texts)
  }

  static func day(_ text: String) -> Date {
    let parts = text.split(separator: "-").map { Int($0)! }
    var components = DateComponents()
    (components.year, components.month, components.day) = (parts[0], parts[1], parts[2])
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar.date(from: components)!
  }

  static func review(
    _ record: Int, company: String = "Пекарня", branch: String? = nil, date: String? = nil,
    rating: Double?, text: String, author: String? = nil, reply: String? = nil,
    replyDate: String? = nil,
    analysis: TextAnalysis?
  ) -> AnalysedRecord {
    let review = Review(
      company: company, branch: branch, date: date.map(day), rating: rating, author: author,
      text: text,
      reply: reply, replyDate: replyDate.map(day))
    return AnalysedRecord(
      record: Record(
        origin: origin("reviews.csv", record), source: "reviews", content: .review(review)),
      texts: analysis.map { [AnalysedText(field: 0, analysis: $0)] } ?? [])
  }

  /// Ten survey responses. By hand:
  /// - cuisine: answered 8 (А×4, Б×3, В×1), empty 2;
  /// - lacks (multiple): X chosen by 3, Y by 2, answered 4, empty 6;
  /// - scale 1–5: 5, 4, 4, 3, 1 → mean 3.4, top-2-box 3/5;
  /// - NPS: 10, 10, 9, 8, 7, 6, 3 → promoters 3, passives 2, detractors 2, NPS +14.3;
  /// - open: 5 texts, 1 non-answer, playground in 3 (2 neg, 1 neu), georgian in 1 (pos).
  static var surveyRecords: [AnalysedRecord] {
    [
      response(
        1, district: "Центр", cuisine: "А", lacks: ["X", "Y"], rating: 5, nps: 10,
        open: (
          "Нет детских площадок, позвоните +7 (916) 123-45-67",
          analysis(
            "Нет детских площадок, позвоните +7 (916) 123-45-67", .negative, score: -0.6,
            tags: [
              tag("playground", .need, .negative, score: -0.6, words: ["детских", "площадок"])
            ],
            phrases: [KeyPhrase(key: "нов парк", text: "новый парк")])
        )),
      response(
        2, district: "Центр", cuisine: "А", lacks: ["X", "X"], rating: 4, nps: 10,
        open: (
          "Площадок мало",
          analysis(
            "Площадок мало", .negative, score: -0.3,
            tags: [tag("playground", .need, .negative, score: -0.3)],
            phrases: [KeyPhrase(key: "нов парк", text: "новых парков")])
        )),
      response(
        3, district: "Заречье", cuisine: "Б", lacks: ["X"], rating: 4, nps: 9,
        open: (
          "Люблю грузинскую кухню",
          analysis(
            "Люблю грузинскую кухню", .positive, score: 0.7,
            tags: [tag("georgian", .preference, .positive, score: 0.7)])
        )),
      response(
        4, district: "Заречье", cuisine: "Б", lacks: ["Y"], rating: 3, nps: 8,
        open: ("нет", analysis("нет", .nonAnswer, score: 0))),
      response(
        5, district: nil, cuisine: "Б", lacks: [], rating: 1, nps: 7,
        open: (
          "Площадка есть, обычная",
          analysis(
            "Площадка есть, обычная", .neutral, score: 0,
            tags: [tag("playground", .need, .neutral, score: 0)])
        )),
      response(6, district: "Центр", cuisine: "А", lacks: [], rating: nil, nps: 6, open: nil),
      response(7, district: "Заречье", cuisine: "А", lacks: [], rating: nil, nps: 3, open: nil),
      response(8, district: "Центр", cuisine: "В", lacks: [], rating: nil, nps: nil, open: nil),
      response(9, district: "Центр", cuisine: nil, lacks: [], rating: nil, nps: nil, open: nil),
      response(10, district: "Заречье", cuisine: nil, lacks: [], rating: nil, nps: nil, open: nil),
    ]
  }

  /// Six reviews of «Пекарня» and one of «Кафе». By hand, for «Пекарня»: ratings 5, 5, 4, 1, 2
  /// (N 5, mean 3.4) plus one unrated; waiting is a complaint in the reviews rated 1 and 2 (mean 1.5):
  /// without them the mean is 14/3, impact = 14/3 − 3.4 = 1.267; prices a complaint in the review rated
  /// 4: without it 13/4, impact −0.15. Staff is praise in the two 5★ reviews: without them 7/3,
  /// impact 3.4 − 7/3 = 1.067. Review 2 is 5★ with a negative text: a mismatch. "пуст полк" is a
  /// key phrase of two negative reviews (twice in one of them): an emerging complaint counted 2.
  static var reviewRecords: [AnalysedRecord] {
    [
      review(
        1, branch: "Центр", date: "2026-09-03", rating: 5, text: "Вежливый персонал, рекомендую",
        author: "Анна Петрова",
        reply: "Спасибо!", replyDate: "2026-09-04",
        analysis: analysis(
          "Вежливый персонал, рекомендую", .positive, score: 0.8,
          tags: [tag("staff", .painPoint, .positive, score: 0.8, words: ["вежливый", "персонал"])])),
      review(
        2, branch: "Центр", date: "2026-09-20", rating: 5, text: "Персонал чудесный, но ужасно всё",
        author: "Олег",
        analysis: analysis(
          "Персонал чудесный, но ужасно всё", .negative, score: -0.5,
          tags: [tag("staff", .painPoint, .positive, score: 0.5)])),
      review(
        3, branch: "Заречье", date: "2026-10-02", rating: 4, text: "Дороговато", author: nil,
        reply: "Мы снизим цены", replyDate: "2026-10-12",
        analysis: analysis(
          "Дороговато", .negative, score: -0.4,
          tags: [tag("prices", .painPoint, .negative, score: -0.4)])),
      review(
        4, branch: "Заречье", date: "2026-10-15", rating: 1,
        text: "Анна, ждали час! Пишите на anna@mail.ru", author: "Анна",
        analysis: analysis(
          "Анна, ждали час! Пишите на anna@mail.ru", .negative, score: -0.9,
          tags: [tag("waiting", .painPoint, .negative, score: -0.9, words: ["ждали", "час"])],
          phrases: [KeyPhrase(key: "пуст полк", text: "пустые полки")])),
      review(
        5, date: "2026-10-20", rating: 2, text: "Долго ждали заказ",
        analysis: analysis(
          "Долго ждали заказ", .negative, score: -0.5,
          tags: [tag("waiting", .painPoint, .negative, score: -0.5)],
          phrases: [
            KeyPhrase(key: "пуст полк", text: "пустых полок"),
            KeyPhrase(key: "пуст полк", text: "пустые полки"),
          ])),
      review(6, rating: nil, text: "", analysis: nil),
      review(
        7, company: "Кафе", date: "2026-10-01", rating: 1, text: "Отличное место!",
        analysis: analysis("Отличное место!", .positive, score: 0.9)),
    ]
  }

  static var allRecords: [AnalysedRecord] { surveyRecords + reviewRecords }

  static func aggregate(
    _ records: [AnalysedRecord], metadata: RunMetadata = Fixtures.metadata()
  ) -> ReportAggregate {
    var aggregate = ReportAggregate(sources: sources, metadata: metadata)
    for record in records { aggregate.add(record) }
    return aggregate
  }

  static func summary(_ language: ReportLanguage = .ru) -> ReportSummary {
    var aggregate = aggregate(allRecords, metadata: metadata(language))
    aggregate.add(
      FileAccounting(
        file: "taste.csv", encoding: .utf8, hadByteOrderMark: true, delimiter: 59, read: 11,
        accepted: 10, rejected: 1, bytes: 900))
    aggregate.add(
      FileAccounting(
        file: "reviews.csv", encoding: .windows1251, hadByteOrderMark: false, delimiter: 44,
        read: 7, accepted: 7, rejected: 0, bytes: 700))
    aggregate.add(
      Reject(
        origin: origin("taste.csv", 11), column: "Оценка",
        reason: "answer out of scale 1–5: 7", excerpt: "Центр;А;;7"))
    return aggregate.summary(metadata: metadata(language), catalog: catalog)
  }

  /// Центр 30 А / 10 Б, Заречье 10 А / 30 Б, Посад 2 А / 1 Б; X ticked by Центр-А and Заречье-Б.
  static func cuisineRecords() -> [AnalysedRecord] {
    var records: [AnalysedRecord] = []
    func add(_ district: String, _ cuisine: String, _ times: Int, lacks: [String] = []) {
      for _ in 0..<times {
        records.append(
          Fixtures.response(
            records.count + 1, district: district, cuisine: cuisine, lacks: lacks, rating: nil,
            nps: nil,
            open: nil))
      }
    }
    add("Центр", "А", 30, lacks: ["X"])
    add("Центр", "Б", 10)
    add("Заречье", "А", 10)
    add("Заречье", "Б", 30, lacks: ["X"])
    add("Посад", "А", 2)
    add("Посад", "Б", 1)
    return records
  }
}
