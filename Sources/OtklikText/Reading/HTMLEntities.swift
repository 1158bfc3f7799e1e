/// Decodes the HTML entities that exports of posts and reviews carry (`&lt;3`, `&amp;`, `&quot;`),
/// so emoticons and punctuation behind them are read as written.
enum HTMLEntities {
  private static let table: [(String, String)] = [
    ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"),
    ("&nbsp;", " "),
    ("&laquo;", "«"), ("&raquo;", "»"), ("&mdash;", "—"), ("&ndash;", "–"), ("&hellip;", "…"),
    ("&amp;", "&"),
  ]

  /// `text` with the common named entities decoded; the same string when it has no `&`.
  ///
  /// `&amp;` is decoded last and once, so `&amp;lt;` becomes `&lt;` as the writer meant.
  static func decode(_ text: String) -> String {
    var bytes = text
    guard bytes.withUTF8({ $0.contains(0x26) }) else { return text }
    var result = text
    for (entity, replacement) in table where result.contains(entity) {
      result = result.replacingAll(entity, with: replacement)
    }
    return result
  }
}

extension String {
  /// The string with every occurrence of `target` replaced; no Foundation needed.
  fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
    var result = ""
    var rest = Substring(self)
    while let range = rest.range(of: target) {
      result += rest[..<range.lowerBound]
      result += replacement
      rest = rest[range.upperBound...]
    }
    result += rest
    return result
  }
}

extension Substring {
  /// The range of the first occurrence of `target`, compared by Unicode scalars.
  fileprivate func range(of target: String) -> Range<Substring.Index>? {
    let needle = Array(target.unicodeScalars)
    guard let first = needle.first else { return nil }
    var index = unicodeScalars.startIndex
    while index < unicodeScalars.endIndex {
      if unicodeScalars[index] == first {
        var cursor = index
        var matched = 0
        while matched < needle.count, cursor < unicodeScalars.endIndex,
          unicodeScalars[cursor] == needle[matched]
        {
          matched += 1
          cursor = unicodeScalars.index(after: cursor)
        }
        if matched == needle.count { return index..<cursor }
      }
      index = unicodeScalars.index(after: index)
    }
    return nil
  }
}
