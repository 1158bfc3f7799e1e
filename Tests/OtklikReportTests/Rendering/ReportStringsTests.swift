import OtklikReport
import Testing

@Suite struct ReportStringsTests {
  @Test func everyKeyIsTranslatedInBothLanguages() {
    for key in ReportStrings.Key.allCases {
      let ru = ReportStrings(.ru)[key]
      let en = ReportStrings(.en)[key]
      #expect(!ru.isEmpty && !en.isEmpty, "\(key)")
      if key != .npsChart { #expect(ru != en, "\(key) is not translated") }
    }
  }

  @Test func formatFillsSlotsOnceWithoutExpandingValues() {
    let strings = ReportStrings(.en)
    #expect(
      strings.format(.testLine, "{2}", "1", "= 0.5", "ok")
        == "Chi-square = {2}, df = 1, p = 0.5: ok."
    )
  }

  @Test func numbersFollowTheLanguage() {
    #expect(NumberStyle(.ru).percent(0.4286) == "42,9\u{A0}%")
    #expect(NumberStyle(.en).percent(0.4286) == "42.9%")
    #expect(NumberStyle(.ru).signed(-0.0001) == "0,00")
    #expect(NumberStyle(.en).signed(1.267) == "+1.27")
    #expect(NumberStyle(.en).pValue(0.0000077) == "< 0.001")
    #expect(NumberStyle(.en).pComparison(0.0000077) == "< 0.001")
    #expect(NumberStyle(.ru).pComparison(0.14) == "= 0,140")
  }
}
