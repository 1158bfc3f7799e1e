import Foundation
import Otklik
import Testing

@Suite struct RunInterruptionTests {
  @Test func aSignalMakesTheNextCheckThrowWithTheShellStatus() throws {
    let interruption = RunInterruption()
    try interruption.check()
    interruption.trigger(SIGTERM)
    #expect(throws: RunInterrupted(signal: SIGTERM)) { try interruption.check() }
    #expect(RunInterrupted(signal: SIGTERM).exitStatus.rawValue == 143)
    #expect(RunInterrupted(signal: SIGINT).exitStatus.rawValue == 130)
    #expect(
      RunError.interrupted(RunInterrupted(signal: SIGINT)).description
        == "stopped by SIGINT: no report written, history unchanged, lock released")
  }

  @Test func theFirstSignalIsTheOneReported() {
    let interruption = RunInterruption()
    interruption.trigger(SIGINT)
    interruption.trigger(SIGTERM)  // without installed sources a second signal does not exit
    #expect(interruption.receivedSignal == SIGINT)
  }
}
