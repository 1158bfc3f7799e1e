import Foundation
import Logging
import Otklik
import Testing

@Suite struct StderrLogHandlerTests {
  let date = Date(timeIntervalSince1970: 1_796_000_000)

  @Test func humanLinesAreReadableWithSortedMetadata() {
    let line = StderrLogHandler.line(
      format: .human, date: date, level: .warning, message: "rows rejected",
      metadata: ["rejected": "3", "file": "a.csv"])
    #expect(line.hasSuffix(" warning: rows rejected file=a.csv rejected=3\n"))
  }

  @Test func jsonLinesEscapeAndKeepKeyOrder() throws {
    let line = StderrLogHandler.line(
      format: .json, date: date, level: .info, message: "say \"привет\"\n",
      metadata: ["z": "1", "a": "\t"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])
    #expect(object["message"] == "say \"привет\"\n")
    #expect(object["level"] == "info")
    #expect(object["a"] == "\t")
    #expect(line.range(of: "\"a\"")!.lowerBound < line.range(of: "\"z\"")!.lowerBound)
  }
}
