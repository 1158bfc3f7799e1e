import Foundation

/// Decides whether the latest period is outside a company's or a pain point's historical band: the
/// rules behind the report's alerts.
///
/// History is the same-length periods before the latest one (``TrendSummary`` says how many are
/// looked at), taken from the oldest one with data for the company or tag onwards, zeros included
/// after it. It needs at least ``minimumPeriods`` periods with data. Only rises alert: what a cron
/// mail should say is that something got worse.
/// - **Volume** (a company's reviews, a pain point's complaints): with m and s the mean and the
///   sample standard deviation of the historical counts, the band's top is m + 2·max(s, √m) (never
///   narrower than Poisson noise, which three or four periods underestimate). Alert when the latest
///   count is above it and at least ``minimumCount``.
/// - **Negative share**: the binomial test of the latest period against the pooled historical share
///   p₀ = Σ negative / Σ records: z = (x − n·p₀) / √(n·p₀(1 − p₀)). Alert when z ≥ ``critical``
///   (one-sided 1%), the share is at least ``minimumRise`` above p₀, the latest period has at least
///   ``minimumRecords`` records and the history at least twice that. p₀ is kept within
///   [½/N, 1 − ½/N] so a spotless history does not make any single complaint an alert.
public enum BandTest {
  /// Historical periods with data needed before anything alerts.
  public static let minimumPeriods = 3
  /// Standard deviations above the historical mean where the volume band ends.
  public static let bandWidth = 2.0
  /// The smallest latest count that can alert.
  public static let minimumCount = 5
  /// The one-sided 1% critical value of the normal distribution, for the negative share.
  public static let critical = 2.326
  /// The smallest rise of the negative share over the historical share that can alert.
  public static let minimumRise = 0.10
  /// Records the latest period needs before its negative share can alert.
  public static let minimumRecords = 10

  /// The volume rule: the historical mean, the band's top, the latest count's distance from the
  /// mean in band units (max(s, √m)), and whether it alerts. `nil` when the history is too short.
  /// `history` is oldest first.
  public static func volume(latest: Int, history: [Int]) -> (
    mean: Double, top: Double, z: Double, alerts: Bool
  )? {
    guard let span = span(history), span.filter({ $0 > 0 }).count >= minimumPeriods else {
      return nil
    }
    let values = span.map(Double.init)
    let mean = values.reduce(0, +) / Double(values.count)
    let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
    let spread = max(variance.squareRoot(), mean.squareRoot(), 0.5)
    let top = mean + bandWidth * spread
    let z = (Double(latest) - mean) / spread
    return (mean, top, z, Double(latest) > top && latest >= minimumCount)
  }

  /// The negative-share rule: the pooled historical share, z, and whether it alerts. `nil` when the
  /// history (oldest first) is too short or too small.
  public static func share(
    negative: Int, records: Int, history: [(negative: Int, records: Int)]
  ) -> (expected: Double, z: Double, alerts: Bool)? {
    guard let first = history.firstIndex(where: { $0.records > 0 }),
      history[first...].filter({ $0.records > 0 }).count >= minimumPeriods
    else { return nil }
    let pooledRecords = history[first...].reduce(0) { $0 + $1.records }
    let pooledNegative = history[first...].reduce(0) { $0 + $1.negative }
    guard records >= minimumRecords, pooledRecords >= 2 * minimumRecords else { return nil }
    let floor = 0.5 / Double(pooledRecords)
    let expected = min(max(Double(pooledNegative) / Double(pooledRecords), floor), 1 - floor)
    let n = Double(records)
    let z = (Double(negative) - n * expected) / (n * expected * (1 - expected)).squareRoot()
    let share = Double(negative) / n
    return (expected, z, z >= critical && share - expected >= minimumRise)
  }

  /// The counts from the oldest period with data on, or `nil` with no data at all.
  private static func span(_ history: [Int]) -> ArraySlice<Int>? {
    guard let first = history.firstIndex(where: { $0 > 0 }) else { return nil }
    return history[first...]
  }
}
