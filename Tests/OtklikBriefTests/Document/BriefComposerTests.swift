import Foundation
import OtklikBrief
import OtklikReport
import Testing

@Suite("Brief composition")
struct BriefComposerTests {
  func brief(_ company: CompanyFacts, _ language: ReportLanguage = .ru) throws -> Brief {
    let (resources, ideas) = try BriefTestData.shipped()
    return BriefComposer(resources: resources, ideas: ideas, language: language)
      .brief(for: company, community: BriefTestData.community)
  }

  @Test("the staff-shortage proposal comes first with its quotes as evidence")
  func plantedPainPointFirst() throws {
    let brief = try brief(BriefTestData.bakeryShortOfStaff)
    #expect(brief.status == .proposals)
    let first = try #require(brief.proposals.first)
    #expect(first.idea == "career_days")
    #expect(
      first.sentence.hasPrefix(
        "Пекарня «Колос»: 40,0\u{A0}% отзывов говорят о теме «Нехватка персонала и найм»"))
    #expect(
      first.evidence.map(\.text) == [
        "Один продавец на всю очередь, стоишь по 20 минут", "Продавщица одна, не успевает",
      ])
    #expect(first.evidence.first?.source == "reviews-maps.csv:41")
    #expect(first.fit.factors.map(\.name) == ["company", "library", "community"])
    #expect(
      first.fit.factors[0].reason
        == "жалобы «Нехватка персонала и найм»: отзывов 24 (40,0\u{A0}%) × разрыв 2,60 зв. (их средняя оценка 1,90, у остальных 4,50) = 1,040"
    )
    #expect(
      first.fit.factors[2].reason
        == "«Мероприятия, лекции, мастер-классы» [taste-map]: 40 из 100 в районах Колычёво, Старая Коломна = 40,0\u{A0}%"
    )
    #expect(
      first.libraryGives.first?.hasPrefix(
        "Зал семейного чтения в Колычёво — Библиотека семейного чтения № 7, Колычёво, мест: 60.")
        == true)
    let markdown = BriefMarkdown().render(brief)
    #expect(markdown.contains("### 1. Дни профессии и стажировки"))
    #expect(
      markdown.contains(
        "> «Один продавец на всю очередь, стоишь по 20 минут» — `reviews-maps.csv:41`"))
    #expect(markdown.contains("**Соответствие: 0,416**"))
  }

  @Test(
    "a company with three reviews gets an honest 'not enough data'",
    arguments: [ReportLanguage.ru, .en])
  func notEnoughData(language: ReportLanguage) throws {
    let brief = try brief(BriefTestData.taxiWithThreeReviews, language)
    #expect(brief.status == .notEnoughData)
    #expect(brief.proposals.isEmpty && brief.ranking.isEmpty && brief.community.isEmpty)
    let expected =
      language == .ru
      ? "Недостаточно данных: у компании 3 отз. — меньше 10, нужных для предложения. Предложения не составлялись."
      : "Not enough data: the company has 3 reviews, fewer than the 10 a proposal needs. No proposals were drafted."
    #expect(brief.statusNote == expected)
    let markdown = BriefMarkdown().render(brief)
    #expect(markdown.contains("> **\(expected)**"))
    #expect(!markdown.contains(language == .ru ? "## Предложения" : "## Proposals"))
  }

  @Test("a company no idea fits is told so, with the closest idea named")
  func noFit() throws {
    let brief = try brief(BriefTestData.shopWithPaymentTrouble, .en)
    #expect(brief.status == .noFit)
    #expect(brief.proposals.isEmpty)
    #expect(brief.statusNote?.hasPrefix("No idea scores above the threshold 0.010") == true)
    // What the community wants is still shown: the shop has no district, so the overall shares.
    #expect(brief.community.first?.tag == "tastings")
    #expect(brief.community.first?.districts == [])
    #expect(brief.community.first?.count == 200)
  }

  @Test("a company whose reviews raise no topic is told that, not that ideas scored low")
  func noTopics() throws {
    var company = BriefTestData.shopWithPaymentTrouble
    company.painPoints = []
    let brief = try brief(company)
    #expect(brief.status == .noFit)
    #expect(brief.statusNote?.hasPrefix("В отзывах не найдено ни одной темы") == true)
  }

  @Test(
    "every number in the Markdown brief comes from the input, the data files or a product of them")
  func everyNumberTraced() throws {
    let (resources, ideas) = try BriefTestData.shipped()
    let company = BriefTestData.bakeryShortOfStaff
    for language in ReportLanguage.allCases {
      let brief = try brief(company, language)
      let markdown = BriefMarkdown().render(brief)
      let style = NumberStyle(language)
      var allowed = Set<String>()
      func add(_ text: String) { allowed.formUnion(Self.numbers(in: text)) }
      func add(count: Int) { allowed.insert(String(count)) }
      func add(share: Double) { add(style.percent(share)) }
      func add(decimal: Double) { add(style.decimal(decimal)) }
      // The input.
      add(company.name)
      for n in [company.reviews, company.withText, company.ratedReviews, company.replied] {
        add(count: n)
      }
      company.meanRating.map { add(decimal: $0) }
      company.negativeShare.map { add(share: $0) }
      add(share: company.replyRate)
      for month in company.months {
        add(month.month)
        add(count: month.reviews)
        month.meanRating.map { add(decimal: $0) }
        month.negativeShare.map { add(share: $0) }
      }
      for issue in company.painPoints + company.praise {
        add(count: issue.count)
        add(share: issue.share)
        issue.meanRating.map { add(decimal: $0) }
        issue.impact.map { add(decimal: $0) }
        for quote in issue.quotes {
          add(quote.text)
          add(count: quote.line)
        }
      }
      for signal in BriefTestData.community {
        add(signal.question)
        for n in [signal.count, signal.base] { add(count: n) }
        add(share: signal.share)
        for group in signal.groups {
          add(group.value)
          add(count: group.count)
          add(count: group.base)
          add(share: group.share)
        }
      }
      // The data files: settings, capacities and the texts of ideas and resources.
      add(try BriefTestData.text("resources.yaml"))
      add(try BriefTestData.text("partnership-ideas.yaml"))
      add(count: ideas.scoring.minReviews)
      add(count: ideas.scoring.maxProposals)
      add(style.decimal(ideas.scoring.threshold, places: 3))
      add(style.decimal(ideas.scoring.communityFloor, places: 3))
      // Products of the above: pooled district shares, factors and scores, each checked to be one.
      let ranker = IdeaRanker(resources: resources, ideas: ideas)
      for fit in ranker.fits(for: company, community: BriefTestData.community) {
        if let factor = fit.company {
          #expect(abs(factor.value - factor.weight * factor.issue.share * factor.gap) < 1e-12)
          if let rest = factor.restMean, let mean = factor.issue.meanRating {
            #expect(
              abs(factor.gap - max(factor.basis == .painPoint ? rest - mean : mean - rest, 0))
                < 1e-12)
            add(decimal: rest)
          }
          add(decimal: factor.gap)
          add(decimal: factor.weight)
          add(style.decimal(factor.value, places: 3))
        }
        #expect(
          abs(
            fit.library.value - Double(fit.library.covered.count) / Double(fit.library.tags.count))
            < 1e-12)
        add(count: fit.library.covered.count)
        add(count: fit.library.tags.count)
        add(style.decimal(fit.library.value, places: 3))
        if fit.community.signal != nil {
          #expect(
            abs(fit.community.value - Double(fit.community.count) / Double(fit.community.base))
              < 1e-12)
          add(count: fit.community.count)
          add(count: fit.community.base)
          add(share: fit.community.value)
        }
        add(style.decimal(fit.community.value, places: 3))
        add(style.decimal(fit.score, places: 3))
      }
      let untraced = Self.numbers(in: markdown).filter { !allowed.contains($0) }
      #expect(
        untraced.isEmpty, "numbers in the \(language) brief not found in its input: \(untraced)")
    }
  }

  /// Runs of digits with an optional decimal part (`40,0`, `0.154`, `2026`).
  static func numbers(in text: String) -> [String] {
    var result: [String] = []
    var current = ""
    let characters = Array(text)
    for (index, character) in characters.enumerated() {
      if character.isASCII && character.isNumber {
        current.append(character)
      } else if character == "," || character == ".", !current.isEmpty,
        index + 1 < characters.count,
        characters[index + 1].isASCII, characters[index + 1].isNumber,
        !current.contains(",") && !current.contains(".")
      {
        current.append(character)
      } else if !current.isEmpty {
        result.append(current)
        current = ""
      }
    }
    if !current.isEmpty { result.append(current) }
    return result
  }
}
