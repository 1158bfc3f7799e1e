import Foundation

/// Runs work on a thread with a large stack.
///
/// Decoding a whole `summary.json` in a debug build nests many large `init(from:)` frames; the
/// threads Swift Testing runs tests on have small stacks, so the decode runs here instead, as it runs
/// on the main thread in `otklik` itself.
enum LargeStack {
  private final class Box<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
  }

  /// The result of `body`, run on a thread with a 64 MB stack.
  static func run<T>(_ body: @escaping @Sendable () throws -> T) throws -> T {
    let box = Box<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      box.result = Result { try body() }
      done.signal()
    }
    thread.stackSize = 64 << 20
    thread.start()
    done.wait()
    return try box.result!.get()
  }
}
