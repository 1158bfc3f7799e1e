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
        AnalysedText(field: 0, analysis: TextAnalysis(language: .russian, score: 0, label: .neutral))
      ])
  }

  @Test func anEditedReviewKeepsItsIdentityWithoutAnExportID() {
    let date = Date(timeIntervalSince1970: 1_790_000_000)
    let original = RecordFacts(
      review(Review(company: "Кафе", date: date, rating: 2, author: "Анна", text: "Долго")))
    let edited = RecordFacts(
      review(Review(company: "Кафе", date: date, rating: 3, author: "Анна", text: "Долго, но вкусно")))
    #expect(original.identity == edited.identity)
    #expect(original.contentHash != edited.contentHash)
    let other = RecordFacts(
      review(Review(company: "Кафе", date: date, rating: 2, author: "Борис", text: "Долго")))
    #expect(other.identity != original.identity)
    let withID = RecordFacts(review(Review(id: "42", company: "Кафе", text: "x")))
    #expect(withID.identity == "maps|Кафе|42")
  }
}
