import Foundation
import OtklikBrief
import OtklikText
import Testing

@Suite("Loading resources.yaml")
struct LibraryResourcesLoadingTests {
  static let valid = """
    version: 1
    network: { ru: "Сеть", en: "Network" }
    city: { ru: "Коломна", en: "Kolomna" }
    resources:
      - id: hall
        kind: space
        label: { ru: "Зал", en: "Hall" }
        detail: { ru: "Зал на 40 мест", en: "A 40-seat hall" }
        capacity: 40
        answers: [events_festivals]
    """

  @Test("a valid file loads")
  func validFile() throws {
    let resources = try LibraryResources(
      yaml: Self.valid, file: "resources.yaml", tags: try BriefTestData.catalog())
    #expect(resources.resources.map(\.id) == ["hall"])
    #expect(resources.resource(id: "hall")?.capacity == 40)
    #expect(resources.city.en == "Kolomna")
  }

  @Test(
    "each problem is reported with file and line",
    arguments: [
      (
        "    answers: [events_festivals]", "    answers: [queues]",
        "resources.yaml:10: unknown tag id 'queues' (not in the taxonomy)"
      ),
      (
        "    answers: [events_festivals]", "    answers: []",
        "resources.yaml:10: 'answers' must list at least one item"
      ),
      (
        #"    label: { ru: "Зал", en: "Hall" }"#, #"    label: { ru: "Зал" }"#,
        "resources.yaml:7: missing en text"
      ),
      (
        #"    label: { ru: "Зал", en: "Hall" }"#, #"    label: { ru: "Зал", en: "  " }"#,
        "resources.yaml:7: missing en text"
      ),
      (
        "    capacity: 40", "    seats: 40",
        "resources.yaml:9: unknown key 'seats' (expected id, kind, label, detail, branch, district, capacity, answers)"
      ),
      (
        "    capacity: 40", "    capacity: many",
        "resources.yaml:9: 'many' is not a whole number from 1 to 100000"
      ),
      (
        "    kind: space", "    kind: room",
        "resources.yaml:6: unknown value 'room' (expected space, events, community, youth, media, information, administration, reporting, creative, grants, career)"
      ),
      (
        "  - id: hall", "  - id: Big Hall",
        "resources.yaml:5: id 'Big Hall' is not lowercase snake_case (like career_days)"
      ),
      (#"city: { ru: "Коломна", en: "Kolomna" }"#, "", "resources.yaml:1: missing key 'city'"),
      ("version: 1", "version: 2", "resources.yaml:1: unsupported version '2' (expected 1)"),
      (
        "    kind: space", "    kind: [space",
        "resources.yaml:7: invalid yaml: while parsing a flow sequence, did not find expected ',' or ']'"
      ),
    ])
  func problems(original: String, replacement: String, expected: String) throws {
    let yaml = Self.valid.replacingOccurrences(of: original, with: replacement)
    let error = try #require(throws: BriefDataError.self) {
      try LibraryResources(yaml: yaml, file: "resources.yaml", tags: try BriefTestData.catalog())
    }
    #expect(error.description == expected)
  }

  @Test("a repeated id names the first definition's line")
  func duplicateID() throws {
    let yaml =
      Self.valid + "\n" + Self.valid.split(separator: "\n").suffix(6).joined(separator: "\n")
    let error = try #require(throws: BriefDataError.self) {
      try LibraryResources(yaml: yaml, file: "resources.yaml", tags: nil)
    }
    #expect(error.description == "resources.yaml:11: duplicate id 'hall' (first defined on line 5)")
  }

  @Test("every problem of a file is listed, not just the first")
  func allProblems() throws {
    let yaml = Self.valid.replacingOccurrences(of: "[events_festivals]", with: "[queues, lines]")
      .replacingOccurrences(of: "kind: space", with: "kind: room")
    let error = try #require(throws: BriefDataError.self) {
      try LibraryResources(yaml: yaml, file: "resources.yaml", tags: try BriefTestData.catalog())
    }
    #expect(error.issues.map(\.line) == [6, 10, 10])
  }
}
