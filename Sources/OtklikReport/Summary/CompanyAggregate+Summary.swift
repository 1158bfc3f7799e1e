import OtklikText

extension CompanyAggregate {
  /// The summary of this company, labelled from `catalog` in `language`.
  func summary(
    name: String, thresholds: ReportThresholds, catalog: TagCatalog, language: ReportLanguage
  ) -> CompanySummary {
    var rating: CompanySummary.Rating?
    if let mean = SummaryMath.mean(ratings) {
      rating = CompanySummary.Rating(
        count: ratings.count, mean: mean,
        distribution: (1...5).map {
          SurveySummary.ValueShare(
            value: $0, count: stars[$0], share: SummaryMath.share(stars[$0], stars.total))
        })
    }
    let monthly = months.keys.sorted().map { key in
      let month = months[key]!
      return CompanySummary.Month(
        month: key.description, reviews: month.reviews, meanRating: SummaryMath.mean(month.ratings),
        negativeShare: SummaryMath.optionalShare(month.negative, month.withText))
    }
    let branches = self.branches
    let branchList = branches.keys.sorted { lhs, rhs in
      let (a, b) = (branches[lhs]!.reviews, branches[rhs]!.reviews)
      return a != b ? a > b : lhs < rhs
    }.map { key in
      let branch = branches[key]!
      return CompanySummary.Branch(
        name: key, reviews: branch.reviews, meanRating: SummaryMath.mean(branch.ratings),
        negativeShare: SummaryMath.optionalShare(branch.negative, branch.withText),
        topPainPoints: branch.pains.rankedKeys.prefix(3).map {
          CompanySummary.TagCount(
            tag: TagRef(id: $0, catalog: catalog, fallbackKind: nil, language: language),
            count: branch.pains[$0])
        })
    }
    var delays = Tally<String>()
    for bucket in ReplyDelayBucket.allCases {
      delays.add(bucket.rawValue, times: replyBuckets[bucket])
    }
    return CompanySummary(
      name: name, reviews: reviews, withText: withText, rating: rating,
      sentiment: SentimentCounts(sentiment),
      negativeShare: SummaryMath.optionalShare(sentiment[.negative], withText), months: monthly,
      painPoints: impactItems(pain: true, catalog: catalog, language: language),
      praise: impactItems(pain: false, catalog: catalog, language: language),
      mismatches: CompanySummary.Mismatches(
        fiveStarNegative: fiveStarNegative, oneStarPositive: oneStarPositive,
        examples: mismatches.elements),
      replies: CompanySummary.Replies(
        replied: replied, rate: SummaryMath.share(replied, reviews), timed: replyHours.count,
        meanDelayDays: replyHours.mean.map { SummaryMath.round($0 / 24, 2) },
        delays: ReplyDelayBucket.allCases.map {
          CountedText(text: $0.rawValue, count: replyBuckets[$0])
        }),
      branches: branchList,
      emergingComplaints: negativePhrases.themes(
        minCount: thresholds.emergingMinCount, limit: thresholds.emergingLimit))
  }

  /// The impact in stars of the reviews rated `subset` among all rated reviews (see
  /// ``CompanySummary/ImpactItem``): μ_without − μ for complaints, μ − μ_without for praise.
  static func impact(all: Moments, subset: Moments, pain: Bool) -> Double? {
    let rest = all.count - subset.count
    guard subset.count > 0, rest > 0, let mean = all.mean else { return nil }
    let without = (all.sum - subset.sum) / Double(rest)
    return SummaryMath.round(pain ? without - mean : mean - without, 3)
  }

  private func impactItems(pain: Bool, catalog: TagCatalog, language: ReportLanguage)
    -> [CompanySummary.ImpactItem]
  {
    let items = tags.compactMap { id, tag -> CompanySummary.ImpactItem? in
      let count = pain ? tag.painCount : tag.praiseCount
      guard count > 0 else { return nil }
      let rated = pain ? tag.painRatings : tag.praiseRatings
      return CompanySummary.ImpactItem(
        tag: TagRef(id: id, catalog: catalog, fallbackKind: nil, language: language), count: count,
        share: SummaryMath.share(count, withText), ratedCount: rated.count,
        meanRating: SummaryMath.mean(rated),
        impact: Self.impact(all: ratings, subset: rated, pain: pain),
        quotes: (pain ? tag.painQuotes : tag.praiseQuotes).elements)
    }
    return items.sorted { lhs, rhs in
      switch (lhs.impact, rhs.impact) {
      case (let a?, let b?) where a != b: return a > b
      case (.some, nil): return true
      case (nil, .some): return false
      default: return lhs.count != rhs.count ? lhs.count > rhs.count : lhs.tag.id < rhs.tag.id
      }
    }
  }
}
