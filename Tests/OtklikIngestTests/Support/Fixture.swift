import Foundation
import OtklikIngest

/// Paths of the test fixtures and small helpers to read them whole.
enum Fixture {
  /// The path of fixture `name` (in `Fixtures/`).
  static func path(_ name: String) -> String {
    Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)?.path
      ?? Bundle.module.bundlePath + "/Fixtures/\(name)"
  }

  /// Every fixture file name, for tests that must hold on all of them.
  static var all: [String] {
    (try? FileManager.default.contentsOfDirectory(atPath: Bundle.module.bundlePath + "/Fixtures"))?
      .filter { $0.hasSuffix(".csv") }.sorted() ?? []
  }

  /// Reads every data record of fixture `name` with a raw reader.
  static func rawRecords(
    _ name: String, chunkSize: Int = SourceSpec.defaultChunkSize,
    maxFieldBytes: Int = SourceSpec.defaultMaxFieldBytes
  ) throws -> (reader: CSVReader, records: [RawRecord]) {
    let spec = SourceSpec(
      name: "fixture", kind: .survey, maxFieldBytes: maxFieldBytes, chunkSize: chunkSize)
    let reader = try CSVReader(path: path(name), spec: spec)
    var records: [RawRecord] = []
    while let record = try reader.next() { records.append(record) }
    return (reader, records)
  }

  /// Writes `bytes` to a fresh temporary file and returns its path.
  static func temporaryFile(_ bytes: [UInt8], name: String = "case.csv") throws -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("otklik-ingest-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent(name)
    try Data(bytes).write(to: file)
    return file.path
  }
}
