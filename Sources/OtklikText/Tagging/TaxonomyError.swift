/// Why a taxonomy could not be loaded or merged: every problem found, each with its file and line.
public typealias TaxonomyError = DataFileError<TaxonomyIssue>

/// One problem in a taxonomy file, with where it is.
public struct TaxonomyIssue: Error, Sendable, Hashable, CustomStringConvertible {
  /// Where the problem is.
  public var location: TaxonomyLocation
  /// What is wrong.
  public var problem: Problem

  /// Creates an issue.
  public init(location: TaxonomyLocation, problem: Problem) {
    self.location = location
    self.problem = problem
  }

  /// What can be wrong in a taxonomy file.
  public enum Problem: Sendable, Hashable {
    /// The file's shape is wrong: invalid YAML, a wrong version, a wrong node, a missing or unknown
    /// key.
    case shape(YAMLShapeProblem)
    /// A tag id that is not lowercase ASCII snake_case.
    case invalidID(String)
    /// A tag id defined before, at `first`.
    case duplicateID(String, first: TaxonomyLocation)
    /// A `kind` that is not one of ``TagKind``'s raw values.
    case unknownKind(String)
    /// A tag without a label in this language (`ru` or `en`), or with a blank one.
    case missingLabel(tag: String, language: String)
    /// A tag whose `patterns` list is empty.
    case noPatterns(tag: String)
    /// A pattern that is the empty string (or YAML null).
    case emptyPattern
    /// A pattern made only of spaces.
    case blankPattern
    /// A pattern that breaks the pattern syntax; `reason` says how.
    case invalidPattern(String, reason: String)
  }

  /// `file:line: message`, lowercase and short.
  public var description: String {
    "\(location): \(message)"
  }

  /// The message without the location.
  public var message: String {
    switch problem {
    case .shape(let shape): shape.message
    case .invalidID(let id): "tag id '\(id)' is not lowercase snake_case (like staff_attitude)"
    case .duplicateID(let id, let first): "duplicate tag id '\(id)' (first defined at \(first))"
    case .unknownKind(let kind):
      "unknown kind '\(kind)' (expected \(TagKind.allCases.map(\.rawValue).joined(separator: ", ")))"
    case .missingLabel(let tag, let language): "tag '\(tag)' has no \(language) label"
    case .noPatterns(let tag): "tag '\(tag)' has no patterns"
    case .emptyPattern: "empty pattern"
    case .blankPattern: "blank pattern"
    case .invalidPattern(let pattern, let reason): "invalid pattern '\(pattern)': \(reason)"
    }
  }
}
