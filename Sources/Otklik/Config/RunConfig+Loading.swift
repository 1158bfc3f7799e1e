import Foundation
import OtklikIngest
import OtklikReport
import Yams

extension RunConfig {
  /// Reads and checks a config file.
  ///
  /// - Throws: ``ConfigError`` naming the file, the line and the key of the first problem.
  public static func load(path: String) throws(ConfigError) -> RunConfig {
    let url = URL(fileURLWithPath: path)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      throw ConfigError(file: path, message: "no such file")
    }
    guard !isDirectory.boolValue else {
      throw ConfigError(file: path, message: "is a directory, not a config file")
    }
    guard let data = FileManager.default.contents(atPath: url.path),
      let text = String(data: data, encoding: .utf8)
    else {
      throw ConfigError(file: path, message: "cannot be read as UTF-8 text")
    }
    return try parse(text, file: path, directory: url.deletingLastPathComponent())
  }

  /// Parses config text; `directory` anchors relative paths.
  public static func parse(_ text: String, file: String, directory: URL) throws(ConfigError)
    -> RunConfig
  {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      switch error {
      case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
        .composer(_, let problem, let mark, _):
        throw ConfigError(file: file, line: mark.line, message: "invalid yaml: \(problem)")
      default:
        throw ConfigError(file: file, message: "invalid yaml: \(error)")
      }
    } catch {
      throw ConfigError(file: file, message: "invalid yaml: \(error)")
    }
    guard let root else { throw ConfigError(file: file, message: "the file is empty") }
    let reader = ConfigNode(node: root, path: "", file: file)
    return try reader.runConfig(directory: directory)
  }
}

/// A YAML node with the key path that led to it, so every error can say where it is.
private struct ConfigNode {
  let node: Node
  let path: String
  let file: String

  func error(_ message: String) -> ConfigError {
    ConfigError(file: file, line: node.mark?.line, key: path.isEmpty ? nil : path, message: message)
  }

  /// The mapping's entries in file order, with unknown keys rejected.
  func mapping(allowed: Set<String>) throws(ConfigError) -> [(key: String, value: ConfigNode)] {
    guard let mapping = node.mapping else { throw error("expected a mapping of keys to values") }
    var entries: [(key: String, value: ConfigNode)] = []
    for (keyNode, valueNode) in mapping {
      guard let key = keyNode.string else {
        throw ConfigNode(node: keyNode, path: path, file: file).error("keys must be text")
      }
      let child = ConfigNode(node: valueNode, path: join(key), file: file)
      guard allowed.contains(key) else {
        let known = allowed.sorted().joined(separator: ", ")
        throw ConfigNode(node: keyNode, path: child.path, file: file)
          .error("unknown key (expected one of: \(known))")
      }
      if entries.contains(where: { $0.key == key }) {
        throw ConfigNode(node: keyNode, path: child.path, file: file).error("key given twice")
      }
      entries.append((key, child))
    }
    return entries
  }

  func join(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

  func string() throws(ConfigError) -> String {
    guard case .scalar(let scalar) = node else { throw error("expected a text value") }
    return scalar.string
  }

  func nonEmptyString() throws(ConfigError) -> String {
    let value = try string().trimmingCharacters(in: .whitespaces)
    guard !value.isEmpty else { throw error("must not be empty") }
    return value
  }

  func double() throws(ConfigError) -> Double {
    guard let value = node.float else { throw error("expected a number") }
    return value
  }

  func sequence() throws(ConfigError) -> [ConfigNode] {
    guard let sequence = node.sequence else { throw error("expected a list") }
    return sequence.enumerated().map {
      ConfigNode(node: $0.element, path: "\(path)[\($0.offset)]", file: file)
    }
  }

  func stringList() throws(ConfigError) -> [String] {
    var values: [String] = []
    for item in try sequence() { values.append(try item.nonEmptyString()) }
    return values
  }

  func runConfig(directory: URL) throws(ConfigError) -> RunConfig {
    var title = "Otklik"
    var language = "ru"
    var output = directory.appendingPathComponent("reports")
    var history: URL?
    var maxRejectShare = 0.05
    var taxonomy: [URL] = []
    var lexicons: [URL] = []
    var thresholds = SentimentThresholds()
    var sources: [SourceConfig] = []
    var sawSources = false
    for (key, value) in try mapping(allowed: ["report", "analysis", "sources"]) {
      switch key {
      case "report":
        for (key, value) in try value.mapping(allowed: [
          "title", "lang", "output", "history", "max_reject_share",
        ]) {
          switch key {
          case "title": title = try value.nonEmptyString()
          case "lang":
            language = try value.nonEmptyString()
            guard ["ru", "en"].contains(language) else {
              throw value.error("unknown language '\(language)' (expected ru or en)")
            }
          case "output":
            output = resolve(try value.nonEmptyString(), against: directory, isDirectory: true)
          case "history": history = resolve(try value.nonEmptyString(), against: directory)
          default:
            maxRejectShare = try value.double()
            guard (0...1).contains(maxRejectShare) else {
              throw value.error("must be a share between 0 and 1")
            }
          }
        }
      case "analysis":
        for (key, value) in try value.mapping(allowed: ["taxonomy", "lexicons", "thresholds"]) {
          switch key {
          case "thresholds": thresholds = try value.sentimentThresholds()
          case "taxonomy": taxonomy = try value.stringList().map { resolve($0, against: directory) }
          default: lexicons = try value.stringList().map { resolve($0, against: directory) }
          }
        }
      default:
        sawSources = true
        let items = try value.sequence()
        guard !items.isEmpty else { throw value.error("list at least one source") }
        for item in items {
          let source = try item.source(directory: directory)
          if sources.contains(where: { $0.spec.name == source.spec.name }) {
            throw item.error("source name '\(source.spec.name)' is used twice")
          }
          sources.append(source)
        }
      }
    }
    guard sawSources else { throw error("missing key 'sources'") }
    return RunConfig(
      file: file, directory: directory, title: title, language: language,
      outputDirectory: output, historyPath: history, maxRejectShare: maxRejectShare,
      taxonomyFiles: taxonomy,
      lexiconFiles: lexicons, sentimentThresholds: thresholds, sources: sources)
  }

  /// `{ positive: 0.1, negative: 0.1 }`: each a score between 0 and 1, either may be left out.
  func sentimentThresholds() throws(ConfigError) -> SentimentThresholds {
    var thresholds = SentimentThresholds()
    for (key, value) in try mapping(allowed: ["positive", "negative"]) {
      let score = try value.double()
      guard score > 0, score < 1 else { throw value.error("must be a score above 0 and below 1") }
      if key == "positive" { thresholds.positive = score } else { thresholds.negative = score }
    }
    return thresholds
  }

  func source(directory: URL) throws(ConfigError) -> SourceConfig {
    var name: String?
    var kind: SourceKind?
    var pattern: String?
    var delimiter: UInt8?
    var encoding: TextEncoding?
    var columns: [String: ColumnSpec] = [:]
    var company: String?
    var maxFieldBytes = SourceSpec.defaultMaxFieldBytes
    let allowed: Set<String> = [
      "name", "kind", "path", "delimiter", "encoding", "columns", "company", "max_field_bytes",
    ]
    for (key, value) in try mapping(allowed: allowed) {
      switch key {
      case "name": name = try value.nonEmptyString()
      case "kind":
        let text = try value.nonEmptyString()
        guard let parsed = SourceKind(rawValue: text) else {
          throw value.error("unknown kind '\(text)' (expected survey or reviews)")
        }
        kind = parsed
      case "path": pattern = resolve(try value.nonEmptyString(), against: directory).path
      case "delimiter": delimiter = try value.delimiter()
      case "encoding":
        let text = try value.nonEmptyString().lowercased()
        guard let parsed = TextEncoding(rawValue: text) ?? Self.encodingAliases[text] else {
          throw value.error("unknown encoding '\(text)' (expected utf-8 or windows-1251)")
        }
        encoding = parsed
      case "columns": columns = try value.columns()
      case "company": company = try value.nonEmptyString()
      default:
        let bytes = try value.double()
        guard bytes >= 1, bytes <= Double(Int32.max) else {
          throw value.error("must be a positive number of bytes")
        }
        maxFieldBytes = Int(bytes)
      }
    }
    guard let name else { throw error("missing key 'name'") }
    guard let kind else { throw error("missing key 'kind' (survey or reviews)") }
    guard let pattern else { throw error("missing key 'path'") }
    let spec = SourceSpec(
      name: name, kind: kind, delimiter: delimiter, encoding: encoding, columns: columns,
      company: company, maxFieldBytes: maxFieldBytes)
    return SourceConfig(spec: spec, pattern: pattern, line: node.mark?.line)
  }

  static let encodingAliases: [String: TextEncoding] = [
    "utf8": .utf8, "cp1251": .windows1251, "windows1251": .windows1251,
  ]

  func delimiter() throws(ConfigError) -> UInt8 {
    let text = try string()
    switch text {
    case ",": return UInt8(ascii: ",")
    case ";": return UInt8(ascii: ";")
    case "\t", "tab", "\\t": return UInt8(ascii: "\t")
    default: throw error("unknown delimiter '\(text)' (expected ',', ';' or tab)")
    }
  }

  func columns() throws(ConfigError) -> [String: ColumnSpec] {
    guard let mapping = node.mapping else { throw error("expected header text: role pairs") }
    var columns: [String: ColumnSpec] = [:]
    for (keyNode, valueNode) in mapping {
      guard let header = keyNode.string?.trimmingCharacters(in: .whitespaces), !header.isEmpty
      else {
        throw ConfigNode(node: keyNode, path: path, file: file).error("column names must be text")
      }
      let child = ConfigNode(node: valueNode, path: join(header), file: file)
      let normalised = header.lowercased()
      guard columns[normalised] == nil else { throw child.error("column given twice") }
      columns[normalised] = try child.columnSpec()
    }
    return columns
  }

  func columnSpec() throws(ConfigError) -> ColumnSpec {
    if case .scalar = node { return ColumnSpec(role: try role()) }
    var role: ColumnRole?
    var range: ClosedRange<Int>?
    var options: [String] = []
    for (key, value) in try mapping(allowed: ["role", "range", "options"]) {
      switch key {
      case "role": role = try value.role()
      case "range": range = try value.range()
      default: options = try value.stringList()
      }
    }
    guard let role else { throw error("missing key 'role'") }
    if range != nil, role != .scale {
      throw error("'range' applies to role scale only")
    }
    return ColumnSpec(role: role, range: range, options: options)
  }

  func role() throws(ConfigError) -> ColumnRole {
    let text = try nonEmptyString()
    guard let role = ColumnRole(rawValue: text) else {
      let known = ColumnRole.allCases.map(\.rawValue).joined(separator: ", ")
      throw error("unknown role '\(text)' (expected one of: \(known))")
    }
    return role
  }

  func range() throws(ConfigError) -> ClosedRange<Int> {
    let parts = try string().split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "." })
    guard parts.count == 2, let low = Int(parts[0].trimmingCharacters(in: .whitespaces)),
      let high = Int(parts[1].trimmingCharacters(in: .whitespaces)), low < high
    else { throw error("expected a range like 1-5") }
    return low...high
  }
}

/// Resolves a config path against the config's folder, leaving absolute paths alone.
private func resolve(_ path: String, against directory: URL, isDirectory: Bool = false) -> URL {
  if path.hasPrefix("/") { return URL(fileURLWithPath: path, isDirectory: isDirectory) }
  return directory.appendingPathComponent(path, isDirectory: isDirectory).standardizedFileURL
}
