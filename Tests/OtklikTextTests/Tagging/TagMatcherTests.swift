import OtklikText
import Testing

/// A stand-in stemmer for matcher tests: a fixed table, every other word left as it is.
struct TableStemmer: Stemmer {
  var table: [String: String]

  func stem(_ word: String) -> String {
    table[word] ?? word
  }

  func stem(utf8 word: some Collection<UInt8>) -> [UInt8] {
    Array(stem(String(decoding: Array(word), as: UTF8.self)).utf8)
  }
}

@Suite struct TagMatcherTests {
  static let stemmer = TableStemmer(table: [
    "персонал": "персона", "персонала": "персона", "персоналом": "персона",
    "очередь": "очеред", "очереди": "очеред", "очередью": "очеред",
    "первую": "перв", "первая": "перв",
    "детская": "детск", "детских": "детск", "площадка": "площадк", "площадок": "площадк",
  ])

  static let yaml = """
    tags:
      - id: staff
        kind: pain_point
        label: { ru: Персонал, en: Staff }
        patterns: [персонал, "=хамит", "хам*"]
        exclude: ["персонал библиотеки"]
      - id: waiting
        kind: pain_point
        label: { ru: Ожидание, en: Waiting }
        patterns: [очередь, "долго ждать"]
        exclude: ["в первую очередь"]
      - id: playgrounds
        kind: need
        label: { ru: Площадки, en: Playgrounds }
        patterns: ["детская площадка", "детская площадка"]
      - id: shortage
        kind: pain_point
        label: { ru: Нехватка, en: Shortage }
        patterns: ["не хватает персонала"]
      - id: abc
        kind: praise
        label: { ru: А, en: A }
        patterns: ["a b c"]
    """

  static let matcher = TagMatcher(
    taxonomy: try! Taxonomy(yaml: yaml, file: "test.yaml"), stemmer: stemmer)

  /// Splits on spaces, looks every word up (stemmed with the same table) and matches.
  static func tags(_ clause: String) -> [String: [Int]] {
    let tokens = clause.split(separator: " ").map { word in
      matcher.lookup(form: String(word), stem: stemmer.stem(String(word)))
    }
    let found = matcher.match(tokens)
    return Dictionary(
      uniqueKeysWithValues: found.map { (matcher.taxonomy.tags[$0.tag].id, Array($0.tokens)) })
  }

  @Test(arguments: [
    ("word by stem, any inflection", "грубый персонал", ["staff": [1]]),
    ("stem of another form", "с персоналом беда", ["staff": [1]]),
    ("exact form", "официант хамит", ["staff": [1]]),
    ("exact form only", "хамите", ["staff": [0]]),  // found by the prefix хам*, not by =хамит
    ("prefix", "сплошное хамство", ["staff": [1]]),
    ("evidence of all patterns", "персонал хамит", ["staff": [0, 1]]),
    ("exclusion phrase suppresses the tag", "персонал библиотеки вежливый", [:]),
    ("exclusion only in its clause", "очередь большая", ["waiting": [0]]),
    ("idiom excluded", "в первую очередь вкусно", [:]),
    ("phrase", "нет детская площадка", ["playgrounds": [1, 2]]),
    ("phrase with one word between", "детская игровая площадка", ["playgrounds": [0, 2]]),
    ("phrase with two words between", "детская новая игровая площадка", [:]),
    ("phrase words in another order", "площадка детская", [:]),
    (
      "three-word phrase with a gap", "не хватает нам персонала",
      ["shortage": [0, 1, 3], "staff": [3]]
    ),
    ("backtracks past a nearer match", "a b b x c", ["abc": [0, 2, 4]]),
    ("several tags", "долго ждать и персонал хамит", ["waiting": [0, 1], "staff": [3, 4]]),
    ("nothing", "купили хлеб", [:]),
    ("empty clause", "", [:]),
  ])
  func findsTagsWithEvidence(name: String, clause: String, expected: [String: [Int]]) {
    #expect(Self.tags(clause) == expected, "\(name)")
  }

  @Test func hitsComeInTaxonomyOrder() {
    let tokens = "очередь и персонал".split(separator: " ").map {
      Self.matcher.lookup(form: String($0), stem: Self.stemmer.stem(String($0)))
    }
    #expect(Self.matcher.match(tokens).map(\.tag) == [0, 1])
  }

  @Test func lookupOfAnUnknownTokenIsEmpty() {
    #expect(Self.matcher.lookup(form: "хлеб", stem: "хлеб") == .none)
    #expect(Self.matcher.lookup(form: "хлеб", stem: "хлеб").isEmpty)
    #expect(!Self.matcher.lookup(form: "хамло", stem: "хамл").isEmpty)
    #expect(
      Self.matcher.lookup(utf8Form: Array("хамит".utf8), utf8Stem: "хамит".utf8)
        == Self.matcher.lookup(form: "хамит", stem: "хамит"))
  }

  @Test func aReusedBufferHoldsOnlyTheLastClause() {
    var buffer = ClauseTags()
    let staff = [Self.matcher.lookup(form: "персонал", stem: "персона")]
    let none = [Self.matcher.lookup(form: "хлеб", stem: "хлеб")]
    Self.matcher.match(staff, into: &buffer)
    #expect(buffer.count == 1)
    #expect(buffer.covers(token: 0))
    Self.matcher.match(none, into: &buffer)
    #expect(buffer.isEmpty)
    #expect(!buffer.covers(token: 0))
    Self.matcher.match(staff, into: &buffer)
    #expect(buffer == Self.matcher.match(staff))
  }

  @Test func patternsAreStemmedWithTheCompileTimeStemmer() throws {
    let taxonomy = try Taxonomy(
      yaml: "tags:\n  - { id: parks, kind: need, label: { ru: П, en: P }, patterns: [Парки] }\n",
      file: "t.yaml")
    let matcher = TagMatcher(taxonomy: taxonomy, stemmer: TableStemmer(table: ["парки": "парк"]))
    #expect(!matcher.lookup(form: "парком", stem: "парк").isEmpty)
    #expect(matcher.lookup(form: "парки", stem: "парки").isEmpty)
  }

  @Test func prefixesNestedInOneAnotherAllMatch() throws {
    let taxonomy = try Taxonomy(
      yaml: """
        tags:
          - { id: short, kind: need, label: { ru: К, en: S }, patterns: ["кофе*"] }
          - { id: long, kind: need, label: { ru: Д, en: L }, patterns: ["кофейн*", "=кофейня"] }
          - { id: phrase, kind: need, label: { ru: Ф, en: P }, patterns: ["кофе* кофейн*"] }
        """, file: "t.yaml")
    let matcher = TagMatcher(taxonomy: taxonomy, stemmer: TableStemmer(table: [:]))
    let tokens = ["кофейня", "кофейня"].map { matcher.lookup(form: $0, stem: $0) }
    #expect(matcher.match(tokens).map { taxonomy.tags[$0.tag].id } == ["short", "long", "phrase"])
    #expect(matcher.match(tokens).map { Array($0.tokens) } == [[0, 1], [0, 1], [0, 1]])
    #expect(
      matcher.lookup(form: "кофе", stem: "кофе") != matcher.lookup(form: "кофейня", stem: "кофейня")
    )
  }

}
