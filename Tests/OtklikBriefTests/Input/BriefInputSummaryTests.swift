import Foundation
import OtklikBrief
import OtklikReport
import Testing

@Suite("From the report summary to the brief input")
struct BriefInputSummaryTests {
  static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .appendingPathComponent("Fixtures/summary-bakery-and-taxi.json")

  static func summary() throws -> ReportSummary {
    let data = try Data(contentsOf: fixture)
    return try LargeStack.run { try SummaryJSON.decode(data) }
  }

  static func input() throws -> BriefInput {
    let (_, ideas) = try BriefTestData.shipped()
    return BriefInput(
      summary: try summary(), options: ideas.surveyOptions, catalog: try BriefTestData.catalog())
  }

  @Test("companies keep their numbers, quotes and branches as districts")
  func companies() throws {
    let input = try Self.input()
    let bakery = try #require(input.company(named: "пекарня «колос»"))
    #expect(bakery.reviews == 40 && bakery.ratedReviews == 40 && bakery.meanRating == 3.5)
    #expect(bakery.painPoints.map(\.tag) == ["staff_shortage"])
    #expect(bakery.painPoints[0].impact == 1.0)
    #expect(bakery.painPoints[0].label.en == "Staff shortage and hiring")
    #expect(bakery.painPoints[0].quotes[0].line == 14)
    #expect(bakery.districts.map(\.name) == ["Колычево"])
    #expect(bakery.replied == 4 && bakery.replyRate == 0.1)
  }

  @Test("mapped options become signals: single choice summed, district and age groups kept")
  func optionSignals() throws {
    let input = try Self.input()
    let events = try #require(input.community.first { $0.tag == "events_festivals" })
    #expect(events.count == 30 && events.base == 100)
    let kolychevo = try #require(events.groups.first { $0.value == "Колычёво" })
    #expect(
      kolychevo.dimension == .district && kolychevo.count == 18 && kolychevo.base == 40
        && kolychevo.mark == "above")
    #expect(events.groups.first { $0.value == "18–24" }?.dimension == .age)
    // The question title holds a line break; the mapping's piece of it still matches.
    let tasting = try #require(input.community.first { $0.tag == "tastings" })
    #expect(
      tasting.count == 65 && tasting.base == 100
        && tasting.label.ru == "Да, обязательно + Скорее да")
    #expect(input.community.contains { $0.tag == "prices_value" && $0.count == 25 })
  }

  @Test("need tags of open answers become signals; praise tags do not")
  func openSignals() throws {
    let input = try Self.input()
    let youth = try #require(input.community.first { $0.tag == "youth" })
    #expect(youth.count == 14 && youth.base == 70 && youth.share == 0.2)
    #expect(!input.community.contains { $0.tag == "atmosphere" })
  }

  @Test("the writer puts a brief per company and an index under briefs/, escaped and deterministic")
  func writer() throws {
    let (resources, ideas) = try BriefTestData.shipped()
    let writer = BriefWriter(resources: resources, ideas: ideas)
    let summary = try Self.summary()
    let (files, entries) = try writer.files(
      for: summary, catalog: try BriefTestData.catalog(), language: .ru)
    #expect(entries.map(\.slug) == ["pekarnya-kolos", "taksi-kolomna-ekspress"])
    #expect(entries.map(\.status) == [.proposals, .notEnoughData])
    #expect(
      files.map(\.path) == [
        "briefs/pekarnya-kolos.md", "briefs/pekarnya-kolos.html", "briefs/pekarnya-kolos.json",
        "briefs/taksi-kolomna-ekspress.md", "briefs/taksi-kolomna-ekspress.html",
        "briefs/taksi-kolomna-ekspress.json",
        "briefs/index.md",
      ])
    let html = String(decoding: files[1].data, as: UTF8.self)
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(!html.contains("<script"))
    let again = try writer.files(for: summary, catalog: try BriefTestData.catalog(), language: .ru)
    #expect(again.files == files)
    let brief = try BriefJSON.decode(files[2].data)
    #expect(brief.proposals.first?.idea == "career_days")
    // In the bakery's district 18 of 40 want events: the local share, not the overall 30 of 100.
    #expect(
      brief.proposals.first?.fit.factors.last?.reason.contains("18 из 40 в районе Колычёво") == true
    )
    let index = String(decoding: files[6].data, as: UTF8.self)
    #expect(
      index.contains(
        "- [Такси «Коломна-Экспресс»](taksi-kolomna-ekspress.md) — недостаточно данных"))
  }

  @Test("write(to:) puts the files under the run folder's briefs/")
  func writesFiles() throws {
    let (resources, ideas) = try BriefTestData.shipped()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "brief-writer-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let entries = try BriefWriter(resources: resources, ideas: ideas).write(
      try Self.summary(), language: .en, to: folder)
    #expect(entries.count == 2)
    let names = try FileManager.default.contentsOfDirectory(
      atPath: folder.appendingPathComponent("briefs").path
    ).sorted()
    #expect(
      names == [
        "index.md", "pekarnya-kolos.html", "pekarnya-kolos.json", "pekarnya-kolos.md",
        "taksi-kolomna-ekspress.html",
        "taksi-kolomna-ekspress.json", "taksi-kolomna-ekspress.md",
      ])
    let index = try String(
      contentsOf: folder.appendingPathComponent("briefs/index.md"), encoding: .utf8)
    #expect(index.hasPrefix("# Partnership briefs\n"))
  }
}
