import Foundation
public import OtklikReport

extension BriefInput {
  /// The facts of a run's report summary, as briefs need them.
  ///
  /// Companies keep their order, numbers, quotes and branches (a branch named like a survey district
  /// is how a brief finds the company's neighbourhood). Community signals come from two places: the
  /// need and preference tags of open questions (share of substantive answers), and the answers of
  /// closed questions that `options` maps to tags (share of respondents who answered; several options
  /// of a single-choice question are added up, of a multiple-choice question the most chosen counts).
  /// Segment groups come from the summary's crosstabs; a segment is a district when its column names
  /// a district (`район`, `district`), an age group when it names an age (`возраст`, `age`).
  ///
  /// - Parameters:
  ///   - summary: the run's summary.
  ///   - options: the survey answers that stand for tags (`survey_options` in the ideas file).
  ///   - catalog: the taxonomy's labels in both languages; without it a tag keeps the summary's label.
  ///   - needQuestions: pieces of the titles of open questions whose tags count (`need_questions` in
  ///     the ideas file); empty: every open question.
  public init(
    summary: ReportSummary, options: [PartnershipIdeas.SurveyOption], needQuestions: [String] = [],
    catalog: TagCatalog? = nil
  ) {
    let needPieces = needQuestions.map(Self.folded)
    let label = { (tag: TagRef) -> LocalizedText in
      guard let entry = catalog?.entries[tag.id] else { return LocalizedText(tag.label) }
      return LocalizedText(ru: entry.ru, en: entry.en)
    }
    let companies = summary.companies.map { company in
      CompanyFacts(
        name: company.name, reviews: company.reviews, withText: company.withText,
        ratedReviews: company.rating?.count ?? 0, meanRating: company.rating?.mean,
        negativeShare: company.negativeShare,
        months: company.months.map {
          CompanyFacts.Month(
            month: $0.month, reviews: $0.reviews, meanRating: $0.meanRating,
            negativeShare: $0.negativeShare)
        },
        painPoints: company.painPoints.map { Self.issue($0, label: label($0.tag)) },
        praise: company.praise.map { Self.issue($0, label: label($0.tag)) },
        districts: company.branches.map {
          CompanyFacts.District(name: $0.name, reviews: $0.reviews)
        },
        replied: company.replies.replied, replyRate: company.replies.rate)
    }
    var community: [CommunitySignal] = []
    for survey in summary.surveys {
      for question in survey.questions {
        let asksForNeeds =
          needPieces.isEmpty || needPieces.contains(where: Self.folded(question.title).contains)
        if let open = question.open, asksForNeeds {
          for tag in open.tags where tag.tag.kind != "praise" {
            community.append(
              CommunitySignal(
                tag: tag.tag.id, label: label(tag.tag), source: survey.source,
                question: question.title,
                count: tag.count, base: open.substantive, share: tag.share,
                groups: Self.groups(question.crosstabs, rows: [tag.tag.id])))
          }
        }
        guard let shares = question.options else { continue }
        for option in options
        where Self.folded(question.title).contains(Self.folded(option.question)) {
          let wanted = Set(option.options.map(Self.folded))
          var chosen = shares.filter { wanted.contains(Self.folded($0.option)) }
          if question.kind != "single_choice", let top = chosen.first {
            chosen = [chosen.reduce(top) { $1.count > $0.count ? $1 : $0 }]
          }
          guard !chosen.isEmpty else { continue }
          let count = chosen.reduce(0) { $0 + $1.count }
          community.append(
            CommunitySignal(
              tag: option.tag, label: LocalizedText(chosen.map(\.option).joined(separator: " + ")),
              source: survey.source, question: question.title, count: count,
              base: question.answered,
              share: question.answered > 0 ? Double(count) / Double(question.answered) : 0,
              groups: Self.groups(question.crosstabs, rows: chosen.map(\.option))))
        }
      }
    }
    self.init(companies: companies, community: community)
  }

  private static func issue(_ item: CompanySummary.ImpactItem, label: LocalizedText)
    -> CompanyFacts.Issue
  {
    CompanyFacts.Issue(
      tag: item.tag.id, label: label, count: item.count, share: item.share,
      meanRating: item.meanRating,
      impact: item.impact,
      quotes: item.quotes.map {
        CompanyFacts.Quote(text: $0.text, file: $0.file, line: $0.line, rating: $0.rating)
      })
  }

  /// One group per segment value, summing the cells of `rows` (a mark is kept only for a single row).
  private static func groups(_ crosstabs: [CrosstabSummary], rows: [String]) -> [CommunitySignal
    .Group]
  {
    var groups: [CommunitySignal.Group] = []
    for crosstab in crosstabs {
      let matched = crosstab.rows.filter { rows.contains($0.option) }
      guard !matched.isEmpty else { continue }
      let dimension = dimension(of: crosstab.segment)
      for (index, group) in crosstab.groups.enumerated() {
        let cells = matched.compactMap { index < $0.cells.count ? $0.cells[index] : nil }
        let count = cells.reduce(0) { $0 + $1.count }
        groups.append(
          CommunitySignal.Group(
            segment: crosstab.segment, dimension: dimension, value: group.value, count: count,
            base: group.n,
            share: group.n > 0 ? Double(count) / Double(group.n) : 0,
            mark: cells.count == 1 ? cells[0].mark : nil, isSmall: group.isSmall))
      }
    }
    return groups
  }

  /// What a segment column describes, from its header in Russian or English.
  static func dimension(of segment: String) -> CommunitySignal.Dimension {
    let header = segment.lowercased()
    if ["район", "district", "area", "neighbourhood", "neighborhood"].contains(
      where: header.contains)
    {
      return .district
    }
    if ["возраст", "age"].contains(where: header.contains) { return .age }
    return .other
  }

  /// Lowercased, `ё` as `е`, line breaks and runs of spaces folded to one space, trimmed.
  static func folded(_ text: String) -> String {
    text.lowercased().replacingOccurrences(of: "ё", with: "е").split(whereSeparator: \.isWhitespace)
      .joined(separator: " ")
  }
}
