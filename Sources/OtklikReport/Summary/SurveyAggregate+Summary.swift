import OtklikIngest
import OtklikText

extension SurveyAggregate {
  /// The summary of this survey, labelled from `catalog` in `language`.
  func summary(
    source: String, thresholds: ReportThresholds, catalog: TagCatalog, language: ReportLanguage
  ) -> SurveySummary {
    let builder = CrosstabBuilder(thresholds: thresholds)
    let segmentNames = schema.segments.map(\.name)
    let questions = schema.questions.enumerated().map { index, question in
      self.questions[index].summary(
        index: index, question: question, segmentNames: segmentNames, builder: builder,
        catalog: catalog, language: language)
    }
    return SurveySummary(
      source: source, respondents: respondents, files: files.countedTexts,
      segments: segmentNames, questions: questions)
  }
}

extension QuestionAggregate {
  /// The summary of one question.
  func summary(
    index: Int, question: SurveyQuestion, segmentNames: [String], builder: CrosstabBuilder,
    catalog: TagCatalog, language: ReportLanguage
  ) -> SurveySummary.Question {
    var result = SurveySummary.Question(
      index: index, title: question.title, kind: Self.kindName(question.kind), answered: answered,
      empty: empty, options: nil, scale: nil, nps: nil, open: nil, crosstabs: [], segmentMeans: [],
      grid: question.grid.map { SurveySummary.Grid(question: $0.question, row: $0.row) })
    switch question.kind {
    case .singleChoice, .multipleChoice:
      let ranked = options.rankedKeys
      result.options = ranked.map {
        SurveySummary.OptionShare(
          option: $0, count: options[$0], share: SummaryMath.share(options[$0], answered))
      }
      result.crosstabs = zip(segmentNames, splits).compactMap { name, split in
        builder.crosstab(
          segment: name, split: split, options: ranked,
          perOption: question.kind == .multipleChoice)
      }
    case .scale(let low, let high):
      result.scale = scaleSummary(low: low, high: high)
      result.segmentMeans = segmentMeans(
        names: segmentNames, thresholds: builder.thresholds, nps: false)
    case .nps:
      result.nps = npsSummary()
      result.segmentMeans = segmentMeans(
        names: segmentNames, thresholds: builder.thresholds, nps: true)
    case .open:
      guard let open else { break }
      let openSummary = open.summary(
        thresholds: builder.thresholds, catalog: catalog, language: language)
      result.open = openSummary
      let tagIDs = openSummary.tags.map(\.tag.id)
      var labels: [String: String] = [:]
      for tag in openSummary.tags { labels[tag.tag.id] = tag.tag.label }
      result.crosstabs = zip(segmentNames, splits).compactMap { name, split in
        builder.crosstab(
          segment: name, split: split, options: tagIDs, labels: labels, perOption: true)
      }
    }
    return result
  }

  /// The JSON name of a question kind.
  static func kindName(_ kind: QuestionKind) -> String {
    switch kind {
    case .singleChoice: "single_choice"
    case .multipleChoice: "multiple_choice"
    case .scale: "scale"
    case .nps: "nps"
    case .open: "open"
    }
  }

  private func distribution(_ range: ClosedRange<Int>) -> [SurveySummary.ValueShare] {
    let answeredValues = values.total
    return range.map {
      SurveySummary.ValueShare(
        value: $0, count: values[$0], share: SummaryMath.share(values[$0], answeredValues))
    }
  }

  private func scaleSummary(low: Int, high: Int) -> SurveySummary.Scale? {
    guard moments.count > 0, low <= high else { return nil }
    let topValues = Set([high, high - 1].filter { $0 >= low })
    let top = values.counts.filter { topValues.contains($0.key) }.map(\.value).reduce(0, +)
    return SurveySummary.Scale(
      min: low, max: high, mean: SummaryMath.mean(moments) ?? 0,
      distribution: distribution(low...high),
      top2BoxCount: top, top2Box: SummaryMath.share(top, moments.count))
  }

  private func npsSummary() -> SurveySummary.NPS? {
    guard moments.count > 0 else { return nil }
    let counts = Self.npsCounts(values)
    let n = moments.count
    return SurveySummary.NPS(
      respondents: n, promoters: counts.promoters, passives: counts.passives,
      detractors: counts.detractors, promoterShare: SummaryMath.share(counts.promoters, n),
      passiveShare: SummaryMath.share(counts.passives, n),
      detractorShare: SummaryMath.share(counts.detractors, n),
      score: Self.npsScore(counts, n: n), distribution: distribution(0...10))
  }

  /// Promoters (9–10), passives (7–8) and detractors (0–6) in a tally of whole values.
  static func npsCounts(_ values: Tally<Int>) -> (promoters: Int, passives: Int, detractors: Int) {
    var counts = (promoters: 0, passives: 0, detractors: 0)
    for (value, count) in values.counts {
      switch value {
      case 9...: counts.promoters += count
      case 7...8: counts.passives += count
      default: counts.detractors += count
      }
    }
    return counts
  }

  /// 100 × (promoters − detractors) / n, one decimal.
  static func npsScore(_ counts: (promoters: Int, passives: Int, detractors: Int), n: Int) -> Double
  {
    n > 0 ? SummaryMath.round(100 * Double(counts.promoters - counts.detractors) / Double(n), 1) : 0
  }

  private func segmentMeans(
    names: [String], thresholds: ReportThresholds, nps: Bool
  ) -> [SurveySummary.SegmentMeans] {
    zip(names, splits).compactMap { name, split in
      let ranked = split.totals.rankedKeys
      guard ranked.count >= 2, ranked.count <= thresholds.maxSegmentValues else { return nil }
      let (allMoments, allValues) = (split.moments, split.values)
      let groups = ranked.compactMap { value -> SurveySummary.SegmentMeans.Group? in
        guard let moments = allMoments[value], let mean = SummaryMath.mean(moments) else {
          return nil
        }
        let counts = QuestionAggregate.npsCounts(allValues[value] ?? Tally())
        return SurveySummary.SegmentMeans.Group(
          value: value, n: moments.count, mean: mean,
          nps: nps ? Self.npsScore(counts, n: moments.count) : nil,
          isSmall: moments.count < thresholds.minSegment)
      }
      return SurveySummary.SegmentMeans(segment: name, groups: groups)
    }
  }
}

extension OpenAnswerAggregate {
  /// The summary of an open question's answers.
  func summary(
    thresholds: ReportThresholds, catalog: TagCatalog, language: ReportLanguage
  ) -> SurveySummary.Open {
    let substantive = texts - sentiment[.nonAnswer]
    let ranked = tags.keys.sorted { lhs, rhs in
      let (a, b) = (tags[lhs]!.count, tags[rhs]!.count)
      return a != b ? a > b : lhs < rhs
    }
    let tagSummaries = ranked.map { id in
      let tag = tags[id]!
      return SurveySummary.TagSummary(
        tag: TagRef(id: id, catalog: catalog, fallbackKind: nil, language: language),
        count: tag.count, share: SummaryMath.share(tag.count, substantive),
        sentiment: SentimentCounts(tag.sentiment),
        meanScore: tag.count > 0
          ? SummaryMath.round(Double(tag.scoreMicros) / 1e6 / Double(tag.count), 3) : 0,
        quotes: tag.quotes.elements)
    }
    return SurveySummary.Open(
      texts: texts, substantive: substantive, sentiment: SentimentCounts(sentiment),
      tags: tagSummaries,
      emergingThemes: phrases.themes(
        minCount: thresholds.emergingMinCount, limit: thresholds.emergingLimit))
  }
}

extension TagRef {
  /// The reference to `id` with its label in `language` and its kind from the catalogue.
  init(id: String, catalog: TagCatalog, fallbackKind: TagKind?, language: ReportLanguage) {
    self.init(
      id: id, kind: (catalog.kind(of: id) ?? fallbackKind)?.rawValue ?? "",
      label: catalog.label(for: id, in: language))
  }
}

extension PhraseTally {
  /// Phrases seen at least `minCount` times, most frequent first (ties by key), at most `limit`.
  func themes(minCount: Int, limit: Int) -> [SurveySummary.Theme] {
    counts.rankedKeys
      .filter { counts[$0] >= minCount }
      .prefix(limit)
      .map { SurveySummary.Theme(key: $0, text: display[$0] ?? $0, count: counts[$0]) }
  }
}
