import Foundation

/// Decides whether a change between two periods of the same length is beyond noise.
///
/// The rules (each returns a ``TrendMark``; ``TrendMark/insufficient`` when there is too little to
/// test, so a blank is never read as "no change"):
/// - **Volume** (reviews, tag mentions): if both periods draw from the same Poisson rate, the current
///   count given the total is binomial with p = ½, so z = (now − before) / √(now + before). Marked
///   when now + before ≥ ``minimumTotal`` and |z| ≥ ``critical``.
/// - **Negative share**: the two-proportion z-test with the pooled share p,
///   z = (p₁ − p₀) / √(p(1 − p)(1/n₁ + 1/n₀)). Marked when both periods have at least
///   ``minimumPerPeriod`` records and |z| ≥ ``critical``.
/// - **Mean rating**: Welch's t with the Welch–Satterthwaite degrees of freedom, the variances from
///   the sums of squared ratings. Marked when both periods have at least ``minimumPerPeriod`` ratings
///   and |t| is at least the two-sided 5% critical value of t for those degrees of freedom.
///
/// ``critical`` is 1.96: a two-sided 5% test. With dozens of tags tested per run a few marks will be
/// chance; the alerts (``BandTest``) use a stricter rule.
public enum ChangeTest {
  /// The two-sided 5% critical value of the normal distribution.
  public static let critical = 1.96
  /// Records (or ratings) each period needs before a share or a mean is compared.
  public static let minimumPerPeriod = 10
  /// Records both periods together need before volumes are compared.
  public static let minimumTotal = 10

  /// The volume rule: the statistic and the mark.
  public static func volume(now: Int, before: Int) -> (z: Double?, mark: TrendMark) {
    let total = now + before
    guard total >= minimumTotal else { return (nil, .insufficient) }
    let z = Double(now - before) / Double(total).squareRoot()
    return (z, mark(z, critical: critical))
  }

  /// The negative-share rule: the statistic and the mark.
  public static func share(
    negativeNow: Int, recordsNow: Int, negativeBefore: Int, recordsBefore: Int
  ) -> (z: Double?, mark: TrendMark) {
    guard recordsNow >= minimumPerPeriod, recordsBefore >= minimumPerPeriod else {
      return (nil, .insufficient)
    }
    let (n1, n0) = (Double(recordsNow), Double(recordsBefore))
    let pooled = Double(negativeNow + negativeBefore) / (n1 + n0)
    let spread = (pooled * (1 - pooled) * (1 / n1 + 1 / n0)).squareRoot()
    guard spread > 0 else { return (0, .none) }
    let z = (Double(negativeNow) / n1 - Double(negativeBefore) / n0) / spread
    return (z, mark(z, critical: critical))
  }

  /// The mean-rating rule from counts, sums and sums of squares: Welch's t and the mark.
  public static func rating(now: RatingMoments, before: RatingMoments) -> (
    t: Double?, mark: TrendMark
  ) {
    guard now.count >= minimumPerPeriod, before.count >= minimumPerPeriod else {
      return (nil, .insufficient)
    }
    let (a, b) = (now.varianceOfMean, before.varianceOfMean)
    let difference = now.mean - before.mean
    let spread = (a + b).squareRoot()
    guard spread > 0 else {
      return (nil, difference == 0 ? .none : difference > 0 ? .up : .down)
    }
    let t = difference / spread
    let freedom =
      (a + b) * (a + b)
      / (a * a / Double(now.count - 1) + b * b / Double(before.count - 1))
    return (t, mark(t, critical: studentCritical(degreesOfFreedom: freedom)))
  }

  /// The two-sided 5% critical value of Student's t, by the Cornish–Fisher expansion around the
  /// normal value (within 0.001 of the tables from 9 degrees of freedom up, which the minimum of 10
  /// ratings per period guarantees).
  public static func studentCritical(degreesOfFreedom v: Double) -> Double {
    let z = critical
    let z3 = z * z * z
    let z5 = z3 * z * z
    let z7 = z5 * z * z
    let g1 = (z3 + z) / 4
    let g2 = (5 * z5 + 16 * z3 + 3 * z) / 96
    let g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384
    return z + g1 / v + g2 / (v * v) + g3 / (v * v * v)
  }

  private static func mark(_ statistic: Double, critical: Double) -> TrendMark {
    statistic >= critical ? .up : statistic <= -critical ? .down : .none
  }
}

/// Count, sum and sum of squares of ratings in one period: enough for a mean and its variance.
public struct RatingMoments: Sendable, Hashable {
  /// Ratings.
  public var count: Int
  /// Their sum.
  public var sum: Double
  /// The sum of their squares.
  public var sumOfSquares: Double

  public init(count: Int, sum: Double, sumOfSquares: Double) {
    self.count = count
    self.sum = sum
    self.sumOfSquares = sumOfSquares
  }

  /// The mean (0 with no rating).
  public var mean: Double { count > 0 ? sum / Double(count) : 0 }

  /// The sample variance divided by the count: the squared standard error of the mean.
  var varianceOfMean: Double {
    guard count > 1 else { return 0 }
    let n = Double(count)
    let variance = max(0, (sumOfSquares - sum * sum / n) / (n - 1))
    return variance / n
  }
}
