import Foundation
import OtklikIngest

extension RunResult {
  /// What `otklik run` prints on stdout: each file's accounting, the history counts and where the
  /// report is. One line each, so cron mail and `grep` read it easily.
  ///
  /// ```
  /// taste-map.csv: utf-8, ',' — read 346 = accepted 344 + rejected 2
  /// history: 344 new, 0 seen before, 0 updated, 0 read twice
  /// report: reports/20261130-021500 (also reports/latest)
  /// ```
  public func lines(relativeTo base: URL? = nil) -> [String] {
    var lines = files.map { file in
      let name = (file.file as NSString).lastPathComponent
      let delimiter =
        file.delimiter == UInt8(ascii: "\t")
        ? "tab" : "'\(Character(Unicode.Scalar(file.delimiter)))'"
      let bom = file.hadByteOrderMark ? " with BOM" : ""
      return
        "\(name): \(file.encoding.rawValue)\(bom), \(delimiter) — read \(file.read) = accepted \(file.accepted) + rejected \(file.rejected)"
    }
    lines.append("total: read \(read) = accepted \(read - rejected) + rejected \(rejected)")
    if outsidePeriod > 0 {
      lines.append("outside the period: \(outsidePeriod) accepted records not in this report")
    }
    if let history {
      lines.append(
        "history: \(history.new) new, \(history.seen) seen before, \(history.updated) updated, "
          + "\(history.duplicates) read twice")
    }
    for failure in failedFiles { lines.append("not read: \(failure)") }
    let latestURL = folder.deletingLastPathComponent().appendingPathComponent("latest")
    let (shown, latest) =
      base.map {
        (
          DisplayPath.relative(folder.path, to: $0.path),
          DisplayPath.relative(latestURL.path, to: $0.path)
        )
      } ?? (folder.path, latestURL.path)
    lines.append("report: \(shown) (also \(latest))")
    return lines
  }
}
