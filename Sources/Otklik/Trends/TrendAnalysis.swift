import Foundation
public import OtklikReport
import OtklikText

/// Trends and alerts from the history store: the report period against the period before it
/// (``ChangeTest``), and against the band of the periods before that (``BandTest``).
///
/// Everything comes from ``HistoryStore/stats(in:)``, so it covers every record the store holds —
/// earlier exports included — not only this run's files. Inside a run it sees the run's own
/// uncommitted records, so the report and its trends always agree.
public struct TrendAnalysis: Sendable {
  /// The report period (`--period`, or the last 30 days up to `--now`).
  public var period: ReportPeriod
  /// Same-length periods before the report period that the alerts' band is drawn from.
  public var historyPeriods: Int
  /// Tag labels and kinds; tags it does not know are shown by id and may alert as pain points.
  public var catalog: TagCatalog
  /// The language of tag labels.
  public var language: ReportLanguage

  public init(
    period: ReportPeriod, historyPeriods: Int = 6, catalog: TagCatalog = TagCatalog(),
    language: ReportLanguage = .ru
  ) {
    self.period = period
    self.historyPeriods = max(1, historyPeriods)
    self.catalog = catalog
    self.language = language
  }

  /// The default report period for trends: the last 30 days up to and including `now`'s day.
  public static func defaultPeriod(now: Date) -> ReportPeriod {
    // "30d" always parses.
    (try? ReportPeriod.parse("30d", now: now))!
  }

  /// Queries the store for the report period and the ``historyPeriods`` before it.
  public func summarize(_ store: HistoryStore) throws(HistoryError) -> (
    trends: TrendSummary, alerts: [TrendAlert]
  ) {
    let current = try store.stats(in: period)
    var history: [PeriodStats] = []
    var earlier = period
    for _ in 0..<historyPeriods {
      earlier = earlier.previous
      history.insert(try store.stats(in: earlier), at: 0)
    }
    return summarize(current: current, history: history)
  }

  /// Trends and alerts from stats already fetched; `history` is oldest first, its last element the
  /// period just before the report period.
  public func summarize(current: PeriodStats, history: [PeriodStats]) -> (
    trends: TrendSummary, alerts: [TrendAlert]
  ) {
    let previous = history.last ?? PeriodStats()
    let empty = PeriodStats.Volume(records: 0, negative: 0, ratingSum: 0, ratingCount: 0)
    let companies = Set(current.companies.keys).union(previous.companies.keys).sorted()
    let companyRows = companies.map { company in
      Self.row(
        company: company, now: current.companies[company] ?? empty,
        before: previous.companies[company] ?? empty)
    }
    let tagKeys = Set(current.tags.keys).union(previous.tags.keys).filter { $0.company != nil }
      .sorted()
    let tagRows = tagKeys.map { key in
      Self.row(
        company: key.company!, tag: key.tag, label: catalog.label(for: key.tag, in: language),
        now: current.tags[key] ?? empty, before: previous.tags[key] ?? empty)
    }
    let before = period.previous
    let trends = TrendSummary(
      period: TrendPeriod(label: period.description, first: period.firstDay, last: period.lastDay),
      previous: TrendPeriod(
        label: before.description, first: before.firstDay, last: before.lastDay),
      historyPeriods: history.count, companies: companyRows, tags: tagRows)
    return (trends, alerts(current: current, history: history))
  }

  /// The alerts, most striking (largest z) first.
  private func alerts(current: PeriodStats, history: [PeriodStats]) -> [TrendAlert] {
    var alerts: [TrendAlert] = []
    for (company, volume) in current.companies {
      let past = history.map { $0.companies[company] }
      alerts += Self.check(
        company: company, tag: nil, label: nil, latest: volume, past: past, countMeasure: .volume)
    }
    for (key, volume) in current.tags {
      guard let company = key.company else { continue }
      let kind = catalog.kind(of: key.tag)
      guard kind == nil || kind == .painPoint else { continue }
      let past = history.map { $0.tags[key] }
      alerts += Self.check(
        company: company, tag: key.tag, label: catalog.label(for: key.tag, in: language),
        latest: volume, past: past, countMeasure: .complaints)
    }
    return alerts.sorted {
      ($1.statistic, $0.company, $0.tag ?? "", $0.measure.rawValue)
        < ($0.statistic, $1.company, $1.tag ?? "", $1.measure.rawValue)
    }
  }

  /// A company's or a pain point's alerts: its count (reviews, or negative mentions for a pain
  /// point) and its negative share against their bands.
  private static func check(
    company: String, tag: String?, label: String?, latest: PeriodStats.Volume,
    past: [PeriodStats.Volume?], countMeasure: TrendAlert.Measure
  ) -> [TrendAlert] {
    var alerts: [TrendAlert] = []
    let counts =
      countMeasure == .complaints ? past.map { $0?.negative ?? 0 } : past.map { $0?.records ?? 0 }
    let count = countMeasure == .complaints ? latest.negative : latest.records
    let periods = past.drop { ($0?.records ?? 0) == 0 }.count
    if let band = BandTest.volume(latest: count, history: counts), band.alerts {
      alerts.append(
        TrendAlert(
          company: company, tag: tag, tagLabel: label, measure: countMeasure,
          current: Double(count),
          expected: round(band.mean, 2), bandTop: round(band.top, 2),
          statistic: round(band.z, 2), historyPeriods: periods))
    }
    let shares = past.map { (negative: $0?.negative ?? 0, records: $0?.records ?? 0) }
    if let test = BandTest.share(
      negative: latest.negative, records: latest.records, history: shares),
      test.alerts
    {
      alerts.append(
        TrendAlert(
          company: company, tag: tag, tagLabel: label, measure: .negativeShare,
          current: round(Double(latest.negative) / Double(latest.records), 4),
          expected: round(test.expected, 4), statistic: round(test.z, 2), historyPeriods: periods))
    }
    return alerts
  }

  private static func row(
    company: String, tag: String? = nil, label: String? = nil, now: PeriodStats.Volume,
    before: PeriodStats.Volume
  ) -> TrendRow {
    let volume = ChangeTest.volume(now: now.records, before: before.records)
    let share = ChangeTest.share(
      negativeNow: now.negative, recordsNow: now.records, negativeBefore: before.negative,
      recordsBefore: before.records)
    let rating = ChangeTest.rating(now: moments(now), before: moments(before))
    return TrendRow(
      company: company, tag: tag, tagLabel: label,
      volume: TrendChange(
        current: Double(now.records), previous: Double(before.records),
        statistic: volume.z.map { round($0, 2) }, mark: volume.mark),
      negativeShare: TrendChange(
        current: now.negativeShare.map { round($0, 4) },
        previous: before.negativeShare.map { round($0, 4) },
        statistic: share.z.map { round($0, 2) },
        mark: share.mark),
      meanRating: TrendChange(
        current: now.meanRating.map { round($0, 3) },
        previous: before.meanRating.map { round($0, 3) },
        statistic: rating.t.map { round($0, 2) }, mark: rating.mark))
  }

  private static func moments(_ volume: PeriodStats.Volume) -> RatingMoments {
    RatingMoments(
      count: volume.ratingCount, sum: volume.ratingSum, sumOfSquares: volume.ratingSquareSum)
  }

  private static func round(_ value: Double, _ places: Int) -> Double {
    let scale = pow(10, Double(places))
    return (value * scale).rounded() / scale
  }
}
