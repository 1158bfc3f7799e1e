import Foundation
import Testing

@testable import OtklikBrief

@Suite struct DistrictNameTests {
  /// The byte shortcut gives the key the definition (trim, lowercase, `ё` as `е`) gives.
  @Test(arguments: [
    "Колычёво", " КОЛЫЧЁВО ", "Старая Коломна", "ул. Пушкина, 5", "ТЦ «Рига»", "\tБобреневo\n",
    "Ёлкино", "Щурово", "Ѐ тест", "Сhinatown", "Голутвин\u{00A0}", "e\u{301}cole", "", "  ",
  ])
  func keyMatchesTheDefinition(name: String) {
    let definition = name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
      .replacingOccurrences(of: "ё", with: "е")
    #expect(DistrictName.key(name) == definition)
  }
}
