import Foundation
import OtklikReport
import Testing

@Suite struct SummaryJSONTests {
  @Test func roundTripsAndIsVersioned() throws {
    let summary = Fixtures.summary()
    let data = try SummaryJSON.encode(summary)
    #expect(try SummaryJSON.decode(data) == summary)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains("\"schemaVersion\" : 1"))
    #expect(text.hasSuffix("}\n"))
  }

  @Test func keysAreSorted() throws {
    let text = String(decoding: try SummaryJSON.encode(Fixtures.summary()), as: UTF8.self)
    // Top-level keys in sorted order.
    let keys = [
      "\"companies\"", "\"data\"", "\"method\"", "\"run\"", "\"schemaVersion\"", "\"surveys\"",
    ]
    let positions = keys.map { text.range(of: "\n  " + $0)?.lowerBound }
    #expect(positions.allSatisfy { $0 != nil })
    #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
  }

  @Test func runCarriesNowAndLanguage() {
    let run = Fixtures.summary(.en).run
    #expect(run.generatedAt == "2026-11-29T00:00:00Z")
    #expect(run.language == .en)
    #expect(run.title == "Otklik: community preferences and company pain points")
  }

  /// A summary written before `emergingComplaints` and `grid` existed still decodes.
  @Test func fieldsAddedLaterAreOptionalWhenReading() throws {
    var object = try #require(
      try JSONSerialization.jsonObject(with: SummaryJSON.encode(Fixtures.summary()))
        as? [String: Any])
    var companies = try #require(object["companies"] as? [[String: Any]])
    for index in companies.indices { companies[index].removeValue(forKey: "emergingComplaints") }
    object["companies"] = companies
    let data = try JSONSerialization.data(withJSONObject: object)
    let decoded = try SummaryJSON.decode(data)
    #expect(decoded.companies.first?.emergingComplaints == nil)
    #expect(decoded.companies.first?.name == "Пекарня")
  }
}
