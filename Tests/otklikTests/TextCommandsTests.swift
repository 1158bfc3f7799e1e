import Foundation
import Testing

/// End-to-end runs of `analyze`, `explain`, `eval` and `bench text` on tiny fixtures.
@Suite struct TextCommandsTests {
  static let fixtures = OtklikProcess.packageRoot.appendingPathComponent(
    "Tests/otklikTests/Fixtures")

  private func fixture(_ name: String) -> String {
    Self.fixtures.appendingPathComponent(name).path
  }

  @Test func explainShowsTokensHitsRulesAndClauses() throws {
    let result = try OtklikProcess.run(["explain", "Официанты вежливые, но ждали час"])
    #expect(result.status == 0)
    #expect(
      result.stdout.hasPrefix("text: Официанты вежливые, но ждали час\nlanguage: ru  score: -"))
    #expect(result.stdout.contains("label: neg"))
    #expect(result.stdout.contains("  [0] вежливые  word  stem вежлив"))
    #expect(result.stdout.contains("→ contrast =но"))
    #expect(result.stdout.contains("clauses:\n  [0] pos"))
    #expect(result.stdout.contains("[before contrast ×0.5]"))
    #expect(result.stdout.contains("contrast ×1.5"))
  }

  @Test func explainShowsTagsWithTheirClauseSentiment() throws {
    let result = try OtklikProcess.run(["explain", "Официанты вежливые, но ждали час"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("tags:\n"))
    #expect(result.stdout.contains("  staff_attitude (pain_point) pos "))
    #expect(result.stdout.contains("  service_speed (pain_point) neg "))
  }

  @Test func explainNamesANonAnswer() throws {
    let result = try OtklikProcess.run(["explain", "Затрудняюсь ответить"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("label: non_answer"))
    #expect(result.stdout.contains("[non-answer]"))
  }

  @Test func analyzeWritesOneCSVRowPerInputRowInOrder() throws {
    let result = try OtklikProcess.run([
      "analyze", fixture("labelled-mixed.csv"), "--text-column", "text", "--id-column", "id",
    ])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "row,id,language,score,label,tags,evidence")
    #expect(lines.count == 7)
    let labels = lines.dropFirst().map {
      $0.split(separator: ",", omittingEmptySubsequences: false)[4]
    }
    #expect(labels == ["pos", "neg", "none", "non_answer", "pos", "neg"])
    #expect(lines[1].hasPrefix("1,1,ru,"))
    #expect(lines[5].hasPrefix("5,5,en,"))
  }

  @Test func analyzeStreamsStdinToJSONLines() throws {
    let input = Data("text\n\"Еда отличная, но обслуживание ужасное\"\nНет\n".utf8)
    let result = try OtklikProcess.run(
      ["analyze", "-", "--text-column", "text", "--format", "jsonl"], input: input)
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    let first = try #require(
      JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
    #expect(first["row"] as? Int == 1)
    #expect(first["label"] as? String == "neg")
    let clauses = try #require(first["clauses"] as? [[String: Any]])
    #expect(clauses.count == 2)
    #expect(clauses[1]["text"] as? String == "но обслуживание ужасное")
    #expect(lines[1].contains("\"label\":\"non_answer\""))
  }

  @Test func analyzeNamesAMissingColumn() throws {
    let result = try OtklikProcess.run([
      "analyze", fixture("one-review.csv"), "--text-column", "comment",
    ])
    #expect(result.status == 64)
    #expect(result.stderr.contains("no column 'comment' (columns: text)"))
  }

  @Test func analyzeReportsAMissingFile() throws {
    let result = try OtklikProcess.run(["analyze", fixture("nope.csv"), "--text-column", "text"])
    #expect(result.status == 66)
    #expect(result.stderr.hasPrefix("otklik: "))
  }

  @Test func analyzeOfAHeaderOnlyFileWritesOnlyTheHeader() throws {
    let result = try OtklikProcess.run([
      "analyze", fixture("header-only.csv"), "--text-column", "comment",
    ])
    #expect(result.status == 0)
    #expect(result.stdout == "row,language,score,label,tags,evidence\n")
  }

  @Test func evalPrintsAccuracyF1AndTheConfusionMatrix() throws {
    let result = try OtklikProcess.run([
      "eval", fixture("labelled-mixed.csv"), "--text-column", "text", "--label-column", "label",
    ])
    #expect(result.status == 0)
    #expect(result.stdout.contains("rows: 6\n"))
    #expect(result.stdout.contains("accuracy: 1.000  macro-F1: 1.000  F1(pos,neg): 1.000"))
    #expect(result.stdout.contains("  neg         2      0      0"))
    #expect(result.stdout.contains("  neu         0      2      0"))
    #expect(result.stdout.contains("predicted labels: neg 2, neu 0, pos 2, none 1, non_answer 1"))
  }

  @Test func evalWithAWrongLabelColumnFails() throws {
    let result = try OtklikProcess.run([
      "eval", fixture("one-review.csv"), "--label-column", "label",
    ])
    #expect(result.status == 64)
    #expect(result.stderr.contains("no column 'label'"))
  }

  @Test func benchTextReportsSpeed() throws {
    let result = try OtklikProcess.run(["bench", "text", "--count", "2000"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("texts: 2000"))
    #expect(result.stdout.contains("texts/s"))
    #expect(result.stdout.contains("MB/s"))
  }

  @Test func aBrokenLexiconStopsWithItsFileAndLine() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "otklik-data-\(UUID().uuidString)")
    let lexicons = folder.appendingPathComponent("lexicons")
    try FileManager.default.createDirectory(at: lexicons, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try "negator\t=не\n".write(
      to: lexicons.appendingPathComponent("modifiers.tsv"), atomically: true, encoding: .utf8)
    try "хороший\t2\nплохой -2\n".write(
      to: lexicons.appendingPathComponent("ru.tsv"), atomically: true, encoding: .utf8)
    let result = try OtklikProcess.run(
      ["explain", "хорошо"], environment: ["OTKLIK_DATA": folder.path])
    #expect(result.status == 78)
    #expect(result.stderr == "otklik: ru.tsv:2: missing tab between term and valence\n")
  }
}
