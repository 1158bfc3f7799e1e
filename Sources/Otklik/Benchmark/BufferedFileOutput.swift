#if canImport(Glibc)
  import Glibc
  private let systemWrite = Glibc.write
  private let systemClose = Glibc.close
#elseif canImport(Darwin)
  import Darwin
  private let systemWrite = Darwin.write
  private let systemClose = Darwin.close
#endif

/// A file written through a fixed 1 MiB buffer with plain `write(2)` calls.
///
/// The generator appends bytes directly to ``buffer`` and calls ``flushIfFull()`` once per row: no
/// `Data`, no `FileHandle`, no copy beyond the one into the kernel. Write errors are kept until the
/// next throwing call (``flushIfFull()`` or ``close()``) so that appending stays non-throwing.
final class BufferedFileOutput {
  /// The path written.
  let path: String
  /// Bytes waiting to be written; append to it freely.
  var buffer: [UInt8] = []
  /// Bytes written so far, including those still in ``buffer``.
  var bytesWritten: Int { flushed + buffer.count }

  private let descriptor: Int32
  private var flushed = 0
  private var isClosed = false
  private static let capacity = 1 << 20

  /// Creates or truncates the file at `path`.
  init(path: String) throws(BenchmarkError) {
    self.path = path
    descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { throw .io(path: path, cause: Self.lastError()) }
    buffer.reserveCapacity(Self.capacity + (64 << 10))
  }

  deinit {
    if !isClosed { _ = systemClose(descriptor) }
  }

  /// Writes the buffer out once it holds 1 MiB or more.
  func flushIfFull() throws(BenchmarkError) {
    if buffer.count >= Self.capacity { try flush() }
  }

  /// Writes out everything buffered.
  func flush() throws(BenchmarkError) {
    var offset = 0
    while offset < buffer.count {
      let written = buffer.withUnsafeBytes { bytes in
        systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw .io(path: path, cause: Self.lastError())
      }
      offset += written
    }
    flushed += buffer.count
    buffer.removeAll(keepingCapacity: true)
  }

  /// Flushes and closes the file.
  func close() throws(BenchmarkError) {
    try flush()
    isClosed = true
    if systemClose(descriptor) != 0 { throw .io(path: path, cause: Self.lastError()) }
  }

  /// The current `errno` as lowercase text.
  static func lastError() -> String {
    String(cString: strerror(errno)).lowercased()
  }
}
