/// The figures of one `otklik bench pipeline` run and the table it prints.
public struct PipelineReport: Sendable {
  /// One stage's measurements.
  public struct StageResult: Sendable {
    /// The stage.
    public var stage: BenchmarkStage
    /// Wall time of each run, in seconds, in run order.
    public var seconds: [Double]
    /// The largest peak resident set over the runs, in bytes.
    public var peakResidentBytes: Int
    /// Records the stage read.
    public var records: Int
    /// Records it rejected, when it checks them (`nil` for the full run, which reports them itself).
    public var rejected: Int?

    /// Creates one stage's result.
    public init(
      stage: BenchmarkStage, seconds: [Double], peakResidentBytes: Int, records: Int, rejected: Int?
    ) {
      self.stage = stage
      self.seconds = seconds
      self.peakResidentBytes = peakResidentBytes
      self.records = records
      self.rejected = rejected
    }

    /// The median wall time, in seconds.
    public var median: Double {
      let sorted = seconds.sorted()
      guard !sorted.isEmpty else { return 0 }
      let middle = sorted.count / 2
      return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
  }

  /// The pandas + VADER comparison: its time and memory, or why it was skipped.
  public enum Python: Sendable {
    /// It ran once.
    case ran(seconds: Double, peakResidentBytes: Int)
    /// It was skipped, with a one-line reason.
    case skipped(String)
  }

  /// The input file.
  public var input: String
  /// Its layout.
  public var kind: SyntheticExport.Kind
  /// Its size in bytes.
  public var bytes: Int
  /// Analysis threads.
  public var threads: Int
  /// Runs per stage.
  public var runs: Int
  /// The stages, in the order they ran.
  public var stages: [StageResult]
  /// The pandas + VADER comparison.
  public var python: Python?

  /// Creates a report from its parts.
  public init(
    input: String, kind: SyntheticExport.Kind, bytes: Int, threads: Int, runs: Int,
    stages: [StageResult],
    python: Python?
  ) {
    self.input = input
    self.kind = kind
    self.bytes = bytes
    self.threads = threads
    self.runs = runs
    self.stages = stages
    self.python = python
  }

  /// The bare parse's median, the denominator of every ratio.
  public var baseline: Double { stages.first { $0.stage == .bareParse }?.median ?? 0 }

  /// The report as printed: a header line, the table, and the pandas line or the reason it was skipped.
  public var text: String {
    let records = stages.first { $0.stage == .ingest }?.records ?? stages.first?.records ?? 0
    let rejected = stages.first { $0.stage == .ingest }?.rejected ?? 0
    var lines = [
      "input: \(input) (\(kind.rawValue), \(BenchmarkTable.fixed(Double(bytes) / 1e6, 1)) MB, \(records) records, \(rejected) rejected)",
      "median of \(runs) run\(runs == 1 ? "" : "s") per stage, \(threads) analysis thread\(threads == 1 ? "" : "s"), each stage in its own process",
      "",
    ]
    var table = BenchmarkTable(header: [
      "stage", "median s", "MB/s", "records/s", "peak RSS MiB", "× bare parse",
    ])
    for stage in stages {
      table.add(
        row(
          stage.stage.title, seconds: stage.median, records: stage.records,
          peak: stage.peakResidentBytes))
    }
    switch python {
    case .ran(let seconds, let peak):
      table.add(row("pandas + VADER (1 run)", seconds: seconds, records: records, peak: peak))
      lines += table.lines
      if let full = stages.first(where: { $0.stage == .fullRun }), full.median > 0 {
        lines.append("")
        let ratio = seconds / full.median
        let comparison =
          ratio >= 1
          ? "\(BenchmarkTable.fixed(ratio, 1))× faster than"
          : "\(BenchmarkTable.fixed(1 / ratio, 1))× slower than"
        lines.append("full run is \(comparison) pandas + VADER (which reads English only)")
      }
    case .skipped(let reason):
      lines += table.lines
      lines.append("")
      lines.append("pandas + VADER skipped: \(reason)")
    case nil:
      lines += table.lines
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func row(_ title: String, seconds: Double, records: Int, peak: Int) -> [String] {
    let megabytes = Double(bytes) / 1e6
    return [
      title, BenchmarkTable.fixed(seconds, 3),
      seconds > 0 ? BenchmarkTable.fixed(megabytes / seconds, 1) : "-",
      seconds > 0 ? "\(Int((Double(records) / seconds).rounded()))" : "-",
      BenchmarkTable.fixed(Double(peak) / 1_048_576, 1),
      baseline > 0 ? BenchmarkTable.fixed(seconds / baseline, 2) : "-",
    ]
  }
}
