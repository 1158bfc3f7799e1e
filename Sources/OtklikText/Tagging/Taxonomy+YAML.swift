import Yams

extension Taxonomy {
  /// Parses one taxonomy file from its contents (see FORMATS.md, "Taxonomy").
  ///
  /// Every problem is collected before throwing, each with the file name and the line that YAML
  /// node starts on: invalid YAML, unknown keys, missing `id`/`kind`/`label`/`patterns`, an id
  /// that is not snake_case or repeats, an unknown kind, a missing or blank `ru`/`en` label, and
  /// empty, blank or malformed patterns (see ``TagPattern``).
  ///
  /// - Parameters:
  ///   - yaml: the file's contents.
  ///   - file: the name to print in messages (`data/taxonomy.yaml`).
  /// - Throws: ``TaxonomyError`` listing every problem found.
  public init(yaml: String, file: String) throws(TaxonomyError) {
    var reader = TaxonomyReader(file: file)
    let tags = reader.read(yaml)
    if !reader.issues.isEmpty { throw TaxonomyError(issues: reader.issues) }
    try self.init(tags: tags, files: [file])
  }
}

/// Walks the YAML node tree of one file, building tags and collecting problems.
private struct TaxonomyReader {
  static let topKeys = ["version", "tags"]
  static let tagKeys = ["id", "kind", "label", "patterns", "exclude"]
  static let labelKeys = ["ru", "en"]

  let file: String
  var issues: [TaxonomyIssue] = []
  var firstByID: [String: TaxonomyLocation] = [:]

  init(file: String) {
    self.file = file
  }

  mutating func read(_ yaml: String) -> [TaxonomyTag] {
    let root: Node?
    do {
      root = try Yams.compose(yaml: yaml)
    } catch {
      let (line, text) = YAMLFiles.describe(error)
      report(line, .shape(.syntax(text)))
      return []
    }
    guard let root, let mapping = root.mapping else {
      report(root?.mark?.line ?? 1, .shape(.expected("a mapping with 'version' and 'tags'")))
      return []
    }
    var tagsNode: Node?
    for (key, value) in mapping {
      switch keyName(key, allowed: Self.topKeys) {
      case "version":
        if value.scalar?.string != "1" {
          report(value, .shape(.unsupportedVersion(value.scalar?.string ?? "")))
        }
      case "tags": tagsNode = value
      default: break
      }
    }
    guard let tagsNode else {
      report(mapping.mark?.line, .shape(.missingKey("tags")))
      return []
    }
    if YAMLFiles.isNull(tagsNode) { return [] }
    guard let list = tagsNode.sequence else {
      report(tagsNode, .shape(.expected("a list of tags")))
      return []
    }
    return list.compactMap { readTag($0) }
  }

  private mutating func readTag(_ node: Node) -> TaxonomyTag? {
    guard let mapping = node.mapping else {
      report(node, .shape(.expected("a tag: a mapping with id, kind, label and patterns")))
      return nil
    }
    var id: String?
    var idLine = mapping.mark?.line
    var kind: TagKind?
    var labelNode: Node?
    var patternsNode: Node?
    var exclusionsNode: Node?
    for (key, value) in mapping {
      switch keyName(key, allowed: Self.tagKeys) {
      case "id":
        idLine = value.mark?.line ?? idLine
        guard let text = string(value, expected: "a tag id") else { break }
        if YAMLFiles.isSnakeCase(text) { id = text } else { report(value, .invalidID(text)) }
      case "kind":
        guard let text = string(value, expected: "a kind") else { break }
        if let parsed = TagKind(rawValue: text) {
          kind = parsed
        } else {
          report(value, .unknownKind(text))
        }
      case "label": labelNode = value
      case "patterns": patternsNode = value
      case "exclude": exclusionsNode = value
      default: break
      }
    }
    let name = id ?? "?"
    for (required, present) in [("id", id != nil), ("kind", kind != nil)] where !present {
      if !mapping.contains(where: { $0.key.scalar?.string == required }) {
        report(mapping.mark?.line, .shape(.missingKey(required)))
      }
    }
    let labels = readLabels(labelNode, tag: name, tagLine: mapping.mark?.line)
    let patterns = readPatterns(
      patternsNode, required: true, tag: name, tagLine: mapping.mark?.line)
    let exclusions = readPatterns(exclusionsNode, required: false, tag: name, tagLine: nil)
    let location = TaxonomyLocation(file: file, line: idLine)
    if let id {
      if let first = firstByID[id] {
        report(idLine, .duplicateID(id, first: first))
        return nil
      }
      firstByID[id] = location
    }
    guard let id, let kind, let labels, let patterns, let exclusions else { return nil }
    return TaxonomyTag(
      id: id, kind: kind, labels: labels, patterns: patterns, exclusions: exclusions,
      location: location)
  }

  private mutating func readLabels(_ node: Node?, tag: String, tagLine: Int?) -> TagLabels? {
    guard let node else {
      report(tagLine, .shape(.missingKey("label")))
      return nil
    }
    guard let mapping = node.mapping else {
      report(node, .shape(.expected("a label mapping with ru and en")))
      return nil
    }
    var texts: [String: String] = [:]
    for (key, value) in mapping {
      guard let language = keyName(key, allowed: Self.labelKeys) else { continue }
      if let text = string(value, expected: "a label"), !text.allSatisfy(\.isWhitespace) {
        texts[language] = text
      }
    }
    for language in Self.labelKeys where texts[language] == nil {
      let valueLine = mapping.first { $0.key.scalar?.string == language }?.value.mark?.line
      report(valueLine ?? node.mark?.line, .missingLabel(tag: tag, language: language))
    }
    guard let ru = texts["ru"], let en = texts["en"] else { return nil }
    return TagLabels(ru: ru, en: en)
  }

  private mutating func readPatterns(
    _ node: Node?, required: Bool, tag: String, tagLine: Int?
  ) -> [TagPattern]? {
    guard let node else {
      if required { report(tagLine, .shape(.missingKey("patterns"))) }
      return required ? nil : []
    }
    let list: Node.Sequence
    if YAMLFiles.isNull(node) {
      list = Node.Sequence([])
    } else if let sequence = node.sequence {
      list = sequence
    } else {
      report(node, .shape(.expected("a list of patterns")))
      return nil
    }
    if required && list.isEmpty {
      report(node, .noPatterns(tag: tag))
      return nil
    }
    var patterns: [TagPattern] = []
    var isValid = true
    for item in list {
      let raw = YAMLFiles.isNull(item) ? "" : string(item, expected: "a pattern string")
      guard let raw else {
        isValid = false
        continue
      }
      do {
        patterns.append(
          try TagPattern(raw, at: TaxonomyLocation(file: file, line: item.mark?.line)))
      } catch {
        issues.append(error)
        isValid = false
      }
    }
    return isValid ? patterns : nil
  }

  /// The key's text when it is one of `allowed`; reports it otherwise.
  private mutating func keyName(_ key: Node, allowed: [String]) -> String? {
    guard let text = key.scalar?.string, allowed.contains(text) else {
      report(key, .shape(.unknownKey(key.scalar?.string ?? "\(key)", allowed: allowed)))
      return nil
    }
    return text
  }

  private mutating func string(_ node: Node, expected: String) -> String? {
    guard let scalar = node.scalar else {
      report(node, .shape(.expected(expected)))
      return nil
    }
    return scalar.string
  }

  private mutating func report(_ node: Node, _ problem: TaxonomyIssue.Problem) {
    report(node.mark?.line, problem)
  }

  private mutating func report(_ line: Int?, _ problem: TaxonomyIssue.Problem) {
    issues.append(
      TaxonomyIssue(location: TaxonomyLocation(file: file, line: line), problem: problem))
  }
}
