import Foundation
import Otklik
import Testing

@Suite struct ProgressBarTests {
  @Test func theLineShowsRecordsShareRateAndTimeLeft() {
    // 3 MB of 10 MB in 2 s: 1.5 MB/s, 7 MB left → 4.67 s → ETA 0:05.
    let line = ProgressBar.line(records: 12_480, bytes: 3_000_000, total: 10_000_000, elapsed: 2)
    #expect(line == "12 480 records  [######--------------]  30%  1.5 MB/s  ETA 0:05")
    let done = ProgressBar.line(records: 7, bytes: 500, total: 500, elapsed: 1)
    #expect(done == "7 records  [####################]  100%  0.0 MB/s")
  }

  @Test func redrawsAtMostOncePerIntervalAndErasesItselfAtTheEnd() {
    var written: [String] = []
    var time = 0.0
    let bar = ProgressBar(
      totalBytes: 100, interval: 0.2, write: { written.append($0) }, clock: { time })
    bar.update(records: 1, bytes: 10)
    time = 0.1
    bar.update(records: 2, bytes: 20)  // too soon: skipped
    time = 0.3
    bar.update(records: 3, bytes: 30)
    bar.finish()
    #expect(written.count == 3)
    #expect(written[0].hasPrefix("\r1 records"))
    #expect(written[1].hasPrefix("\r3 records"))
    #expect(written.allSatisfy { $0.hasPrefix("\r") && $0.hasSuffix("\u{1B}[K") })
    #expect(written[2] == "\r\u{1B}[K")
  }

  @Test func neverWantedInQuietModeOrWithJSONLogs() {
    #expect(!ProgressBar.isWanted(quiet: true, json: false))
    #expect(!ProgressBar.isWanted(quiet: false, json: true))
    // Under `swift test` stderr is a pipe, not a terminal.
    #expect(!ProgressBar.isWanted(quiet: false, json: false))
  }
}
