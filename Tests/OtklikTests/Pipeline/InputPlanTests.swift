import Foundation
import OtklikIngest
import Testing

@testable import Otklik

@Suite struct InputPlanTests {
  /// Years of daily exports in one glob must not hold a file open each: planning closes every file
  /// it inspected, and reading opens one at a time.
  @Test func planningClosesEveryFileAndReadingOpensOneAtATime() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("otklik-plan-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for day in 1...40 {
      let rows = (1...3).map {
        "Кафе «Берег»,2026-11-\(String(format: "%02d", day % 28 + 1)),5,Отзыв \($0)"
      }
      try (["Компания,Дата,Оценка,Текст отзыва"] + rows).joined(separator: "\n")
        .write(
          to: folder.appendingPathComponent("reviews-\(day).csv"), atomically: true, encoding: .utf8
        )
    }
    let config = try RunConfig.parse(
      """
      sources:
        - name: maps
          kind: reviews
          path: reviews-*.csv
      """, file: "otklik.yaml", directory: folder)

    let plan = InputPlan(config: config)
    #expect(plan.files.count == 40)
    #expect(plan.failures.isEmpty)
    #expect(try Self.openFiles(in: folder) == 0)

    var records = 0
    var filesDone = 0
    var mostOpen = 0
    while let batch = plan.nextBatch(size: 5) {
      mostOpen = max(mostOpen, try Self.openFiles(in: folder))
      for item in batch {
        switch item {
        case .record: records += 1
        case .fileDone: filesDone += 1
        case .rejected, .fileFailed: Issue.record("unexpected \(item)")
        }
      }
    }
    #expect(records == 120)
    #expect(filesDone == 40)
    #expect(mostOpen == 1)
    #expect(try Self.openFiles(in: folder) == 0)
  }

  /// A file that vanishes between planning and reading ends with a failure, and the run goes on.
  @Test func aFileRemovedAfterPlanningFailsAndTheNextIsRead() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("otklik-plan-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["a", "b"] {
      try "Компания,Текст отзыва\nКафе,Вкусно\n"
        .write(to: folder.appendingPathComponent("\(name).csv"), atomically: true, encoding: .utf8)
    }
    let config = try RunConfig.parse(
      "sources:\n  - name: maps\n    kind: reviews\n    path: \"*.csv\"\n", file: "otklik.yaml",
      directory: folder)
    let plan = InputPlan(config: config)
    #expect(plan.files.count == 2)
    try FileManager.default.removeItem(at: folder.appendingPathComponent("a.csv"))
    var items: [InputItem] = []
    while let batch = plan.nextBatch(size: 10) { items += batch }
    guard items.count == 3, case .fileFailed(let failed, _) = items[0],
      case .record = items[1], case .fileDone(let done) = items[2]
    else {
      Issue.record("unexpected items \(items)")
      return
    }
    #expect(failed.file.hasSuffix("a.csv"))
    #expect(failed.read == 0)
    #expect(done.file.hasSuffix("b.csv"))
    #expect(done.accepted == 1)
  }

  /// How many of the process's open file descriptors point into `folder` (Linux: `/proc/self/fd`),
  /// so that files other tests open meanwhile do not count.
  private static func openFiles(in folder: URL) throws -> Int {
    let prefix = folder.resolvingSymlinksInPath().path + "/"
    return try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count { entry in
      let target = try? FileManager.default.destinationOfSymbolicLink(
        atPath: "/proc/self/fd/" + entry)
      return target?.hasPrefix(prefix) ?? false
    }
  }
}
