import Foundation
import OtklikIngest

/// One stage the pipeline benchmark times, each run alone in a child process.
///
/// The first three run in-process in the child (``perform(input:kind:config:threads:)``, called by
/// the hidden `otklik bench stage` command); the full run is the real `otklik run` command.
public enum BenchmarkStage: String, Sendable, CaseIterable {
  /// libcsv's bare parse: fields and records counted in its callbacks, nothing copied or checked.
  case bareParse = "bare"
  /// Otklik's ingest: ``RecordReader`` over the file, typed records and rejects counted.
  case ingest
  /// Ingest and text analysis on every core (``OrderedBatchProcessor``), no aggregation or report.
  case analysis
  /// `otklik run` on a generated config: ingest, analysis, aggregation and every report file.
  case fullRun = "full"

  /// The stage as the table names it.
  public var title: String {
    switch self {
    case .bareParse: "libcsv bare parse"
    case .ingest: "ingest (RecordReader)"
    case .analysis: "ingest + analysis"
    case .fullRun: "full run (otklik run)"
    }
  }

  /// What a stage counted.
  public struct Count: Sendable, Hashable {
    /// Records seen (accepted and rejected; for the bare parse, what libcsv reported minus the header).
    public var records: Int
    /// Records rejected (0 for the bare parse, which checks nothing).
    public var rejected: Int

    /// Creates a count.
    public init(records: Int, rejected: Int) {
      self.records = records
      self.rejected = rejected
    }

    /// `records 151234 rejected 151`: the line a child writes to its result file.
    public var line: String { "records \(records) rejected \(rejected)\n" }

    /// Reads ``line``'s format back.
    public init?(line: String) {
      let words = line.split(whereSeparator: \.isWhitespace)
      guard words.count == 4, words[0] == "records", words[2] == "rejected",
        let records = Int(words[1]),
        let rejected = Int(words[3])
      else { return nil }
      self.init(records: records, rejected: rejected)
    }
  }

  /// Runs the stage in this process on `input` and returns what it counted.
  ///
  /// `config` is the generated run config (used by ``analysis``); ``fullRun`` is not run in-process.
  public func perform(
    input: String, kind: SyntheticExport.Kind, config: String, threads: Int
  ) throws -> Count {
    switch self {
    case .bareParse:
      let counted = try CSVReader.countFields(path: input)
      return Count(records: max(0, counted.records - 1), rejected: 0)
    case .ingest:
      let reader = try RecordReader(
        path: input, spec: SourceSpec(name: "bench", kind: SourceKind(kind)))
      var count = Count(records: 0, rejected: 0)
      while let outcome = try reader.next() {
        count.records += 1
        if case .rejected = outcome { count.rejected += 1 }
      }
      return count
    case .analysis:
      return try Self.analyse(config: config, threads: threads)
    case .fullRun:
      throw BenchmarkError.invalidOption("the full run is `otklik run`, not an in-process stage")
    }
  }

  /// Reads every source of `config` and analyses every record on `threads` workers, in order, the
  /// way `otklik run` does before aggregation.
  private static func analyse(config path: String, threads: Int) throws -> Count {
    let config = try RunConfig.load(path: path)
    let analyzer = try AnalyzerLoader(
      dataFolder: try DataFolder.locate(), extraLexicons: config.lexiconFiles
    ).load()
    let plan = InputPlan(config: config)
    if let failure = plan.failures.first {
      throw BenchmarkError.stageFailed(stage: "analysis", cause: failure)
    }
    let analysis = RecordAnalysis(analyzer: analyzer, sources: plan.sources, computesFacts: false)
    var count = Count(records: 0, rejected: 0)
    try OrderedBatchProcessor(threads: threads).run(
      produce: { plan.nextBatch(size: RunOptions().batchSize) },
      transform: { analysis($0) },
      consume: { items in
        for item in items {
          switch item {
          case .record: count.records += 1
          case .rejected:
            count.records += 1
            count.rejected += 1
          case .fileDone, .fileFailed: break
          }
        }
      })
    return count
  }
}

extension SourceKind {
  /// The ingest source kind of a synthetic export.
  /// The source kind that reads `kind`'s layout.
  init(_ kind: SyntheticExport.Kind) {
    switch kind {
    case .reviews: self = .reviews
    case .survey: self = .survey
    }
  }
}
