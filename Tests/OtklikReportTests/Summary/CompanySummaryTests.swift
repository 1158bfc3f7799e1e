import OtklikReport
import OtklikText
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
    #expect(bakery.branches[0].topPainPoints?.map(\.tag.id) == ["prices", "waiting"])
    #expect(bakery.branches[0].topPainPoints?.map(\.count) == [1, 1])
    #expect(bakery.branches[1].topPainPoints == [])
  }

  @Test func emergingComplaintsCountNegativeReviewsOnce() {
    #expect(bakery.emergingComplaints?.map(\.text) == ["пустые полки"])
    #expect(bakery.emergingComplaints?.map(\.count) == [2])
  }

  @Test func accountingAndRejects() {
    let data = Fixtures.summary().data
    #expect(data.files.map(\.file) == ["reviews.csv", "taste.csv"])
    #expect((data.read, data.accepted, data.rejected) == (18, 17, 1))
    #expect(data.files[1].delimiter == ";")
    #expect(data.rejectReasons.first?.text == "ответ вне шкалы")  // grouped and translated
  }
}

@Suite struct QuoteSelectionTests {
  /// Six complaints scored −0.1 … −0.6 arriving in a scrambled order: the three strongest are kept,
  /// strongest first, whatever the order.
  @Test(arguments: [[0, 1, 2, 3, 4, 5], [5, 4, 3, 2, 1, 0], [2, 5, 0, 3, 1, 4]])
  func strongestQuotesWinInAnyOrder(order: [Int]) {
    let records = order.map { index in
      let score = -Double(index + 1) / 10
      return Fixtures.review(
        index + 1, rating: 2, text: "жалоба номер \(index + 1)",
        analysis: Fixtures.analysis(
          "жалоба номер \(index + 1)", .negative, score: score,
          tags: [Fixtures.tag("waiting", .painPoint, .negative, score: score)]))
    }
    let summary = Fixtures.aggregate(records).summary(
      metadata: Fixtures.metadata(), catalog: Fixtures.catalog)
    let quotes = summary.companies[0].painPoints[0].quotes
    #expect(quotes.map(\.text) == ["жалоба номер 6", "жалоба номер 5", "жалоба номер 4"])
    #expect(quotes.map(\.strength) == [700, 600, 500])
  }

  @Test func longTextsAreCutToTheirClause() {
    let long = String(repeating: "очень длинное вступление ", count: 12) + "но ждали два часа."
    let clauses = [
      ClauseAnalysis(
        text: String(repeating: "очень длинное вступление ", count: 12), score: 0, label: .neutral),
      ClauseAnalysis(text: "но ждали два часа.", score: -0.7, label: .negative),
    ]
    let analysis = TextAnalysis(
      language: .russian, score: -0.5, label: .negative, clauses: clauses,
      tags: [
        TagMatch(
          tagID: "waiting", kind: .painPoint, score: -0.7, label: .negative, evidence: ["ждали"],
          clause: 1)
      ])
    let record = Fixtures.review(1, rating: 1, text: long, analysis: analysis)
    let summary = Fixtures.aggregate([record]).summary(
      metadata: Fixtures.metadata(), catalog: Fixtures.catalog)
    #expect(summary.companies[0].painPoints[0].quotes.map(\.text) == ["но ждали два часа."])
  }

  @Test func overlongClausesAreCutAtAWordWithAnEllipsis() {
    let long = String(repeating: "слово ", count: 60)
    let record = Fixtures.review(
      1, rating: 1, text: long,
      analysis: Fixtures.analysis(
        long, .negative, score: -0.5,
        tags: [Fixtures.tag("waiting", .painPoint, .negative, score: -0.5)]))
    let summary = Fixtures.aggregate([record]).summary(
      metadata: Fixtures.metadata(), catalog: Fixtures.catalog)
    let text = summary.companies[0].painPoints[0].quotes[0].text
    #expect(text.hasSuffix("слово…"))
    #expect(text.count <= 220)
  }
}

@Suite struct QuoteLengthTests {
  /// A 220-character quote at −0.9 (900 − 60 = 840) loses to a short one at −0.85 (850).
  @Test func aShortClearQuoteBeatsALongOneOfAboutTheSameForce() {
    let long = String(repeating: "долго ", count: 36) + "ужас"
    let records = [
      Fixtures.review(
        1, rating: 1, text: long,
        analysis: Fixtures.analysis(
          long, .negative, score: -0.9,
          tags: [Fixtures.tag("waiting", .painPoint, .negative, score: -0.9, words: [])])),
      Fixtures.review(
        2, rating: 1, text: "Ждали час, ужас",
        analysis: Fixtures.analysis(
          "Ждали час, ужас", .negative, score: -0.85,
          tags: [Fixtures.tag("waiting", .painPoint, .negative, score: -0.85, words: [])])),
    ]
    let summary = Fixtures.aggregate(records).summary(
      metadata: Fixtures.metadata(), catalog: Fixtures.catalog)
    let quotes = summary.companies[0].painPoints[0].quotes
    #expect(quotes.map(\.text.count) == [15, 220])
    #expect(quotes.map(\.strength) == [850, 840])
  }
}
