/// Escaping of data text for HTML and SVG: the one function every data string passes through,
/// in the report and in the partnership briefs.
package enum HTMLText {
  /// `text` with `&`, `<`, `>`, `"` and `'` as character references, and control characters other
  /// than tab and line feed dropped (they are not allowed in XML), so the output is also valid XHTML.
  package static func escape(_ text: String) -> String {
    var output = ""
    output.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"": output += "&quot;"
      case "'": output += "&#39;"
      case "\t", "\n": output.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || (0xFFFE...0xFFFF).contains(scalar.value) {
          continue
        }
        output.unicodeScalars.append(scalar)
      }
    }
    return output
  }
}
