/// The phrase slots that can match at a token, in slot order (longest phrase first): those of the
/// token's head group whose second word is the next token's form or stem, and the one-word phrases.
///
/// Three ascending runs of ``AnalyzerCore/phrasePairSlots`` merged on the fly, without allocating.
struct PhraseCandidates {
  private let slots: [Int32]
  private var runs: (Range<Int32>, Range<Int32>, Range<Int32>)

  init(core: AnalyzerCore, head: Int32, next: TokenInfo?) {
    slots = core.phrasePairSlots
    func run(_ second: Int32?) -> Range<Int32> {
      guard let second, second >= 0 || second == Int32.min else { return 0..<0 }
      return core.phrasePairs[AnalyzerCore.phrasePairKey(head, second)] ?? 0..<0
    }
    let form = next?.formID
    let stem = next?.stemID
    runs = (run(form), stem == form ? 0..<0 : run(stem), run(Int32.min))
  }

  /// The next slot, or `nil` when every run is done.
  mutating func next() -> Int? {
    let first = head(runs.0)
    let second = head(runs.1)
    let third = head(runs.2)
    let smallest = min(first, second, third)
    guard smallest != Int32.max else { return nil }
    if smallest == first {
      runs.0 = runs.0.dropFirst()
    } else if smallest == second {
      runs.1 = runs.1.dropFirst()
    } else {
      runs.2 = runs.2.dropFirst()
    }
    return Int(smallest)
  }

  /// The first slot of `run`, `Int32.max` when it is empty.
  private func head(_ run: Range<Int32>) -> Int32 {
    run.isEmpty ? Int32.max : slots[Int(run.lowerBound)]
  }
}
