/// The tags Otklik looks for in free texts, loaded from `data/taxonomy.yaml` and any analysts' files
/// layered on top of it.
///
/// A taxonomy is plain data: ``TagMatcher`` compiles it for matching. Files are parsed from their
/// contents (`OtklikText` does no I/O), see ``init(yaml:file:)``; a later file may add tags but not
/// redefine an id, see ``merging(_:)``.
public struct Taxonomy: Sendable, Hashable {
  /// The tags, in file order, files in layering order.
  public private(set) var tags: [TaxonomyTag]
  /// The names of the files layered into this taxonomy, in order.
  public private(set) var files: [String]

  /// An empty taxonomy, the start of a layering.
  public init() {
    tags = []
    files = []
  }

  /// Creates a taxonomy from tags already built, checking that ids are unique.
  ///
  /// - Throws: ``TaxonomyError`` naming each repeated id.
  public init(tags: [TaxonomyTag], files: [String] = []) throws(TaxonomyError) {
    self.init()
    self.files = files
    try append(tags)
  }

  /// The tag with this id, if any.
  public func tag(id: String) -> TaxonomyTag? {
    tags.first { $0.id == id }
  }

  /// This taxonomy with `other`'s tags added after its own: how an analyst's file is layered on the
  /// defaults.
  ///
  /// - Throws: ``TaxonomyError`` with one ``TaxonomyIssue/Problem/duplicateID(_:first:)`` per id of
  ///   `other` already defined here, located in `other`'s file and naming the first definition.
  public func merging(_ other: Taxonomy) throws(TaxonomyError) -> Taxonomy {
    var merged = self
    merged.files += other.files
    try merged.append(other.tags)
    return merged
  }

  private mutating func append(_ newTags: [TaxonomyTag]) throws(TaxonomyError) {
    var firstByID: [String: TaxonomyLocation] = [:]
    for tag in tags { firstByID[tag.id] = tag.location }
    var issues: [TaxonomyIssue] = []
    for tag in newTags {
      if let first = firstByID[tag.id] {
        issues.append(
          TaxonomyIssue(location: tag.location, problem: .duplicateID(tag.id, first: first)))
      } else {
        firstByID[tag.id] = tag.location
        tags.append(tag)
      }
    }
    if !issues.isEmpty { throw TaxonomyError(issues: issues) }
  }
}
