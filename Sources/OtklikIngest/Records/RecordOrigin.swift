/// Where a record (or a reject) came from, so that every message can point an analyst at it.
///
/// `record` counts data records from 1 (the header is record 0); `line` is the physical line of the
/// file on which the record starts, also from 1. They differ when quoted fields hold line breaks.
public struct RecordOrigin: Sendable, Hashable, Codable {
  /// The file as the analyst named it (`-` for standard input).
  public var file: String
  /// The 1-based number of the data record in its file; the header is record 0.
  public var record: Int
  /// The 1-based physical line on which the record starts.
  public var line: Int

  public init(file: String, record: Int, line: Int) {
    self.file = file
    self.record = record
    self.line = line
  }
}

extension RecordOrigin: CustomStringConvertible {
  /// `file:line (record N)`, the form used in every diagnostic.
  public var description: String { "\(file):\(line) (record \(record))" }
}
