import Foundation
import Testing

/// The benchmark commands end to end, on tiny sizes (nothing here is timed or compared with a bound).
@Suite(.serialized) struct BenchPipelineCommandTests {
  @Test func benchPipelinePrintsEveryStageAndThePandasLine() throws {
    let result = try OtklikProcess.run([
      "bench", "pipeline", "--size", "1MB", "--runs", "1", "--threads", "2",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("input: ") == true)
    #expect(lines.first?.contains("(reviews, 1.0 MB, ") == true)
    for title in [
      "libcsv bare parse", "ingest (RecordReader)", "ingest + analysis", "full run (otklik run)",
    ] {
      let row = lines.first { $0.hasPrefix(title) }
      #expect(row != nil, "no row for \(title)")
      // seconds, MB/s, records/s, peak RSS, ratio: five numbers after the title.
      let numbers =
        row.map { $0.dropFirst(title.count).split(separator: " ").compactMap { Double($0) } } ?? []
      #expect(numbers.count == 5, "\(row ?? "")")
      #expect(numbers.allSatisfy { $0 > 0 }, "\(row ?? "")")
    }
    #expect(lines.first { $0.hasPrefix("libcsv bare parse") }?.hasSuffix(" 1.00") == true)
    #expect(
      lines.contains { $0.hasPrefix("pandas + VADER (1 run)") }
        || lines.contains { $0.hasPrefix("pandas + VADER skipped: ") })
    #expect(result.stderr.contains("generating a 1MB reviews export"))
  }

  @Test func generateWritesTheFileAndSaysWhatItPlanted() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "otklik-gen-\(UUID().uuidString).csv"
    ).path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = try OtklikProcess.run([
      "generate", "survey", "--size", "100KB", "--out", path, "--broken-share", "0.01",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("wrote \(path): 0.1 MB, "))
    #expect(result.stdout.contains("broken rows: "))
    #expect(result.stdout.contains("unterminated quote 1"))
    let size = try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
    #expect(size >= 100_000)
  }

  @Test func generateRefusesAnUnknownKindWithUsageStatus() throws {
    let result = try OtklikProcess.run(["generate", "tweets", "--out", "/tmp/never.csv"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("kind must be reviews or survey"))
  }
}
