#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file (or standard input, for the path `-`) read in pieces through plain POSIX calls.
///
/// Why not `FileHandle`: the reader appends straight into its own reusable buffers and needs
/// `errno` to tell a missing file from a directory or a permission problem.
final class ByteSource {
  /// The path as given; `-` is standard input.
  let path: String
  /// Bytes read so far.
  private(set) var bytesRead = 0
  private let descriptor: Int32
  private let ownsDescriptor: Bool

  /// Opens `path` for reading, rejecting missing files and directories with their own errors.
  init(path: String) throws(IngestError) {
    self.path = path
    if path == "-" {
      descriptor = 0
      ownsDescriptor = false
      return
    }
    var info = stat()
    guard stat(path, &info) == 0 else {
      let code = errno
      if code == ENOENT || code == ENOTDIR { throw .fileNotFound(path: path) }
      throw .unreadable(path: path, cause: Self.explain(code))
    }
    if (info.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory(path: path) }
    let opened = open(path, O_RDONLY)
    guard opened >= 0 else { throw .unreadable(path: path, cause: Self.explain(errno)) }
    descriptor = opened
    ownsDescriptor = true
  }

  deinit {
    if ownsDescriptor { close(descriptor) }
  }

  /// Appends up to `maxCount` bytes to `buffer`; returns how many were appended, 0 at end of file.
  func read(appendingTo buffer: inout [UInt8], maxCount: Int) throws(IngestError) -> Int {
    let oldCount = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: maxCount))
    var got = 0
    while true {
      got = buffer.withUnsafeMutableBytes { raw in
        systemRead(descriptor, raw.baseAddress! + oldCount, maxCount)
      }
      if got >= 0 || errno != EINTR { break }
    }
    guard got >= 0 else {
      buffer.removeLast(maxCount)
      throw .unreadable(path: path, cause: Self.explain(errno))
    }
    buffer.removeLast(maxCount - got)
    bytesRead += got
    return got
  }

  /// The system's lowercase explanation of an `errno` value.
  private static func explain(_ code: Int32) -> String {
    String(cString: strerror(code)).lowercased()
  }
}

/// `read(2)`, named apart from ``ByteSource/read(appendingTo:maxCount:)``.
private func systemRead(_ descriptor: Int32, _ target: UnsafeMutableRawPointer, _ count: Int) -> Int
{
  #if canImport(Glibc)
    return Glibc.read(descriptor, target, count)
  #else
    return Darwin.read(descriptor, target, count)
  #endif
}
