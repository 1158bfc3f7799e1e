import Foundation
import OtklikReport
import Testing

@Suite struct CSVOptionsTests {
  /// What `format` printed before it used integer digits: `printf`, `-0` dropped, separator swapped.
  private func printed(_ value: Double, places: Int, separator: Character) -> String {
    var text = String(format: "%.\(places)f", value)
    if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
      text.removeFirst()
    }
    return separator == "." ? text : text.replacingOccurrences(of: ".", with: String(separator))
  }

  @Test(arguments: [
    0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, -0.125, 0.0005, -0.0004, 0.1235, 4.25, 4.35,
    -0.9, 0.0049999999, 123456.789, 1e15, 1e16, -1e20, .nan, .infinity, -.infinity, 0.1 + 0.2,
  ])
  func formatPrintsLikePrintf(value: Double) {
    for places in 0...4 {
      for options in [CSVOptions.defaults(for: .ru), .defaults(for: .en)] {
        #expect(
          options.format(value, places: places)
            == printed(value, places: places, separator: options.decimalSeparator))
      }
    }
  }

  @Test func formatPrintsLikePrintfOnScoresAndRatings() {
    var generator = SplitMix(seed: 42)
    let options = CSVOptions.defaults(for: .ru)
    for _ in 0..<20_000 {
      let value = Double(generator.next() % 2_000_001) / 1_000_000 - 1
      let scaled = value * Double(generator.next() % 7)
      for places in 1...3 {
        #expect(
          options.format(scaled, places: places) == printed(scaled, places: places, separator: ","))
      }
    }
  }
}

/// A tiny deterministic generator for the table test.
private struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
