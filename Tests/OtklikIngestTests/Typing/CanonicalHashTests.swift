import Testing

@testable import OtklikIngest

@Suite struct CanonicalHashTests {
  static func hash(_ text: String) -> Int {
    var hasher = Hasher()
    CanonicalHash.combine(text, into: &hasher)
    return hasher.finalize()
  }

  /// Canonically equal strings (`String`'s `==`) hash alike, whichever way they are written, so a
  /// cell keyed by them stays one cell.
  @Test(arguments: [
    ("Колычёво", "Колыче\u{0308}во"), ("йогурт", "и\u{0306}огурт"), ("Café", "Cafe\u{0301}"),
    ("Ѐлка", "Е\u{0300}лка"), ("18–24", "18–24"), ("«Кафе» — 👍", "«Кафе» — 👍"),
    ("\u{2000}x", "\u{2002}x"), ("Å", "\u{212B}"),
  ])
  func canonicallyEqualStringsHashAlike(composed: String, decomposed: String) {
    #expect(composed == decomposed)
    #expect(Self.hash(composed) == Self.hash(decomposed))
  }
}
