/// Everything a brief may say about companies and the community: the facts of one run.
///
/// Briefs never compute from records: every number and quote they print is a field here (or a product
/// of fields, for scores), so a brief can be traced to its input.
/// ``init(summary:options:needQuestions:catalog:)`` builds it from a run's report summary; tests
/// build it by hand.
public struct BriefInput: Sendable, Hashable, Codable {
  /// The companies reviewed, in the order briefs are written.
  public var companies: [CompanyFacts]
  /// What the surveys say the community wants.
  public var community: [CommunitySignal]

  /// Creates an input.
  public init(companies: [CompanyFacts], community: [CommunitySignal]) {
    self.companies = companies
    self.community = community
  }

  /// The company with this name, compared with case and `ё` ignored.
  public func company(named name: String) -> CompanyFacts? {
    let key = DistrictName.key(name)
    return companies.first { $0.name == name }
      ?? companies.first { DistrictName.key($0.name) == key }
  }
}
