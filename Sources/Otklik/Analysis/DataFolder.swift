public import Foundation

/// Finds the `data` folder that holds `lexicons/` and `taxonomy.yaml`.
///
/// Looked up in order: the `OTKLIK_DATA` environment variable, then `data/` in the current folder
/// and each parent, then `data/` next to the executable and its parents (so a built binary run
/// from anywhere inside the checkout finds the checked-in files).
public enum DataFolder {
  /// The marker file a data folder must contain.
  static let marker = "lexicons/modifiers.tsv"

  /// The data folder, or ``AnalysisError/dataFolderNotFound(searched:)``.
  public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment)
    throws(AnalysisError) -> URL
  {
    var searched: [String] = []
    if let explicit = environment["OTKLIK_DATA"], !explicit.isEmpty {
      let url = URL(fileURLWithPath: explicit)
      if isDataFolder(url) { return url }
      searched.append(explicit)
    }
    let starts = [
      URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
      URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        .deletingLastPathComponent(),
    ]
    for start in starts {
      var folder = start.standardizedFileURL
      while true {
        let candidate = folder.appendingPathComponent("data")
        if isDataFolder(candidate) { return candidate }
        searched.append(candidate.path)
        let parent = folder.deletingLastPathComponent()
        if parent.path == folder.path { break }
        folder = parent
      }
    }
    throw .dataFolderNotFound(searched: Array(searched.prefix(3)))
  }

  private static func isDataFolder(_ url: URL) -> Bool {
    FileManager.default.fileExists(atPath: url.appendingPathComponent(marker).path)
  }
}
