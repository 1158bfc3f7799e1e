import ArgumentParser
import Foundation
import Otklik

/// `otklik generate`: writes a realistic synthetic reviews or survey export of a given size.
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Write a synthetic reviews or survey export of a given size (benchmark input).",
    discussion: """
      The same kind, size, seed and broken share give byte-identical files. Broken rows (ragged rows, \
      stray quotes, out-of-range ratings or NPS answers, and an unterminated quote at the end) are \
      planted at exactly the given share; each is one record that ingest rejects.
      """)

  @Argument(help: "What to write: reviews or survey.")
  var kind: String

  @Option(help: "Target size: 50MB, 500MB, 2GB, 64KB (decimal units).")
  var size: String = "50MB"

  @Option(help: "The file to write.")
  var out: String

  @Option(help: "Seed of the pseudo-random choices.")
  var seed: UInt64 = 1

  @Option(name: .customLong("broken-share"), help: "Share of broken rows, 0…1.")
  var brokenShare: Double = SyntheticExport.defaultBrokenShare

  func validate() throws {
    guard SyntheticExport.Kind(rawValue: kind) != nil else {
      throw ValidationError("kind must be reviews or survey")
    }
    guard ByteSize.parse(size) != nil else {
      throw ValidationError("size must look like 50MB, 2GB or 64KB")
    }
    guard (0...1).contains(brokenShare) else {
      throw ValidationError("broken share must be within 0…1")
    }
  }

  func run() throws {
    let export = SyntheticExport(
      kind: SyntheticExport.Kind(rawValue: kind) ?? .reviews, size: ByteSize.parse(size) ?? 0,
      seed: seed,
      brokenShare: brokenShare)
    let clock = ContinuousClock()
    let start = clock.now
    let summary = try BenchmarkFailure.exitOnError { () throws(BenchmarkError) in
      try export.write(to: out)
    }
    print(GenerationReport(path: out, summary: summary, seconds: (clock.now - start).seconds).text)
  }
}
