import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Expands a source's path or glob into the files it names, sorted so runs are repeatable.
public enum SourceFiles {
  /// The files matching `pattern` (a path, or a glob with `*`, `?` or `[...]`), sorted by path.
  ///
  /// - Throws: ``SourceFilesError`` when nothing matches, naming the source and the pattern.
  public static func expand(_ pattern: String, source: String) throws(SourceFilesError) -> [String]
  {
    guard pattern.contains(where: { "*?[".contains($0) }) else {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: pattern, isDirectory: &isDirectory) else {
        throw SourceFilesError(source: source, pattern: pattern, message: "no such file")
      }
      guard !isDirectory.boolValue else {
        throw SourceFilesError(
          source: source, pattern: pattern,
          message: "is a directory: name the files, e.g. \(pattern)/*.csv")
      }
      return [pattern]
    }
    var matches = glob_t()
    defer { globfree(&matches) }
    guard glob(pattern, 0, nil, &matches) == 0 else {
      throw SourceFilesError(source: source, pattern: pattern, message: "no file matches")
    }
    var paths: [String] = []
    for index in 0..<Int(matches.gl_pathc) {
      if let path = matches.gl_pathv[index] { paths.append(String(cString: path)) }
    }
    let files = paths.filter { path in
      var isDirectory: ObjCBool = false
      return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        && !isDirectory.boolValue
    }
    guard !files.isEmpty else {
      throw SourceFilesError(source: source, pattern: pattern, message: "no file matches")
    }
    return files.sorted()
  }
}

/// A source whose path or glob names no readable file.
public struct SourceFilesError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The source's name in the config.
  public var source: String
  /// The path or glob, resolved.
  public var pattern: String
  /// What is wrong.
  public var message: String

  public init(source: String, pattern: String, message: String) {
    self.source = source
    self.pattern = pattern
    self.message = message
  }

  public var description: String { "source '\(source)': \(pattern): \(message)" }
}
