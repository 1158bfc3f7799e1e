/// A word being stemmed: UTF-8 bytes in scratch memory, shortened in place.
///
/// Suffixes are matched byte by byte against `StaticString` literals. That is exact for
/// UTF-8: a valid suffix starts with a lead byte, so a byte match always falls on a
/// character boundary, and Cyrillic endings can be matched without decoding the word.
struct WordBuffer {
  /// Start of the scratch memory; `count` bytes from here are the current word.
  let base: UnsafeMutablePointer<UInt8>
  /// Current length of the word in bytes.
  var count: Int

  /// The current word as a read-only buffer.
  var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

  /// The byte at `index` (which must be in `0..<count`).
  subscript(index: Int) -> UInt8 {
    get { base[index] }
    nonmutating set { base[index] = newValue }
  }

  /// Whether the word ends with `suffix` and the suffix starts at or after byte `limit`.
  @inline(__always)
  func ends(with suffix: StaticString, notBefore limit: Int = 0) -> Bool {
    let length = suffix.utf8CodeUnitCount
    let start = count - length
    guard start >= limit, start >= 0 else { return false }
    let text = suffix.utf8Start
    var offset = length - 1
    while offset >= 0 {
      if base[start + offset] != text[offset] { return false }
      offset -= 1
    }
    return true
  }

  /// The longest suffix of `table` that ends the word and starts at or after byte `limit`.
  ///
  /// This is Snowball's `among`: the longest candidate wins, and a caller whose condition then
  /// fails does not fall back to a shorter one. `table` must be sorted longest first.
  @inline(__always)  // specialised per table: a generic call costs more than the matching
  func longest<Rule: Sendable>(of table: [Suffix<Rule>], notBefore limit: Int = 0) -> (
    start: Int, rule: Rule
  )? {
    for suffix in table where ends(with: suffix.text, notBefore: limit) {
      return (count - suffix.text.utf8CodeUnitCount, suffix.rule)
    }
    return nil
  }

  /// Whether the word is exactly `text`.
  func equals(_ text: StaticString) -> Bool {
    count == text.utf8CodeUnitCount && ends(with: text)
  }

  /// Cuts the word to its first `length` bytes.
  mutating func truncate(to length: Int) {
    count = length
  }

  /// Cuts the word at byte `start` and appends `replacement`, which must not make it longer
  /// than it was before the cut.
  mutating func replace(from start: Int, with replacement: StaticString) {
    let length = replacement.utf8CodeUnitCount
    (base + start).update(from: replacement.utf8Start, count: length)
    count = start + length
  }

  /// Removes the byte at `index`, moving the rest of the word left by one.
  mutating func remove(at index: Int) {
    (base + index).update(from: base + index + 1, count: count - index - 1)
    count -= 1
  }
}
