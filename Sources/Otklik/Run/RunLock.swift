import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An exclusive lock on a file, so two runs over the same reports and history never overlap.
///
/// It is an `flock(2)` lock: the kernel releases it when the process ends however it ends (SIGKILL
/// included), so a lock file left behind by a killed run never blocks the next one. The file itself
/// stays; only the lock on it matters. Hold the value for the whole run; ``release()`` (or the end of
/// the process) lets the next run in.
public final class RunLock: Sendable {
  /// The lock file.
  public let path: String
  private let descriptor: Int32

  /// Takes the lock without waiting.
  ///
  /// - Throws: ``RunLockError/held`` when another process holds it, ``RunLockError/cannotOpen``
  ///   when the lock file cannot be created.
  public init(path: String) throws(RunLockError) {
    self.path = path
    let folder = (path as NSString).deletingLastPathComponent
    if !folder.isEmpty {
      try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
    }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      let holder = Self.holder(descriptor)
      close(descriptor)
      throw .held(path: path, holder: holder)
    }
    ftruncate(descriptor, 0)
    let note = "\(getpid())\n"
    _ = note.withCString { write(descriptor, $0, strlen($0)) }
    self.descriptor = descriptor
  }

  /// Releases the lock; safe to call once. Also released when the process ends.
  public func release() {
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }

  /// The process id the holder wrote into the file, for the message.
  private static func holder(_ descriptor: Int32) -> Int? {
    var buffer = [UInt8](repeating: 0, count: 32)
    let count = pread(descriptor, &buffer, buffer.count, 0)
    guard count > 0 else { return nil }
    return Int(
      String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(
        in: .whitespacesAndNewlines))
  }
}

/// Why a run could not take its lock.
public enum RunLockError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Another run holds the lock.
  case held(path: String, holder: Int?)
  /// The lock file could not be opened or created.
  case cannotOpen(path: String, reason: String)

  public var description: String {
    switch self {
    case .held(let path, let holder):
      let who = holder.map { "process \($0)" } ?? "another process"
      return "another run is in progress (\(who) holds \(path)); try again later"
    case .cannotOpen(let path, let reason):
      return "\(path): cannot open the lock file: \(reason.lowercased())"
    }
  }
}
