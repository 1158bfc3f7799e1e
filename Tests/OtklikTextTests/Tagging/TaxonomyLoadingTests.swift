import OtklikText
import Testing

@Suite struct TaxonomyLoadingTests {
  static let valid = """
    version: 1
    tags:
      - id: staff_attitude
        kind: pain_point
        label:
          ru: "Отношение персонала"
          en: "Staff attitude"
        patterns:
          - Персонал
          - "=хамит"
          - "обслуживание клиентов"
          - "хам*"
        exclude:
          - "персонал библиотеки"
      - id: pastila
        kind: preference
        label: { ru: "Пастила", en: "Pastila" }
        patterns: [пастила, "пастил*"]
    """

  @Test func readsEveryFieldOfAValidFile() throws {
    let taxonomy = try Taxonomy(yaml: Self.valid, file: "taxonomy.yaml")
    #expect(taxonomy.tags.map(\.id) == ["staff_attitude", "pastila"])
    #expect(taxonomy.files == ["taxonomy.yaml"])
    let staff = try #require(taxonomy.tag(id: "staff_attitude"))
    #expect(staff.kind == .painPoint)
    #expect(staff.labels == TagLabels(ru: "Отношение персонала", en: "Staff attitude"))
    #expect(staff.labels.text(for: .english) == "Staff attitude")
    #expect(staff.labels.text(for: .mixed) == "Отношение персонала")
    #expect(staff.patterns.map(\.text) == ["персонал", "=хамит", "обслуживание клиентов", "хам*"])
    #expect(
      staff.patterns.map(\.words) == [
        [.stem("персонал")], [.exact("хамит")], [.stem("обслуживание"), .stem("клиентов")],
        [.prefix("хам")],
      ])
    #expect(staff.exclusions.map(\.text) == ["персонал библиотеки"])
    #expect(staff.location.description == "taxonomy.yaml:3")
    #expect(staff.patterns[1].location.line == 10)
    #expect(taxonomy.tag(id: "pastila")?.exclusions == [])
  }

  @Test func aNullExclusionListIsEmpty() throws {
    let yaml =
      "tags:\n  - { id: parks, kind: need, label: { ru: П, en: P }, patterns: [парк], exclude: }\n"
    #expect(try Taxonomy(yaml: yaml, file: "t.yaml").tags.first?.exclusions == [])
  }

  @Test func anEmptyTagListIsAnEmptyTaxonomy() throws {
    #expect(try Taxonomy(yaml: "version: 1\ntags: []\n", file: "extra.yaml").tags.isEmpty)
    #expect(try Taxonomy(yaml: "tags:\n", file: "extra.yaml").tags.isEmpty)
  }

  /// A tag with one field replaced, for error cases: `FIELD` lines are swapped in.
  private static func tag(
    id: String = "id: parks", kind: String = "kind: need",
    label: String = "label: { ru: \"Парки\", en: \"Parks\" }",
    patterns: String = "patterns: [парк]",
    extra: String = ""
  ) -> String {
    """
    version: 1
    tags:
      - \(id)
        \(kind)
        \(label)
        \(patterns)
    \(extra.isEmpty ? "" : "    " + extra)
    """
  }

  @Test(arguments: [
    (
      "duplicate id in one file",
      tag(extra: "\n  - { id: parks, kind: need, label: { ru: П, en: P }, patterns: [сквер] }"),
      "bad.yaml:8: duplicate tag id 'parks' (first defined at bad.yaml:3)"
    ),
    (
      "unknown kind", tag(kind: "kind: needs"),
      "bad.yaml:4: unknown kind 'needs' (expected need, preference, pain_point, praise)"
    ),
    (
      "missing en label", tag(label: "label: { ru: \"Парки\" }"),
      "bad.yaml:5: tag 'parks' has no en label"
    ),
    (
      "blank ru label", tag(label: "label: { ru: \"  \", en: Parks }"),
      "bad.yaml:5: tag 'parks' has no ru label"
    ),
    ("missing label key", tag(label: ""), "bad.yaml:3: missing key 'label'"),
    ("empty pattern", tag(patterns: "patterns: [парк, \"\"]"), "bad.yaml:6: empty pattern"),
    (
      "null pattern", tag(patterns: "patterns:\n      - парк\n      -"), "bad.yaml:8: empty pattern"
    ),
    ("blank pattern", tag(patterns: "patterns: [\"   \"]"), "bad.yaml:6: blank pattern"),
    ("no patterns", tag(patterns: "patterns: []"), "bad.yaml:6: tag 'parks' has no patterns"),
    ("null patterns", tag(patterns: "patterns:"), "bad.yaml:6: tag 'parks' has no patterns"),
    ("missing patterns key", tag(patterns: ""), "bad.yaml:3: missing key 'patterns'"),
    (
      "patterns not a list", tag(patterns: "patterns: парк"),
      "bad.yaml:6: expected a list of patterns"
    ),
    ("empty exclusion", tag(extra: "exclude: [\"\"]"), "bad.yaml:7: empty pattern"),
    (
      "id with capitals", tag(id: "id: Parks"),
      "bad.yaml:3: tag id 'Parks' is not lowercase snake_case (like staff_attitude)"
    ),
    (
      "id with a hyphen", tag(id: "id: green-spaces"),
      "bad.yaml:3: tag id 'green-spaces' is not lowercase snake_case (like staff_attitude)"
    ),
    (
      "unknown tag key", tag(extra: "paterns: [сквер]"),
      "bad.yaml:7: unknown key 'paterns' (expected id, kind, label, patterns, exclude)"
    ),
    (
      "unknown label key", tag(label: "label: { ru: Парки, en: Parks, de: Parks }"),
      "bad.yaml:5: unknown key 'de' (expected ru, en)"
    ),
    (
      "unknown top-level key", "version: 1\ntgs: []\n",
      "bad.yaml:2: unknown key 'tgs' (expected version, tags)\nbad.yaml:1: missing key 'tags'"
    ),
    (
      "unsupported version", "version: 2\ntags: []\n",
      "bad.yaml:1: unsupported version '2' (expected 1)"
    ),
    (
      "prefix too short", tag(patterns: "patterns: [\"па*\"]"),
      "bad.yaml:6: invalid pattern 'па*': prefix 'па*' is shorter than 3 letters"
    ),
    (
      "star inside a word", tag(patterns: "patterns: [\"па*рк\"]"),
      "bad.yaml:6: invalid pattern 'па*рк': '=' may only start a word and '*' only end it"
    ),
    (
      "phrase too long", tag(patterns: "patterns: [\"один два три четыре пять\"]"),
      "bad.yaml:6: invalid pattern 'один два три четыре пять': more than 4 words"
    ),
    ("tags not a list", "tags: { id: parks }\n", "bad.yaml:1: expected a list of tags"),
    (
      "invalid yaml", "tags:\n  - id: [parks\n",
      "bad.yaml:3: invalid yaml: while parsing a flow sequence, did not find expected ',' or ']'"
    ),
  ])
  func reportsProblemsWithFileAndLine(name: String, yaml: String, expected: String) {
    #expect(throws: TaxonomyError.self, "\(name)") { try Taxonomy(yaml: yaml, file: "bad.yaml") }
    do {
      _ = try Taxonomy(yaml: yaml, file: "bad.yaml")
    } catch {
      #expect(error.description == expected, "\(name)")
    }
  }

  @Test func collectsEveryProblemOfAFile() {
    let yaml = """
      tags:
        - id: Bad
          kind: nope
          label: { ru: Плохо, en: Bad }
          patterns: [""]
      """
    do {
      _ = try Taxonomy(yaml: yaml, file: "bad.yaml")
      Issue.record("expected an error")
    } catch {
      #expect(
        error.issues.map(\.description) == [
          "bad.yaml:2: tag id 'Bad' is not lowercase snake_case (like staff_attitude)",
          "bad.yaml:3: unknown kind 'nope' (expected need, preference, pain_point, praise)",
          "bad.yaml:5: empty pattern",
        ])
    }
  }

  @Test func mergingAddsTheLaterFilesTags() throws {
    let base = try Taxonomy(yaml: Self.valid, file: "taxonomy.yaml")
    let extra = try Taxonomy(
      yaml:
        "tags:\n  - { id: dogs, kind: need, label: { ru: Собаки, en: Dogs }, patterns: [собака] }\n",
      file: "extra.yaml")
    let merged = try Taxonomy().merging(base).merging(extra)
    #expect(merged.tags.map(\.id) == ["staff_attitude", "pastila", "dogs"])
    #expect(merged.files == ["taxonomy.yaml", "extra.yaml"])
  }

  @Test func mergingRefusesToRedefineAnID() throws {
    let base = try Taxonomy(yaml: Self.valid, file: "taxonomy.yaml")
    let extra = try Taxonomy(
      yaml:
        "tags:\n  - id: dogs\n    kind: need\n    label: { ru: С, en: D }\n    patterns: [собака]\n"
        + "  - id: pastila\n    kind: praise\n    label: { ru: П, en: P }\n    patterns: [зефир]\n",
      file: "analyst.yaml")
    do {
      _ = try base.merging(extra)
      Issue.record("expected an error")
    } catch {
      #expect(
        error.description
          == "analyst.yaml:6: duplicate tag id 'pastila' (first defined at taxonomy.yaml:15)")
    }
  }
}
