public import Foundation

/// A run's output folder, written in a hidden temporary folder and moved into place only when
/// complete, so a reader (or a run killed half-way) never sees a partial report.
///
/// Layout under the reports folder: `<run-id>/` for each finished run, `latest` a symbolic link to
/// the newest, `.partial-<run-id>-<pid>/` while a run writes. ``commit()`` renames the partial folder
/// to its final name and then swaps `latest` by renaming a fresh link over it (both atomic on one
/// file system). Partial folders left by killed runs are removed by the next run's ``create(in:runID:)``.
public struct RunFolder: Sendable {
  /// The reports folder that holds every run.
  public let reports: URL
  /// The run's id: its final folder name.
  public let runID: String
  /// Where files are written until ``commit()``.
  public let partial: URL

  /// The folder the run will have once committed.
  public var final: URL { reports.appendingPathComponent(runID, isDirectory: true) }

  /// Creates the reports folder if needed, sweeps stale partial folders, and opens a new partial one.
  ///
  /// - Throws: ``RunFolderError`` when a folder cannot be created.
  public static func create(in reports: URL, runID: String) throws(RunFolderError) -> RunFolder {
    let manager = FileManager.default
    do {
      try manager.createDirectory(at: reports, withIntermediateDirectories: true)
      for name in try manager.contentsOfDirectory(atPath: reports.path)
      where name.hasPrefix(".partial-") {
        try? manager.removeItem(at: reports.appendingPathComponent(name))
      }
      let partial = reports.appendingPathComponent(
        ".partial-\(runID)-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
      try manager.createDirectory(at: partial, withIntermediateDirectories: true)
      return RunFolder(reports: reports, runID: runID, partial: partial)
    } catch {
      throw RunFolderError(
        path: reports.path,
        message: "cannot create the report folder: \(error.localizedDescription)")
    }
  }

  /// Writes one file of the run into the partial folder.
  public func write(_ data: Data, to name: String) throws(RunFolderError) {
    let url = partial.appendingPathComponent(name)
    do {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try data.write(to: url)
    } catch {
      throw RunFolderError(path: url.path, message: "cannot write: \(error.localizedDescription)")
    }
  }

  /// The partial path of a file of the run, for writers that stream into it.
  public func path(of name: String) -> URL { partial.appendingPathComponent(name) }

  /// Moves the finished run into place and points `latest` at it.
  ///
  /// A run folder of the same id (a re-run with the same `--now`) is replaced.
  public func commit() throws(RunFolderError) {
    let manager = FileManager.default
    let final = self.final
    do {
      if manager.fileExists(atPath: final.path) {
        let old = reports.appendingPathComponent(".partial-replaced-\(runID)-\(getpid())")
        try manager.moveItem(at: final, to: old)
        try manager.moveItem(at: partial, to: final)
        try? manager.removeItem(at: old)
      } else {
        try manager.moveItem(at: partial, to: final)
      }
    } catch {
      throw RunFolderError(
        path: final.path, message: "cannot move the run into place: \(error.localizedDescription)")
    }
    let link = reports.appendingPathComponent("latest")
    let fresh = reports.appendingPathComponent(".partial-latest-\(getpid())")
    try? manager.removeItem(at: fresh)
    guard symlink(runID, fresh.path) == 0, rename(fresh.path, link.path) == 0 else {
      let reason = String(cString: strerror(errno))
      throw RunFolderError(path: link.path, message: "cannot point latest at the run: \(reason)")
    }
  }

  /// Removes the partial folder of a run that will not be committed.
  public func discard() {
    try? FileManager.default.removeItem(at: partial)
  }
}

/// A report folder that could not be created, written or moved into place.
public struct RunFolderError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The path involved.
  public var path: String
  /// What went wrong.
  public var message: String

  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }

  public var description: String { "\(path): \(message)" }
}
