public import OtklikText

/// The tags a report can name: id → kind and labels, as the taxonomy defines them.
///
/// Reports only need labels, so this small value type stands in for the taxonomy parser: the pipeline
/// fills it from whatever it loaded. A tag id missing from the catalogue is shown by its id.
public struct TagCatalog: Sendable, Hashable {
  /// One tag's labels and kind.
  public struct Entry: Sendable, Hashable {
    /// The tag's id in the taxonomy.
    public var id: String
    /// What the tag stands for.
    public var kind: TagKind
    /// The Russian label.
    public var ru: String
    /// The English label.
    public var en: String

    /// Creates an entry.
    public init(id: String, kind: TagKind, ru: String, en: String) {
      self.id = id
      self.kind = kind
      self.ru = ru
      self.en = en
    }
  }

  /// Entries by id.
  public private(set) var entries: [String: Entry]

  /// Creates a catalogue; a later entry with the same id replaces an earlier one.
  public init(_ entries: [Entry] = []) {
    var byID: [String: Entry] = [:]
    for entry in entries { byID[entry.id] = entry }
    self.entries = byID
  }

  /// The label of `id` in `language`, or the id itself when the catalogue does not know it.
  public func label(for id: String, in language: ReportLanguage) -> String {
    guard let entry = entries[id] else { return id }
    let label = language == .ru ? entry.ru : entry.en
    return label.isEmpty ? id : label
  }

  /// The kind of `id`, when the catalogue knows it.
  public func kind(of id: String) -> TagKind? { entries[id]?.kind }
}
