/// Escaping of data text for HTML and SVG: the one function every data string passes through,
/// in the report and in the partnership briefs.
package enum HTMLText {
  /// `text` with `&`, `<`, `>`, `"` and `'` as character references, and control characters other
  /// than tab and line feed (and the non-characters U+FFFE, U+FFFF) dropped, as they are not allowed
  /// in XML, so the output is also valid XHTML.
  ///
  /// Works on the UTF-8 bytes: every character it changes is one ASCII byte or one fixed
  /// three-byte sequence, and runs of bytes it keeps are copied whole; a text with nothing to
  /// change is returned as it is.
  package static func escape(_ text: String) -> String {
    let original = text
    var text = text
    return text.withUTF8 { input in
      var output: [UInt8] = []
      var copied = 0
      var index = 0
      while index < input.count {
        let replacement: StaticString
        var width = 1
        switch input[index] {
        case UInt8(ascii: "&"): replacement = "&amp;"
        case UInt8(ascii: "<"): replacement = "&lt;"
        case UInt8(ascii: ">"): replacement = "&gt;"
        case UInt8(ascii: "\""): replacement = "&quot;"
        case UInt8(ascii: "'"): replacement = "&#39;"
        case 0x09, 0x0A:
          index += 1
          continue
        case 0x00..<0x20, 0x7F: replacement = ""
        case 0xEF
        where index + 2 < input.count && input[index + 1] == 0xBF
          && (input[index + 2] == 0xBE || input[index + 2] == 0xBF):
          replacement = ""
          width = 3
        default:
          index += 1
          continue
        }
        if output.isEmpty { output.reserveCapacity(input.count + 16) }
        output.append(contentsOf: input[copied..<index])
        replacement.withUTF8Buffer { output.append(contentsOf: $0) }
        index += width
        copied = index
      }
      guard copied > 0 else { return original }
      output.append(contentsOf: input[copied...])
      return String(decoding: output, as: UTF8.self)
    }
  }
}
