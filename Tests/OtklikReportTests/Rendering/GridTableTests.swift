import Foundation
import OtklikIngest
import OtklikReport
import OtklikText
import Testing

@Suite struct GridTableTests {
  /// Prices: Хорошо ×3, Плохо ×1; Service: Хорошо ×1, Плохо ×1 and two skipped.
  @Test func gridRowsShareOneTable() throws {
    let schema = SurveySchema(
      segments: [],
      questions: [
        SurveyQuestion(
          column: 1, title: "Оцените кафе [Цены]", kind: .singleChoice,
          grid: GridPosition(question: "Оцените кафе", row: "Цены")),
        SurveyQuestion(
          column: 2, title: "Оцените кафе [Обслуживание]", kind: .singleChoice,
          grid: GridPosition(question: "Оцените кафе", row: "Обслуживание")),
      ])
    let answers: [[Answer]] = [
      [.choice("Хорошо"), .choice("Хорошо")], [.choice("Хорошо"), .choice("Плохо")],
      [.choice("Хорошо"), .empty], [.choice("Плохо"), .empty],
    ]
    let metadata = Fixtures.metadata()
    var aggregate = ReportAggregate(
      sources: [ReportSource(name: "s", kind: .survey, schema: schema)], metadata: metadata)
    for (index, row) in answers.enumerated() {
      aggregate.add(
        AnalysedRecord(
          record: Record(
            origin: Fixtures.origin("s.csv", index + 1), source: "s",
            content: .survey(SurveyResponse(segments: [], answers: row))),
          texts: []))
    }
    let summary = aggregate.summary(metadata: metadata, catalog: TagCatalog())
    #expect(summary.surveys[0].questions[1].grid?.row == "Обслуживание")
    let markdown = String(decoding: try ReportFiles(summary: summary).markdown, as: UTF8.self)
    #expect(markdown.contains("### Оцените кафе\n"))
    #expect(markdown.contains("| Строка | n | Хорошо | Плохо |"))
    #expect(markdown.contains("| Цены | 4 | 75,0\u{A0}% | 25,0\u{A0}% |"))
    #expect(markdown.contains("| Обслуживание | 2 | 50,0\u{A0}% | 50,0\u{A0}% |"))
  }
}
