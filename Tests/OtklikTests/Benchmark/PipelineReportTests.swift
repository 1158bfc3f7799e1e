import Otklik
import Testing

@Suite struct PipelineReportTests {
  static func report(python: PipelineReport.Python?) -> PipelineReport {
    let stages: [PipelineReport.StageResult] = [
      .init(
        stage: .bareParse, seconds: [0.5, 0.4, 0.6], peakResidentBytes: 4 << 20, records: 1000,
        rejected: 0),
      .init(
        stage: .ingest, seconds: [0.8, 0.8, 0.9], peakResidentBytes: 8 << 20, records: 1000,
        rejected: 3),
      .init(
        stage: .analysis, seconds: [2.0], peakResidentBytes: 60 << 20, records: 1000, rejected: 3),
      .init(
        stage: .fullRun, seconds: [2.5, 2.4], peakResidentBytes: 90 << 20, records: 1000,
        rejected: nil),
    ]
    return PipelineReport(
      input: "/tmp/reviews-50MB.csv", kind: .reviews, bytes: 50_000_000, threads: 2, runs: 3,
      stages: stages,
      python: python)
  }

  @Test func printsEveryStageWithSpeedMemoryAndRatio() {
    let lines = Self.report(python: nil).text.split(separator: "\n").map(String.init)
    #expect(lines[0] == "input: /tmp/reviews-50MB.csv (reviews, 50.0 MB, 1000 records, 3 rejected)")
    #expect(lines.contains { $0.hasPrefix("stage") && $0.hasSuffix("× bare parse") })
    let bare = lines.first { $0.hasPrefix("libcsv bare parse") }
    #expect(
      bare?.split(separator: " ").filter { !$0.isEmpty } == [
        "libcsv", "bare", "parse", "0.500", "100.0", "2000", "4.0", "1.00",
      ])
    let ingest = lines.first { $0.hasPrefix("ingest (RecordReader)") }
    #expect(ingest?.hasSuffix("1.60") == true)
    let full = lines.first { $0.hasPrefix("full run (otklik run)") }
    #expect(full?.hasSuffix("4.90") == true)  // Median of two runs: 2.45 s.
  }

  @Test func saysWhyPandasWasSkipped() {
    let text = Self.report(python: .skipped("python3 with pandas and vaderSentiment not available"))
      .text
    #expect(
      text.hasSuffix(
        "pandas + VADER skipped: python3 with pandas and vaderSentiment not available\n"))
  }

  @Test func comparesTheFullRunWithPandas() {
    let text = Self.report(python: .ran(seconds: 49, peakResidentBytes: 300 << 20)).text
    #expect(text.contains("pandas + VADER (1 run)"))
    #expect(text.contains("full run is 20.0× faster than pandas + VADER"))
  }

  @Test func aStageCountSurvivesItsResultLine() {
    let count = BenchmarkStage.Count(records: 151_234, rejected: 151)
    #expect(count.line == "records 151234 rejected 151\n")
    #expect(BenchmarkStage.Count(line: count.line) == count)
    #expect(BenchmarkStage.Count(line: "garbage") == nil)
  }
}
