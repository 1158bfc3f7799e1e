/// What the analyser knows about one distinct token: its ids, the lexicon or rule entry it matches and
/// whether a phrase can start with it.
struct TokenInfo: Sendable, Hashable {
  /// The interned id of the folded form, or −1 when no entry mentions it.
  var formID: Int32
  /// The interned id of the stem, or −1 when no entry mentions it.
  var stemID: Int32
  /// The compiled entry (sentiment or rule) the single token matches, or −1.
  var entry: Int32
  /// Whether some phrase starts with this token.
  var isPhraseHead: Bool
  /// The taxonomy pattern words the token satisfies.
  var tags: TokenTags = .none
  /// Where the cache keeps the token's folded form and stem as strings (for key phrases), or −1.
  var text: Int32 = -1
  /// The part the word can play in a key phrase, by its form alone.
  var keyRole: KeyPhraseRole = .boundary

  /// A token nothing matches.
  static let unknown = TokenInfo(formID: -1, stemID: -1, entry: -1, isPhraseHead: false)
}

/// An open-addressing hash table from token bytes to ``TokenInfo``, so stemming and lookups happen
/// once per distinct token.
///
/// Keys live in one byte arena; a hit hashes and compares bytes in place and allocates nothing.
/// The table is cleared when it holds ``limit`` tokens, which bounds memory on endless input.
final class TokenCache {
  /// The most distinct tokens kept before the table starts over.
  let limit: Int
  private var slots: [Int32]
  private var mask: Int
  private var hashes: [UInt32] = []
  private var keyStarts: [Int32] = []
  private var keyLengths: [Int32] = []
  private var arena: [UInt8] = []
  private var infos: [TokenInfo] = []
  /// Folded forms and stems of words, by ``TokenInfo/text``.
  private(set) var forms: [String] = []
  private(set) var stems: [String] = []

  /// Creates an empty cache that keeps at most `limit` tokens.
  init(limit: Int = 200_000) {
    self.limit = limit
    slots = Array(repeating: -1, count: 1024)
    mask = 1023
  }

  /// How many distinct tokens are cached.
  var count: Int { infos.count }

  /// FNV-1a over the key bytes.
  @inline(__always)
  static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var hash: UInt32 = 2_166_136_261
    for byte in key { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
    return hash
  }

  /// The cached info for `key`, if any.
  @inline(__always)
  func lookup(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> TokenInfo? {
    var slot = Int(hash) & mask
    while true {
      let index = Int(slots[slot])
      if index < 0 { return nil }
      if hashes[index] == hash, Int(keyLengths[index]) == key.count, equals(index, key) {
        return infos[index]
      }
      slot = (slot + 1) & mask
    }
  }

  /// Stores `info` for `key` (which must not be cached yet), with the word's form and stem when
  /// given; returns the info as stored.
  @discardableResult
  func insert(
    _ key: UnsafeBufferPointer<UInt8>, hash: UInt32, info: TokenInfo, form: String? = nil,
    stem: String? = nil
  )
    -> TokenInfo
  {
    if infos.count >= limit { clear() }
    var info = info
    if let form, let stem {
      info.text = Int32(forms.count)
      forms.append(form)
      stems.append(stem)
    }
    if (infos.count + 1) * 2 > slots.count { grow() }
    let index = Int32(infos.count)
    hashes.append(hash)
    keyStarts.append(Int32(arena.count))
    keyLengths.append(Int32(key.count))
    arena.append(contentsOf: key)
    infos.append(info)
    place(index, hash: hash)
    return info
  }

  private func equals(_ index: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = Int(keyStarts[index])
    return arena.withUnsafeBufferPointer { stored in
      for offset in 0..<key.count where stored[start + offset] != key[offset] { return false }
      return true
    }
  }

  private func place(_ index: Int32, hash: UInt32) {
    var slot = Int(hash) & mask
    while slots[slot] >= 0 { slot = (slot + 1) & mask }
    slots[slot] = index
  }

  private func grow() {
    slots = Array(repeating: -1, count: slots.count * 2)
    mask = slots.count - 1
    for index in 0..<infos.count { place(Int32(index), hash: hashes[index]) }
  }

  private func clear() {
    slots = Array(repeating: -1, count: 1024)
    mask = 1023
    hashes.removeAll(keepingCapacity: true)
    keyStarts.removeAll(keepingCapacity: true)
    keyLengths.removeAll(keepingCapacity: true)
    arena.removeAll(keepingCapacity: true)
    infos.removeAll(keepingCapacity: true)
    forms.removeAll(keepingCapacity: true)
    stems.removeAll(keepingCapacity: true)
  }
}
