import Foundation
import Otklik
import Testing

@Suite struct SourceFilesTests {
  @Test func expandsGlobsSortedAndSkipsFolders() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("otklik-glob-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("reviews-dir.csv"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["reviews-b.csv", "reviews-a.csv", "survey.csv"] {
      try Data().write(to: folder.appendingPathComponent(name))
    }
    let files = try SourceFiles.expand(folder.path + "/reviews-*.csv", source: "partners")
    #expect(files.map { ($0 as NSString).lastPathComponent } == ["reviews-a.csv", "reviews-b.csv"])
    #expect(
      throws: SourceFilesError(
        source: "s", pattern: folder.path + "/none-*.csv", message: "no file matches")
    ) { try SourceFiles.expand(folder.path + "/none-*.csv", source: "s") }
    #expect(throws: SourceFilesError(source: "s", pattern: "/no/such.csv", message: "no such file"))
    {
      try SourceFiles.expand("/no/such.csv", source: "s")
    }
  }
}
