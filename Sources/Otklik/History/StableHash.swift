/// A 128-bit content hash that is the same on every machine and in every run.
///
/// Swift's `Hasher` is seeded per process, so it cannot name a record across runs. This is two
/// FNV-1a 64-bit lanes with different offset bases over the same bytes — not cryptographic, but
/// stable, fast, and with collisions far too rare to matter for telling records apart.
public struct StableHash: Sendable {
  private var low: UInt64 = 0xcbf2_9ce4_8422_2325
  private var high: UInt64 = 0x6c62_272e_07bb_0142
  private static let prime: UInt64 = 0x0000_0100_0000_01b3

  public init() {}

  /// Adds bytes to the hash.
  public mutating func combine(_ bytes: some Sequence<UInt8>) {
    for byte in bytes {
      low = (low ^ UInt64(byte)) &* Self.prime
      high = (high ^ UInt64(byte)) &* Self.prime &+ 0x9e37_79b9
    }
  }

  /// Adds a string's UTF-8 bytes followed by a separator, so ("ab","c") and ("a","bc") differ.
  public mutating func combine(field: String?) {
    if let field { combine(field.utf8) }
    combine(CollectionOfOne(0x1f))
  }

  /// The hash as 32 lowercase hexadecimal digits.
  public var hex: String {
    func pad(_ value: UInt64) -> String {
      let digits = String(value, radix: 16)
      return String(repeating: "0", count: 16 - digits.count) + digits
    }
    return pad(high) + pad(low)
  }
}
