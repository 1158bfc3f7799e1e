/// Turns a ``ReportSummary`` into a ``ReportDocument``: what a methodologist reads, in order.
///
/// Order: alerts (when the run kept history), highlights, community preferences (survey by survey,
/// question by question), change since the previous period (with history), company pain points
/// (comparison table first, then company by company), data accounting, method. Every list keeps the
/// summary's order; nothing here sorts by a dictionary.
public struct ReportComposer: Sendable {
  /// The summary to present.
  public var summary: ReportSummary
  /// Labels in the summary's language.
  let strings: ReportStrings
  /// Number format of the summary's language.
  let numbers: NumberStyle
  /// Tags shown with quotes per open question and crosstab rows per tag crosstab.
  let tagLimit = 10

  /// Creates a composer for `summary` in the summary's language.
  public init(summary: ReportSummary) {
    self.summary = summary
    strings = ReportStrings(summary.run.language)
    numbers = NumberStyle(summary.run.language)
  }

  /// The document.
  public func document() -> ReportDocument {
    var blocks: [ReportBlock] = alertBlocks()
    blocks += highlightBlocks()
    for (index, survey) in summary.surveys.enumerated() {
      blocks += surveyBlocks(survey, index: index)
    }
    blocks += trendBlocks()
    if !summary.companies.isEmpty { blocks += companyBlocks() }
    blocks += briefBlocks()
    blocks += dataBlocks()
    blocks += methodBlocks()
    let subtitle = strings.format(.subtitle, summary.run.id, summary.run.generatedAt)
    return ReportDocument(title: summary.run.title, subtitle: subtitle, blocks: blocks)
  }

  // MARK: - Partnership briefs

  /// Links to each company's partnership brief, written next to the report.
  private func briefBlocks() -> [ReportBlock] {
    guard let briefs = summary.briefs, !briefs.isEmpty else { return [] }
    return [
      .heading(level: 2, text: strings[.briefsHeading], anchor: "briefs"),
      .paragraph(strings[.briefsLine]),
      .links(
        briefs.map {
          ReportLink(
            text: $0.company, target: $0.path,
            note: strings[$0.proposes ? .briefProposes : .briefTooThin])
        }),
    ]
  }

  // MARK: - Highlights

  /// The few lines a reader should see first: each survey's strongest signals and each company's
  /// main pain point, with the numbers behind them.
  private func highlightBlocks() -> [ReportBlock] {
    var lines: [String] = []
    for survey in summary.surveys {
      for question in survey.questions {
        if let open = question.open, !open.tags.isEmpty {
          let tags = open.tags.prefix(3).map { "\($0.tag.label) (\(numbers.percent($0.share)))" }
          lines.append(strings.format(.highlightOpen, question.title, tags.joined(separator: ", ")))
        } else if let top = question.options?.first, question.kind == "multiple_choice" {
          lines.append(
            strings.format(.highlightOption, question.title, top.option, numbers.percent(top.share))
          )
        } else if let nps = question.nps {
          lines.append(
            strings.format(.highlightNPS, question.title, numbers.signed(nps.score, places: 1)))
        }
        let marked = question.crosstabs.filter { crosstab in
          crosstab.rows.contains { row in row.cells.contains { $0.mark != nil } }
        }
        for crosstab in marked {
          lines.append(strings.format(.highlightDifference, question.title, crosstab.segment))
        }
      }
    }
    for company in summary.companies.prefix(12) {
      let rating = company.rating.map { numbers.decimal($0.mean) } ?? "—"
      if let pain = company.painPoints.first {
        lines.append(
          strings.format(
            .highlightCompany, company.name, String(company.reviews), rating, pain.tag.label,
            String(pain.count), pain.impact.map { numbers.signed($0) } ?? "—"))
      } else {
        lines.append(
          strings.format(.highlightCompanyCalm, company.name, String(company.reviews), rating))
      }
    }
    guard !lines.isEmpty else { return [] }
    return [
      .heading(level: 2, text: strings[.highlightsHeading], anchor: "highlights"), .bullets(lines),
    ]
  }

  // MARK: - Data

  private func dataBlocks() -> [ReportBlock] {
    let data = summary.data
    var blocks: [ReportBlock] = [
      .heading(level: 2, text: strings[.dataHeading], anchor: "data"),
      .paragraph(
        strings.format(.dataTotals, String(data.read), String(data.accepted), String(data.rejected))
      ),
    ]
    if !data.files.isEmpty {
      let rows = data.files.map {
        [
          $0.file, $0.encoding + ($0.hadByteOrderMark ? " BOM" : ""), $0.delimiter, String($0.read),
          String($0.accepted), String($0.rejected),
        ]
      }
      blocks.append(
        .table(
          ReportTable(
            header: [
              strings[.file], strings[.encoding], strings[.delimiter], strings[.read],
              strings[.accepted], strings[.rejected],
            ], rows: rows, numericColumns: [3, 4, 5])))
    }
    if !data.rejectReasons.isEmpty {
      blocks.append(.paragraph(strings[.rejectReasons]))
      blocks.append(
        .table(
          ReportTable(
            header: [strings[.reason], strings[.count]],
            rows: data.rejectReasons.prefix(15).map { [$0.text, String($0.count)] },
            numericColumns: [1])))
    }
    if !data.unknownSources.isEmpty {
      blocks.append(
        .note(
          strings.format(
            .unknownSources,
            data.unknownSources.map { "\($0.text) (\($0.count))" }.joined(separator: ", "))))
    }
    return blocks
  }

  // MARK: - Surveys

  private func surveyBlocks(_ survey: SurveySummary, index: Int) -> [ReportBlock] {
    var blocks: [ReportBlock] = [
      .heading(
        level: 2, text: strings.format(.surveyHeading, survey.source), anchor: "survey-\(index + 1)"
      ),
      .paragraph(strings.format(.respondents, String(survey.respondents))),
    ]
    if !survey.segments.isEmpty {
      blocks.append(.note(strings.format(.segmentsList, survey.segments.joined(separator: ", "))))
    }
    var gridsShown = Set<String>()
    for question in survey.questions {
      let anchor = "survey-\(index + 1)-q\(question.index + 1)"
      if let grid = question.grid, gridsShown.insert(grid.question).inserted {
        blocks += gridBlocks(grid.question, survey: survey, anchor: anchor + "-grid")
      }
      blocks.append(.heading(level: 3, text: question.title, anchor: anchor))
      blocks.append(
        .note(
          strings.format(
            .answeredEmpty, strings.kindName(question.kind), String(question.answered),
            String(question.empty))))
      if let options = question.options { blocks += optionBlocks(options, question: question) }
      if let scale = question.scale { blocks += scaleBlocks(scale, question: question) }
      if let nps = question.nps { blocks += npsBlocks(nps, question: question) }
      if let open = question.open { blocks += openBlocks(open, question: question) }
      for (number, crosstab) in question.crosstabs.enumerated() {
        blocks += crosstabBlocks(crosstab, question: question, anchor: "\(anchor)-x\(number + 1)")
      }
      if !question.segmentMeans.isEmpty { blocks += segmentMeanBlocks(question) }
    }
    return blocks
  }

  /// One table for all rows of a grid question with choice answers: rows × options, shares of each
  /// row's respondents; options in order of their total count. Nothing for a grid of one row.
  private func gridBlocks(_ title: String, survey: SurveySummary, anchor: String) -> [ReportBlock] {
    let rows = survey.questions.filter { $0.grid?.question == title && $0.options != nil }
    guard rows.count >= 2 else { return [] }
    var totals: [String: Int] = [:]
    for row in rows {
      for option in row.options ?? [] { totals[option.option, default: 0] += option.count }
    }
    let options = totals.keys.sorted {
      totals[$0]! != totals[$1]! ? totals[$0]! > totals[$1]! : $0 < $1
    }
    let tableRows = rows.map { row -> [String] in
      let shares = Dictionary(
        uniqueKeysWithValues: (row.options ?? []).map { ($0.option, $0.share) })
      return [row.grid?.row ?? row.title, String(row.answered)]
        + options.map { shares[$0].map(numbers.percent) ?? numbers.percent(0) }
    }
    return [
      .heading(level: 3, text: title, anchor: anchor),
      .note(strings[.gridNote]),
      .table(
        ReportTable(
          header: [strings[.gridRow], "n"] + options, rows: tableRows,
          numericColumns: Set(1..<(options.count + 2)))),
    ]
  }

  private func optionBlocks(
    _ options: [SurveySummary.OptionShare], question: SurveySummary.Question
  )
    -> [ReportBlock]
  {
    var blocks: [ReportBlock] = []
    if question.kind == "multiple_choice" { blocks.append(.note(strings[.multipleChoiceNote])) }
    blocks.append(
      .table(
        ReportTable(
          header: [strings[.option], strings[.count], strings[.share]],
          rows: options.map { [$0.option, String($0.count), numbers.percent($0.share)] },
          numericColumns: [1, 2])))
    if !options.isEmpty {
      blocks.append(
        .chart(
          shareChart(
            title: strings.format(.optionSharesChart, question.title),
            items: options.map { ($0.option, $0.share) })))
    }
    return blocks
  }

  private func scaleBlocks(_ scale: SurveySummary.Scale, question: SurveySummary.Question)
    -> [ReportBlock]
  {
    [
      .paragraph(
        strings.format(
          .scaleLine, numbers.decimal(scale.mean), String(scale.min), String(scale.max),
          numbers.percent(scale.top2Box), String(scale.top2BoxCount))),
      .chart(
        shareChart(
          title: strings.format(.distributionChart, question.title),
          items: scale.distribution.map { (String($0.value), $0.share) })),
      .table(
        ReportTable(
          header: [strings[.value], strings[.count], strings[.share]],
          rows: scale.distribution.map {
            [String($0.value), String($0.count), numbers.percent($0.share)]
          },
          numericColumns: [0, 1, 2])),
    ]
  }

  private func npsBlocks(_ nps: SurveySummary.NPS, question: SurveySummary.Question)
    -> [ReportBlock]
  {
    [
      .paragraph(
        strings.format(
          .npsLine, numbers.signed(nps.score, places: 1), String(nps.promoters),
          numbers.percent(nps.promoterShare), String(nps.passives),
          numbers.percent(nps.passiveShare),
          String(nps.detractors), numbers.percent(nps.detractorShare))),
      .chart(
        ReportChart(
          title: strings.format(.npsChart, question.title), style: .bars,
          bars: [
            .init(
              label: "NPS",
              segments: [
                .init(value: nps.detractorShare, tone: .negative),
                .init(value: nps.passiveShare, tone: .neutral),
                .init(value: nps.promoterShare, tone: .positive),
              ], text: numbers.signed(nps.score, places: 1))
          ], scale: 1,
          legend: [
            .init(label: strings[.detractors], tone: .negative),
            .init(label: strings[.passives], tone: .neutral),
            .init(label: strings[.promoters], tone: .positive),
          ])),
      .chart(
        shareChart(
          title: strings.format(.distributionChart, question.title),
          items: nps.distribution.map { (String($0.value), $0.share) })),
    ]
  }

  private func openBlocks(_ open: SurveySummary.Open, question: SurveySummary.Question)
    -> [ReportBlock]
  {
    var blocks: [ReportBlock] = [
      .paragraph(
        strings.format(
          .openLine, String(open.texts), String(open.substantive), String(open.sentiment.nonAnswer),
          String(open.sentiment.none))),
      .chart(
        sentimentChart(
          title: strings.format(.sentimentChart, question.title), rows: [("", open.sentiment)])),
    ]
    if open.tags.isEmpty {
      blocks.append(.note(strings[.noTags]))
    } else {
      blocks.append(
        .table(
          ReportTable(
            header: [
              strings[.tag], strings[.kind], strings[.count], strings[.share],
              strings[.negativeShort],
              strings[.neutralShort], strings[.positiveShort], strings[.meanScore],
            ],
            rows: open.tags.map {
              [
                $0.tag.label, strings.tagKindName($0.tag.kind), String($0.count),
                numbers.percent($0.share),
                String($0.sentiment.negative), String($0.sentiment.neutral),
                String($0.sentiment.positive),
                numbers.signed($0.meanScore),
              ]
            }, numericColumns: [2, 3, 4, 5, 6, 7])))
      blocks.append(
        .chart(
          shareChart(
            title: strings.format(.tagSharesChart, question.title),
            items: open.tags.prefix(15).map { ($0.tag.label, $0.share) })))
      for tag in open.tags.prefix(tagLimit) where !tag.quotes.isEmpty {
        blocks.append(.paragraph(strings.format(.quotesFor, tag.tag.label)))
        blocks.append(.quotes(tag.quotes.map(quoteLine)))
      }
    }
    if !open.emergingThemes.isEmpty {
      blocks.append(.paragraph(strings[.emergingThemes]))
      blocks.append(
        .table(
          ReportTable(
            header: [strings[.phrase], strings[.count]],
            rows: open.emergingThemes.map { [$0.text, String($0.count)] }, numericColumns: [1])))
    }
    return blocks
  }

  private func crosstabBlocks(
    _ crosstab: CrosstabSummary, question: SurveySummary.Question, anchor: String
  ) -> [ReportBlock] {
    let isTags = question.kind == "open"
    let rows = isTags ? Array(crosstab.rows.prefix(tagLimit)) : crosstab.rows
    guard !rows.isEmpty else { return [] }
    var blocks: [ReportBlock] = [
      .heading(
        level: 4, text: strings.format(.crosstabHeading, question.title, crosstab.segment),
        anchor: anchor)
    ]
    if let result = crosstab.result {
      blocks.append(.paragraph(testLine(result)))
    } else if crosstab.test == "chi_square_per_option" {
      blocks.append(.note(strings[.perOptionNote]))
    } else {
      blocks.append(.note(strings[.noTest]))
    }
    var header = [isTags ? strings[.tag] : strings[.option]]
    header += crosstab.groups.map { "\($0.value) (n=\($0.n))" + ($0.isSmall ? " °" : "") }
    if crosstab.test == "chi_square_per_option" { header.append("p") }
    let tableRows = rows.map { row -> [String] in
      var cells = [row.label ?? row.option]
      cells += row.cells.map { cell in
        var text = numbers.percent(cell.share)
        if cell.mark == "above" { text += " ▲" }
        if cell.mark == "below" { text += " ▼" }
        if cell.isSmall { text += " °" }
        return text
      }
      if crosstab.test == "chi_square_per_option" {
        cells.append(
          row.result.map { numbers.pValue($0.pValue) + ($0.isSignificant ? " *" : "") } ?? "—")
      }
      return cells
    }
    var tints: [Int: [Int: ReportChart.Tone]] = [:]
    for (rowIndex, row) in rows.enumerated() {
      for (column, cell) in row.cells.enumerated() where cell.mark != nil {
        tints[rowIndex, default: [:]][column + 1] = cell.mark == "above" ? .positive : .negative
      }
    }
    let numeric = Set(1..<header.count)
    blocks.append(
      .table(ReportTable(header: header, rows: tableRows, numericColumns: numeric, tints: tints)))
    if crosstab.omittedGroups > 0 {
      blocks.append(.note(strings.format(.omittedGroups, String(crosstab.omittedGroups))))
    }
    return blocks
  }

  private func testLine(_ result: CrosstabSummary.TestResult) -> String {
    var line = strings.format(
      .testLine, numbers.decimal(result.statistic), String(result.degreesOfFreedom),
      numbers.pComparison(result.pValue),
      result.isSignificant ? strings[.significant] : strings[.notSignificant])
    if result.smallExpectedShare > 0.2 {
      line += " " + strings.format(.unreliable, numbers.percent(result.smallExpectedShare))
    }
    return line
  }

  private func segmentMeanBlocks(_ question: SurveySummary.Question) -> [ReportBlock] {
    var blocks: [ReportBlock] = []
    let isNPS = question.kind == "nps"
    for means in question.segmentMeans {
      blocks.append(.paragraph(strings.format(.meansBySegment, means.segment)))
      var header = [means.segment, "n", strings[.mean]]
      if isNPS { header.append("NPS") }
      blocks.append(
        .table(
          ReportTable(
            header: header,
            rows: means.groups.map { group in
              var row = [
                group.value + (group.isSmall ? " °" : ""), String(group.n),
                numbers.decimal(group.mean),
              ]
              if isNPS { row.append(group.nps.map { numbers.signed($0, places: 1) } ?? "—") }
              return row
            }, numericColumns: Set(1..<header.count))))
    }
    return blocks
  }

  // MARK: - Companies

  private func companyBlocks() -> [ReportBlock] {
    let companies = summary.companies
    var blocks: [ReportBlock] = [
      .heading(level: 2, text: strings[.companiesHeading], anchor: "companies"),
      .table(
        ReportTable(
          header: [
            strings[.company], strings[.reviews], strings[.meanRating], strings[.negativeShare],
            strings[.replyRate], strings[.topPainPoint],
          ],
          rows: companies.map {
            [
              $0.name, String($0.reviews), $0.rating.map { numbers.decimal($0.mean) } ?? "—",
              $0.negativeShare.map(numbers.percent) ?? "—", numbers.percent($0.replies.rate),
              $0.painPoints.first?.tag.label ?? "—",
            ]
          }, numericColumns: [1, 2, 3, 4])),
      .chart(
        sentimentChart(
          title: strings[.sentimentByCompany], rows: companies.map { ($0.name, $0.sentiment) })),
    ]
    for (index, company) in companies.enumerated() {
      blocks += companyDetail(company, anchor: "company-\(index + 1)")
    }
    return blocks
  }

  private func companyDetail(_ company: CompanySummary, anchor: String) -> [ReportBlock] {
    var blocks: [ReportBlock] = [.heading(level: 3, text: company.name, anchor: anchor)]
    var facts = [strings.format(.reviewsLine, String(company.reviews), String(company.withText))]
    if let rating = company.rating {
      facts.append(strings.format(.ratingLine, numbers.decimal(rating.mean), String(rating.count)))
    }
    if let negative = company.negativeShare {
      facts.append(strings.format(.negativeLine, numbers.percent(negative)))
    }
    facts.append(
      strings.format(
        .replyLine, numbers.percent(company.replies.rate), String(company.replies.replied)))
    if let delay = company.replies.meanDelayDays {
      facts.append(
        strings.format(.delayLine, numbers.decimal(delay, places: 1), String(company.replies.timed))
      )
    }
    blocks.append(.bullets(facts))
    if let rating = company.rating {
      blocks.append(
        .chart(
          shareChart(
            title: strings.format(.ratingChart, company.name),
            items: rating.distribution.reversed().map { ("\($0.value)★", $0.share) },
            tone: .accent, counts: rating.distribution.reversed().map(\.count))))
    }
    if !company.months.isEmpty {
      blocks += monthBlocks(company)
    }
    blocks += impactBlocks(
      company.painPoints, heading: strings[.painPoints], empty: strings[.noPainPoints],
      anchor: anchor + "-pain", tone: .negative, company: company)
    blocks += impactBlocks(
      company.praise, heading: strings[.praise], empty: strings[.noPraise],
      anchor: anchor + "-praise",
      tone: .positive, company: company)
    if let complaints = company.emergingComplaints, !complaints.isEmpty {
      blocks.append(.paragraph(strings[.emergingComplaints]))
      blocks.append(
        .table(
          ReportTable(
            header: [strings[.phrase], strings[.count]],
            rows: complaints.map { [$0.text, String($0.count)] },
            numericColumns: [1])))
    }
    let mismatches = company.mismatches
    if mismatches.fiveStarNegative + mismatches.oneStarPositive > 0 {
      blocks.append(.heading(level: 4, text: strings[.mismatches], anchor: anchor + "-mismatch"))
      blocks.append(
        .paragraph(
          strings.format(
            .mismatchLine, String(mismatches.fiveStarNegative), String(mismatches.oneStarPositive)))
      )
      blocks.append(.quotes(mismatches.examples.map(quoteLine)))
    }
    if company.replies.timed > 0 {
      blocks.append(.paragraph(strings[.replyDelays]))
      blocks.append(
        .table(
          ReportTable(
            header: [strings[.delay], strings[.count]],
            rows: company.replies.delays.map {
              [strings.delayBucketName($0.text), String($0.count)]
            },
            numericColumns: [1])))
    }
    if !company.branches.isEmpty {
      blocks.append(.heading(level: 4, text: strings[.branches], anchor: anchor + "-branches"))
      blocks.append(
        .table(
          ReportTable(
            header: [
              strings[.branch], strings[.reviews], strings[.meanRating], strings[.negativeShare],
              strings[.painPoints],
            ],
            rows: company.branches.map { branch in
              [
                branch.name, String(branch.reviews),
                branch.meanRating.map { numbers.decimal($0) } ?? "—",
                branch.negativeShare.map(numbers.percent) ?? "—",
                (branch.topPainPoints ?? []).map { "\($0.tag.label) (\($0.count))" }
                  .joined(separator: ", "),
              ]
            }, numericColumns: [1, 2, 3])))
    }
    return blocks
  }

  private func monthBlocks(_ company: CompanySummary) -> [ReportBlock] {
    var blocks: [ReportBlock] = []
    let peak = Double(company.months.map(\.reviews).max() ?? 1)
    if company.months.count >= 2 {
      blocks.append(
        .chart(
          ReportChart(
            title: strings.format(.monthlyChart, company.name), style: .columns,
            bars: company.months.map {
              .init(
                label: $0.month,
                segments: [.init(value: Double($0.reviews), tone: .accent)],
                text: $0.meanRating.map { "\(numbers.decimal($0, places: 1))★" } ?? "")
            }, scale: max(peak, 1), legend: [])))
    }
    blocks.append(
      .table(
        ReportTable(
          header: [
            strings[.month], strings[.reviews], strings[.meanRating], strings[.negativeShare],
          ],
          rows: company.months.map {
            [
              $0.month, String($0.reviews), $0.meanRating.map { numbers.decimal($0) } ?? "—",
              $0.negativeShare.map(numbers.percent) ?? "—",
            ]
          }, numericColumns: [1, 2, 3])))
    return blocks
  }

  private func impactBlocks(
    _ items: [CompanySummary.ImpactItem], heading: String, empty: String, anchor: String,
    tone: ReportChart.Tone, company: CompanySummary
  ) -> [ReportBlock] {
    var blocks: [ReportBlock] = [.heading(level: 4, text: heading, anchor: anchor)]
    guard !items.isEmpty else { return blocks + [.note(empty)] }
    blocks.append(
      .table(
        ReportTable(
          header: [
            "#", strings[.tag], strings[.count], strings[.share], strings[.meanRating],
            strings[.impact],
          ],
          rows: items.enumerated().map { rank, item in
            [
              String(rank + 1), item.tag.label, String(item.count), numbers.percent(item.share),
              item.meanRating.map { numbers.decimal($0) } ?? "—",
              item.impact.map { numbers.signed($0) } ?? "—",
            ]
          }, numericColumns: [0, 2, 3, 4, 5])))
    blocks.append(
      .chart(
        shareChart(
          title: heading + " — " + company.name,
          items: items.prefix(12).map { ($0.tag.label, $0.share) },
          tone: tone)))
    for item in items where !item.quotes.isEmpty {
      blocks.append(.paragraph(strings.format(.quotesFor, item.tag.label)))
      blocks.append(.quotes(item.quotes.map(quoteLine)))
    }
    return blocks
  }

  // MARK: - Method

  private func methodBlocks() -> [ReportBlock] {
    let thresholds = summary.method.thresholds
    return [
      .heading(level: 2, text: strings[.methodHeading], anchor: "method"),
      .bullets([
        strings.format(
          .methodTest, numbers.decimal(thresholds.alpha), numbers.decimal(thresholds.residualZ)),
        strings.format(
          .methodSmall, numbers.decimal(thresholds.minExpected, places: 0),
          String(thresholds.minSegment)),
        strings.format(
          .methodSentiment, numbers.decimal(summary.method.sentiment.positive),
          numbers.decimal(summary.method.sentiment.negative)),
        strings[.methodShares],
        strings[.methodScales],
        strings[.methodImpact],
        strings[.methodMismatch],
        strings[.methodQuotes],
      ]),
    ]
  }

  // MARK: - Helpers

  private func quoteLine(_ quote: Quote) -> QuoteLine {
    var parts: [String] = []
    if let rating = quote.rating {
      parts.append("\(numbers.decimal(rating, places: rating == rating.rounded() ? 0 : 1))★")
    }
    parts.append("\(quote.file):\(quote.line)")
    return QuoteLine(text: quote.text, attribution: parts.joined(separator: " · "))
  }

  private func shareChart(
    title: String, items: [(String, Double)], tone: ReportChart.Tone = .accent, counts: [Int]? = nil
  ) -> ReportChart {
    ReportChart(
      title: title, style: .bars,
      bars: items.enumerated().map { index, item in
        var text = numbers.percent(item.1)
        if let counts { text += " (\(counts[index]))" }
        return .init(label: item.0, segments: [.init(value: item.1, tone: tone)], text: text)
      }, scale: 1, legend: [])
  }

  private func sentimentChart(title: String, rows: [(String, SentimentCounts)]) -> ReportChart {
    ReportChart(
      title: title, style: .bars,
      bars: rows.map { label, counts in
        let total = Double(
          max(
            1, counts.negative + counts.neutral + counts.positive + counts.none + counts.nonAnswer))
        return .init(
          label: label,
          segments: [
            .init(value: Double(counts.negative) / total, tone: .negative),
            .init(value: Double(counts.neutral) / total, tone: .neutral),
            .init(value: Double(counts.positive) / total, tone: .positive),
            .init(value: Double(counts.none + counts.nonAnswer) / total, tone: .muted),
          ],
          text:
            "\(counts.negative) / \(counts.neutral) / \(counts.positive) / \(counts.none + counts.nonAnswer)"
        )
      }, scale: 1,
      legend: [
        .init(label: strings[.negative], tone: .negative),
        .init(label: strings[.neutral], tone: .neutral),
        .init(label: strings[.positive], tone: .positive),
        .init(label: strings[.noOpinion], tone: .muted),
      ])
  }
}
