import OtklikIngest
import OtklikReport
import OtklikText
import Testing

@Suite struct SurveySummaryTests {
  private var survey: SurveySummary { Fixtures.summary().surveys[0] }

  @Test func singleChoiceCountsAndShares() throws {
    let question = survey.questions[0]
    #expect(question.answered == 8)
    #expect(question.empty == 2)
    let options = try #require(question.options)
    #expect(options.map(\.option) == ["А", "Б", "В"])
    #expect(options.map(\.count) == [4, 3, 1])
    #expect(options.map(\.share) == [0.5, 0.375, 0.125])
  }

  @Test func multipleChoiceCountsEachOptionOncePerRespondent() throws {
    let question = survey.questions[1]
    #expect(question.answered == 4)
    let options = try #require(question.options)
    // Respondent 2 ticked X twice: still one respondent.
    #expect(options.map(\.option) == ["X", "Y"])
    #expect(options.map(\.count) == [3, 2])
    #expect(options.map(\.share) == [0.75, 0.5])
  }

  @Test func scaleMeanDistributionAndTopTwoBox() throws {
    let scale = try #require(survey.questions[2].scale)
    #expect(scale.mean == 3.4)
    #expect(scale.distribution.map(\.count) == [1, 0, 1, 2, 1])
    #expect(scale.top2BoxCount == 3)
    #expect(scale.top2Box == 0.6)
  }

  @Test func npsFromPromotersAndDetractors() throws {
    let nps = try #require(survey.questions[3].nps)
    #expect(nps.respondents == 7)
    #expect((nps.promoters, nps.passives, nps.detractors) == (3, 2, 2))
    #expect(nps.score == 14.3)
    #expect(nps.promoterShare == 0.4286)
    #expect(nps.distribution.count == 11)
  }

  @Test func openQuestionTagsSentimentAndThemes() throws {
    let open = try #require(survey.questions[4].open)
    #expect(open.texts == 5)
    #expect(open.substantive == 4)
    #expect(open.sentiment.nonAnswer == 1)
    #expect(open.sentiment.negative == 2)
    #expect(open.tags.map(\.tag.id) == ["playground", "georgian"])
    let playground = open.tags[0]
    #expect(playground.count == 3)
    #expect(playground.share == 0.75)
    #expect(playground.tag.label == "Детские площадки")
    #expect(playground.tag.kind == "need")
    #expect((playground.sentiment.negative, playground.sentiment.neutral) == (2, 1))
    #expect(playground.meanScore == -0.3)
    // Strongest quote first, and the phone number masked.
    #expect(playground.quotes.first?.text == "Нет детских площадок, позвоните [телефон]")
    #expect(open.emergingThemes.map(\.text) == ["новый парк"])
    #expect(open.emergingThemes.first?.count == 2)
  }

  @Test func scaleMeansBySegment() throws {
    let means = try #require(survey.questions[2].segmentMeans.first)
    #expect(means.segment == "Район")
    #expect(means.groups.map(\.value) == ["Заречье", "Центр"])
    #expect(means.groups.map(\.mean) == [3.5, 4.5])
    #expect(means.groups.map(\.isSmall) == [true, true])
  }

  /// Центр 30 А / 10 Б, Заречье 10 А / 30 Б, Посад 2 А / 1 Б: strongly dependent; the 3-person
  /// district is flagged small and never marked.
  @Test func crosstabMarksSignificantCellsAndFlagsSmallOnes() throws {
    let aggregate = Fixtures.aggregate(Fixtures.cuisineRecords())
    let summary = aggregate.summary(metadata: Fixtures.metadata(), catalog: Fixtures.catalog)
    let crosstab = try #require(summary.surveys[0].questions[0].crosstabs.first)
    #expect(crosstab.test == "chi_square_independence")
    #expect(crosstab.groups.map(\.value) == ["Заречье", "Центр", "Посад"])
    #expect(crosstab.groups.map(\.isSmall) == [false, false, true])
    let result = try #require(crosstab.result)
    #expect(result.degreesOfFreedom == 2)
    #expect(result.isSignificant)
    #expect(result.pValue < 0.001)
    let rowA = try #require(crosstab.rows.first { $0.option == "А" })
    #expect(rowA.cells.map(\.mark) == ["below", "above", nil])
    #expect(rowA.cells[2].isSmall)
    #expect(rowA.cells[1].share == 0.75)
  }

  @Test func multipleChoiceCrosstabTestsEachOption() throws {
    let aggregate = Fixtures.aggregate(Fixtures.cuisineRecords())
    let summary = aggregate.summary(metadata: Fixtures.metadata(), catalog: Fixtures.catalog)
    let crosstab = try #require(summary.surveys[0].questions[1].crosstabs.first)
    #expect(crosstab.test == "chi_square_per_option")
    #expect(crosstab.result == nil)
    let row = try #require(crosstab.rows.first)
    #expect(row.option == "X")
    // Respondents who answered the question: all 60 chose X, so the 2 × c test has an empty row.
    #expect(row.count == 60)
    #expect(row.result == nil)
  }
}
