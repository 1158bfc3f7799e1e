import OtklikIngest
import OtklikReport
import OtklikText

/// The analysis stage of a run: each record's free texts through the text analyser.
///
/// Runs on the worker threads; it also computes each record's history facts (hashing) and renders
/// its `tagged.csv` rows there, so the single consumer thread only looks facts up and copies bytes.
struct RecordAnalysis: Sendable {
  let analyzer: TextAnalyzer
  /// The open questions of each survey source, by source name.
  let openQuestions: [String: [Int]]
  let computesFacts: Bool
  /// Renders `tagged.csv` rows when set; each batch works on its own copy.
  let rows: TaggedRowFormatter?

  init(
    analyzer: TextAnalyzer, sources: [ReportSource], computesFacts: Bool,
    rows: TaggedRowFormatter? = nil
  ) {
    self.analyzer = analyzer
    self.computesFacts = computesFacts
    self.rows = rows
    var open: [String: [Int]] = [:]
    for source in sources {
      guard let schema = source.schema else { continue }
      open[source.name] = schema.questions.indices.filter { schema.questions[$0].kind == .open }
    }
    openQuestions = open
  }

  /// Analyses every record of a batch; rejects and file ends pass through.
  func callAsFunction(_ batch: [InputItem]) -> [AnalysedItem] {
    var formatter = rows
    return batch.map { item in
      switch item {
      case .record(let record):
        let analysed = analyse(record)
        return .record(
          analysed, computesFacts ? RecordFacts(analysed) : nil,
          rows: formatter?.rows(of: analysed) ?? [])
      case .rejected(let reject): return .rejected(reject)
      case .fileDone(let accounting): return .fileDone(accounting)
      case .fileFailed(let accounting, let reason): return .fileFailed(accounting, reason)
      }
    }
  }

  func analyse(_ record: Record) -> AnalysedRecord {
    var texts: [AnalysedText] = []
    switch record.content {
    case .review(let review):
      if !review.text.isEmpty {
        texts.append(AnalysedText(field: 0, analysis: analyzer.analyze(review.text)))
      }
    case .survey(let response):
      for index in openQuestions[record.source] ?? [] where index < response.answers.count {
        if case .text(let text) = response.answers[index], !text.isEmpty {
          texts.append(AnalysedText(field: index, analysis: analyzer.analyze(text)))
        }
      }
    }
    return AnalysedRecord(record: record, texts: texts)
  }
}

/// One item of the analysed stream, in file order.
enum AnalysedItem: Sendable {
  /// A record with its history facts (when the run keeps history) and its rendered `tagged.csv` rows.
  case record(AnalysedRecord, RecordFacts?, rows: [UInt8])
  case rejected(Reject)
  case fileDone(FileAccounting)
  case fileFailed(FileAccounting, String)
}
