/// Shared plumbing of the two stemmers: copies a word into a scratch buffer, lets a
/// language-specific routine shorten it in place, and builds the result.
///
/// Every Snowball step used here only shortens a word or replaces a suffix by one no longer
/// than itself, so the scratch buffer never needs more room than the input.
enum StemmingDriver {
  /// Stems `word` with `body`, which works in place and returns `false` when the stemmer
  /// does not apply (the original word is then returned untouched).
  static func stem(_ word: String, _ body: (inout WordBuffer) -> Bool) -> String {
    var contiguous = word
    return contiguous.withUTF8 { source in
      withScratch(copying: source) { buffer in
        guard body(&buffer) else { return word }
        return String(decoding: buffer.bytes, as: UTF8.self)
      }
    }
  }

  /// Stems the UTF-8 bytes `word` with `body`; see `stem(_:_:)`.
  static func stem(
    utf8 word: some Collection<UInt8>, _ body: (inout WordBuffer) -> Bool
  ) -> [UInt8] {
    let stemContiguous = { (source: UnsafeBufferPointer<UInt8>) -> [UInt8] in
      withScratch(copying: source) { buffer in
        guard body(&buffer) else { return Array(source) }
        return Array(buffer.bytes)
      }
    }
    if let result = word.withContiguousStorageIfAvailable(stemContiguous) { return result }
    return Array(word).withUnsafeBufferPointer(stemContiguous)
  }

  /// Runs `body` on a mutable copy of `source` held in stack-allocated scratch space when small.
  private static func withScratch<Result>(
    copying source: UnsafeBufferPointer<UInt8>, _ body: (inout WordBuffer) -> Result
  ) -> Result {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(source.count, 1)) { scratch in
      guard let base = scratch.baseAddress else {
        fatalError("temporary allocation without storage")
      }
      if let sourceBase = source.baseAddress {
        base.update(from: sourceBase, count: source.count)
      }
      var buffer = WordBuffer(base: base, count: source.count)
      return body(&buffer)
    }
  }
}
