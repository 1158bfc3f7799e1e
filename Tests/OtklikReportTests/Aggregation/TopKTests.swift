import OtklikIngest
import OtklikReport
import Testing

@Suite struct TopKTests {
  private func quote(_ text: String, strength: Int, record: Int = 1) -> Quote {
    Quote(
      text: text, score: 0, strength: strength,
      origin: RecordOrigin(file: "f.csv", record: record, line: record))
  }

  @Test func keepsTheBestWithDeterministicTieBreak() {
    var top = TopK<Quote>(capacity: 2)
    top.add(quote("длинная цитата", strength: 500))
    top.add(quote("короткая", strength: 500))
    top.add(quote("слабая", strength: 100))
    top.add(quote("сильная", strength: 900))
    // Equal strength: the shorter text wins.
    #expect(top.elements.map(\.text) == ["сильная", "короткая"])
  }

  @Test func duplicatesCollapseOnNormalisedText() {
    var top = TopK<Quote>(capacity: 3)
    top.add(quote("Очень вкусно!", strength: 300, record: 1))
    top.add(quote("очень  вкусно", strength: 400, record: 2))
    top.add(quote("ОЧЕНЬ ВКУСНО.", strength: 200, record: 3))
    #expect(top.elements.count == 1)
    #expect(top.elements.first?.record == 2)
  }

  @Test func everyArrivalOrderGivesTheSameResult() {
    let items = (0..<6).map {
      quote("q\($0)", strength: [300, 500, 300, 100, 500, 200][$0], record: $0)
    }
    var reference = TopK<Quote>(capacity: 3)
    for item in items { reference.add(item) }
    var reversed = TopK<Quote>(capacity: 3)
    for item in items.reversed() { reversed.add(item) }
    #expect(reference == reversed)
    #expect(reference.elements.map(\.text) == ["q1", "q4", "q0"])
  }
}
