import Foundation
import Testing

@Suite("otklik brief")
struct BriefCommandTests {
  /// A config folder with the shipped brief data and a last run whose summary is the brief tests' fixture.
  static func workspace(withRun: Bool = true) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "otklik-brief-\(UUID().uuidString)")
    let manager = FileManager.default
    try manager.createDirectory(at: folder, withIntermediateDirectories: true)
    let data = OtklikProcess.packageRoot.appendingPathComponent("data")
    for name in ["resources.yaml", "partnership-ideas.yaml", "taxonomy.yaml"] {
      try manager.copyItem(
        at: data.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    let config = """
      report:
        lang: ru
        output: reports
      sources:
        - name: partners
          kind: reviews
          path: reviews.csv
      """
    try Data(config.utf8).write(to: folder.appendingPathComponent("otklik.yaml"))
    if withRun {
      let latest = folder.appendingPathComponent("reports/latest")
      try manager.createDirectory(at: latest, withIntermediateDirectories: true)
      try manager.copyItem(
        at: OtklikProcess.packageRoot.appendingPathComponent(
          "Tests/OtklikBriefTests/Fixtures/summary-bakery-and-taxi.json"),
        to: latest.appendingPathComponent("summary.json"))
    }
    return folder
  }

  @Test("prints the brief of a company from the last run, in the language asked for")
  func printsBrief() throws {
    let folder = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let config = folder.appendingPathComponent("otklik.yaml").path
    let ru = try OtklikProcess.run(["brief", "--company", "Пекарня «Колос»", "--config", config])
    #expect(ru.status == 0, "\(ru.stderr)")
    #expect(ru.stdout.hasPrefix("# Предложение о партнёрстве: Пекарня «Колос»\n"))
    #expect(ru.stdout.contains("### 1. Дни профессии и стажировки"))
    let en = try OtklikProcess.run([
      "brief", "--company", "пекарня «колос»", "--lang", "en", "--config", config,
    ])
    #expect(en.status == 0)
    #expect(en.stdout.contains("### 1. Career days and internships"))
    #expect(en.stdout.contains("\"Staff shortage and hiring\" — 16 reviews (40.0%)"))
  }

  @Test("a company with three reviews: the brief says there is not enough data")
  func notEnoughData() throws {
    let folder = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try OtklikProcess.run(
      [
        "brief", "--company", "Такси «Коломна-Экспресс»", "--config",
        folder.appendingPathComponent("otklik.yaml").path,
      ])
    #expect(result.status == 0)
    #expect(
      result.stdout.contains(
        "> **Недостаточно данных: у компании 3 отз. — меньше 10, нужных для предложения."))
  }

  @Test("an unknown company exits 64 and names the companies of the run")
  func unknownCompany() throws {
    let folder = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try OtklikProcess.run(
      ["brief", "--company", "Банк", "--config", folder.appendingPathComponent("otklik.yaml").path])
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "otklik: Банк: no such company in the last run (companies: Пекарня «Колос», Такси «Коломна-Экспресс»)\n"
    )
  }

  @Test("without a finished run it exits 66 and says to run first")
  func noRun() throws {
    let folder = try Self.workspace(withRun: false)
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try OtklikProcess.run(
      ["brief", "--company", "Банк", "--config", folder.appendingPathComponent("otklik.yaml").path])
    #expect(result.status == 66)
    #expect(
      result.stderr.hasSuffix(
        "reports/latest/summary.json: no finished run to read (run `otklik run` first)\n"))
  }

  @Test("a broken ideas file exits 78 with its file and line")
  func brokenIdeas() throws {
    let folder = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let ideas = folder.appendingPathComponent("partnership-ideas.yaml")
    let text = try String(contentsOf: ideas, encoding: .utf8)
      .replacingOccurrences(
        of: "resources: [career_guidance, youth_work, event_organisation]",
        with: "resources: [career_guidance, boat]")
    try Data(text.utf8).write(to: ideas)
    let result = try OtklikProcess.run(
      [
        "brief", "--company", "Пекарня «Колос»", "--config",
        folder.appendingPathComponent("otklik.yaml").path,
      ])
    #expect(result.status == 78)
    #expect(result.stderr.contains("partnership-ideas.yaml:"))
    #expect(result.stderr.contains(": unknown resource id 'boat' (not in resources.yaml)"))
  }

  @Test(
    "reads the summary a real `otklik run` on the samples wrote, with the data folder's brief files"
  )
  func afterRealRun() throws {
    let (config, _) = try RunSamplesTests.temporaryConfig()
    defer { try? FileManager.default.removeItem(at: config.deletingLastPathComponent()) }
    let run = try OtklikProcess.run([
      "run", "--config", config.path, "--now", "2026-11-30", "--no-history", "--quiet",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let bakery = try OtklikProcess.run([
      "brief", "--company", "Пекарня «Колос»", "--config", config.path,
    ])
    #expect(bakery.status == 0, "\(bakery.stderr)")
    #expect(bakery.stdout.hasPrefix("# Предложение о партнёрстве: Пекарня «Колос»\n"))
    #expect(bakery.stdout.contains("отзывов: 94"))
    // The taste map's families: the children's corner wish, in the bakery's two districts.
    #expect(bakery.stdout.contains("«Детская комната или уголок» — "))
    let taxi = try OtklikProcess.run([
      "brief", "--company", "Такси «Коломна-Экспресс»", "--config", config.path,
    ])
    #expect(taxi.stdout.contains("Недостаточно данных: у компании 3 отз."))
  }
}
