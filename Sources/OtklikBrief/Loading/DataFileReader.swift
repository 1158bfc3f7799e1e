import OtklikText
import Yams

/// Walks the YAML node tree of one brief data file, collecting every problem with its line.
///
/// Shared by the resources and the ideas loaders so that both files report the same problems in the
/// same words. Reads return `nil` after recording an issue; callers go on with the next node, so one
/// run lists every problem of a file.
struct DataFileReader {
  /// The file name printed in messages.
  let file: String
  /// Problems found so far, in file order.
  private(set) var issues: [BriefDataIssue] = []
  /// The line of each id seen, per list (`resources`, `ideas`), for duplicate ids.
  private var firstLines: [String: [String: Int?]] = [:]

  init(file: String) {
    self.file = file
  }

  /// The root mapping of `yaml` with its keys checked against `allowed`; `nil` after a problem.
  mutating func root(_ yaml: String, allowed: [String], required: [String]) -> [String: Node]? {
    let node: Node?
    do {
      node = try Yams.compose(yaml: yaml)
    } catch {
      let (line, text) = YAMLFiles.describe(error)
      report(line, .shape(.syntax(text)))
      return nil
    }
    guard let node else {
      report(1, .shape(.expected("a mapping with \(required.joined(separator: " and "))")))
      return nil
    }
    guard let fields = fields(of: node, allowed: allowed, required: required, what: "a mapping")
    else { return nil }
    if let version = fields["version"], version.scalar?.string != "1" {
      report(version, .shape(.unsupportedVersion(version.scalar?.string ?? "")))
    }
    return fields
  }

  /// The values of a mapping by key, reporting unknown keys and missing required ones.
  mutating func fields(
    of node: Node, allowed: [String], required: [String], what: String
  ) -> [String: Node]? {
    guard let mapping = node.mapping else {
      report(node, .shape(.expected(what)))
      return nil
    }
    var fields: [String: Node] = [:]
    for (key, value) in mapping {
      guard let name = key.scalar?.string, allowed.contains(name) else {
        report(key, .shape(.unknownKey(key.scalar?.string ?? "?", allowed: allowed)))
        continue
      }
      fields[name] = value
    }
    for key in required where fields[key] == nil {
      report(node, .shape(.missingKey(key)))
    }
    return fields
  }

  /// The items of a list; an empty or missing list is reported when `nonEmpty`.
  mutating func list(_ node: Node?, key: String, nonEmpty: Bool, parent: Node) -> [Node]? {
    guard let node, !YAMLFiles.isNull(node) else {
      if nonEmpty { report(node ?? parent, .emptyList(key)) }
      return nonEmpty ? nil : []
    }
    guard let items = node.sequence else {
      report(node, .shape(.expected("a list under '\(key)'")))
      return nil
    }
    if nonEmpty && items.isEmpty {
      report(node, .emptyList(key))
      return nil
    }
    return Array(items)
  }

  /// A non-blank string.
  mutating func string(_ node: Node, what: String) -> String? {
    guard let scalar = node.scalar, !YAMLFiles.isNull(node) else {
      report(node, .shape(.expected(what)))
      return nil
    }
    guard !scalar.string.allSatisfy(\.isWhitespace) else {
      report(node, .shape(.expected(what)))
      return nil
    }
    return scalar.string
  }

  /// A `{ru: …, en: …}` mapping with both texts present and not blank.
  mutating func localized(_ node: Node) -> LocalizedText? {
    guard
      let fields = fields(
        of: node, allowed: ["ru", "en"], required: [], what: "a mapping with ru and en")
    else { return nil }
    return localized(fields: fields, at: node)
  }

  /// The `ru` and `en` texts among a mapping's already checked `fields`, both present and not blank.
  mutating func localized(fields: [String: Node], at node: Node) -> LocalizedText? {
    var texts: [String: String] = [:]
    for language in ["ru", "en"] {
      guard let value = fields[language], let text = value.scalar?.string, !YAMLFiles.isNull(value),
        !text.allSatisfy(\.isWhitespace)
      else {
        report(fields[language] ?? node, .missingLabel(language: language))
        continue
      }
      texts[language] = text
    }
    guard let ru = texts["ru"], let en = texts["en"] else { return nil }
    return LocalizedText(ru: ru, en: en)
  }

  /// A list of `{ru, en}` texts.
  mutating func localizedList(_ node: Node?, key: String, nonEmpty: Bool, parent: Node)
    -> [LocalizedText]?
  {
    guard let items = list(node, key: key, nonEmpty: nonEmpty, parent: parent) else { return nil }
    let texts = items.compactMap { localized($0) }
    return texts.count == items.count ? texts : nil
  }

  /// A snake_case id, unique within `scope` (`resources`, `ideas`).
  mutating func id(_ node: Node, scope: String) -> String? {
    guard let text = string(node, what: "an id") else { return nil }
    guard YAMLFiles.isSnakeCase(text) else {
      report(node, .invalidID(text))
      return nil
    }
    if let first = firstLines[scope]?[text] {
      report(node, .duplicateID(text, firstLine: first))
      return nil
    }
    firstLines[scope, default: [:]][text] = node.mark?.line
    return text
  }

  /// A list of snake_case references (tag or resource ids), each with its line.
  mutating func references(_ node: Node?, key: String, nonEmpty: Bool, parent: Node) -> [(
    String, Int?
  )]? {
    guard let items = list(node, key: key, nonEmpty: nonEmpty, parent: parent) else { return nil }
    var result: [(String, Int?)] = []
    for item in items {
      guard let text = string(item, what: "an id") else { return nil }
      result.append((text, item.mark?.line))
    }
    return result
  }

  /// A whole number in `range`.
  mutating func integer(_ node: Node, in range: ClosedRange<Int>) -> Int? {
    guard let text = node.scalar?.string, let value = Int(text), range.contains(value) else {
      report(
        node,
        .invalidNumber(
          node.scalar?.string ?? "?",
          expected: "a whole number from \(range.lowerBound) to \(range.upperBound)"))
      return nil
    }
    return value
  }

  /// A number in `range`.
  mutating func number(_ node: Node, in range: ClosedRange<Double>) -> Double? {
    guard let text = node.scalar?.string, let value = Double(text), range.contains(value) else {
      report(
        node,
        .invalidNumber(
          node.scalar?.string ?? "?",
          expected: "a number from \(range.lowerBound) to \(range.upperBound)"))
      return nil
    }
    return value
  }

  /// Records a problem at `node`'s line.
  mutating func report(_ node: Node, _ problem: BriefDataIssue.Problem) {
    report(node.mark?.line, problem)
  }

  /// Records a problem at `line`.
  mutating func report(_ line: Int?, _ problem: BriefDataIssue.Problem) {
    issues.append(BriefDataIssue(file: file, line: line, problem: problem))
  }
}
