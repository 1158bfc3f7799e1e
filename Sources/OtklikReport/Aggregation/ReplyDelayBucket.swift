/// How long a company took to reply to a review.
public enum ReplyDelayBucket: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  /// Within a day (24 hours).
  case day = "le_1d"
  /// Within three days.
  case threeDays = "le_3d"
  /// Within a week.
  case week = "le_7d"
  /// Within 30 days.
  case month = "le_30d"
  /// Later.
  case later = "gt_30d"

  /// The bucket of a delay in hours.
  public init(hours: Double) {
    switch hours {
    case ...24: self = .day
    case ...72: self = .threeDays
    case ...168: self = .week
    case ...720: self = .month
    default: self = .later
    }
  }

  /// Shorter delays first.
  public static func < (lhs: ReplyDelayBucket, rhs: ReplyDelayBucket) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
