public import OtklikText

/// Counts of key phrases by stem key, each with one display form, for emerging themes.
///
/// The display form kept is the shortest written form seen, ties by code-point order, so it does not
/// depend on arrival order and merging is exact. Memory grows with distinct phrases, not records.
public struct PhraseTally: Sendable, Equatable {
  /// Counts by phrase key.
  public private(set) var counts = Tally<String>()
  /// The display form by phrase key.
  public private(set) var display: [String: String] = [:]

  /// Creates an empty tally.
  public init() {}

  /// Counts one occurrence of `phrase`.
  public mutating func add(_ phrase: KeyPhrase) {
    counts.add(phrase.key)
    keepDisplay(phrase.text, for: phrase.key)
  }

  /// Counts each distinct key of one text's `phrases` once, however often the text repeats it.
  /// (A text has a handful of phrases: comparing them beats hashing their Cyrillic keys.)
  public mutating func addOnce(_ phrases: [KeyPhrase]) {
    for (index, phrase) in phrases.enumerated()
    where !phrases[..<index].contains(where: { $0.key == phrase.key }) {
      add(phrase)
    }
  }

  /// Adds every count of `other`.
  public mutating func merge(_ other: PhraseTally) {
    counts.merge(other.counts)
    for (key, text) in other.display { keepDisplay(text, for: key) }
  }

  private mutating func keepDisplay(_ text: String, for key: String) {
    if let current = display[key] {
      let (a, b) = (text.scalarCount, current.scalarCount)
      guard
        a < b || (a == b && text.unicodeScalars.lexicographicallyPrecedes(current.unicodeScalars))
      else { return }
    }
    display[key] = text
  }
}
