import Foundation
import OtklikBrief
import OtklikText
import Testing

@Suite("Loading partnership-ideas.yaml")
struct PartnershipIdeasLoadingTests {
  static let valid = """
    version: 1
    ideas:
      - id: career_days
        title: { ru: "Дни профессии", en: "Career days" }
        sentence: { ru: "{company}: {pain_share} о «{pain_point}»", en: "{company}: {pain_share} on {pain_point}" }
        pain_points: [staff_shortage]
        needs: [youth]
        resources: [hall]
        business_gives: [{ kind: staff_time, ru: "Время", en: "Time" }]
        business_gets: [{ kind: future_employees, ru: "Кадры", en: "Staff" }]
        library_gets: [{ kind: new_audiences, ru: "Молодёжь", en: "Youth" }]
        goals: [{ ru: "Цель", en: "Goal" }]
        tasks: [{ ru: "Задача", en: "Task" }]
        time_frame: { ru: "2 месяца", en: "2 months" }
    """

  static func load(_ yaml: String) throws -> PartnershipIdeas {
    let resources = try LibraryResources(
      yaml: LibraryResourcesLoadingTests.valid, file: "resources.yaml", tags: nil)
    return try PartnershipIdeas(
      yaml: yaml, file: "partnership-ideas.yaml", resources: resources,
      tags: try BriefTestData.catalog())
  }

  @Test("a valid file loads with the default scoring")
  func validFile() throws {
    let ideas = try Self.load(Self.valid)
    let idea = try #require(ideas.idea(id: "career_days"))
    #expect(idea.painPoints == ["staff_shortage"])
    #expect(idea.businessGives.first?.kind == "staff_time")
    #expect(ideas.scoring.minReviews == 10)
  }

  @Test(
    "each problem is reported with file and line",
    arguments: [
      (
        "    resources: [hall]", "    resources: [boat]",
        "partnership-ideas.yaml:8: unknown resource id 'boat' (not in resources.yaml)"
      ),
      (
        "    needs: [youth]", "    needs: [teenagers]",
        "partnership-ideas.yaml:7: unknown tag id 'teenagers' (not in the taxonomy)"
      ),
      (
        "    needs: [youth]", "    needs: [atmosphere]",
        "partnership-ideas.yaml:7: tag 'atmosphere' is a praise, expected need or preference or pain_point"
      ),
      (
        "{company}: {pain_share} on {pain_point}",
        "{company}: {pain_share} on {pain_point} for {age}",
        "partnership-ideas.yaml:5: unknown slot '{age}' (expected {company}, {district}, {reviews}, {topic}, {topic_share}, {pain_point}, {pain_share}, {need}, {share})"
      ),
      (
        "    goals: [{ ru: \"Цель\", en: \"Goal\" }]", "    goals: []",
        "partnership-ideas.yaml:12: 'goals' must list at least one item"
      ),
      (
        "kind: staff_time", "kind: money",
        "partnership-ideas.yaml:9: unknown value 'money' (expected equipment, funding, venue, products, staff_time, expertise, promotion)"
      ),
      (
        "    time_frame: { ru: \"2 месяца\", en: \"2 months\" }", "",
        "partnership-ideas.yaml:3: missing key 'time_frame'"
      ),
      (
        "    title: { ru: \"Дни профессии\", en: \"Career days\" }",
        "    title: { en: \"Career days\" }",
        "partnership-ideas.yaml:4: missing ru text"
      ),
      (
        "    pain_points: [staff_shortage]", "    pain_point: [staff_shortage]",
        """
        partnership-ideas.yaml:6: unknown key 'pain_point' (expected id, title, sentence, pain_points, strengths, needs, company_names, resources, seats, place, business_gives, business_gets, library_gets, goals, tasks, time_frame)
        partnership-ideas.yaml:3: 'pain_points' or 'strengths' must list at least one item
        partnership-ideas.yaml:5: unknown slot '{pain_share}' (expected {company}, {district}, {reviews}, {topic}, {topic_share}, {need}, {share})
        partnership-ideas.yaml:5: unknown slot '{pain_point}' (expected {company}, {district}, {reviews}, {topic}, {topic_share}, {need}, {share})
        """
      ),
      (
        "version: 1", "version: 1\nscoring: { threshold: 2 }",
        "partnership-ideas.yaml:2: '2' is not a number from 0.0 to 1.0"
      ),
      // With strengths as well, the idea may rest on praise: {pain_point} could be empty, {topic} cannot.
      (
        "    pain_points: [staff_shortage]",
        "    pain_points: [staff_shortage]\n    strengths: [atmosphere]",
        """
        partnership-ideas.yaml:5: unknown slot '{pain_share}' (expected {company}, {district}, {reviews}, {topic}, {topic_share}, {need}, {share})
        partnership-ideas.yaml:5: unknown slot '{pain_point}' (expected {company}, {district}, {reviews}, {topic}, {topic_share}, {need}, {share})
        """
      ),
    ])
  func problems(original: String, replacement: String, expected: String) throws {
    let yaml = Self.valid.replacingOccurrences(of: original, with: replacement)
    let error = try #require(throws: BriefDataError.self) { try Self.load(yaml) }
    #expect(error.description == expected)
  }

  @Test("an idea answering neither a pain point nor a strength is rejected")
  func answersNothing() throws {
    let yaml = Self.valid.replacingOccurrences(of: "    pain_points: [staff_shortage]\n", with: "")
      .replacingOccurrences(of: "{pain_share} о «{pain_point}»", with: "x").replacingOccurrences(
        of: "{pain_share} on {pain_point}", with: "x")
    let error = try #require(throws: BriefDataError.self) { try Self.load(yaml) }
    #expect(
      error.description
        == "partnership-ideas.yaml:3: 'pain_points' or 'strengths' must list at least one item")
  }

  @Test("a repeated idea id names the first definition's line")
  func duplicateID() throws {
    let idea = Self.valid.split(separator: "\n").dropFirst(2).joined(separator: "\n")
    let error = try #require(throws: BriefDataError.self) {
      try Self.load(Self.valid + "\n" + idea)
    }
    #expect(
      error.description
        == "partnership-ideas.yaml:15: duplicate id 'career_days' (first defined on line 3)")
  }

  @Test("survey options must name a known tag and at least one option")
  func surveyOptions() throws {
    let yaml = Self.valid.replacingOccurrences(
      of: "version: 1",
      with:
        "version: 1\nsurvey_options:\n  - { tag: wifi_coworking, question: \"кафе\", options: [] }")
    let error = try #require(throws: BriefDataError.self) { try Self.load(yaml) }
    #expect(error.description == "partnership-ideas.yaml:3: 'options' must list at least one item")
  }
}
