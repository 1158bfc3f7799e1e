/// A suffix-stripping stemmer for one language: maps inflected word forms onto a shared stem.
///
/// Stems are keys, not words: "services" and "service" both become "servic", so lexicon and
/// taxonomy patterns written as stems match every form. Both conforming types implement
/// Snowball algorithms (snowballstem.org) from their published descriptions.
///
/// Input is one lowercase word. A word the stemmer does not apply to (no letters of its
/// script, digits only, the other language's script) comes back unchanged, so callers may
/// stem every token without checking its language first.
public protocol Stemmer: Sendable {
  /// Returns the stem of one word, or the word itself when the stemmer does not apply to it.
  func stem(_ word: String) -> String

  /// Returns the UTF-8 bytes of the stem of the word whose UTF-8 bytes are `word`.
  ///
  /// The byte-level entry point for the analyser's token cache: it skips `String`
  /// construction on both sides. Contiguous collections (`[UInt8]`, `ArraySlice<UInt8>`,
  /// `UnsafeBufferPointer<UInt8>`, `String.UTF8View` of a native string) are read in place;
  /// others are copied once. The result is never longer than the input. Invalid UTF-8 is
  /// not repaired: bytes that do not form letters of the stemmer's script are kept as they
  /// are and count as non-vowels.
  func stem(utf8 word: some Collection<UInt8>) -> [UInt8]
}
