/// What one distinct token can contribute to tag matching: the pattern words it satisfies.
///
/// Computed once per distinct token by ``TagMatcher/lookup(form:stem:)`` and meant to be stored in
/// the caller's token cache next to the token's stem, so that matching a clause does only integer
/// work. A plain 12-byte value (no references): a token satisfies at most one stemmed word (its
/// stem), one exact form (its form) and the prefix words its form starts with, which always form a
/// chain (each a prefix of the next), so the longest one stands for all. Values are only meaningful
/// to the matcher that made them.
public struct TokenTags: Sendable, Hashable {
  /// The atom of the pattern word with this token's stem, or −1.
  let stemAtom: Int32
  /// The atom of the exact pattern word equal to this token's form, or −1.
  let exactAtom: Int32
  /// The matcher's chain of prefix atoms that start this token's form, or −1.
  let prefixChain: Int32

  /// A token that satisfies no pattern word.
  public static let none = TokenTags(stemAtom: -1, exactAtom: -1, prefixChain: -1)

  init(stemAtom: Int32, exactAtom: Int32, prefixChain: Int32) {
    self.stemAtom = stemAtom
    self.exactAtom = exactAtom
    self.prefixChain = prefixChain
  }

  /// Whether the token can take part in no match at all.
  public var isEmpty: Bool { self == .none }
}
