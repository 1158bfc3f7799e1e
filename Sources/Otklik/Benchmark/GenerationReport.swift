/// What `otklik generate` prints: where the file went, its size, records, broken rows and speed.
public struct GenerationReport: Sendable {
  /// The file written.
  public var path: String
  /// What the generator wrote.
  public var summary: SyntheticExport.Summary
  /// Wall time of the generation, in seconds.
  public var seconds: Double

  /// Creates the report of one generation.
  public init(path: String, summary: SyntheticExport.Summary, seconds: Double) {
    self.path = path
    self.summary = summary
    self.seconds = seconds
  }

  /// Two lines: `wrote FILE: 50.0 MB, 151234 records in 0.41 s (122 MB/s)` and the broken rows by
  /// defect.
  public var text: String {
    let megabytes = Double(summary.bytes) / 1e6
    let speed = seconds > 0 ? megabytes / seconds : 0
    let defects = summary.broken.keys.sorted().map { "\($0.rawValue) \(summary.broken[$0] ?? 0)" }
    return """
      wrote \(path): \(BenchmarkTable.fixed(megabytes, 1)) MB, \(summary.records) records \
      in \(BenchmarkTable.fixed(seconds, 2)) s (\(BenchmarkTable.fixed(speed, 0)) MB/s)
      broken rows: \(summary.brokenRows)\(defects.isEmpty ? "" : " (\(defects.joined(separator: ", ")))")
      """
  }
}
