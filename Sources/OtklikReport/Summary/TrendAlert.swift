/// A company or a pain point whose latest period is outside its historical band (``BandTest``):
/// what a cron job mails. Listed first in the report and under `alerts` in `summary.json`.
public struct TrendAlert: Sendable, Hashable, Codable, CustomStringConvertible {
  /// What rose.
  public enum Measure: String, Sendable, Hashable, Codable {
    /// A company's reviews.
    case volume
    /// A pain point's negative mentions.
    case complaints
    /// The share of negative reviews (or of negative mentions of a pain point).
    case negativeShare = "negative_share"
  }

  /// The company.
  public var company: String
  /// The pain point's tag id; `nil` for the company as a whole.
  public var tag: String?
  /// The tag's label in the report language.
  public var tagLabel: String?
  /// What rose.
  public var measure: Measure
  /// The latest period's value: a count, or a share (4 decimals).
  public var current: Double
  /// What history leads to expect: the mean count, or the pooled share.
  public var expected: Double
  /// The top of the band (volumes only).
  public var bandTop: Double?
  /// z: band units above the mean (volumes) or the binomial z (shares), 2 decimals.
  public var statistic: Double
  /// Historical periods the band was drawn from.
  public var historyPeriods: Int

  /// Creates an alert.
  public init(
    company: String, tag: String? = nil, tagLabel: String? = nil, measure: Measure, current: Double,
    expected: Double, bandTop: Double? = nil, statistic: Double, historyPeriods: Int
  ) {
    self.company = company
    self.tag = tag
    self.tagLabel = tagLabel
    self.measure = measure
    self.current = current
    self.expected = expected
    self.bandTop = bandTop
    self.statistic = statistic
    self.historyPeriods = historyPeriods
  }

  /// One line for logs and mail, in English:
  /// `Кофейня «Зерно и пенка» / price: complaints 19, expected 2.5, band top 6.1 (z 5.2, 6 periods)`.
  public var description: String {
    let subject = company + (tag.map { " / \(tagLabel ?? $0)" } ?? "")
    let what = String(measure.rawValue.map { $0 == "_" ? " " : $0 })
    let top = bandTop.map { ", band top \($0)" } ?? ""
    let value = measure == .negativeShare ? "\(current)" : "\(Int(current))"
    return "\(subject): \(what) \(value), expected \(expected)\(top) (z \(statistic), "
      + "\(historyPeriods) periods)"
  }
}
