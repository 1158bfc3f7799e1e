import OtklikIngest

/// Reads chosen columns of a CSV by header name through the ingest ``CSVReader``, one row at a time.
///
/// Used by `analyze` and `eval`; every row comes out, a missing field as an empty string.
final class LabelledCSV {
  private let reader: CSVReader
  private let indices: [Int]
  let path: String

  /// Opens `path` (or `-` for standard input) and finds `columns` in its header (exact match first,
  /// then case-insensitive).
  init(path: String, columns: [String]) throws(AnalysisError) {
    self.path = path
    do {
      reader = try CSVReader(path: path)
    } catch {
      throw .input(path: path, cause: error.description)
    }
    let header = reader.header.strings.map { $0.trimmingCharactersInSpaces() }
    var indices: [Int] = []
    for column in columns {
      guard
        let index = header.firstIndex(of: column)
          ?? header.firstIndex(where: { $0.lowercased() == column.lowercased() })
      else {
        throw .missingColumn(path: path, column: column, available: header)
      }
      indices.append(index)
    }
    self.indices = indices
  }

  /// The chosen fields of the next row, or nil at the end.
  func next() throws(AnalysisError) -> [String]? {
    let record: RawRecord?
    do {
      record = try reader.next()
    } catch {
      if case .headerOnly = error { return nil }
      throw .input(path: path, cause: error.description)
    }
    guard let record else { return nil }
    return indices.map { $0 < record.count ? record.string($0) : "" }
  }
}

extension String {
  /// The string without leading and trailing spaces (and a BOM).
  fileprivate func trimmingCharactersInSpaces() -> String {
    var scalars = Substring(self)
    while let first = scalars.first, first == " " || first == "\u{FEFF}" { scalars.removeFirst() }
    while let last = scalars.last, last == " " { scalars.removeLast() }
    return String(scalars)
  }
}
