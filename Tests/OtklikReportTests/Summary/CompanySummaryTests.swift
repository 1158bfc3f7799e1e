import OtklikReport
import Testing

@Suite struct CompanySummaryTests {
  private var bakery: CompanySummary { Fixtures.summary().companies[0] }

  @Test func companiesAreOrderedByReviews() {
    #expect(Fixtures.summary().companies.map(\.name) == ["Пекарня", "Кафе"])
  }

  @Test func ratingsSentimentAndNegativeShare() throws {
    #expect(bakery.reviews == 6)
    #expect(bakery.withText == 5)
    let rating = try #require(bakery.rating)
    #expect(rating.count == 5)
    #expect(rating.mean == 3.4)
    #expect(rating.distribution.map(\.count) == [1, 1, 0, 1, 2])
    #expect(bakery.sentiment.negative == 4)
    #expect(bakery.negativeShare == 0.8)
  }

  /// waiting: 14/3 − 3.4 = 1.267; prices: 13/4 − 3.4 = −0.15 (see the fixture).
  @Test func painPointsRankedByImpact() {
    #expect(bakery.painPoints.map(\.tag.id) == ["waiting", "prices"])
    let waiting = bakery.painPoints[0]
    #expect(waiting.count == 2)
    #expect(waiting.share == 0.4)
    #expect(waiting.ratedCount == 2)
    #expect(waiting.meanRating == 1.5)
    #expect(waiting.impact == 1.267)
    #expect(bakery.painPoints[1].impact == -0.15)
  }

  @Test func praiseRankedByImpact() {
    #expect(bakery.praise.map(\.tag.id) == ["staff"])
    #expect(bakery.praise[0].impact == 1.067)
    #expect(bakery.praise[0].count == 2)
  }

  @Test func quotesAreMaskedForPhonesMailsAndAuthorNames() throws {
    let quote = try #require(bakery.painPoints[0].quotes.first)
    #expect(quote.text == "[имя], ждали час! Пишите на [e-mail]")
    #expect(quote.rating == 1)
    #expect(quote.file == "reviews.csv")
    #expect(quote.line == 5)
  }

  @Test func mismatchesAreCountedAndListed() {
    #expect(bakery.mismatches.fiveStarNegative == 1)
    #expect(bakery.mismatches.oneStarPositive == 0)
    #expect(bakery.mismatches.examples.map(\.text) == ["Персонал чудесный, но ужасно всё"])
    let cafe = Fixtures.summary().companies[1]
    #expect(cafe.mismatches.oneStarPositive == 1)
  }

  @Test func monthsRepliesAndBranches() {
    #expect(bakery.months.map(\.month) == ["2026-09", "2026-10"])
    #expect(bakery.months.map(\.reviews) == [2, 3])
    #expect(bakery.months[1].meanRating == 2.333)
    #expect(bakery.replies.replied == 2)
    #expect(bakery.replies.rate == 0.3333)
    #expect(bakery.replies.timed == 2)
    // 1 day and 10 days.
    #expect(bakery.replies.meanDelayDays == 5.5)
    #expect(bakery.replies.delays.map(\.count) == [1, 0, 0, 1, 0])
    #expect(bakery.branches.map(\.name) == ["Заречье", "Центр"])
    #expect(bakery.branches.map(\.meanRating) == [2.5, 5])
  }

  @Test func accountingAndRejects() {
    let data = Fixtures.summary().data
    #expect(data.files.map(\.file) == ["reviews.csv", "taste.csv"])
    #expect((data.read, data.accepted, data.rejected) == (18, 17, 1))
    #expect(data.files[1].delimiter == ";")
    #expect(data.rejectReasons.first?.text == "scale value out of range 1–5: 7")
  }
}
