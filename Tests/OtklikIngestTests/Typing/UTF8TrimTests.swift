import Testing

@testable import OtklikIngest

@Suite struct UTF8TrimTests {
  @Test(arguments: [
    "", " ", "a", " a ", "\u{A0}\u{2007}\u{202F}\u{FEFF}x\u{FEFF}\u{202F}\u{2007}\u{A0}",
    "\t\r\n\u{0B}\u{0C}да\n", "да нет", " \u{A0}", "ё\u{A0}", "€", " € ", "\u{2008}x\u{2008}",
  ])
  func bytesAreTrimmedAsTheText(text: String) {
    let bytes = Array(text.utf8)
    let trimmed = UTF8Trim.trimmingSpaces(bytes[...])
    #expect(String(decoding: trimmed, as: UTF8.self) == String(text.trimmingSpaces))
  }
}
