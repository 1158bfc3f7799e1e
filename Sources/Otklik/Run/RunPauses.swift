import Foundation

/// Points where a run stops and waits, so tests can kill it (SIGKILL, SIGTERM) at a known stage.
///
/// Set only by the hidden `otklik run` flags `--pause-after-batches N` and `--pause-before-commit`,
/// which exist for the end-to-end tests of crash safety: a test waits for the `paused …` line on
/// stderr, then sends its signal. A paused run waits until SIGINT or SIGTERM (then unwinds cleanly)
/// or until it is killed. Nothing else reads these.
public struct RunPauses: Sendable, Hashable {
  /// Pause once this many batches have been consumed (records analysed, history rows written,
  /// `tagged.csv` partly written).
  public var afterBatches: Int?
  /// Pause with every report file written in the partial folder, just before it moves into place.
  public var beforeCommit: Bool

  public init(afterBatches: Int? = nil, beforeCommit: Bool = false) {
    self.afterBatches = afterBatches
    self.beforeCommit = beforeCommit
  }

  /// Prints `otklik: paused <stage> (pid N)` on stderr and waits for `interruption` (or death).
  ///
  /// Without an interruption to wait for, it waits until the process is killed.
  func pause(_ stage: String, interruption: RunInterruption?) {
    FileHandle.standardError.write(
      Data("otklik: paused \(stage) (pid \(ProcessInfo.processInfo.processIdentifier))\n".utf8))
    while interruption?.receivedSignal == nil { usleep(20_000) }
  }
}
