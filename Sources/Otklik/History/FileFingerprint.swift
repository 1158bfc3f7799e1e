import Foundation

/// The content hash the history store keeps for each input file, so a later look at the store can
/// tell an export read again unchanged from a new one under the same name.
///
/// A ``StableHash`` of the file's bytes, read in 1 MiB chunks (memory stays flat). It reads the file
/// a second time after ingest has finished with it: sequential I/O, small next to analysis.
public enum FileFingerprint {
  /// The hash of the file at `path`, or `nil` when it cannot be read (the run goes on without it).
  public static func hash(path: String) -> String? {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    var hash = StableHash()
    while true {
      let chunk: Data?
      do { chunk = try handle.read(upToCount: 1 << 20) } catch { return nil }
      guard let chunk, !chunk.isEmpty else { break }  // nil or empty: the end of the file
      hash.combine(chunk)
    }
    return hash.hex
  }
}
