import Foundation
import Otklik
import OtklikIngest
import OtklikReport
import OtklikText
import Testing

@Suite struct HistoryStoreTests {
  func temporaryPath() -> String {
    FileManager.default.temporaryDirectory
      .appendingPathComponent("otklik-history-\(UUID().uuidString)/history.sqlite").path
  }

  func facts(_ identity: String, hash: String = "h") -> RecordFacts {
    RecordFacts(
      identity: identity, contentHash: hash, source: "reviews", company: "Пекарня",
      date: Date(timeIntervalSince1970: 1_790_000_000), rating: 4, label: "pos",
      tags: [.init(tagID: "staff", label: "pos")])
  }

  @Test func countsNewSeenUpdatedAndDuplicatesAcrossRuns() throws {
    let store = try HistoryStore(path: temporaryPath())
    var first = HistoryCounts()
    try store.begin(run: "r1", startedAt: Date(timeIntervalSince1970: 1))
    for identity in ["a", "b", "a"] { first.add(try store.classify(facts(identity))) }
    try store.commit(first, finishedAt: Date(timeIntervalSince1970: 2))
    #expect(first == HistoryCounts(new: 2, duplicates: 1))

    // The next export repeats a and b (b edited) and appends c.
    var second = HistoryCounts()
    try store.begin(run: "r2", startedAt: Date(timeIntervalSince1970: 3))
    for item in [facts("a"), facts("b", hash: "edited"), facts("c")] {
      second.add(try store.classify(item))
    }
    try store.commit(second, finishedAt: Date(timeIntervalSince1970: 4))
    #expect(second == HistoryCounts(new: 1, seen: 1, updated: 1))
    #expect(try store.runs().map(\.id) == ["r2", "r1"])
    #expect(try store.runs().first?.counts == second)
  }

  @Test func aRunThatNeverCommitsLeavesNoTrace() throws {
    let path = temporaryPath()
    do {
      let store = try HistoryStore(path: path)
      try store.begin(run: "killed", startedAt: Date())
      _ = try store.classify(facts("a"))
      // No commit: as if the process died here; the store is dropped with its transaction open.
    }
    let reopened = try HistoryStore(path: path)
    try reopened.begin(run: "next", startedAt: Date())
    #expect(try reopened.classify(facts("a")) == .new)
    try reopened.commit(HistoryCounts(new: 1), finishedAt: Date())
    #expect(try reopened.runs().map(\.id) == ["next"])
  }

  @Test func rollbackDiscardsTheRun() throws {
    let store = try HistoryStore(path: temporaryPath())
    try store.begin(run: "r1", startedAt: Date())
    _ = try store.classify(facts("a"))
    store.rollback()
    try store.begin(run: "r2", startedAt: Date())
    #expect(try store.classify(facts("a")) == .new)
  }

  func review(_ review: Review) -> AnalysedRecord {
    AnalysedRecord(
      record: Record(
        origin: RecordOrigin(file: "r.csv", record: 1, line: 2), source: "maps",
        content: .review(review)),
      texts: [
        AnalysedText(
          field: 0, analysis: TextAnalysis(language: .russian, score: 0, label: .neutral))
      ])
  }

  @Test func anEditedReviewKeepsItsIdentityWithoutAnExportID() {
    let date = Date(timeIntervalSince1970: 1_790_000_000)
    let original = RecordFacts(
      review(Review(company: "Кафе", date: date, rating: 2, author: "Анна", text: "Долго")))
    let edited = RecordFacts(
      review(
        Review(company: "Кафе", date: date, rating: 3, author: "Анна", text: "Долго, но вкусно")))
    #expect(original.identity == edited.identity)
    #expect(original.contentHash != edited.contentHash)
    let other = RecordFacts(
      review(Review(company: "Кафе", date: date, rating: 2, author: "Борис", text: "Долго")))
    #expect(other.identity != original.identity)
    let sameDay = Date(timeIntervalSince1970: 1_789_948_800)  // midnight: a day-only export
    let first = RecordFacts(
      review(Review(company: "Кафе", date: sameDay, author: "Анна", text: "Долго")))
    let second = RecordFacts(
      review(Review(company: "Кафе", date: sameDay, author: "Анна", text: "Вкусно")))
    #expect(first.identity != second.identity)
    let withID = RecordFacts(review(Review(id: "42", company: "Кафе", text: "x")))
    #expect(withID.identity == "maps|Кафе|42")
  }
}

@Suite struct HistoryStorePeriodTests {
  @Test func sumsCompaniesAndTagsInsideThePeriodOnly() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("otklik-history-\(UUID().uuidString).sqlite").path
    let store = try HistoryStore(path: path)
    let november = try ReportPeriod.parse("2026-11", now: Date())
    let inside = november.start.addingTimeInterval(86_400)
    let before = november.start.addingTimeInterval(-86_400)
    try store.begin(run: "r", startedAt: Date())
    let items: [(String, Date, Double, String, [String])] = [
      ("1", inside, 1, "neg", ["queue"]),
      ("2", inside, 5, "pos", ["taste"]),
      ("3", inside, 2, "neg", ["queue", "staff"]),
      ("4", before, 1, "neg", ["queue"]),
    ]
    for (id, date, rating, label, tags) in items {
      _ = try store.classify(
        RecordFacts(
          identity: id, contentHash: id, source: "maps", company: "Пекарня", date: date,
          rating: rating, label: label,
          tags: tags.map { .init(tagID: $0, label: label) }))
    }
    let stats = try store.stats(in: november)
    let bakery = try #require(stats.companies["Пекарня"])
    #expect(bakery.records == 3)
    #expect(bakery.negative == 2)
    #expect(bakery.meanRating == 8.0 / 3)
    let queue = try #require(stats.tags[.init(company: "Пекарня", tag: "queue")])
    #expect(queue.records == 2)
    #expect(queue.negativeShare == 1)
    #expect(stats.tags.count == 3)
    #expect(try store.stats(in: november.previous).companies["Пекарня"]?.records == 1)
  }
}

@Suite struct FileFingerprintTests {
  @Test func sameBytesSameHashAcrossChunkBoundaries() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("otklik-fingerprint-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let bytes = Data((0..<(1 << 20) + 17).map { UInt8(truncatingIfNeeded: $0 &* 31) })
    let path = folder.appendingPathComponent("a.csv").path
    try bytes.write(to: URL(fileURLWithPath: path))
    var whole = StableHash()
    whole.combine(bytes)
    #expect(FileFingerprint.hash(path: path) == whole.hex)
    var changed = bytes
    changed[changed.count - 1] ^= 1
    try changed.write(to: URL(fileURLWithPath: path))
    #expect(FileFingerprint.hash(path: path) != whole.hex)
    #expect(FileFingerprint.hash(path: folder.appendingPathComponent("missing.csv").path) == nil)
  }
}
