import OtklikText

/// The rounding and ratio rules every summary number follows, in one place so JSON and text agree.
enum SummaryMath {
  /// `value` rounded half away from zero to `places` decimals, with −0 folded to 0.
  static func round(_ value: Double, _ places: Int) -> Double {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let result = (value * scale).rounded() / scale
    return result == 0 ? 0 : result
  }

  /// part / whole rounded to 4 decimals; 0 when whole is 0.
  static func share(_ part: Int, _ whole: Int) -> Double {
    whole > 0 ? round(Double(part) / Double(whole), 4) : 0
  }

  /// part / whole rounded to 4 decimals; `nil` when whole is 0.
  static func optionalShare(_ part: Int, _ whole: Int) -> Double? {
    whole > 0 ? round(Double(part) / Double(whole), 4) : nil
  }

  /// A mean rounded to 3 decimals, when there is one.
  static func mean(_ moments: Moments) -> Double? {
    moments.mean.map { round($0, 3) }
  }
}

extension SentimentCounts {
  /// The counts of a tally of labels.
  init(_ tally: Tally<SentimentLabel>) {
    self.init(
      negative: tally[.negative], neutral: tally[.neutral], positive: tally[.positive],
      none: tally[.none], nonAnswer: tally[.nonAnswer])
  }
}

extension Tally where Key == String {
  /// Counted texts, most frequent first, ties by text.
  var countedTexts: [CountedText] {
    rankedKeys.map { CountedText(text: $0, count: self[$0]) }
  }
}
