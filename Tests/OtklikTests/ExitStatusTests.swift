import Otklik
import Testing

@Suite struct ExitStatusTests {
  @Test func followsSysexitsAndIsUnique() {
    let codes = ExitStatus.allCases.map(\.rawValue)
    #expect(Set(codes).count == codes.count)
    #expect(ExitStatus.usage.rawValue == 64)
    #expect(ExitStatus.temporaryFailure.rawValue == 75)
    #expect(ExitStatus.config.rawValue == 78)
  }
}
