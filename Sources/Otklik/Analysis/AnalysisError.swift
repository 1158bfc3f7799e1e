public import OtklikText

/// A failure while setting up or running text analysis: a missing data folder, a broken lexicon or
/// taxonomy file, an unreadable input or a missing column.
public enum AnalysisError: Error, Sendable, CustomStringConvertible {
  /// No folder with `lexicons/modifiers.tsv` was found.
  case dataFolderNotFound(searched: [String])
  /// A required file is missing or unreadable.
  case unreadable(path: String, cause: String)
  /// A lexicon or modifier file breaks the format.
  case lexicon(LexiconError)
  /// A taxonomy file breaks the format.
  case taxonomy(path: String, cause: String)
  /// The CSV has no column with this header.
  case missingColumn(path: String, column: String, available: [String])
  /// The CSV could not be read.
  case input(path: String, cause: String)

  /// The exit status a command should end with.
  public var exitStatus: ExitStatus {
    switch self {
    case .dataFolderNotFound, .lexicon, .taxonomy: .config
    case .unreadable, .input: .noInput
    case .missingColumn: .usage
    }
  }

  /// A short, lowercase message naming the file and what is wrong.
  public var description: String {
    switch self {
    case .dataFolderNotFound(let searched):
      "no data folder with lexicons/modifiers.tsv found (looked in \(searched.joined(separator: ", "))); set OTKLIK_DATA"
    case .unreadable(let path, let cause): "\(path): cannot read: \(cause)"
    case .lexicon(let error): error.description
    case .taxonomy(_, let cause): cause
    case .missingColumn(let path, let column, let available):
      "\(path): no column '\(column)' (columns: \(available.joined(separator: ", ")))"
    case .input(let path, let cause): "\(path): \(cause)"
    }
  }
}
