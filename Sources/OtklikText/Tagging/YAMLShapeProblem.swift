/// What can be wrong with the shape of any YAML data file an analyst edits (the taxonomy, the
/// library's resources, the partnership ideas), before its own rules are checked.
public enum YAMLShapeProblem: Sendable, Hashable {
  /// The text is not valid YAML; the parser's own words.
  case syntax(String)
  /// `version` is present but is not `1`.
  case unsupportedVersion(String)
  /// A node has the wrong shape ("a list of tags", "a mapping", "a string").
  case expected(String)
  /// A required key is missing.
  case missingKey(String)
  /// A key this format does not know; `allowed` lists the ones it does.
  case unknownKey(String, allowed: [String])

  /// The message, lowercase and short, without the location.
  public var message: String {
    switch self {
    case .syntax(let text): "invalid yaml: \(text)"
    case .unsupportedVersion(let version): "unsupported version '\(version)' (expected 1)"
    case .expected(let what): "expected \(what)"
    case .missingKey(let key): "missing key '\(key)'"
    case .unknownKey(let key, let allowed):
      "unknown key '\(key)' (expected \(allowed.joined(separator: ", ")))"
    }
  }
}
