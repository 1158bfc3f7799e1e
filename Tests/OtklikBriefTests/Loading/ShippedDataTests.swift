import OtklikBrief
import OtklikReport
import Testing

@Suite("The shipped resources and ideas")
struct ShippedDataTests {
  @Test("both files load against the real taxonomy, so every tag id they name exists")
  func loadAgainstTaxonomy() throws {
    let (resources, ideas) = try BriefTestData.shipped()
    let catalog = try BriefTestData.catalog()
    let named =
      resources.resources.flatMap(\.answers)
      + ideas.ideas.flatMap { $0.painPoints + $0.strengths + $0.needs }
      + ideas.surveyOptions.map(\.tag)
    #expect(!named.isEmpty)
    #expect(named.filter { catalog.kind(of: $0) == nil }.isEmpty)
  }

  @Test("at least 15 ideas, each with resources that exist and texts in both languages")
  func ideasAreComplete() throws {
    let (resources, ideas) = try BriefTestData.shipped()
    #expect(ideas.ideas.count >= 15)
    for idea in ideas.ideas {
      #expect(idea.resources.allSatisfy { resources.resource(id: $0) != nil }, "\(idea.id)")
      #expect(!idea.sentence.ru.isEmpty && !idea.sentence.en.isEmpty)
      #expect(!idea.goals.isEmpty && !idea.tasks.isEmpty)
    }
  }

  @Test("the network offers spaces in the sample's districts and every listed kind of resource")
  func resourcesCoverTheNetwork() throws {
    let (resources, _) = try BriefTestData.shipped()
    let districts = Set(resources.resources.compactMap(\.district))
    #expect(
      districts.isSuperset(of: ["Центр", "Старая Коломна", "Колычёво", "Голутвин", "Щурово"]))
    #expect(Set(resources.resources.map(\.kind)) == Set(LibraryResource.Kind.allCases))
  }
}
