import Foundation
import Otklik
import Testing

@Suite struct RunLockTests {
  @Test func aSecondLockIsRefusedUntilTheFirstIsReleased() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("otklik-lock-\(UUID().uuidString)/otklik.lock").path
    let first = try RunLock(path: path)
    #expect(throws: RunLockError.held(path: path, holder: Int(getpid()))) {
      try RunLock(path: path)
    }
    first.release()
    let again = try RunLock(path: path)
    again.release()
  }

  @Test func aLockLeftByAKilledProcessDoesNotBlock() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("otklik-lock-\(UUID().uuidString).lock").path
    // `flock` in a child shell takes the lock, then the child is killed with SIGKILL.
    let child = Process()
    child.executableURL = URL(fileURLWithPath: "/bin/sh")
    child.arguments = ["-c", "exec 9>\(path); flock -n 9 && echo locked && exec sleep 30"]
    let out = Pipe()
    child.standardOutput = out
    try child.run()
    let line = out.fileHandleForReading.availableData
    #expect(String(decoding: line, as: UTF8.self) == "locked\n")
    #expect(throws: RunLockError.self) { try RunLock(path: path) }
    kill(child.processIdentifier, SIGKILL)
    child.waitUntilExit()
    let lock = try RunLock(path: path)
    lock.release()
  }
}
