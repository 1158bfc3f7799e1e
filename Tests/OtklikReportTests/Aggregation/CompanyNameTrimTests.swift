import Foundation
import Testing

@testable import OtklikReport

@Suite struct CompanyNameTrimTests {
  /// The fast path (first and last character never whitespace) gives Foundation's answer.
  @Test(arguments: [
    "", " ", "Пекарня", " Пекарня ", "\u{A0}Кафе «Ладья»\u{A0}", "\tКафе\t", "Café ",
    "ул. Пушкина, 5",
    "\u{3000}Bar\u{2003}", "Кафе\u{301}", "Z", "\nLine\n", "Кафе «Ладья»", " «Ладья» ",
    "„Кафе“\u{2028}", "\u{200B}№ 5\u{200B}", "Бар …",
  ])
  func trimmedNamesMatchFoundation(name: String) {
    #expect(CompanyAggregate.trimmed(name) == name.trimmingCharacters(in: .whitespaces))
  }
}
