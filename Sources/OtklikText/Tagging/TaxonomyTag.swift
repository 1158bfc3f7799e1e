/// One tag of the taxonomy: what it stands for, how reports name it, and the patterns that find it.
public struct TaxonomyTag: Sendable, Hashable, Identifiable {
  /// Lowercase ASCII snake_case, unique across every layered file (`staff_attitude`).
  public var id: String
  /// Where reports show it: a community need or preference, a company's pain point, praise.
  public var kind: TagKind
  /// The names reports print.
  public var labels: TagLabels
  /// Any of these found in a clause sets the tag (unless an exclusion is found there too).
  public var patterns: [TagPattern]
  /// Any of these found in a clause keeps the tag off in that clause ("в первую очередь" for queues).
  public var exclusions: [TagPattern]
  /// Where the tag was defined (its `id` line).
  public var location: TaxonomyLocation

  /// Creates a tag.
  public init(
    id: String, kind: TagKind, labels: TagLabels, patterns: [TagPattern],
    exclusions: [TagPattern] = [], location: TaxonomyLocation
  ) {
    self.id = id
    self.kind = kind
    self.labels = labels
    self.patterns = patterns
    self.exclusions = exclusions
    self.location = location
  }
}

/// A tag's names in the two report languages.
public struct TagLabels: Sendable, Hashable {
  /// The Russian name ("Отношение персонала").
  public var ru: String
  /// The English name ("Staff attitude").
  public var en: String

  /// Creates labels.
  public init(ru: String, en: String) {
    self.ru = ru
    self.en = en
  }

  /// The English label for `.english`, the Russian one for every other language.
  public func text(for language: Language) -> String {
    language == .english ? en : ru
  }
}
