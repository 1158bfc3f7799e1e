import Foundation
import Testing

/// `otklik run` on the bundled samples, end to end through the built binary.
///
/// The golden files under `Golden/` are the sample run's `report.md` and `summary.json`, for a reviewer
/// to read; `make golden` rewrites them after an intended change.
@Suite(.serialized) struct RunSamplesTests {
  /// A config equal to `data/otklik.yaml` but writing into a temporary folder.
  static func temporaryConfig() throws -> (config: URL, reports: URL) {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("otklik-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let samples = OtklikProcess.packageRoot.appendingPathComponent("data/otklik.yaml")
    var yaml = try String(contentsOf: samples, encoding: .utf8)
    let data = OtklikProcess.packageRoot.appendingPathComponent("data").path
    yaml = yaml.replacingOccurrences(of: "path: samples/", with: "path: \(data)/samples/")
    yaml = yaml.replacingOccurrences(
      of: "output: ../reports", with: "output: \(folder.path)/reports")
    let config = folder.appendingPathComponent("otklik.yaml")
    try yaml.write(to: config, atomically: true, encoding: .utf8)
    return (config, folder.appendingPathComponent("reports"))
  }

  @Test func writesEveryFileAndAccountsForEveryRecord() throws {
    let (config, reports) = try Self.temporaryConfig()
    defer { try? FileManager.default.removeItem(at: config.deletingLastPathComponent()) }
    let result = try OtklikProcess.run(["run", "--config", config.path, "--now", "2026-11-30"])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.contains("taste-map.csv: utf-8, ',' — read 346 = accepted 344 + rejected 2"))
    #expect(
      lines.contains("emotional-map.csv: windows-1251, ';' — read 236 = accepted 234 + rejected 2"))
    #expect(
      lines.contains("reviews-maps.csv: utf-8 with BOM, ',' — read 278 = accepted 276 + rejected 2")
    )
    #expect(lines.contains("reviews-2gis.csv: utf-8, ';' — read 204 = accepted 202 + rejected 2"))
    #expect(lines.contains("total: read 1064 = accepted 1056 + rejected 8"))
    #expect(lines.contains("history: 1056 new, 0 seen before, 0 updated, 0 read twice"))
    #expect(result.stderr.contains("column 'Компания' → company (guessed)"))
    let latest = reports.appendingPathComponent("latest")
    let files = try FileManager.default.contentsOfDirectory(atPath: latest.path).sorted()
    #expect(
      files == ["briefs", "rejects.csv", "report.html", "report.md", "summary.json", "tagged.csv"])
    let rejects = try String(
      contentsOf: latest.appendingPathComponent("rejects.csv"), encoding: .utf8)
    #expect(rejects.split(whereSeparator: \.isNewline).count == 9)  // header + 8 rejects
    #expect(rejects.contains("rating out of range 1–5: 7"))

    // The same files again: nothing new, the report identical byte for byte, on one thread.
    let first = try Self.contents(of: latest)
    let again = try OtklikProcess.run([
      "run", "--config", config.path, "--now", "2026-11-30", "--threads", "1",
    ])
    #expect(again.status == 0)
    #expect(again.stdout.contains("history: 0 new, 1056 seen before, 0 updated, 0 read twice"))
    #expect(try Self.contents(of: latest) == first)
  }

  @Test func matchesTheGoldenReport() throws {
    let (config, reports) = try Self.temporaryConfig()
    defer { try? FileManager.default.removeItem(at: config.deletingLastPathComponent()) }
    let result = try OtklikProcess.run([
      "run", "--config", config.path, "--now", "2026-11-30", "--no-history", "--quiet",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    let golden = OtklikProcess.packageRoot.appendingPathComponent("Tests/otklikTests/Golden")
    for name in ["report.md", "summary.json"] {
      let produced = try String(
        contentsOf: reports.appendingPathComponent("latest/\(name)"), encoding: .utf8)
      let expected = try String(contentsOf: golden.appendingPathComponent(name), encoding: .utf8)
      #expect(
        produced == expected, "\(name) differs from the golden file; run `make golden` if intended")
    }
  }

  @Test func aMissingConfigExitsWith78() throws {
    let result = try OtklikProcess.run(["run", "--config", "/nonexistent/otklik.yaml"])
    #expect(result.status == 78)
    #expect(result.stderr.contains("error: /nonexistent/otklik.yaml: no such file"))
  }

  /// Every file below `folder` by relative path.
  static func contents(of folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let root = folder.resolvingSymlinksInPath()
    for case let name as String in FileManager.default.enumerator(atPath: root.path)! {
      let url = root.appendingPathComponent(name)
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        files[name] = try Data(contentsOf: url)
      }
    }
    return files
  }
}
