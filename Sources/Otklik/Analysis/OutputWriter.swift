public import Foundation

/// A buffered writer to a file handle (stdout by default), so streaming output costs one system call
/// per 64 KiB rather than per row.
public final class OutputWriter {
  private let handle: FileHandle
  private var buffer: [UInt8] = []
  private let capacity = 64 << 10

  /// Creates a writer to `handle`.
  public init(handle: FileHandle = .standardOutput) {
    self.handle = handle
    buffer.reserveCapacity(capacity)
  }

  /// Appends `text`, flushing when the buffer is full.
  public func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= capacity { flush() }
  }

  /// Writes out what is buffered.
  public func flush() {
    guard !buffer.isEmpty else { return }
    handle.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }

  deinit { flush() }
}
