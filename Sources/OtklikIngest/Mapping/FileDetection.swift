/// What the reader found out about a file before its first record: format, header, column roles.
///
/// Everything here is printable, so a run and `otklik inspect` can say what was guessed
/// (``lines``).
public struct FileDetection: Sendable, Hashable {
  /// The file as named.
  public var file: String
  /// Survey or reviews.
  public var kind: SourceKind
  /// Encoding and delimiter, detected or given.
  public var format: CSVFormat
  /// The header names as shown (folded, duplicates numbered).
  public var header: [String]
  /// One mapping per column, in file order.
  public var columns: [ColumnMapping]
  /// Config column keys that match no header of this file (so the config may be wrong).
  public var unmatchedColumnSpecs: [String]

  /// Creates a detection from its parts.
  public init(
    file: String, kind: SourceKind, format: CSVFormat, header: [String], columns: [ColumnMapping],
    unmatchedColumnSpecs: [String] = []
  ) {
    self.file = file
    self.kind = kind
    self.format = format
    self.header = header
    self.columns = columns
    self.unmatchedColumnSpecs = unmatchedColumnSpecs
  }

  /// Lines for a log or a terminal: the format, then one line per column, then config keys that
  /// matched nothing.
  ///
  /// ```
  /// encoding utf-8 (detected), delimiter , (detected)
  /// column 'Район' → segment (guessed)
  /// ```
  public var lines: [String] {
    [format.summary] + columns.map(\.description)
      + unmatchedColumnSpecs.map { "config column '\($0)' matches no header" }
  }
}
