import Foundation
import OtklikReport
import Testing

@Suite struct DeterminismTests {
  /// Two runs over the same records in opposite orders, merged from shards the second time, give
  /// byte-identical files.
  @Test(arguments: [ReportLanguage.ru, .en])
  func rerendersAreByteIdentical(language: ReportLanguage) throws {
    let metadata = Fixtures.metadata(language)
    let first = Fixtures.aggregate(Fixtures.allRecords, metadata: metadata)
    var second = Fixtures.aggregate(
      Array(Fixtures.allRecords.reversed().prefix(7)), metadata: metadata)
    second.merge(
      Fixtures.aggregate(Array(Fixtures.allRecords.reversed().dropFirst(7)), metadata: metadata))
    let a = try ReportFiles(summary: first.summary(metadata: metadata, catalog: Fixtures.catalog))
    let b = try ReportFiles(summary: second.summary(metadata: metadata, catalog: Fixtures.catalog))
    #expect(a.markdown == b.markdown)
    #expect(a.html == b.html)
    #expect(a.json == b.json)
  }

  @Test func writesTheThreeFilesIntoTheGivenFolder() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "otklik-report-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let files = try ReportFiles(summary: Fixtures.summary())
    try files.write(to: folder)
    #expect(try Data(contentsOf: folder.appendingPathComponent("report.md")) == files.markdown)
    #expect(try Data(contentsOf: folder.appendingPathComponent("report.html")) == files.html)
    #expect(try Data(contentsOf: folder.appendingPathComponent("summary.json")) == files.json)
  }
}
