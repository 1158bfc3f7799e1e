import Foundation
import OtklikBrief
import OtklikReport
import OtklikText

/// The checked-in data files and hand-written fixture inputs the brief tests share.
enum BriefTestData {
  /// The repository's `data/` folder.
  static let dataFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("data")

  static func text(_ name: String) throws -> String {
    try String(contentsOf: dataFolder.appendingPathComponent(name), encoding: .utf8)
  }

  /// The real taxonomy as a catalogue.
  static func catalog() throws -> TagCatalog {
    let taxonomy = try Taxonomy(yaml: try text("taxonomy.yaml"), file: "taxonomy.yaml")
    return TagCatalog(
      taxonomy.tags.map {
        TagCatalog.Entry(id: $0.id, kind: $0.kind, ru: $0.labels.ru, en: $0.labels.en)
      })
  }

  /// The shipped resources and ideas, checked against the real taxonomy.
  static func shipped() throws -> (LibraryResources, PartnershipIdeas) {
    let tags = try catalog()
    let resources = try LibraryResources(
      yaml: try text("resources.yaml"), file: "resources.yaml", tags: tags)
    let ideas = try PartnershipIdeas(
      yaml: try text("partnership-ideas.yaml"), file: "partnership-ideas.yaml",
      resources: resources, tags: tags)
    return (resources, ideas)
  }

  // MARK: - Fixture facts

  static func quote(_ text: String, line: Int, rating: Double) -> CompanyFacts.Quote {
    CompanyFacts.Quote(text: text, file: "reviews-maps.csv", line: line, rating: rating)
  }

  /// A bakery whose reviews are dominated by staff shortage: 24 of 60 texts (40 %), rated 1.9 against
  /// 4.5 for the rest (impact 1.023 on a mean of 3.477).
  static let bakeryShortOfStaff = CompanyFacts(
    name: "Пекарня «Колос»", reviews: 62, withText: 60, ratedReviews: 61, meanRating: 3.477,
    negativeShare: 0.45,
    months: [
      .init(month: "2026-09", reviews: 14, meanRating: 4.1, negativeShare: 0.3),
      .init(month: "2026-10", reviews: 20, meanRating: 3.6, negativeShare: 0.5),
      .init(month: "2026-11", reviews: 28, meanRating: 3.2, negativeShare: 0.6071),
    ],
    painPoints: [
      .init(
        tag: "staff_shortage",
        label: LocalizedText(ru: "Нехватка персонала и найм", en: "Staff shortage and hiring"),
        count: 24, share: 0.4, meanRating: 1.9, impact: 1.023,
        quotes: [
          quote("Один продавец на всю очередь, стоишь по 20 минут", line: 41, rating: 2),
          quote("Продавщица одна, не успевает", line: 57, rating: 1),
          quote("Опять одна касса", line: 88, rating: 2),
        ]),
      .init(
        tag: "service_speed",
        label: LocalizedText(
          ru: "Скорость обслуживания и очереди", en: "Speed of service and queues"),
        count: 18, share: 0.3, meanRating: 2.2, impact: 0.523,
        quotes: [quote("Очередь до двери", line: 63, rating: 2)]),
    ],
    praise: [
      .init(
        tag: "food_quality",
        label: LocalizedText(ru: "Качество и вкус еды", en: "Food quality and taste"),
        count: 30, share: 0.5, meanRating: 4.6, impact: 0.4,
        quotes: [quote("Пастила лучшая в городе", line: 12, rating: 5)])
    ],
    districts: [.init(name: "Колычёво", reviews: 35), .init(name: "Старая Коломна", reviews: 25)],
    replied: 9, replyRate: 0.1452)

  /// A taxi with three reviews: too few for a proposal.
  static let taxiWithThreeReviews = CompanyFacts(
    name: "Такси «Коломна-Экспресс»", reviews: 3, withText: 3, ratedReviews: 3, meanRating: 2.667,
    negativeShare: 0.6667,
    painPoints: [
      .init(
        tag: "service_speed",
        label: LocalizedText(
          ru: "Скорость обслуживания и очереди", en: "Speed of service and queues"),
        count: 2, share: 0.6667, meanRating: 1.5, impact: 2.333)
    ])

  /// A shop whose only complaint is about card payment, which no idea answers.
  static let shopWithPaymentTrouble = CompanyFacts(
    name: "Магазин «Угол»", reviews: 40, withText: 38, ratedReviews: 40, meanRating: 4.1,
    negativeShare: 0.2,
    painPoints: [
      .init(
        tag: "payment", label: LocalizedText(ru: "Оплата", en: "Payment"), count: 8, share: 0.2105,
        meanRating: 2, impact: 0.6)
    ])

  static func districtGroups(_ cells: [(String, Int, Int)]) -> [CommunitySignal.Group] {
    cells.map {
      CommunitySignal.Group(
        segment: "Ваш район", dimension: .district, value: $0.0, count: $0.1, base: $0.2,
        share: Double($0.1) / Double($0.2))
    }
  }

  /// What the taste map says, in small numbers.
  static let community: [CommunitySignal] = [
    CommunitySignal(
      tag: "events_festivals", label: LocalizedText("Мероприятия, лекции, мастер-классы"),
      source: "taste-map",
      question: "Что бы вы хотели видеть в кафе рядом с домом?", count: 90, base: 300, share: 0.3,
      groups: districtGroups([("Колычёво", 22, 50), ("Старая Коломна", 18, 50), ("Центр", 10, 60)])
        + [
          CommunitySignal.Group(
            segment: "Ваш возраст", dimension: .age, value: "18–24", count: 30, base: 47,
            share: 0.6383, mark: "above")
        ]),
    CommunitySignal(
      tag: "tastings", label: LocalizedText("Да, обязательно + Скорее да"), source: "taste-map",
      question:
        "Пришли бы вы на дегустационный вечер в библиотеке? (выпечка, пастила, местные производители)",
      count: 200, base: 300, share: 0.6667,
      groups: districtGroups([("Колычёво", 30, 50), ("Старая Коломна", 36, 50)])),
  ]
}
