extension Array where Element == UInt8 {
  /// Appends the UTF-8 of `text` from its contiguous storage in one copy, instead of through the
  /// generic sequence path of `+= text.utf8` (several times slower for the short strings rows are
  /// made of: tag ids, rule names, evidence words).
  mutating func appendUTF8(_ text: String) {
    var text = text
    text.withUTF8 { append(contentsOf: $0) }
  }
}
