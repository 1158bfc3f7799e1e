/// What one distinct token can contribute to tag matching: the pattern words it satisfies.
///
/// Computed once per distinct token by ``TagMatcher/lookup(form:stem:)`` and meant to be stored in
/// the caller's token cache next to the token's stem, so that matching a clause does only integer
/// work. Most tokens satisfy no pattern word; their value holds an empty array (no allocation).
/// Values are only meaningful to the matcher that made them.
public struct TokenTags: Sendable, Hashable {
  /// The ids of the pattern words (atoms) this token satisfies, ascending, unique.
  let atoms: [Int32]

  /// A token that satisfies no pattern word.
  public static let none = TokenTags(atoms: [])

  init(atoms: [Int32]) {
    self.atoms = atoms
  }

  /// Whether the token can take part in no match at all.
  public var isEmpty: Bool { atoms.isEmpty }

  /// Whether the token satisfies this pattern word.
  @inline(__always)
  func contains(_ atom: Int32) -> Bool {
    for candidate in atoms {
      if candidate == atom { return true }
      if candidate > atom { return false }
    }
    return false
  }
}
