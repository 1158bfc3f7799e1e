import OtklikText
import Testing

/// Tags found by the analyser carry the sentiment of their clause.
@Suite struct TagIntegrationTests {
  static let taxonomyYAML = """
    version: 1
    tags:
      - id: staff
        kind: pain_point
        label: { ru: "Персонал", en: "Staff" }
        patterns: [персонал, официант, "продав*", staff, waiter]
      - id: waiting
        kind: pain_point
        label: { ru: "Ожидание", en: "Waiting" }
        patterns: [ждать, очередь, "=ждали", wait]
      - id: prices
        kind: pain_point
        label: { ru: "Цены", en: "Prices" }
        patterns: ["=дорого", "=цены", price]
      - id: playgrounds
        kind: need
        label: { ru: "Детские площадки", en: "Playgrounds" }
        patterns: ["детск* площад*"]
    """

  static let analyzer: TextAnalyzer = {
    let base = AnalyzerFixture.make()
    _ = base
    let taxonomy = try? Taxonomy(yaml: taxonomyYAML, file: "fixture-taxonomy.yaml")
    let lexicons = [
      try? Lexicon.parse(AnalyzerFixture.russian, file: "ru-fixture.tsv"),
      try? Lexicon.parse(AnalyzerFixture.english, file: "en-fixture.tsv"),
    ].compactMap { $0 }
    return TextAnalyzer(
      lexicons: lexicons, modifiers: AnalyzerFixture.modifiers, taxonomy: taxonomy)
  }()

  private func tags(_ text: String) -> [String] {
    Self.analyzer.analyze(text).tags.map { "\($0.tagID):\($0.label.rawValue)" }
  }

  @Test(arguments: [
    ("Официанты вежливые, но ждали час", ["staff:pos", "waiting:neg"]),
    ("Персонал хамит", ["staff:neg"]),
    ("Продавцы приветливые", ["staff:pos"]),
    ("Дорого и невкусно", ["prices:neg"]),
    ("The staff were friendly but we had to wait", ["staff:pos", "waiting:none"]),
    ("Не хватает детских площадок", ["playgrounds:none"]),
    ("Детская игровая площадка отличная", ["playgrounds:pos"]),
    ("Открылись в 9, купили хлеб", []),
  ])
  func tagsCarryTheirClauseSentiment(text: String, expected: [String]) {
    #expect(tags(text) == expected)
  }

  @Test func aTagFoundTwiceKeepsTheStrongestClause() throws {
    let analysis = Self.analyzer.analyze("Официант нормальный. Официант ужасно грубый!")
    let staff = try #require(analysis.tags.first { $0.tagID == "staff" })
    #expect(analysis.tags.filter { $0.tagID == "staff" }.count == 1)
    #expect(staff.clause == 1)
    #expect(staff.label == .negative)
    #expect(staff.evidence == ["Официант"])
  }

  @Test func nonAnswersHaveNoTags() {
    #expect(Self.analyzer.analyze("Не знаю").tags.isEmpty)
  }

  @Test func keyPhrasesSkipTaggedAndSentimentWords() {
    let phrases = Self.analyzer.analyze("Хотелось бы велосипедных дорожек вдоль реки").keyPhrases
      .map(\.text)
    #expect(phrases.contains("велосипедных дорожек"))
    let none = Self.analyzer.analyze("Вежливые официанты").keyPhrases
    #expect(none.isEmpty)
  }

  @Test func explainListsTags() {
    let explanation = Self.analyzer.explain("Ждали час")
    #expect(explanation.analysis.tags.map(\.tagID) == ["waiting"])
  }
}
