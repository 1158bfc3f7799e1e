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
    let analysed = AnalysedRecord(record: record, texts: [AnalysedText(field: 0, analysis: analysis)])
    #expect(analysed.texts.map(\.field) == [0])
    #expect(analysed.texts.first?.analysis.label == .positive)
  }
}
