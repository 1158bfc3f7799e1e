import Yams

/// What every editable YAML data file of Otklik shares: how ids are spelled and how a parser error
/// becomes a line number and words (the taxonomy here; the library's resources and partnership
/// ideas in `OtklikBrief`).
package enum YAMLFiles {
  /// Lowercase ASCII letters and digits in words joined by single underscores, starting with a letter.
  package static func isSnakeCase(_ id: String) -> Bool {
    let bytes = Array(id.utf8)
    guard let first = bytes.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first),
      bytes.last != UInt8(ascii: "_")
    else { return false }
    var previous: UInt8 = 0
    for byte in bytes {
      let isLower = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
      let isDigit = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
      let isUnderscore = byte == UInt8(ascii: "_")
      if !(isLower || isDigit || isUnderscore) || (isUnderscore && previous == byte) {
        return false
      }
      previous = byte
    }
    return true
  }

  /// The line and the parser's words for a Yams error, without Yams's multi-line snippet.
  package static func describe(_ error: any Error) -> (line: Int?, text: String) {
    guard let yamlError = error as? YamlError else { return (nil, "\(error)") }
    switch yamlError {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let text = [context?.text, problem].compactMap { $0 }.joined(separator: ", ")
      return (mark.line, text)
    case .reader(let problem, _, _, _): return (nil, problem)
    case .duplicatedKeysInMapping(let duplicates, let context):
      return (context.mark.line, "duplicate keys \(duplicates.joined(separator: ", "))")
    default: return (nil, "\(yamlError)")
    }
  }

  /// Whether a node is YAML's null (empty, `~`, `null`): a key written with no value.
  package static func isNull(_ node: Node) -> Bool {
    guard let scalar = node.scalar, scalar.style == .plain else { return false }
    return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }
}
