public import OtklikReport

/// Turns a company's facts, the community's signals, the library's resources and the ideas into a
/// ``Brief`` in one language.
///
/// Pure and deterministic: the same input gives the same brief. It only copies numbers and quotes from
/// ``BriefInput`` and multiplies them into scores (see ``IdeaRanker``); when the reviews are too few or
/// no idea fits, the brief says so instead of proposing anything.
public struct BriefComposer: Sendable {
  /// The ranking of ideas.
  public var ranker: IdeaRanker
  /// The brief's language.
  public var language: ReportLanguage
  /// Pain points and praise shown in the profile.
  public var issuesShown = 3
  /// Quotes shown per pain point.
  public var quotesPerIssue = 2
  /// Months shown in the trend.
  public var monthsShown = 4
  /// Community needs shown.
  public var needsShown = 5

  /// Creates a composer.
  public init(resources: LibraryResources, ideas: PartnershipIdeas, language: ReportLanguage) {
    self.ranker = IdeaRanker(resources: resources, ideas: ideas)
    self.language = language
  }

  private var strings: BriefStrings { BriefStrings(language) }
  private var scoring: PartnershipIdeas.Scoring { ranker.ideas.scoring }

  /// The brief of `company`, read against the `community`'s signals.
  public func brief(for company: CompanyFacts, community: [CommunitySignal]) -> Brief {
    let s = strings
    let profile = self.profile(company)
    guard company.reviews >= scoring.minReviews else {
      return Brief(
        schemaVersion: Brief.currentSchemaVersion, language: language.rawValue,
        company: company.name,
        status: .notEnoughData,
        statusNote: s.pick(
          "Недостаточно данных: у компании \(company.reviews) отз. — меньше \(scoring.minReviews), нужных для предложения. Предложения не составлялись.",
          "Not enough data: the company has \(company.reviews) reviews, fewer than the \(scoring.minReviews) a proposal needs. No proposals were drafted."
        ),
        profile: profile, community: [], proposals: [], ranking: [], method: method)
    }
    let all = ranker.fits(for: company, community: community)
    let fits = all.filter { $0.company != nil }
    var proposals: [Brief.Proposal] = []
    var ranking: [Brief.RankedIdea] = []
    for fit in fits {
      guard let idea = ranker.ideas.idea(id: fit.idea) else { continue }
      var note: String?
      if fit.score <= scoring.threshold {
        note = s.pick(
          "ниже порога \(s.score(scoring.threshold))",
          "below the threshold \(s.score(scoring.threshold))")
      } else if let blocker = fit.blocker {
        note = s.pick("нет зала нужного размера", "no hall large enough") + " (\(blocker))"
      } else if proposals.count >= scoring.maxProposals {
        note = s.pick(
          "уже есть \(scoring.maxProposals) предложения получше",
          "\(scoring.maxProposals) better proposals already")
      } else if let proposal = self.proposal(idea, fit: fit, company: company) {
        proposals.append(proposal)
      } else {
        note = s.pick(
          "в данных нет чисел для текста идеи", "the data lacks numbers for the idea's sentence")
      }
      ranking.append(
        Brief.RankedIdea(
          idea: idea.id, title: idea.title[language], fit: self.fit(fit), isProposed: note == nil,
          note: note))
    }
    let hasTopics = !company.painPoints.isEmpty || !company.praise.isEmpty
    let statusNote: String? =
      proposals.isEmpty && !hasTopics
      ? s.pick(
        "В отзывах не найдено ни одной темы — ни жалоб, ни похвалы, — на которую могла бы опереться идея: предлагать не на чем.",
        "The reviews raise no topic — no complaint and no praise — an idea could rest on, so nothing is proposed."
      )
      : proposals.isEmpty
        ? s.pick(
          "Ни одна идея не набрала больше порога \(s.score(scoring.threshold)): данные не подсказывают подходящего партнёрства, предлагать нечего."
            + (ranking.first.map { " Ближе всего — «\($0.title)» (\(s.score($0.fit.score)))." }
              ?? ""),
          "No idea scores above the threshold \(s.score(scoring.threshold)): the data suggests no fitting partnership, so nothing is proposed."
            + (ranking.first.map { " The closest is \"\($0.title)\" (\(s.score($0.fit.score)))." }
              ?? ""))
        : nil
    return Brief(
      schemaVersion: Brief.currentSchemaVersion, language: language.rawValue, company: company.name,
      status: proposals.isEmpty ? .noFit : .proposals, statusNote: statusNote, profile: profile,
      community: needs(all), proposals: proposals, ranking: ranking, method: method)
  }

  private var method: String {
    let s = strings
    return s.pick(
      "Соответствие = (доля отзывов с темой × разрыв в звёздах между их средней оценкой и оценкой остальных отзывов; похвала — с весом \(s.numbers.decimal(scoring.strengthWeight))) × (доля тем идеи, на которые отвечают ресурсы библиотеки) × (доля опрошенных, которые этого хотят: в районах компании, если опросы их знают, иначе по всем; если опросы молчат — \(s.score(scoring.communityFloor))). Предлагаются идеи с оценкой выше \(s.score(scoring.threshold)), не больше \(scoring.maxProposals); при числе отзывов меньше \(scoring.minReviews) предложений нет.",
      "Fit = (share of reviews raising the topic × the gap in stars between their mean rating and the rest's; praise weighted \(s.numbers.decimal(scoring.strengthWeight))) × (share of the idea's topics the library's resources answer) × (share of respondents asking for it: in the company's districts when the surveys know them, else overall; \(s.score(scoring.communityFloor)) when the surveys are silent). Ideas scoring above \(s.score(scoring.threshold)) are proposed, at most \(scoring.maxProposals); with fewer than \(scoring.minReviews) reviews nothing is proposed."
    )
  }

  private func profile(_ company: CompanyFacts) -> Brief.Profile {
    Brief.Profile(
      reviews: company.reviews, withText: company.withText, ratedReviews: company.ratedReviews,
      meanRating: company.meanRating, negativeShare: company.negativeShare,
      replyRate: company.replyRate,
      replied: company.replied, districts: company.districts.map(\.name),
      trend: company.months.suffix(monthsShown).map {
        Brief.Month(
          month: $0.month, reviews: $0.reviews, meanRating: $0.meanRating,
          negativeShare: $0.negativeShare)
      },
      painPoints: company.painPoints.prefix(issuesShown).map { issue($0, quotes: quotesPerIssue) },
      praise: company.praise.prefix(issuesShown).map { issue($0, quotes: 1) })
  }

  private func issue(_ issue: CompanyFacts.Issue, quotes: Int) -> Brief.Issue {
    Brief.Issue(
      tag: issue.tag, label: issue.label[language], count: issue.count, share: issue.share,
      meanRating: issue.meanRating, impact: issue.impact,
      quotes: issue.quotes.prefix(quotes).map(quote))
  }

  private func quote(_ quote: CompanyFacts.Quote) -> Brief.Quote {
    Brief.Quote(text: quote.text, source: "\(quote.file):\(quote.line)")
  }

  /// The community signals behind every idea (matched or not), in the company's districts where the
  /// surveys know them, strongest first: what the neighbourhood asks for even when no idea fits yet.
  private func needs(_ fits: [IdeaFit]) -> [Brief.CommunityNeed] {
    var seen = Set<String>()
    var needs: [Brief.CommunityNeed] = []
    for fit in fits.sorted(by: { $0.community.value > $1.community.value }) {
      guard let signal = fit.community.signal else { continue }
      let key =
        signal.source + "\u{1}" + signal.question + "\u{1}" + signal.tag + "\u{1}" + signal.label.ru
      guard seen.insert(key).inserted else { continue }
      let standouts = signal.groups.filter {
        $0.dimension == .age && $0.mark == "above" && !$0.isSmall
      }.map {
        Brief.Group(
          segment: $0.segment, value: $0.value, count: $0.count, base: $0.base, share: $0.share)
      }
      needs.append(
        Brief.CommunityNeed(
          tag: signal.tag, label: signal.label[language],
          source: "\(signal.source): \(signal.question)",
          districts: fit.community.districts, count: fit.community.count, base: fit.community.base,
          share: fit.community.value, overallCount: signal.count, overallBase: signal.base,
          overallShare: signal.share, standouts: standouts))
    }
    return Array(
      needs.sorted { a, b in a.share != b.share ? a.share > b.share : a.label < b.label }.prefix(
        needsShown))
  }

  private func fit(_ fit: IdeaFit) -> Brief.Fit {
    let s = strings
    let n = s.numbers
    var factors: [Brief.Factor] = []
    if let company = fit.company {
      let issue = company.issue
      let kind =
        company.basis == .painPoint ? s.pick("жалобы", "complaints") : s.pick("похвала", "praise")
      var gap = s.pick(
        "разрыв \(n.decimal(company.gap)) зв.", "gap \(n.decimal(company.gap)) stars")
      if company.isGapAssumed {
        gap = s.pick(
          "разрыв неизвестен (нет оценок), принят \(n.decimal(company.gap)) зв.",
          "gap unknown (no ratings), taken as \(n.decimal(company.gap)) stars")
      } else if let rest = company.restMean, let mean = issue.meanRating {
        gap += s.pick(
          " (их средняя оценка \(n.decimal(mean)), у остальных \(n.decimal(rest)))",
          " (their mean rating \(n.decimal(mean)), the rest \(n.decimal(rest)))")
      }
      let weight = company.basis == .strength ? " × \(n.decimal(company.weight))" : ""
      factors.append(
        Brief.Factor(
          name: "company", value: company.value,
          reason: "\(kind) \(s.quoted(issue.label[language])): "
            + s.pick(
              "отзывов \(issue.count) (\(n.percent(issue.share)))",
              "\(issue.count) reviews (\(n.percent(issue.share)))")
            + " × \(gap)\(weight) = \(s.score(company.value))"))
    }
    let library = fit.library
    let labels = library.resources.compactMap { ranker.resources.resource(id: $0)?.label[language] }
    factors.append(
      Brief.Factor(
        name: "library", value: library.value,
        reason: s.pick(
          "ресурсы отвечают на \(library.covered.count) из \(library.tags.count) тем идеи",
          "resources answer \(library.covered.count) of the idea's \(library.tags.count) topics")
          + " (\(labels.joined(separator: "; "))) = \(s.score(library.value))"))
    let community = fit.community
    let communityReason: String
    if let signal = community.signal {
      let place =
        community.districts.isEmpty
        ? s.pick("по всем опрошенным", "of all respondents")
        : s.inDistricts(community.districts)
      communityReason =
        s.quoted(signal.label[language]) + " [\(signal.source)]: "
        + s.pick(
          "\(community.count) из \(community.base) \(place)",
          "\(community.count) of \(community.base) \(place)")
        + " = \(n.percent(community.value))"
    } else {
      communityReason = s.pick(
        "опросы об этом молчат; принят минимум \(s.score(community.value)) из partnership-ideas.yaml",
        "the surveys are silent on it; the floor \(s.score(community.value)) from partnership-ideas.yaml is used"
      )
    }
    factors.append(Brief.Factor(name: "community", value: community.value, reason: communityReason))
    return Brief.Fit(score: fit.score, factors: factors)
  }

  private func proposal(_ idea: PartnershipIdea, fit: IdeaFit, company: CompanyFacts) -> Brief
    .Proposal?
  {
    let n = strings.numbers
    var slots: [String: String] = [
      PartnershipIdea.Slot.company.rawValue: company.name,
      PartnershipIdea.Slot.reviews.rawValue: String(company.reviews),
    ]
    if let factor = fit.company {
      let label = factor.issue.label[language]
      let share = n.percent(factor.issue.share)
      slots[PartnershipIdea.Slot.topic.rawValue] = label
      slots[PartnershipIdea.Slot.topicShare.rawValue] = share
      if factor.basis == .painPoint {
        slots[PartnershipIdea.Slot.painPoint.rawValue] = label
        slots[PartnershipIdea.Slot.painShare.rawValue] = share
      } else {
        slots[PartnershipIdea.Slot.strength.rawValue] = label
      }
    }
    if let signal = fit.community.signal {
      slots[PartnershipIdea.Slot.need.rawValue] = signal.label[language]
      slots[PartnershipIdea.Slot.share.rawValue] = n.percent(fit.community.value)
    }
    let districts =
      fit.community.signal == nil ? company.districts.map(\.name) : fit.community.districts
    slots[PartnershipIdea.Slot.district.rawValue] =
      districts.isEmpty ? ranker.resources.city[language] : districts.joined(separator: ", ")
    guard let sentence = SlotFiller.fill(idea.sentence[language], with: slots) else { return nil }
    var libraryGives: [String] = []
    for id in fit.library.resources {
      guard let resource = ranker.resources.resource(id: id) else { continue }
      var line = resource.label[language]
      if let branch = resource.branch {
        line += " — " + branch[language] + (resource.district.map { ", \($0)" } ?? "")
      }
      if let capacity = resource.capacity {
        line += strings.pick(", мест: \(capacity)", ", \(capacity) seats")
      }
      libraryGives.append(line + ". " + resource.detail[language])
    }
    return Brief.Proposal(
      idea: idea.id, title: idea.title[language], sentence: sentence,
      goals: idea.goals.map { $0[language] },
      tasks: idea.tasks.map { $0[language] }, timeFrame: idea.timeFrame[language],
      businessGives: idea.businessGives.map { $0.text[language] },
      businessGets: idea.businessGets.map { $0.text[language] },
      libraryGives: libraryGives, libraryGets: idea.libraryGets.map { $0.text[language] },
      fit: self.fit(fit),
      evidence: fit.company?.issue.quotes.prefix(quotesPerIssue).map(quote) ?? [])
  }
}
