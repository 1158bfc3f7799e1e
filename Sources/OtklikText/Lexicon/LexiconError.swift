/// A lexicon or modifier file that breaks the format in `FORMATS.md`, with the file and line to fix.
public struct LexiconError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What is wrong with a line.
  public enum Reason: Sendable, Hashable {
    /// The line has no tab between term and valence.
    case missingTab
    /// The valence is not a number.
    case badValence(String)
    /// The valence is outside [-4, 4].
    case valenceOutOfRange(Double)
    /// The term is empty or blank.
    case emptyTerm
    /// The term was already defined on an earlier line of the same file.
    case duplicate(term: String, firstLine: Int)
    /// A phrase with more than ``LexiconTerm/longestPhrase`` words.
    case phraseTooLong(String)
    /// A modifier line whose kind is not one the engine knows.
    case unknownModifierKind(String)
    /// A modifier kind that needs a value (a scale or a valence) has none.
    case missingValue(String)
    /// An `absence` line whose term is not a negator or post-negator of the same file.
    case absenceWithoutNegator(String)
  }

  /// The file's name as the caller gave it (e.g. `ru.tsv`).
  public var file: String
  /// The 1-based line number.
  public var line: Int
  /// What is wrong.
  public var reason: Reason

  /// Creates an error for `file`, `line`.
  public init(file: String, line: Int, reason: Reason) {
    self.file = file
    self.line = line
    self.reason = reason
  }

  /// `file:line: what is wrong`, lowercase and short.
  public var description: String {
    let what: String
    switch reason {
    case .missingTab: what = "missing tab between term and valence"
    case .badValence(let text): what = "valence '\(text)' is not a number"
    case .valenceOutOfRange(let value): what = "valence \(value) is outside -4...4"
    case .emptyTerm: what = "empty term"
    case .duplicate(let term, let firstLine):
      what = "'\(term)' is defined twice (first on line \(firstLine))"
    case .phraseTooLong(let term):
      what = "phrase '\(term)' has more than \(LexiconTerm.longestPhrase) words"
    case .unknownModifierKind(let kind):
      what =
        "unknown modifier kind '\(kind)' (expected \(ModifierKind.allCases.map(\.rawValue).joined(separator: ", ")))"
    case .missingValue(let kind): what = "modifier kind '\(kind)' needs a value after a second tab"
    case .absenceWithoutNegator(let term):
      what = "absence '\(term)' marks no negator or post_negator of this file"
    }
    return "\(file):\(line): \(what)"
  }
}
