import Foundation

/// How paths are shown to analysts: relative to a folder (the current one by default) when inside
/// it, so reports and run output do not depend on where the checkout lives.
enum DisplayPath {
  /// `path` relative to `base` when it lies inside it, else unchanged.
  static func relative(
    _ path: String, to base: String = FileManager.default.currentDirectoryPath
  ) -> String {
    let prefix = URL(fileURLWithPath: base).standardizedFileURL.path + "/"
    let standard = URL(fileURLWithPath: path).standardizedFileURL.path
    return standard.hasPrefix(prefix) ? String(standard.dropFirst(prefix.count)) : path
  }
}
