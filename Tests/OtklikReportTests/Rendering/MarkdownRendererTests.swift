import Foundation
import OtklikReport
import Testing

@Suite struct MarkdownRendererTests {
  private func render(_ blocks: [ReportBlock]) -> String {
    MarkdownRenderer().render(ReportDocument(title: "T", subtitle: "S", blocks: blocks))
  }

  @Test func tableCellsCannotAddColumnsOrLines() {
    let text = render([
      .table(ReportTable(header: ["a", "b"], rows: [["x | y\nz", "1"]], numericColumns: [1]))
    ])
    #expect(text.contains("| x \\| y z | 1 |"))
    #expect(text.contains("| --- | ---: |"))
  }

  @Test func dataCannotFormHeadingsLinksOrHTML() {
    let text = render([.paragraph("# [click](http://x) <b>*bold*</b>")])
    #expect(text.contains("\\# \\[click\\](http://x) \\<b\\>\\*bold\\*\\</b\\>"))
  }

  @Test func masksStayReadable() {
    #expect(render([.paragraph("звоните [телефон]")]).contains("звоните [телефон]"))
  }

  @Test func quotesAreSeparateBlockquotes() {
    let text = render([
      .quotes([
        QuoteLine(text: "раз", attribution: "a:1"), QuoteLine(text: "два", attribution: "a:2"),
      ])
    ])
    #expect(text.contains("> «раз» — _a:1_\n>\n> «два» — _a:2_"))
  }

  @Test func reportNamesTheTestAndThresholds() throws {
    let markdown = String(
      decoding: try ReportFiles(summary: Fixtures.summary()).markdown, as: UTF8.self)
    #expect(markdown.contains("тест хи-квадрат Пирсона на независимость, уровень значимости 0,05"))
    #expect(markdown.contains("по модулю больше 1,96"))
    #expect(markdown.contains("| 1 | Ожидание | 2 | 40,0\u{A0}% | 1,50 | +1,27 |"))
    #expect(markdown.contains("NPS +14,3"))
    #expect(
      markdown.contains("Хи-квадрат = 3,94, степеней свободы 2, p = 0,140: значимых различий нет."))
    #expect(!markdown.contains("Петрова"))
    #expect(!markdown.contains("anna@mail.ru"))
  }

  @Test func englishReportIsTranslated() throws {
    let markdown = String(
      decoding: try ReportFiles(summary: Fixtures.summary(.en)).markdown, as: UTF8.self)
    #expect(markdown.contains("## Company pain points"))
    #expect(markdown.contains("| 1 | Waiting | 2 | 40.0% | 1.50 | +1.27 |"))
    #expect(!markdown.contains("Болевые точки"))
  }

  @Test func highlightsComeFirstWithTheirNumbers() throws {
    let markdown = String(
      decoding: try ReportFiles(summary: Fixtures.summary()).markdown, as: UTF8.self)
    let highlights = try #require(markdown.range(of: "## Главное"))
    let firstSurvey = try #require(markdown.range(of: "## Предпочтения жителей"))
    #expect(highlights.lowerBound < firstSurvey.lowerBound)
    #expect(
      markdown.contains(
        "- Пекарня: отзывов 6, средняя оценка 3,40; главная болевая точка — Ожидание (2 отз., влияние +1,27★)."
      ))
    #expect(
      markdown.contains(
        "- «Что хотели бы?»: чаще всего — Детские площадки (75,0\u{A0}%), Грузинская кухня (25,0\u{A0}%)."
      ))
    #expect(markdown.contains("- Кафе: отзывов 1, средняя оценка 1,00; жалоб по темам нет."))
  }
}
