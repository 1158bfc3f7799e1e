import OtklikIngest
import OtklikReport
import Testing

@Suite struct MergeTests {
  /// Every split point of the fixture stream: the two halves merged equal the whole.
  @Test func halvesMergedEqualTheWholeAtEverySplit() {
    let records = Fixtures.allRecords
    let whole = Fixtures.aggregate(records)
    for split in 0...records.count {
      var left = Fixtures.aggregate(Array(records[..<split]))
      left.merge(Fixtures.aggregate(Array(records[split...])))
      #expect(left == whole, "split at \(split)")
    }
  }

  /// With room for one quote per tag, eviction happens; the merged top-1 still equals the whole's.
  @Test func boundedQuotesMergeExactly() {
    let metadata = Fixtures.metadata(
      thresholds: ReportThresholds(quotesPerTag: 1, mismatchExamples: 1))
    let records = Fixtures.allRecords + Fixtures.allRecords.reversed()
    let whole = Fixtures.aggregate(records, metadata: metadata)
    for split in stride(from: 0, through: records.count, by: 3) {
      var left = Fixtures.aggregate(Array(records[..<split]), metadata: metadata)
      left.merge(Fixtures.aggregate(Array(records[split...]), metadata: metadata))
      #expect(left == whole, "split at \(split)")
    }
  }

  @Test func orderOfRecordsDoesNotMatter() {
    let forward = Fixtures.aggregate(Fixtures.allRecords)
    let backward = Fixtures.aggregate(Fixtures.allRecords.reversed())
    #expect(forward == backward)
  }

  @Test func accountingOfOneFileFromTwoShardsIsSummed() {
    var left = ReportAggregate(sources: Fixtures.sources, metadata: Fixtures.metadata())
    var right = left
    left.add(
      FileAccounting(
        file: "a.csv", encoding: .utf8, hadByteOrderMark: false, delimiter: 44, read: 3,
        accepted: 2, rejected: 1, bytes: 10))
    right.add(
      FileAccounting(
        file: "a.csv", encoding: .utf8, hadByteOrderMark: false, delimiter: 44, read: 4,
        accepted: 4, rejected: 0, bytes: 20))
    left.merge(right)
    let file = left.files["a.csv"]
    #expect(file?.read == 7)
    #expect(file?.accepted == 6)
    #expect(file?.rejected == 1)
    #expect(file?.bytes == 30)
  }
}
