import Foundation
import OtklikIngest
import OtklikReport
import OtklikText
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct HTMLRendererTests {
  static let hostile = "<script>alert('x')</script> & \"кавычки\" <img src=x onerror=alert(1)>"

  private func hostileSummary() -> ReportSummary {
    var aggregate = ReportAggregate(sources: Fixtures.sources, metadata: Fixtures.metadata())
    aggregate.add(
      Fixtures.review(
        1, company: Self.hostile, branch: "</td></tr><b>", rating: 1, text: Self.hostile,
        analysis: Fixtures.analysis(
          Self.hostile, .negative, score: -0.8,
          tags: [Fixtures.tag("<b>bold</b>", .painPoint, .negative, score: -0.8)])))
    aggregate.add(
      Fixtures.response(
        1, district: "<i>", cuisine: "]]><x>", lacks: [], rating: nil, nps: nil,
        open: (Self.hostile, Fixtures.analysis(Self.hostile, .negative, score: -0.5))))
    aggregate.add(
      Reject(origin: Fixtures.origin("<bad>.csv", 1), reason: "<reason>", excerpt: Self.hostile))
    return aggregate.summary(metadata: Fixtures.metadata(), catalog: Fixtures.catalog)
  }

  @Test func dataTextIsEscaped() throws {
    let html = try String(decoding: ReportFiles(summary: hostileSummary()).html, as: UTF8.self)
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("<b>"))
    #expect(!html.contains("<i>"))
    #expect(
      html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;кавычки&quot;"))
  }

  @Test(arguments: [ReportLanguage.ru, .en])
  func pageIsWellFormedXML(language: ReportLanguage) throws {
    for summary in [Fixtures.summary(language), hostileSummary()] {
      let data = try ReportFiles(summary: summary).html
      let document = try XMLDocument(data: data, options: [])
      let root = try #require(document.rootElement())
      #expect(root.name == "html")
      let svgs = try root.nodes(forXPath: "//*[local-name()='svg']")
      #expect(!svgs.isEmpty)
    }
  }

  @Test func pageIsSelfContained() throws {
    let html = try String(decoding: ReportFiles(summary: Fixtures.summary()).html, as: UTF8.self)
    #expect(!html.contains("<script"))
    #expect(!html.contains("<link"))
    #expect(!html.contains("@import"))
    #expect(!html.contains("url("))
    #expect(!html.contains("src="))
    #expect(html.contains("<style>"))
    #expect(html.contains("@media print"))
  }

  @Test func chartsAreDrawnForSharesNPSRatingsSentimentAndMonths() throws {
    let html = try String(decoding: ReportFiles(summary: Fixtures.summary(.en)).html, as: UTF8.self)
    for title in [
      "Option shares: Любимая кухня", "NPS: Порекомендуете?", "Tag shares: Что хотели бы?",
      "Rating distribution: Пекарня", "Review sentiment by company", "Reviews by month: Пекарня",
    ] {
      #expect(html.contains("aria-label=\"\(title)"), "\(title)")
    }
  }

  @Test func significantCellsAreTinted() throws {
    let summary = Fixtures.aggregate(Fixtures.cuisineRecords())
      .summary(metadata: Fixtures.metadata(.en), catalog: Fixtures.catalog)
    let html = try String(decoding: ReportFiles(summary: summary).html, as: UTF8.self)
    #expect(html.contains("<td class=\"num bg-positive\">75.0% ▲</td>"))
    #expect(html.contains("<td class=\"num bg-negative\">25.0% ▼</td>"))
    #expect(!html.contains("bg-positive\">66.7% °"))
  }

  @Test func anEmptyRunStillRendersEveryFile() throws {
    let aggregate = ReportAggregate(sources: Fixtures.sources, metadata: Fixtures.metadata())
    let summary = aggregate.summary(metadata: Fixtures.metadata(), catalog: TagCatalog())
    let files = try ReportFiles(summary: summary)
    let root = try #require(try XMLDocument(data: files.html, options: []).rootElement())
    #expect(root.name == "html")
    let markdown = String(decoding: files.markdown, as: UTF8.self)
    #expect(markdown.contains("Прочитано записей: 0, принято: 0, отклонено: 0."))
    #expect(markdown.contains("## Как считали"))
    #expect(summary.surveys.first?.respondents == 0)
  }

  @Test func controlCharactersAreDropped() {
    var aggregate = ReportAggregate(sources: Fixtures.sources, metadata: Fixtures.metadata())
    aggregate.add(Fixtures.review(1, company: "A\u{1}B\u{0}C", rating: 5, text: "", analysis: nil))
    let summary = aggregate.summary(metadata: Fixtures.metadata(), catalog: Fixtures.catalog)
    let html = HTMLRenderer().render(ReportComposer(summary: summary).document(), language: .ru)
    #expect(html.contains("ABC"))
  }
}
