import OtklikReport
import OtklikText
import Yams

extension LibraryResources {
  /// Parses `data/resources.yaml` from its contents.
  ///
  /// Every problem is collected before throwing, each with the file name and line: invalid YAML,
  /// unknown keys, missing `id`/`kind`/`label`/`detail`/`answers`, an id that is not snake_case or
  /// repeats, an unknown kind, a missing `ru` or `en` text, an empty `answers` list, a capacity that
  /// is not a whole number, and — when `tags` is given — a tag id the taxonomy does not define.
  ///
  /// - Parameters:
  ///   - yaml: the file's contents.
  ///   - file: the name printed in messages.
  ///   - tags: the taxonomy's tags; `nil` skips the tag check (a caller without a taxonomy).
  /// - Throws: ``BriefDataError`` listing every problem found.
  public init(yaml: String, file: String, tags: TagCatalog?) throws(BriefDataError) {
    var reader = DataFileReader(file: file)
    var network = LocalizedText("")
    var city = LocalizedText("")
    var resources: [LibraryResource] = []
    if let root = reader.root(
      yaml, allowed: ["version", "network", "city", "resources"],
      required: ["network", "city", "resources"])
    {
      if let node = root["network"], let text = reader.localized(node) { network = text }
      if let node = root["city"], let text = reader.localized(node) { city = text }
      if let node = root["resources"],
        let items = reader.list(node, key: "resources", nonEmpty: true, parent: node)
      {
        resources = items.compactMap { Self.readResource($0, reader: &reader, tags: tags) }
      }
    }
    if !reader.issues.isEmpty { throw BriefDataError(issues: reader.issues) }
    self.init(network: network, city: city, resources: resources)
  }

  private static let keys = [
    "id", "kind", "label", "detail", "branch", "district", "capacity", "answers",
  ]

  private static func readResource(_ node: Node, reader: inout DataFileReader, tags: TagCatalog?)
    -> LibraryResource?
  {
    let before = reader.issues.count
    guard
      let fields = reader.fields(
        of: node, allowed: keys, required: ["id", "kind", "label", "detail", "answers"],
        what: "a resource mapping")
    else { return nil }
    let id = fields["id"].flatMap { reader.id($0, scope: "resources") }
    var kind: LibraryResource.Kind?
    if let node = fields["kind"], let text = reader.string(node, what: "a kind") {
      kind = LibraryResource.Kind(rawValue: text)
      if kind == nil {
        reader.report(
          node, .unknownValue(text, allowed: LibraryResource.Kind.allCases.map(\.rawValue)))
      }
    }
    let label = fields["label"].flatMap { reader.localized($0) }
    let detail = fields["detail"].flatMap { reader.localized($0) }
    let branch = fields["branch"].flatMap { reader.localized($0) }
    let district = fields["district"].flatMap { reader.string($0, what: "a district name") }
    let capacity = fields["capacity"].flatMap { reader.integer($0, in: 1...100_000) }
    let answers = fields["answers"].flatMap {
      reader.references($0, key: "answers", nonEmpty: true, parent: node)
    }
    for (tag, line) in answers ?? [] {
      TagCheck.check(tag, line: line, allowed: nil, tags: tags, reader: &reader)
    }
    guard reader.issues.count == before, let id, let kind, let label, let detail, let answers else {
      return nil
    }
    return LibraryResource(
      id: id, kind: kind, label: label, detail: detail, branch: branch, district: district,
      capacity: capacity, answers: answers.map(\.0))
  }
}

/// The check every tag reference in the brief data files goes through.
enum TagCheck {
  /// Reports `tag` when it is not snake_case, when `tags` does not define it, or when its kind is not
  /// one of `allowed` (`nil`: any kind).
  static func check(
    _ tag: String, line: Int?, allowed: [TagKind]?, tags: TagCatalog?, reader: inout DataFileReader
  ) {
    guard DataFileReader.isSnakeCase(tag) else {
      reader.report(line, .invalidID(tag))
      return
    }
    guard let tags else { return }
    guard let kind = tags.kind(of: tag) else {
      reader.report(line, .unknownTag(tag))
      return
    }
    if let allowed, !allowed.contains(kind) {
      reader.report(
        line,
        .wrongTagKind(
          tag, kind: kind.rawValue, expected: allowed.map(\.rawValue).joined(separator: " or ")))
    }
  }
}
