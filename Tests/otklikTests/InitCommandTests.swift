import Foundation
import Testing

/// `otklik init` through the built binary: it writes a config `otklik run` accepts as is.
@Suite struct InitCommandTests {
  static func scratch() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("otklik-init-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func writesAConfigForTheSamplesAndRefusesToOverwriteIt() throws {
    let folder = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let samples = OtklikProcess.packageRoot.appendingPathComponent("data/samples")
    let files = ["reviews-2gis.csv", "emotional-map.csv"].map {
      samples.appendingPathComponent($0).path
    }
    let result = try OtklikProcess.run(["init"] + files + ["--out", "starter.yaml"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.contains(
        "reviews-2gis.csv: reviews (review text, company, rating, reply); encoding utf-8 (detected), delimiter ; (detected)"
      ))
    #expect(result.stdout.contains("emotional-map.csv: survey ("))
    #expect(
      result.stdout.hasSuffix(
        "config: starter.yaml — check the lines marked guessed, then: otklik run --config starter.yaml\n"
      ))
    let yaml = try String(
      contentsOf: folder.appendingPathComponent("starter.yaml"), encoding: .utf8)
    #expect(yaml.contains("    encoding: windows-1251   # detected\n"))
    #expect(yaml.contains("      \"Отзыв\": text   # guessed from the header\n"))

    // The starter config runs as written.
    let run = try OtklikProcess.run(
      ["run", "--config", "starter.yaml", "--now", "2026-11-30", "--no-history", "--quiet"],
      in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(
      FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("reports/latest/report.md").path))

    let again = try OtklikProcess.run(["init", files[0], "--out", "starter.yaml"], in: folder)
    #expect(again.status == 73)
    #expect(again.stderr == "otklik: starter.yaml: already exists (use --force to replace it)\n")
    #expect(
      try OtklikProcess.run(["init", files[0], "--out", "starter.yaml", "--force"], in: folder)
        .status == 0)
  }

  @Test func aMissingDataFileExitsWith66() throws {
    let folder = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try OtklikProcess.run(["init", "missing.csv"], in: folder)
    #expect(result.status == 66)
    #expect(result.stderr == "otklik: missing.csv: file not found\n")
    #expect(
      !FileManager.default.fileExists(atPath: folder.appendingPathComponent("otklik.yaml").path))
  }
}
