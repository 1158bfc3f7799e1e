import OtklikReport
import Testing

/// The period-over-period rules on hand-computed cases.
@Suite struct ChangeTestTests {
  @Test func volumeComparesPoissonCounts() {
    // 26 against 9: z = 17 / √35 = 2.874.
    let spike = ChangeTest.volume(now: 26, before: 9)
    #expect(abs(spike.z! - 2.874) < 0.001)
    #expect(spike.mark == .up)
    // 15 against 14: z = 1 / √29 = 0.19, noise.
    #expect(ChangeTest.volume(now: 15, before: 14).mark == .none)
    #expect(ChangeTest.volume(now: 2, before: 12).mark == .down)  // z = −10/√14 = −2.67
    // Fewer than 10 together: not tested.
    let small = ChangeTest.volume(now: 6, before: 3)
    #expect(small.z == nil)
    #expect(small.mark == .insufficient)
  }

  @Test func negativeShareUsesThePooledTwoProportionTest() {
    // 12/20 against 4/20: pooled 0.4, spread √(0.4·0.6·0.1) = 0.1549, z = 0.4 / 0.1549 = 2.582.
    let rise = ChangeTest.share(
      negativeNow: 12, recordsNow: 20, negativeBefore: 4, recordsBefore: 20)
    #expect(abs(rise.z! - 2.582) < 0.001)
    #expect(rise.mark == .up)
    // 8/20 against 5/20: z = 0.15 / √(0.325·0.675·0.1) = 1.011.
    #expect(
      ChangeTest.share(negativeNow: 8, recordsNow: 20, negativeBefore: 5, recordsBefore: 20).mark
        == .none)
    // Nine records in one period: not tested, however large the difference.
    #expect(
      ChangeTest.share(negativeNow: 9, recordsNow: 9, negativeBefore: 0, recordsBefore: 30).mark
        == .insufficient)
    // No negative at all in either period: no change.
    #expect(
      ChangeTest.share(negativeNow: 0, recordsNow: 10, negativeBefore: 0, recordsBefore: 10).mark
        == .none)
  }

  @Test func meanRatingUsesWelchT() {
    // Now: five 1s and five 2s (mean 1.5, variance 0.2778); before: five 4s and five 5s (mean 4.5,
    // the same variance).
    let now = RatingMoments(count: 10, sum: 15, sumOfSquares: 25)
    let before = RatingMoments(count: 10, sum: 45, sumOfSquares: 205)
    let result = ChangeTest.rating(now: now, before: before)
    // t = −3 / √(0.02778 + 0.02778) = −12.73.
    #expect(abs(result.t! - -12.728) < 0.01)
    #expect(result.mark == .down)
    // Means 3.1 and 3.0 with a spread of ratings: noise.
    let a = RatingMoments(count: 10, sum: 31, sumOfSquares: 111)
    let b = RatingMoments(count: 10, sum: 30, sumOfSquares: 110)
    #expect(ChangeTest.rating(now: a, before: b).mark == .none)
    #expect(
      ChangeTest.rating(now: RatingMoments(count: 3, sum: 3, sumOfSquares: 3), before: b).mark
        == .insufficient)
  }

  @Test(arguments: [(9.0, 2.262), (20.0, 2.086), (60.0, 2.000), (1_000_000.0, 1.960)])
  func studentCriticalValuesMatchTheTables(freedom: Double, table: Double) {
    #expect(abs(ChangeTest.studentCritical(degreesOfFreedom: freedom) - table) < 0.002)
  }
}

/// The alert rules on hand-computed cases.
@Suite struct BandTestTests {
  @Test func volumeAlertsAboveTheBand() throws {
    // History 4, 5, 6, 5: mean 5, sd 0.816 < √5 = 2.236, so the band's top is 5 + 2·2.236 = 9.47.
    let spike = try #require(BandTest.volume(latest: 20, history: [4, 5, 6, 5]))
    #expect(abs(spike.top - 9.472) < 0.001)
    #expect(abs(spike.mean - 5) < 1e-9)
    #expect(spike.alerts)
    #expect(try #require(BandTest.volume(latest: 9, history: [4, 5, 6, 5])).alerts == false)
    // Periods before the first with data are not history: 0, 0, 5, 5, 5 is three periods of 5.
    let late = try #require(BandTest.volume(latest: 10, history: [0, 0, 5, 5, 5]))
    #expect(abs(late.top - (5 + 2 * 5.0.squareRoot())) < 1e-9)
    #expect(late.alerts)
    // Two periods with data are too few.
    #expect(BandTest.volume(latest: 50, history: [0, 0, 0, 5, 5]) == nil)
    // A tiny latest count never alerts.
    #expect(try #require(BandTest.volume(latest: 4, history: [0, 1, 0, 1, 1])).alerts == false)
  }

  @Test func negativeShareAlertsOnABinomialTestAgainstThePooledHistory() throws {
    let history = [
      (negative: 1, records: 10), (negative: 2, records: 10), (negative: 1, records: 10),
    ]
    // Pooled 4/30 = 0.1333; 10 of 20: z = (10 − 2.667) / √(20·0.1333·0.8667) = 4.82.
    let rise = try #require(BandTest.share(negative: 10, records: 20, history: history))
    #expect(abs(rise.expected - 0.1333) < 0.001)
    #expect(abs(rise.z - 4.824) < 0.01)
    #expect(rise.alerts)
    // 4 of 20 (0.2): z = 0.70, within the band.
    #expect(
      try #require(BandTest.share(negative: 4, records: 20, history: history)).alerts == false)
    // Too few records now, or too short a history: no verdict.
    #expect(BandTest.share(negative: 9, records: 9, history: history) == nil)
    #expect(BandTest.share(negative: 10, records: 20, history: Array(history.prefix(2))) == nil)
  }
}
