import Foundation
import OtklikIngest
import OtklikReport
import OtklikText
import Testing

@Suite struct AnalysedRecordTests {
  @Test func keepsEachTextWithItsField() {
    let review = Review(company: "Пекарня", text: "Вкусно")
    let record = Record(
      origin: RecordOrigin(file: "r.csv", record: 1, line: 2), source: "reviews",
      content: .review(review))
    let analysis = TextAnalysis(language: .russian, score: 0.5, label: .positive)
    let analysed = AnalysedRecord(
      record: record, texts: [AnalysedText(field: 0, analysis: analysis)])
    #expect(analysed.texts.map(\.field) == [0])
    #expect(analysed.texts.first?.analysis.label == .positive)
  }
}

@Suite struct ReportThresholdsTests {
  @Test func missingKeysKeepTheirDefaults() throws {
    let json = Data(#"{"alpha": 0.01, "quotesPerTag": 2}"#.utf8)
    let thresholds = try JSONDecoder().decode(ReportThresholds.self, from: json)
    #expect(thresholds.alpha == 0.01)
    #expect(thresholds.quotesPerTag == 2)
    #expect(thresholds.residualZ == 1.96)
    #expect(thresholds.minSegment == 10)
  }
}

@Suite struct TagCatalogTests {
  @Test func labelsByLanguageWithTheIdAsFallback() {
    let catalog = TagCatalog([.init(id: "staff", kind: .painPoint, ru: "Персонал", en: "Staff")])
    #expect(catalog.label(for: "staff", in: .ru) == "Персонал")
    #expect(catalog.label(for: "staff", in: .en) == "Staff")
    #expect(catalog.label(for: "unknown", in: .ru) == "unknown")
    #expect(catalog.kind(of: "staff") == .painPoint)
  }
}
