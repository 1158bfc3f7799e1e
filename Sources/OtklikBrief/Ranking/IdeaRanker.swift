/// Scores every idea for a company and keeps the best few above the threshold.
///
/// fit = (share of reviews raising the matched pain point × the gap in stars between those reviews and
/// the rest; praise counts at ``PartnershipIdeas/Scoring/strengthWeight``)
/// × (share of the idea's tags the library's resources answer) × (share of respondents asking for the
/// idea's need, in the company's districts when the surveys have them, else overall). Ideas no
/// company data supports, or meant for other kinds of company (``PartnershipIdea/companyNames``),
/// score 0; ideas no survey answer supports get ``PartnershipIdeas/Scoring/communityFloor``.
/// Ties break by idea id, so rankings never depend on file or dictionary order.
public struct IdeaRanker: Sendable {
  /// The library's resources.
  public var resources: LibraryResources
  /// The ideas and the settings.
  public var ideas: PartnershipIdeas

  /// Creates a ranker.
  public init(resources: LibraryResources, ideas: PartnershipIdeas) {
    self.resources = resources
    self.ideas = ideas
  }

  /// Every idea's fit for `company`, best first.
  public func fits(for company: CompanyFacts, community: [CommunitySignal]) -> [IdeaFit] {
    let keys = DistrictKeys(community)
    return ideas.ideas.map { fit($0, company: company, community: community, keys: keys) }
      .sorted { a, b in a.score != b.score ? a.score > b.score : a.idea < b.idea }
  }

  /// The fits a brief proposes: above the threshold, not blocked, at most `maxProposals`.
  public func proposals(for company: CompanyFacts, community: [CommunitySignal]) -> [IdeaFit] {
    guard company.reviews >= ideas.scoring.minReviews else { return [] }
    return Array(
      fits(for: company, community: community).filter {
        $0.score > ideas.scoring.threshold && $0.blocker == nil
      }
      .prefix(ideas.scoring.maxProposals))
  }

  /// The fit of one idea for one company.
  public func fit(_ idea: PartnershipIdea, company: CompanyFacts, community: [CommunitySignal])
    -> IdeaFit
  {
    fit(idea, company: company, community: community, keys: DistrictKeys(community))
  }

  /// The district keys of every group of every signal, worked out once for all ideas.
  private struct DistrictKeys {
    let groups: [[String]]
    init(_ community: [CommunitySignal]) {
      groups = community.map { $0.groups.map { DistrictName.key($0.value) } }
    }
  }

  private func fit(
    _ idea: PartnershipIdea, company: CompanyFacts, community: [CommunitySignal],
    keys: DistrictKeys
  ) -> IdeaFit {
    let communityFactor = communityFactor(
      idea, districts: company.districts.map(\.name), community: community, keys: keys)
    // An idea taken to the district most in need meets there; any other, near the company.
    let districts =
      idea.place == .districtMostInNeed && !communityFactor.districts.isEmpty
      ? communityFactor.districts : company.districts.map(\.name)
    var used = idea.resources
    var space: String?
    var blocker: String?
    if let seats = idea.seats {
      if let hall = resources.spaces(seating: seats, near: districts).first {
        space = hall.id
        used.insert(hall.id, at: 0)
      } else {
        blocker = "no hall seats \(seats)"
      }
    }
    let tags = unique(idea.painPoints + idea.needs)
    let answered = Set(used.compactMap { resources.resource(id: $0) }.flatMap(\.answers))
    let covered = tags.filter(answered.contains)
    let library = IdeaFit.LibraryFactor(
      tags: tags, covered: covered, resources: used, space: space,
      value: tags.isEmpty ? 0 : Double(covered.count) / Double(tags.count))
    return IdeaFit(
      idea: idea.id, company: companyFactor(idea, company: company), library: library,
      community: communityFactor, blocker: blocker)
  }

  private func companyFactor(_ idea: PartnershipIdea, company: CompanyFacts) -> IdeaFit
    .CompanyFactor?
  {
    guard idea.suits(company: company.name) else { return nil }
    let candidates =
      company.painPoints.filter { idea.painPoints.contains($0.tag) }.map {
        (IdeaFit.CompanyFactor.Basis.painPoint, $0)
      }
      + company.praise.filter { idea.strengths.contains($0.tag) }.map {
        (IdeaFit.CompanyFactor.Basis.strength, $0)
      }
    let factors = candidates.map { basis, issue in
      let isPain = basis == .painPoint
      // The report's impact is μ_without − μ for a complaint and μ − μ_without for praise.
      let restMean = company.meanRating.flatMap { mean in
        issue.impact.map { isPain ? mean + $0 : mean - $0 }
      }
      let measured = restMean.flatMap { rest in
        issue.meanRating.map { isPain ? rest - $0 : $0 - rest }
      }
      let gap = measured.map { max($0, 0) } ?? ideas.scoring.unknownGap
      let weight = isPain ? 1 : ideas.scoring.strengthWeight
      return IdeaFit.CompanyFactor(
        basis: basis, issue: issue, restMean: restMean, gap: gap, isGapAssumed: measured == nil,
        weight: weight,
        value: weight * issue.share * gap)
    }
    return factors.max { a, b in
      a.value != b.value
        ? a.value < b.value : (a.basis.rawValue, a.issue.tag) > (b.basis.rawValue, b.issue.tag)
    }
  }

  private func communityFactor(
    _ idea: PartnershipIdea, districts: [String], community: [CommunitySignal],
    keys groupKeys: DistrictKeys
  ) -> IdeaFit.CommunityFactor {
    let keys = Set(districts.map(DistrictName.key))
    let options = community.indices.filter { idea.needs.contains(community[$0].tag) }.map {
      index in
      let signal = community[index]
      if idea.place == .districtMostInNeed,
        let most = signal.groups.filter({ $0.dimension == .district && !$0.isSmall && $0.base > 0 })
          .max(by: { a, b in a.share != b.share ? a.share < b.share : a.value > b.value })
      {
        return IdeaFit.CommunityFactor(
          signal: signal, districts: [most.value], count: most.count, base: most.base,
          value: Double(most.count) / Double(most.base))
      }
      let local = signal.groups.indices.filter { group in
        let candidate = signal.groups[group]
        return candidate.dimension == .district && !candidate.isSmall
          && keys.contains(groupKeys.groups[index][group])
      }.map { signal.groups[$0] }
      let (count, base) = local.reduce((0, 0)) { ($0.0 + $1.count, $0.1 + $1.base) }
      if base > 0 {
        return IdeaFit.CommunityFactor(
          signal: signal, districts: local.map(\.value), count: count, base: base,
          value: Double(count) / Double(base))
      }
      return IdeaFit.CommunityFactor(
        signal: signal, districts: [], count: signal.count, base: signal.base, value: signal.share)
    }
    let best = options.max { a, b in
      if a.value != b.value { return a.value < b.value }
      if a.base != b.base { return a.base < b.base }
      return (a.signal?.source ?? "", a.signal?.question ?? "", a.signal?.tag ?? "")
        > (b.signal?.source ?? "", b.signal?.question ?? "", b.signal?.tag ?? "")
    }
    return best
      ?? IdeaFit.CommunityFactor(
        signal: nil, districts: [], count: 0, base: 0, value: ideas.scoring.communityFloor)
  }

  private func unique(_ tags: [String]) -> [String] {
    var seen = Set<String>()
    return tags.filter { seen.insert($0).inserted }
  }
}
