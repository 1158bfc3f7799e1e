#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a program as a child process and reports its wall time and its own peak memory.
///
/// Why not `Foundation.Process`: it reaps the child itself, so the only memory figure left is
/// `getrusage(RUSAGE_CHILDREN)`, the maximum over every child ever waited for — one big stage would
/// then hide the peaks of all later ones. Here the child is started with `posix_spawn` and reaped
/// with `wait4`, which returns that one child's `ru_maxrss`.
struct ChildProcess {
  /// How one run ended.
  struct Outcome: Sendable {
    /// The exit status (0…255), or `nil` when a signal ended the child.
    var status: Int32?
    /// The signal that ended the child, if one did.
    var signal: Int32?
    /// Wall time from spawn to exit, in seconds.
    var seconds: Double
    /// The child's peak resident set, in bytes.
    var peakResidentBytes: Int
  }

  /// The program: a path, or a bare name looked up in `PATH`.
  var program: String
  /// The arguments after the program name.
  var arguments: [String]
  /// Where the child's standard output and error go (appended); `/dev/null` when `nil`.
  var logPath: String?

  /// Starts the child, waits for it and returns how it ended; throws when it cannot be started.
  func run() throws(BenchmarkError) -> Outcome {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    let log = logPath ?? "/dev/null"
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_APPEND, 0o644)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)

    let argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let clock = ContinuousClock()
    let start = clock.now
    let spawned = argv.withUnsafeBufferPointer { pointers in
      program.contains("/")
        ? posix_spawn(&pid, program, &actions, nil, pointers.baseAddress!, environ)
        : posix_spawnp(&pid, program, &actions, nil, pointers.baseAddress!, environ)
    }
    guard spawned == 0 else {
      throw .stageFailed(
        stage: program, cause: "cannot start: \(String(cString: strerror(spawned)).lowercased())")
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 {
      guard errno == EINTR else {
        throw .stageFailed(stage: program, cause: "wait failed: \(BufferedFileOutput.lastError())")
      }
    }
    let seconds = (clock.now - start).seconds
    let signal = status & 0x7F
    #if os(Linux)
      let peak = Int(usage.ru_maxrss) * 1024  // Linux reports KiB.
    #else
      let peak = Int(usage.ru_maxrss)  // macOS reports bytes.
    #endif
    return Outcome(
      status: signal == 0 ? (status >> 8) & 0xFF : nil, signal: signal == 0 ? nil : signal,
      seconds: seconds,
      peakResidentBytes: peak)
  }
}

extension Duration {
  /// The duration in seconds, as a `Double`.
  public var seconds: Double {
    Double(components.seconds) + Double(components.attoseconds) / 1e18
  }
}
