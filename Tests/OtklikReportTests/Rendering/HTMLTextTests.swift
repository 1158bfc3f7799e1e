import Testing

@testable import OtklikReport

@Suite struct HTMLTextTests {
  /// The rule, scalar by scalar, as it reads in the documentation.
  static func reference(_ text: String) -> String {
    var output = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"": output += "&quot;"
      case "'": output += "&#39;"
      case "\t", "\n": output.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFFFE
          || scalar.value == 0xFFFF
        {
          continue
        }
        output.unicodeScalars.append(scalar)
      }
    }
    return output
  }

  @Test(arguments: [
    "", "plain", "Кафе «Берег» & Co", "<b>\"x\"</b> 'y'", "&&", "a\u{0}b\u{7F}c\u{1F}d",
    "tab\tand\nline\r\nend", "\u{FFFE}\u{FFFF}\u{FFFD}ok", "эмодзи 😤 👍🏻 \u{FEFF}", "<", "'",
    "\u{EFBF}", "ﾟ￾",
  ])
  func escapesLikeTheScalarRule(text: String) {
    #expect(HTMLText.escape(text) == Self.reference(text))
  }

  @Test func textWithNothingToEscapeIsReturnedAsItIs() {
    let text = "Очень вкусно, спасибо!"
    #expect(HTMLText.escape(text) == text)
  }
}
