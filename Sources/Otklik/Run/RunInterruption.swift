import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns SIGINT and SIGTERM into a clean stop of a run: the run checks ``check()`` between batches
/// and before it commits, and unwinds as if it had failed (partial folder removed, history
/// transaction rolled back, lock released).
///
/// Why a flag and not a handler that exits: the cleanup must run on the thread that owns the
/// history store and the partial folder, and a signal handler may do almost nothing safely. The
/// signals are ignored at the process level and delivered to a `DispatchSource` instead, whose
/// handler only records which signal came. A second signal while the run is unwinding ends the
/// process at once (`_exit` with 128 + the signal): the partial folder is then swept by the next run
/// and SQLite rolls the open transaction back, exactly as after SIGKILL.
public final class RunInterruption: @unchecked Sendable {
  private let lock = NSLock()
  private var received: Int32?
  private var sources: [any DispatchSourceSignal] = []

  /// A flag no signal sets; ``trigger(_:)`` sets it (tests, and the signal sources).
  public init() {}

  /// Starts listening for SIGINT and SIGTERM.
  public static func install() -> RunInterruption {
    let interruption = RunInterruption()
    var sources: [any DispatchSourceSignal] = []
    for number in [SIGINT, SIGTERM] {
      _ = signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(
        signal: number, queue: DispatchQueue.global(qos: .userInitiated))
      source.setEventHandler { [interruption] in interruption.trigger(number) }
      sources.append(source)
    }
    interruption.lock.lock()
    interruption.sources = sources
    interruption.lock.unlock()
    for source in sources { source.resume() }
    return interruption
  }

  /// Records that `number` arrived; a second arrival ends the process at once.
  public func trigger(_ number: Int32) {
    lock.lock()
    let isSecond = received != nil
    if !isSecond { received = number }
    let isInstalled = !sources.isEmpty
    lock.unlock()
    if isSecond && isInstalled { _exit(128 + number) }
  }

  /// The first signal received, if any.
  public var receivedSignal: Int32? {
    lock.lock()
    defer { lock.unlock() }
    return received
  }

  /// Throws when a signal has arrived.
  public func check() throws(RunInterrupted) {
    if let receivedSignal { throw RunInterrupted(signal: receivedSignal) }
  }
}

/// A run stopped by SIGINT or SIGTERM before it committed anything.
public struct RunInterrupted: Error, Sendable, Hashable, CustomStringConvertible {
  /// The signal number.
  public var signal: Int32

  public init(signal: Int32) { self.signal = signal }

  /// `SIGINT`, `SIGTERM` or `signal N`.
  public var name: String {
    switch signal {
    case SIGINT: "SIGINT"
    case SIGTERM: "SIGTERM"
    default: "signal \(signal)"
    }
  }

  /// 130 for SIGINT, 143 for SIGTERM: the shell's 128 + signal, so cron and scripts see the cause.
  public var exitStatus: ExitStatus { signal == SIGINT ? .interrupted : .terminated }

  public var description: String {
    "stopped by \(name): no report written, history unchanged, lock released"
  }
}
