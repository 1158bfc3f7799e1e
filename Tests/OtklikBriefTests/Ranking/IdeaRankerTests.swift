import OtklikBrief
import Testing

@Suite("Idea ranking")
struct IdeaRankerTests {
  @Test("a bakery short of staff gets career days first, with the factors computed from its data")
  func staffShortageYieldsCareerDaysFirst() throws {
    let (resources, ideas) = try BriefTestData.shipped()
    let ranker = IdeaRanker(resources: resources, ideas: ideas)
    let proposals = ranker.proposals(
      for: BriefTestData.bakeryShortOfStaff, community: BriefTestData.community)

    #expect(proposals.map(\.idea) == ["career_days", "service_masterclass", "tasting_evening"])
    let first = try #require(proposals.first)
    let company = try #require(first.company)
    #expect(company.issue.tag == "staff_shortage")
    #expect(company.basis == .painPoint)
    // Complaints rated 1.9 against 4.5 (3.477 + 1.023) for the rest: a gap of 2.6 stars.
    #expect(abs((company.restMean ?? 0) - 4.5) < 1e-9)
    #expect(abs(company.gap - 2.6) < 1e-9)
    #expect(abs(company.value - 0.4 * 2.6) < 1e-9)
    #expect(
      first.library.tags == ["staff_shortage", "youth", "education_clubs", "events_festivals"])
    #expect(first.library.covered == first.library.tags)
    #expect(first.library.space == "hall_kolychevo")
    // Events in the bakery's two districts: (22 + 18) / (50 + 50).
    #expect(first.community.districts == ["Колычёво", "Старая Коломна"])
    #expect(first.community.count == 40 && first.community.base == 100)
    #expect(abs(first.score - 0.4 * 2.6 * 1 * 0.4) < 1e-9)
  }

  @Test("an idea no survey answer speaks for uses the floor from the ideas file")
  func communityFloor() throws {
    let (resources, ideas) = try BriefTestData.shipped()
    let ranker = IdeaRanker(resources: resources, ideas: ideas)
    let shelf = try #require(ideas.idea(id: "queue_reading_shelf"))
    let fit = ranker.fit(
      shelf, company: BriefTestData.bakeryShortOfStaff, community: BriefTestData.community)
    #expect(fit.community.signal == nil)
    #expect(fit.community.value == ideas.scoring.communityFloor)
    #expect(abs(fit.score - 0.3 * (3.477 + 0.523 - 2.2) * 1 * ideas.scoring.communityFloor) < 1e-9)
  }

  @Test("without districts the overall share counts")
  func overallShareWithoutDistricts() throws {
    let (resources, ideas) = try BriefTestData.shipped()
    var company = BriefTestData.bakeryShortOfStaff
    company.districts = []
    let fit = try #require(
      IdeaRanker(resources: resources, ideas: ideas).proposals(
        for: company, community: BriefTestData.community
      ).first)
    #expect(fit.community.districts.isEmpty)
    #expect(fit.community.count == 90 && fit.community.base == 300)
  }

  @Test("too few reviews or no matching idea: no proposals")
  func nothingToPropose() throws {
    let (resources, ideas) = try BriefTestData.shipped()
    let ranker = IdeaRanker(resources: resources, ideas: ideas)
    #expect(
      ranker.proposals(for: BriefTestData.taxiWithThreeReviews, community: BriefTestData.community)
        .isEmpty)
    #expect(
      ranker.proposals(
        for: BriefTestData.shopWithPaymentTrouble, community: BriefTestData.community
      ).isEmpty)
  }

  @Test("an idea meant for another kind of company does not fit, however strong the complaint")
  func companyNamesLimitIdeas() throws {
    let (resources, ideas) = try BriefTestData.shipped()
    let ranker = IdeaRanker(resources: resources, ideas: ideas)
    let river = try #require(ideas.idea(id: "river_history_excursions"))
    var shop = BriefTestData.shopWithPaymentTrouble
    shop.painPoints = [
      .init(
        tag: "awareness", label: LocalizedText(ru: "Известность", en: "Visibility"), count: 20,
        share: 0.5, impact: 1.5)
    ]
    #expect(ranker.fit(river, company: shop, community: BriefTestData.community).company == nil)
    shop.name = "Речные прогулки «Две реки»"
    #expect(
      ranker.fit(river, company: shop, community: BriefTestData.community).company?.issue.tag
        == "awareness")
  }

  @Test("praise counts at the strength weight, so a pain of the same size ranks first")
  func strengthWeight() throws {
    let (resources, ideas) = try BriefTestData.shipped()
    let ranker = IdeaRanker(resources: resources, ideas: ideas)
    let tasting = try #require(ideas.idea(id: "tasting_evening"))
    let fit = ranker.fit(
      tasting, company: BriefTestData.bakeryShortOfStaff, community: BriefTestData.community)
    let company = try #require(fit.company)
    #expect(company.basis == .strength && company.issue.tag == "food_quality")
    #expect(company.weight == ideas.scoring.strengthWeight)
    // Praise rated 4.6 against 3.077 (3.477 − 0.4) for the rest.
    #expect(abs(company.value - ideas.scoring.strengthWeight * 0.5 * (4.6 - 3.077)) < 1e-9)
  }

  @Test("a pop-up goes to the district that lacks cafés most, and is offered the hall there")
  func districtMostInNeed() throws {
    let (resources, ideas) = try BriefTestData.shipped()
    let popup = try #require(ideas.idea(id: "neighbourhood_popup"))
    #expect(popup.place == .districtMostInNeed)
    let lack = CommunitySignal(
      tag: "cafes_places_to_eat", label: LocalizedText(ru: "Кафе и места, где поесть", en: "Cafés"),
      source: "taste-map",
      question: "Чего не хватает в вашем районе?", count: 40, base: 300, share: 0.1333,
      groups: BriefTestData.districtGroups([
        ("Колычёво", 5, 50), ("Щурово", 27, 43), ("Старая Коломна", 8, 50),
      ]))
    let fit = IdeaRanker(resources: resources, ideas: ideas)
      .fit(popup, company: BriefTestData.bakeryShortOfStaff, community: [lack])
    #expect(fit.community.districts == ["Щурово"])
    #expect(fit.community.count == 27 && fit.community.base == 43)
    #expect(fit.library.space == "hall_shchurovo")
  }
}
