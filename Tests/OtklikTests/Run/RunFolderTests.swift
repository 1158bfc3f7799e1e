import Foundation
import Otklik
import Testing

@Suite struct RunFolderTests {
  func temporaryReports() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("otklik-runfolder-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  func contents(_ url: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
  }

  @Test func filesAppearOnlyOnCommitAndLatestFollows() throws {
    let reports = try temporaryReports()
    defer { try? FileManager.default.removeItem(at: reports) }
    let first = try RunFolder.create(in: reports, runID: "2026-11-01T00-00-00Z")
    try first.write(Data("one".utf8), to: "report.md")
    #expect(!FileManager.default.fileExists(atPath: first.final.path))
    try first.commit()
    #expect(try contents(reports) == ["2026-11-01T00-00-00Z", "latest"])
    let second = try RunFolder.create(in: reports, runID: "2026-11-02T00-00-00Z")
    try second.write(Data("two".utf8), to: "report.md")
    try second.commit()
    let latest = try String(
      contentsOf: reports.appendingPathComponent("latest/report.md"), encoding: .utf8)
    #expect(latest == "two")
    #expect(
      try FileManager.default.destinationOfSymbolicLink(
        atPath: reports.appendingPathComponent("latest").path) == "2026-11-02T00-00-00Z")
  }

  @Test func aRerunWithTheSameIDReplacesTheFolder() throws {
    let reports = try temporaryReports()
    defer { try? FileManager.default.removeItem(at: reports) }
    for text in ["first", "second"] {
      let run = try RunFolder.create(in: reports, runID: "same")
      try run.write(Data(text.utf8), to: "report.md")
      try run.commit()
    }
    let text = try String(
      contentsOf: reports.appendingPathComponent("same/report.md"), encoding: .utf8)
    #expect(text == "second")
    #expect(try contents(reports) == ["latest", "same"])
  }

  @Test func aKilledRunsPartialFolderIsSweptAndLatestUntouched() throws {
    let reports = try temporaryReports()
    defer { try? FileManager.default.removeItem(at: reports) }
    let good = try RunFolder.create(in: reports, runID: "good")
    try good.write(Data("ok".utf8), to: "report.md")
    try good.commit()
    // A run that never commits: as if killed while writing.
    let killed = try RunFolder.create(in: reports, runID: "killed")
    try killed.write(Data("half".utf8), to: "report.md")
    #expect(try contents(reports).contains { $0.hasPrefix(".partial-killed") })
    #expect(
      try FileManager.default.destinationOfSymbolicLink(
        atPath: reports.appendingPathComponent("latest").path) == "good")
    let next = try RunFolder.create(in: reports, runID: "next")
    #expect(!(try contents(reports).contains { $0.hasPrefix(".partial-killed") }))
    next.discard()
    #expect(try contents(reports) == ["good", "latest"])
  }
}
