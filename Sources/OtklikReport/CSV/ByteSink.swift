public import Foundation

/// Where a streaming writer puts its bytes: memory (`Data`) or a file (``FileHandleSink``).
public protocol ByteSink {
  /// Appends `bytes`.
  mutating func write(_ bytes: [UInt8]) throws
  /// Pushes buffered bytes to their destination.
  mutating func flush() throws
}

extension Data: ByteSink {
  /// Appends `bytes` to the data.
  public mutating func write(_ bytes: [UInt8]) { append(contentsOf: bytes) }
  /// Nothing to push: the data is the destination.
  public mutating func flush() {}
}

/// A buffered sink over an open `FileHandle`; the caller owns the handle (opens, closes, renames).
public struct FileHandleSink: ByteSink {
  /// The handle written to.
  public let handle: FileHandle
  /// Bytes collected before one write call.
  public let capacity: Int
  private var buffer: [UInt8] = []

  /// Creates a sink writing to `handle` in blocks of `capacity` bytes (default 64 KiB).
  public init(handle: FileHandle, capacity: Int = 64 << 10) {
    self.handle = handle
    self.capacity = capacity
    buffer.reserveCapacity(capacity)
  }

  /// Buffers `bytes`, writing a block when the buffer is full.
  public mutating func write(_ bytes: [UInt8]) throws {
    buffer += bytes
    if buffer.count >= capacity { try flush() }
  }

  /// Writes what is buffered.
  public mutating func flush() throws {
    guard !buffer.isEmpty else { return }
    try handle.write(contentsOf: buffer)
    buffer.removeAll(keepingCapacity: true)
  }
}
