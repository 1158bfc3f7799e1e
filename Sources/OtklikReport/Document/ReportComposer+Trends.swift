/// The alerts section (first in the report) and the period-over-period section, with the rules that
/// decide them stated in words next to the numbers.
extension ReportComposer {
  /// Rows of the tag table at most: marked changes first, then the most mentioned.
  var trendTagLimit: Int { 25 }

  /// The alerts, or nothing when the run kept no history.
  func alertBlocks() -> [ReportBlock] {
    guard let alerts = summary.alerts else { return [] }
    var blocks: [ReportBlock] = [
      .heading(level: 2, text: text("Сигналы", "Alerts"), anchor: "alerts")
    ]
    if alerts.isEmpty {
      blocks.append(
        .paragraph(
          text(
            "Ни одна компания и ни одна проблема не вышли за свои исторические рамки.",
            "No company and no pain point is outside its historical band.")))
    } else {
      blocks.append(.bullets(alerts.map(alertLine)))
    }
    let periods = summary.trends?.historyPeriods ?? 0
    blocks.append(
      .note(
        text(
          "Сигнал — рост в последнем периоде сверх обычного по \(periods) предыдущим периодам той же длины (нужно не меньше \(BandTest.minimumPeriods) с данными). Объём (отзывы компании, жалобы по проблеме): выше среднего на 2·max(σ, √среднего) и не меньше \(BandTest.minimumCount). Доля негатива: биномиальный тест против общей доли за историю, z ≥ \(numbers.decimal(BandTest.critical)) (односторонний, 1 %), рост не меньше \(numbers.percent(BandTest.minimumRise)), в периоде не меньше \(BandTest.minimumRecords) записей.",
          "An alert is a rise in the latest period beyond the usual over the \(periods) same-length periods before it (at least \(BandTest.minimumPeriods) with data). Volume (a company's reviews, a pain point's complaints): above the mean by 2·max(sd, √mean) and at least \(BandTest.minimumCount). Negative share: a binomial test against the pooled historical share, z ≥ \(numbers.decimal(BandTest.critical)) (one-sided 1%), a rise of at least \(numbers.percent(BandTest.minimumRise)), at least \(BandTest.minimumRecords) records in the period."
        )))
    return blocks
  }

  /// The change since the previous period, or nothing when the run kept no history.
  func trendBlocks() -> [ReportBlock] {
    guard let trends = summary.trends else { return [] }
    var blocks: [ReportBlock] = [
      .heading(
        level: 2, text: text("Изменения за период", "Change since the previous period"),
        anchor: "trends"),
      .paragraph(
        text(
          "Период \(trends.period.first) — \(trends.period.last) в сравнении с \(trends.previous.first) — \(trends.previous.last). В скобках — прошлый период; ↑ и ↓ — изменение сверх шума, · — слишком мало данных для проверки.",
          "Period \(trends.period.first) to \(trends.period.last) against \(trends.previous.first) to \(trends.previous.last). In brackets: the previous period; ↑ and ↓ mark a change beyond noise, · too little data to test."
        )),
    ]
    if trends.companies.isEmpty {
      blocks.append(
        .paragraph(text("Отзывов в обоих периодах нет.", "No reviews in either period.")))
    } else {
      blocks.append(
        .table(
          ReportTable(
            header: [
              strings[.company], strings[.reviews], strings[.negativeShare], strings[.meanRating],
            ],
            rows: trends.companies.map { [$0.company] + cells($0) }, numericColumns: [1, 2, 3])))
    }
    let marked = trends.tags.filter(\.isMarked)
    let rest = trends.tags.filter { !$0.isMarked }.sorted {
      ($0.volume.current ?? 0, $1.company, $1.tag ?? "") > (
        $1.volume.current ?? 0, $0.company, $0.tag ?? ""
      )
    }
    let shown = Array((marked + rest).prefix(trendTagLimit))
    if !shown.isEmpty {
      blocks.append(
        .table(
          ReportTable(
            header: [
              strings[.company], strings[.tag], text("Упоминания", "Mentions"),
              strings[.negativeShare],
              strings[.meanRating],
            ],
            rows: shown.map { [$0.company, $0.tagLabel ?? $0.tag ?? ""] + cells($0) },
            numericColumns: [2, 3, 4])))
      if trends.tags.count > shown.count {
        blocks.append(
          .note(
            text(
              "Показаны \(shown.count) из \(trends.tags.count) пар «компания — тема»; все — в summary.json.",
              "\(shown.count) of \(trends.tags.count) (company, tag) pairs shown; all are in summary.json."
            )))
      }
    }
    blocks.append(
      .note(
        text(
          "Как отмечено изменение: объём — сравнение пуассоновских счётов, z = (сейчас − раньше)/√(сейчас + раньше), вместе не меньше \(ChangeTest.minimumTotal); доля негатива — z-тест двух долей; средняя оценка — t-тест Уэлча; для доли и оценки нужно не меньше \(ChangeTest.minimumPerPeriod) в каждом периоде; порог |z| или |t| — двусторонние 5 %.",
          "How a change is marked: volume by comparing Poisson counts, z = (now − before)/√(now + before), at least \(ChangeTest.minimumTotal) together; negative share by the two-proportion z-test; mean rating by Welch's t-test; shares and ratings need at least \(ChangeTest.minimumPerPeriod) in each period; the threshold on |z| or |t| is two-sided 5%."
        )))
    return blocks
  }

  private func cells(_ row: TrendRow) -> [String] {
    [
      cell(row.volume) { String(Int($0)) },
      cell(row.negativeShare) { numbers.percent($0) },
      cell(row.meanRating) { numbers.decimal($0) },
    ]
  }

  /// `26 (9) ↑`: now, the previous period in brackets, and the mark.
  private func cell(_ change: TrendChange, _ format: (Double) -> String) -> String {
    let now = change.current.map(format) ?? "—"
    let before = change.previous.map(format) ?? "—"
    let mark =
      switch change.mark {
      case .up: " ↑"
      case .down: " ↓"
      case .none: ""
      case .insufficient: " ·"
      }
    return "\(now) (\(before))\(mark)"
  }

  private func alertLine(_ alert: TrendAlert) -> String {
    let subject = alert.company + (alert.tag.map { " — " + (alert.tagLabel ?? $0) } ?? "")
    switch alert.measure {
    case .volume, .complaints:
      let what = alert.measure == .volume ? text("отзывов", "reviews") : text("жалоб", "complaints")
      return text(
        "\(subject): \(what) \(Int(alert.current)) при обычных \(numbers.decimal(alert.expected, places: 1)) (верх нормы \(numbers.decimal(alert.bandTop ?? 0, places: 1)))",
        "\(subject): \(Int(alert.current)) \(what) against a usual \(numbers.decimal(alert.expected, places: 1)) (band top \(numbers.decimal(alert.bandTop ?? 0, places: 1)))"
      )
    case .negativeShare:
      return text(
        "\(subject): доля негатива \(numbers.percent(alert.current)) при обычных \(numbers.percent(alert.expected)) (z = \(numbers.decimal(alert.statistic)))",
        "\(subject): negative share \(numbers.percent(alert.current)) against a usual \(numbers.percent(alert.expected)) (z = \(numbers.decimal(alert.statistic)))"
      )
    }
  }

  private func text(_ russian: String, _ english: String) -> String {
    summary.run.language == .ru ? russian : english
  }
}
