import Foundation
import Otklik
import OtklikIngest
import Testing

@Suite struct SyntheticExportTests {
  /// A fresh path in the temporary folder, removed by the caller.
  static func temporaryPath(_ name: String) -> String {
    FileManager.default.temporaryDirectory
      .appendingPathComponent("otklik-synthetic-\(UUID().uuidString)-\(name)").path
  }

  @Test(arguments: SyntheticExport.Kind.allCases)
  func sameSeedGivesTheSameBytesAndAnotherSeedDoesNot(kind: SyntheticExport.Kind) throws {
    let paths = (0..<3).map { Self.temporaryPath("\(kind)-\($0).csv") }
    defer { for path in paths { try? FileManager.default.removeItem(atPath: path) } }
    _ = try SyntheticExport(kind: kind, size: 200_000, seed: 7).write(to: paths[0])
    _ = try SyntheticExport(kind: kind, size: 200_000, seed: 7).write(to: paths[1])
    _ = try SyntheticExport(kind: kind, size: 200_000, seed: 8).write(to: paths[2])
    let contents = try paths.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
    #expect(contents[0] == contents[1])
    #expect(contents[0] != contents[2])
  }

  @Test(arguments: SyntheticExport.Kind.allCases)
  func writesTheRequestedSizeAndSaysWhatItWrote(kind: SyntheticExport.Kind) throws {
    let path = Self.temporaryPath("\(kind).csv")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let summary = try SyntheticExport(kind: kind, size: 300_000).write(to: path)
    let size = try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
    #expect(summary.bytes == size)
    #expect(size >= 300_000)
    #expect(size < 300_000 + 4_000)  // One row past the target, plus the final broken row.
  }

  /// Every planted defect is exactly one reject, and nothing else is rejected.
  @Test(arguments: SyntheticExport.Kind.allCases)
  func ingestRejectsExactlyThePlantedRows(kind: SyntheticExport.Kind) throws {
    let path = Self.temporaryPath("\(kind).csv")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let summary = try SyntheticExport(kind: kind, size: 1_000_000, brokenShare: 0.01).write(
      to: path)
    let reader = try RecordReader(
      path: path, spec: SourceSpec(name: "bench", kind: kind == .reviews ? .reviews : .survey))
    var reasons: [String] = []
    while let outcome = try reader.next() {
      if case .rejected(let reject) = outcome { reasons.append(reject.reason) }
    }
    #expect(reader.accounting.read == summary.records)
    #expect(reader.accounting.rejected == summary.brokenRows)
    #expect(reasons.count == summary.brokenRows)
    #expect(reasons.last == "unterminated quote at end of file")
    for defect in SyntheticExport.Defect.allCases {
      #expect(summary.broken[defect, default: 0] > 0, "no \(defect.rawValue) planted")
    }
    // The share of broken data rows is the one asked for (the final unterminated row aside).
    let share = Double(summary.brokenRows - 1) / Double(summary.records - 1)
    #expect(abs(share - 0.01) < 0.001)
  }

  @Test func aZeroShareWritesNoBrokenRow() throws {
    let path = Self.temporaryPath("clean.csv")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let summary = try SyntheticExport(kind: .reviews, size: 300_000, brokenShare: 0).write(to: path)
    #expect(summary.brokenRows == 0)
    let reader = try RecordReader(path: path, spec: SourceSpec(name: "bench", kind: .reviews))
    while try reader.next() != nil {}
    #expect(reader.accounting.rejected == 0)
    #expect(reader.accounting.accepted == summary.records)
  }

  @Test func textsHaveQuotedCommasLineBreaksEmojiAndBothLanguages() throws {
    let path = Self.temporaryPath("features.csv")
    defer { try? FileManager.default.removeItem(atPath: path) }
    _ = try SyntheticExport(kind: .reviews, size: 300_000).write(to: path)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.hasPrefix("Компания,Филиал,Дата,Оценка,Автор,Текст отзыва,Ответ компании\n"))
    #expect(text.contains("\"ул. Пушкина, 5\""))
    #expect(text.contains("\"Теплоход \"\"Окская заря\"\"\""))
    #expect(text.contains("👍"))
    #expect(text.contains(" не ") || text.contains("Не "))
    #expect(text.contains("was"))
    #expect(text.contains("★"))
  }

  @Test func rejectsANonPositiveSizeAndAShareOutsideZeroToOne() {
    #expect(throws: BenchmarkError.invalidOption("size must be positive")) {
      try SyntheticExport(kind: .reviews, size: 0).write(to: Self.temporaryPath("never.csv"))
    }
    #expect(throws: BenchmarkError.invalidOption("broken share must be within 0…1")) {
      try SyntheticExport(kind: .reviews, size: 10, brokenShare: 2).write(
        to: Self.temporaryPath("never.csv"))
    }
  }
}
