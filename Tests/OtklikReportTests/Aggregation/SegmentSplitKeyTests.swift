import Testing

@testable import OtklikReport

@Suite struct SegmentSplitKeyTests {
  /// Segment values and cells keyed by `CanonicalKey` keep `String`'s equality: two spellings of
  /// one value are one group and one cell.
  @Test func cellsOfEquivalentSpellingsAreOneCell() {
    var split = SegmentSplit()
    split.add(segment: "Колычёво", options: ["Кофе", "Кофе"])
    split.add(segment: "Колыче\u{0308}во", options: ["Кофе"])
    #expect(split.cells[SegmentSplit.Cell(segment: "Колычёво", option: "Кофе")] == 2)
    #expect(split.totals["Колычёво"] == 2)
  }
}
