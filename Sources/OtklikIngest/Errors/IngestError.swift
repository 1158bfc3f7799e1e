/// Why a whole input file could not be read: the file-level failures of the ingest stage.
///
/// Problems with single records never become an `IngestError`; they become ``Reject``s and the
/// reader goes on. Every case carries the path as the analyst wrote it, so that a message read in a
/// cron log points at the file.
public enum IngestError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Nothing exists at the path.
  case fileNotFound(path: String)
  /// The path names a directory.
  case isDirectory(path: String)
  /// The file exists but could not be opened or read; `cause` is the system's explanation.
  case unreadable(path: String, cause: String)
  /// The file holds no bytes (or only a byte-order mark and blank lines).
  case emptyFile(path: String)
  /// The file has a header but no data records.
  case headerOnly(path: String)
  /// The header record itself is broken (unterminated quote, invalid bytes, …).
  case malformedHeader(path: String, reason: String)
  /// libcsv failed in a way that is not about one record (it ran out of memory); `line` is where.
  case parserFailure(path: String, line: Int, cause: String)
  /// The source's settings cannot work for this file (a chunk size below 1, an unknown column, …).
  case invalidSettings(path: String, reason: String)

  /// The file the error is about.
  public var path: String {
    switch self {
    case .fileNotFound(let path), .isDirectory(let path), .unreadable(let path, _),
      .emptyFile(let path), .headerOnly(let path), .malformedHeader(let path, _),
      .parserFailure(let path, _, _), .invalidSettings(let path, _):
      return path
    }
  }

  /// A short, lowercase, factual message that starts with the path: `data/x.csv: file not found`.
  public var description: String {
    switch self {
    case .fileNotFound(let path): return "\(path): file not found"
    case .isDirectory(let path): return "\(path): is a directory, not a csv file"
    case .unreadable(let path, let cause): return "\(path): cannot read: \(cause)"
    case .emptyFile(let path): return "\(path): empty file"
    case .headerOnly(let path): return "\(path): header only, no records"
    case .malformedHeader(let path, let reason): return "\(path):1: malformed header: \(reason)"
    case .parserFailure(let path, let line, let cause):
      return "\(path):\(line): csv parser failed: \(cause)"
    case .invalidSettings(let path, let reason): return "\(path): \(reason)"
    }
  }
}
