public import OtklikText

/// Why `resources.yaml` or `partnership-ideas.yaml` could not be loaded: every problem found, each
/// with its file and line, printed like the taxonomy's.
public typealias BriefDataError = DataFileError<BriefDataIssue>

/// One problem in a brief data file, with where it is.
public struct BriefDataIssue: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file name as given to the loader.
  public var file: String
  /// The 1-based line, when the YAML parser gave one.
  public var line: Int?
  /// What is wrong.
  public var problem: Problem

  /// Creates an issue.
  public init(file: String, line: Int?, problem: Problem) {
    self.file = file
    self.line = line
    self.problem = problem
  }

  /// What can be wrong in a resources or ideas file.
  public enum Problem: Sendable, Hashable {
    /// The file's shape is wrong: invalid YAML, a wrong version, a wrong node, a missing or unknown
    /// key.
    case shape(YAMLShapeProblem)
    /// An id that is not lowercase ASCII snake_case.
    case invalidID(String)
    /// An id defined before, on `firstLine`.
    case duplicateID(String, firstLine: Int?)
    /// A text without its `ru` or `en` translation, or with a blank one.
    case missingLabel(language: String)
    /// A list that must hold at least one item is empty.
    case emptyList(String)
    /// A tag id the taxonomy does not define.
    case unknownTag(String)
    /// A tag whose kind does not fit where it is named (a need listed as a pain point).
    case wrongTagKind(String, kind: String, expected: String)
    /// A resource id `resources.yaml` does not define.
    case unknownResource(String)
    /// A `{slot}` in an idea's sentence that briefs cannot fill, or that the idea has no data for.
    case unknownSlot(String, allowed: [String])
    /// A value that is not a number in the allowed range.
    case invalidNumber(String, expected: String)
    /// A value outside the words this key accepts.
    case unknownValue(String, allowed: [String])
  }

  /// `file:line: message`, lowercase and short.
  public var description: String {
    "\(line.map { "\(file):\($0)" } ?? file): \(message)"
  }

  /// The message without the location.
  public var message: String {
    switch problem {
    case .shape(let shape): shape.message
    case .invalidID(let id): "id '\(id)' is not lowercase snake_case (like career_days)"
    case .duplicateID(let id, let firstLine):
      "duplicate id '\(id)'" + (firstLine.map { " (first defined on line \($0))" } ?? "")
    case .missingLabel(let language): "missing \(language) text"
    case .emptyList(let key): "'\(key)' must list at least one item"
    case .unknownTag(let id): "unknown tag id '\(id)' (not in the taxonomy)"
    case .wrongTagKind(let id, let kind, let expected):
      "tag '\(id)' is a \(kind), expected \(expected)"
    case .unknownResource(let id): "unknown resource id '\(id)' (not in resources.yaml)"
    case .unknownSlot(let slot, let allowed):
      "unknown slot '{\(slot)}' (expected \(allowed.map { "{\($0)}" }.joined(separator: ", ")))"
    case .invalidNumber(let text, let expected): "'\(text)' is not \(expected)"
    case .unknownValue(let text, let allowed):
      "unknown value '\(text)' (expected \(allowed.joined(separator: ", ")))"
    }
  }
}
