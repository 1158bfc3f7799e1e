import OtklikIngest
public import OtklikText

/// `otklik analyze`: reads a CSV (or standard input, `-`) and writes one analysed row per input row,
/// in order, as CSV or JSON lines.
public struct AnalyzeRunner {
  /// The output format.
  public enum Format: String, Sendable, CaseIterable {
    case csv, jsonl
  }

  /// The analyser to use.
  public var analyzer: TextAnalyzer
  /// The header of the column with the text.
  public var textColumn: String
  /// The header of an id column to copy into the output, if any.
  public var idColumn: String?
  /// The output format.
  public var format: Format

  /// Creates a runner.
  public init(
    analyzer: TextAnalyzer, textColumn: String, idColumn: String? = nil, format: Format = .csv
  ) {
    self.analyzer = analyzer
    self.textColumn = textColumn
    self.idColumn = idColumn
    self.format = format
  }

  /// Analyses every row of `path`, writing to `output`; returns how many rows were written.
  ///
  /// A defective row (ragged, bad bytes) still gets its output row, analysed from whatever its text
  /// field holds, so output rows line up with input rows.
  @discardableResult
  public func run(path: String, output: OutputWriter) throws(AnalysisError) -> Int {
    let table = try LabelledCSV(path: path, columns: [textColumn] + (idColumn.map { [$0] } ?? []))
    if format == .csv { output.write(AnalysisRow.csvHeader(hasID: idColumn != nil)) }
    var rows = 0
    while let fields = try table.next() {
      rows += 1
      let analysis = analyzer.analyze(fields[0])
      let id = idColumn == nil ? nil : fields[1]
      switch format {
      case .csv: output.write(AnalysisRow.csv(row: rows, id: id, analysis: analysis))
      case .jsonl: output.write(AnalysisRow.json(row: rows, id: id, analysis: analysis))
      }
    }
    output.flush()
    return rows
  }
}
