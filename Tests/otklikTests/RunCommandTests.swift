import Foundation
import Otklik
import Testing

/// `otklik run` as cron runs it: the lock, signals, SIGKILL at several points, re-runs, overlapping
/// and edited exports, `--period`, and alerts on a planted spike — each through the built binary
/// in a scratch folder of its own.
@Suite(.serialized) struct RunCommandTests {
  @Test func aSecondRunExitsAt75AtOnceWhileTheLockIsHeld() throws {
    let scratch = try RunScratch()
    defer { scratch.remove() }
    try scratch.writeExport(RunScratch.rows())
    let lock = try RunLock(path: scratch.reports.appendingPathComponent("history.sqlite.lock").path)
    defer { lock.release() }
    let started = Date()
    let result = try scratch.run(["--now", "2026-11-30"])
    #expect(Date().timeIntervalSince(started) < 10)
    #expect(result.status == 75)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(
      lines.first?.contains("error: another run is in progress (process \(getpid()) holds ") == true
    )
    #expect(result.stdout.isEmpty)
    #expect(
      !FileManager.default.fileExists(atPath: scratch.reports.appendingPathComponent("latest").path)
    )
  }

  @Test(arguments: [(SIGINT, Int32(130), "SIGINT"), (SIGTERM, Int32(143), "SIGTERM")])
  func aSignalStopsTheRunCleanly(signal: Int32, status: Int32, name: String) throws {
    let scratch = try RunScratch()
    defer { scratch.remove() }
    try scratch.writeExport(RunScratch.rows())
    let result = try scratch.runPaused(
      ["--now", "2026-11-30", "--batch-size", "10", "--pause-after-batches", "3"], then: signal)
    #expect(result.status == status)
    #expect(
      result.stderr.hasSuffix(
        "error: stopped by \(name): no report written, history unchanged, lock released\n"))
    #expect(try scratch.reportEntries() == ["history.sqlite", "history.sqlite.lock"])
    #expect(try HistoryStore(path: scratch.historyPath).runs().isEmpty)
    let lock = try RunLock(path: scratch.historyPath + ".lock")
    lock.release()
  }

  @Test(arguments: [
    ["--pause-after-batches", "1"], ["--pause-after-batches", "8"], ["--pause-before-commit"],
  ])
  func aRunKilledAnywhereLeavesThePreviousReportAndTheNextRunIsClean(pause: [String]) throws {
    let first = RunScratch.rows().dropLast(20)
    let second = RunScratch.rows(edited: true)

    let clean = try RunScratch()
    defer { clean.remove() }
    try clean.writeExport(Array(first))
    #expect(try clean.run(["--now", "2026-11-29"]).status == 0)
    try clean.writeExport(second)
    let cleanSecond = try clean.run(["--now", "2026-11-30"])
    #expect(cleanSecond.status == 0)

    let scratch = try RunScratch()
    defer { scratch.remove() }
    try scratch.writeExport(Array(first))
    #expect(try scratch.run(["--now", "2026-11-29"]).status == 0)
    let previous = try scratch.files(of: "20261129-000000")
    try scratch.writeExport(second)
    let killed = try scratch.runPaused(
      ["--now", "2026-11-30", "--batch-size", "10"] + pause, then: SIGKILL)
    #expect(killed.status == 9)  // terminated by the signal

    #expect(try scratch.linkTarget() == "20261129-000000")
    #expect(try scratch.files(of: "20261129-000000") == previous)
    #expect(!(try scratch.reportEntries()).contains("20261130-000000"))
    #expect(
      try HistoryStore(path: scratch.historyPath).runs().map(\.counts) == [HistoryCounts(new: 111)])

    let rerun = try scratch.run(["--now", "2026-11-30"])
    #expect(rerun.status == 0, "\(rerun.stderr)")
    #expect(rerun.stdout.contains("history: 20 new, 110 seen before, 1 updated, 0 read twice"))
    #expect(rerun.stdout == cleanSecond.stdout)
    #expect(try scratch.linkTarget() == "20261130-000000")
    #expect(try scratch.files(of: "20261130-000000") == (try clean.files(of: "20261130-000000")))
    #expect(try scratch.files(of: "20261129-000000") == previous)
    #expect(!(try scratch.reportEntries()).contains { $0.hasPrefix(".partial") })
  }

  @Test func overlappingExportsInOneRunAreCountedOnce() throws {
    let scratch = try RunScratch()
    defer { scratch.remove() }
    try scratch.writeExport(Array(RunScratch.rows().dropLast(20)), name: "reviews-a.csv")
    try scratch.writeExport(RunScratch.rows(edited: true), name: "reviews-b.csv")
    let result = try scratch.run(["--now", "2026-11-30"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("history: 131 new, 0 seen before, 0 updated, 111 read twice"))
    let summary = try scratch.summary()
    let companies = try #require(summary["companies"] as? [[String: Any]])
    #expect(companies.map { $0["reviews"] as? Int ?? 0 }.reduce(0, +) == 131)
  }

  @Test func sentimentThresholdsOfTheConfigLabelTheTextsAndAreReported() throws {
    func positives(_ scratch: RunScratch) throws -> Int {
      let companies = try #require(try scratch.summary()["companies"] as? [[String: Any]])
      return companies.compactMap { ($0["sentiment"] as? [String: Int])?["positive"] }.reduce(0, +)
    }
    let standard = try RunScratch()
    defer { standard.remove() }
    try standard.writeExport(RunScratch.rows())
    #expect(try standard.run(["--now", "2026-11-30", "--no-history"]).status == 0)
    #expect(try positives(standard) > 0)
    let strict = try RunScratch(analysis: "thresholds: { positive: 0.99 }")
    defer { strict.remove() }
    try strict.writeExport(RunScratch.rows())
    let result = try strict.run(["--now", "2026-11-30", "--no-history"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try positives(strict) == 0)
    let method = try #require(try strict.summary()["method"] as? [String: Any])
    #expect(method["sentiment"] as? [String: Double] == ["positive": 0.99, "negative": 0.1])
    let report = try String(
      contentsOf: strict.reports.appendingPathComponent("latest/report.md"), encoding: .utf8)
    #expect(report.contains("позитив при оценке не ниже 0,99, негатив — не выше −0,10"))
  }

  @Test func periodSelectsWhatTheReportCoversAndTheTrendsCompare() throws {
    let scratch = try RunScratch()
    defer { scratch.remove() }
    try scratch.writeExport(RunScratch.rows())
    let result = try scratch.run(["--now", "2026-11-30", "--period", "2026-11"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("outside the period: 96 accepted records not in this report"))
    let summary = try scratch.summary()
    let trends = try #require(summary["trends"] as? [String: Any])
    let period = try #require(trends["period"] as? [String: String])
    #expect(period == ["label": "2026-11", "first": "2026-11-01", "last": "2026-11-30"])
    let previous = try #require(trends["previous"] as? [String: String])
    #expect(previous["first"] == "2026-10-02")
    let invalid = try scratch.run(["--now", "2026-11-30", "--period", "november"])
    #expect(invalid.status == 64)
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
  func theProgressBarShowsOnATerminalOnly() throws {
    let scratch = try RunScratch()
    defer { scratch.remove() }
    try scratch.writeExport(RunScratch.rows())
    // `script` gives the run a pseudo-terminal and copies what it printed to stdout.
    func onTerminal(_ extra: String) throws -> String {
      let command =
        "OTKLIK_DATA=\(scratch.root.path)/data \(OtklikProcess.binary.path) run --config otklik.yaml "
        + "--now 2026-11-30 --batch-size 10 --no-history \(extra)"
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
      process.arguments = ["-qec", command, "/dev/null"]
      process.currentDirectoryURL = scratch.root
      let out = Pipe()
      process.standardOutput = out
      process.standardInput = Pipe()
      try process.run()
      let data = out.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      #expect(process.terminationStatus == 0)
      return String(decoding: data, as: UTF8.self)
    }
    let shown = try onTerminal("")
    #expect(shown.contains("records  ["))
    #expect(shown.contains(" MB/s"))
    #expect(shown.contains("\r\u{1B}[K"))  // erased before the summary lines
    #expect(!(try onTerminal("--quiet")).contains("records  ["))
    #expect(!(try onTerminal("--log-format json")).contains("records  ["))
    // Not a terminal: no bar.
    let piped = try scratch.run(["--now", "2026-11-30", "--no-history"])
    #expect(!piped.stderr.contains("records  ["))
  }

  @Test func aPlantedSpikeIsAnAlertListedFirst() throws {
    let scratch = try RunScratch()
    defer { scratch.remove() }
    try scratch.writeExport(RunScratch.rows())
    let result = try scratch.run(["--now", "2026-11-30", "--quiet"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    // In --quiet mode the alerts still reach stderr, so cron mails them.
    #expect(
      result.stderr.contains(
        "warning: alert: Кафе «Ожидание»: volume 24, expected 6.0, band top 10.9"))
    let summary = try scratch.summary()
    let alerts = try #require(summary["alerts"] as? [[String: Any]])
    let found = alerts.map { "\($0["company"] as? String ?? "") \($0["measure"] as? String ?? "")" }
    #expect(Set(found) == ["Кафе «Ожидание» volume", "Кафе «Ожидание» negative_share"])
    let report = try String(
      contentsOf: scratch.reports.appendingPathComponent("latest/report.md"), encoding: .utf8)
    let sections = report.split(separator: "\n").filter { $0.hasPrefix("## ") }
    #expect(sections.first == "## Сигналы")
    #expect(report.contains("- Кафе «Ожидание»: отзывов 24 при обычных 6,0 (верх нормы 10,9)"))
    #expect(report.contains("## Изменения за период"))
    #expect(report.contains("| Кафе «Ожидание» | 24 (6) ↑ |"))
  }
}

/// A scratch folder for end-to-end runs: a tiny hand-written lexicon (so the tests do not depend on
/// the shipped one), a glob of review exports and a config.
struct RunScratch {
  let root: URL

  var reports: URL { root.appendingPathComponent("reports") }
  var historyPath: String { reports.appendingPathComponent("history.sqlite").path }

  /// `analysis` is written as the config's `analysis:` block when given.
  init(analysis: String? = nil) throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "otklik-e2e-\(UUID().uuidString)")
    let lexicons = root.appendingPathComponent("data/lexicons")
    try FileManager.default.createDirectory(at: lexicons, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("exports"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: OtklikProcess.packageRoot.appendingPathComponent("data/lexicons/modifiers.tsv"),
      to: lexicons.appendingPathComponent("modifiers.tsv"))
    try "плохо\t-2\nгрубый\t-2\nхорошо\t2\nотлично\t3\nвкусно\t2\n".write(
      to: lexicons.appendingPathComponent("ru.tsv"), atomically: true, encoding: .utf8)
    try """
    report:
      title: "Проверка"
      lang: ru
      output: reports
    \(analysis.map { "analysis:\n  \($0)\n" } ?? "")sources:
      - name: reviews
        kind: reviews
        path: exports/reviews*.csv
        columns:
          "ID": id
          "Компания": company
          "Дата": date
          "Оценка": rating
          "Текст": text

    """.write(to: root.appendingPathComponent("otklik.yaml"), atomically: true, encoding: .utf8)
  }

  /// Seven 30-day periods back from 2026-11-30: a steady pharmacy (10 reviews a period, one
  /// negative) and a café with 6 a period until the latest, which has 24, 16 of them negative.
  /// Dated oldest first; `edited` changes the text of the first review.
  static func rows(edited: Bool = false) -> [String] {
    var rows: [(date: Date, line: String)] = []
    let end = Date(timeIntervalSince1970: 1_796_083_200 - 86_400)  // 2026-11-30
    var number = 0
    func add(_ company: String, period: Int, count: Int, negative: Int) {
      for index in 0..<count {
        number += 1
        let date = end.addingTimeInterval(-86_400 * Double(30 * period + index % 28))
        let bad = index < negative
        var text = bad ? "Плохо, грубый персонал." : "Отлично, очень вкусно."
        if edited && number == 1 { text = "Отлично, очень вкусно. Дополнено: хорошо." }
        let day = date.ISO8601Format(.iso8601.year().month().day())
        rows.append((date, "r\(number),\(company),\(day),\(bad ? 2 : 5),\"\(text)\""))
      }
    }
    for period in (1...6).reversed() {
      add("Аптека «Ромашка»", period: period, count: 10, negative: 1)
      add("Кафе «Ожидание»", period: period, count: 6, negative: 1)
    }
    add("Аптека «Ромашка»", period: 0, count: 11, negative: 1)
    add("Кафе «Ожидание»", period: 0, count: 24, negative: 16)
    return rows.map(\.line)
  }

  /// Deletes the scratch folder.
  func remove() { try? FileManager.default.removeItem(at: root) }

  func writeExport(_ rows: [String], name: String = "reviews.csv") throws {
    let text = (["ID,Компания,Дата,Оценка,Текст"] + rows).joined(separator: "\n") + "\n"
    try text.write(
      to: root.appendingPathComponent("exports/\(name)"), atomically: true, encoding: .utf8)
  }

  var arguments: [String] { ["run", "--config", "otklik.yaml"] }
  var environment: [String: String] { ["OTKLIK_DATA": root.appendingPathComponent("data").path] }

  func run(_ extra: [String]) throws -> OtklikProcess.Result {
    try OtklikProcess.run(arguments + extra, in: root, environment: environment)
  }

  /// Runs with a pause flag, waits for the `paused` line on stderr, sends `signal`, and collects
  /// the rest. The status is the exit status, or the signal number when the signal killed it.
  func runPaused(_ extra: [String], then signal: Int32) throws -> OtklikProcess.Result {
    let process = Process()
    process.executableURL = OtklikProcess.binary
    process.arguments = arguments + extra
    process.currentDirectoryURL = root
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    var stderr = Data()
    while !String(decoding: stderr, as: UTF8.self).contains("otklik: paused") {
      let chunk = err.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      stderr.append(chunk)
    }
    kill(process.processIdentifier, signal)
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    stderr.append(err.fileHandleForReading.readDataToEndOfFile())
    process.waitUntilExit()
    return OtklikProcess.Result(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }

  /// The names in the reports folder, sorted.
  func reportEntries() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: reports.path).sorted()
  }

  /// Every file of a run folder, by name.
  func files(of run: String) throws -> [String: Data] {
    let folder = reports.appendingPathComponent(run)
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
      files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
    }
    return files
  }

  func linkTarget() throws -> String {
    try FileManager.default.destinationOfSymbolicLink(
      atPath: reports.appendingPathComponent("latest").path)
  }

  func summary() throws -> [String: Any] {
    let data = try Data(contentsOf: reports.appendingPathComponent("latest/summary.json"))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }
}
