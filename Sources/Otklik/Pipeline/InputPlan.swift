import Foundation
import OtklikIngest
import OtklikReport

/// Every input file of a run, in config order, with what the report needs to know of each source
/// before the first record arrives (a survey's schema).
///
/// Planning opens each file once to read its header (and a survey's first answers to settle question
/// kinds), so problems with a file — missing, empty, header only — are known before anything is
/// analysed; such files are listed in ``failures`` and the run goes on with the others. It then closes
/// the file again: reading opens one file at a time, so memory and file descriptors do not grow with
/// the number of exports a run reads (years of daily files in one glob).
final class InputPlan: @unchecked Sendable {
  /// A readable input file.
  struct File {
    /// The path as reports show it.
    let path: String
    /// How to read it.
    let spec: SourceSpec
    /// What planning found in its header.
    let detection: FileDetection
    /// Its size on disk when planned.
    let size: Int
  }

  /// The readable files in reading order; each is read to the end before the next is opened.
  private(set) var files: [File] = []
  /// One description per source that has at least one readable file.
  private(set) var sources: [ReportSource] = []
  /// Files (or globs) that could not be opened, with the reason.
  private(set) var failures: [String] = []
  /// What ingest guessed about columns, for the run log.
  private(set) var guesses: [String] = []
  private var current = 0
  /// The reader of `files[current]`, once reading it has begun.
  private var reader: RecordReader?

  init(config: RunConfig) {
    for source in config.sources {
      let paths: [String]
      do {
        paths = try SourceFiles.expand(source.pattern, source: source.spec.name)
      } catch {
        failures.append(error.description)
        continue
      }
      var schema: SurveySchema?
      var readable = false
      for path in paths.map({ DisplayPath.relative($0) }) {
        do {
          let reader = try RecordReader(path: path, spec: source.spec)
          if source.spec.kind == .survey, schema == nil { schema = reader.schema }
          let size = try? FileManager.default.attributesOfItem(atPath: path)[.size]
          files.append(
            File(
              path: path, spec: source.spec, detection: reader.detection,
              size: (size as? NSNumber)?.intValue ?? 0))
          readable = readable || reader.detection.kind == source.spec.kind
          let name = (path as NSString).lastPathComponent
          guesses += reader.detection.columns.filter(\.isGuessed).map { "\(name): \($0)" }
          guesses += reader.detection.unmatchedColumnSpecs.map {
            "\(name): config column '\($0)' matches no header"
          }
        } catch {
          failures.append(error.description)
        }
      }
      if readable {
        sources.append(ReportSource(name: source.spec.name, kind: source.spec.kind, schema: schema))
      }
    }
  }

  /// The bytes read so far from the file being read (0 between files).
  var bytesReadInCurrentFile: Int { reader?.accounting.bytes ?? 0 }

  /// The next batch of at most `size` items in reading order, or `nil` at the end of the last file.
  ///
  /// A file's last batch ends with its accounting; a file that fails mid-way (or can no longer be
  /// opened) ends with the failure.
  func nextBatch(size: Int) -> [InputItem]? {
    var batch: [InputItem] = []
    batch.reserveCapacity(size)
    while batch.count < size, current < files.count {
      let file = files[current]
      do {
        if reader == nil { reader = try RecordReader(path: file.path, spec: file.spec) }
        guard let outcome = try reader!.next() else {
          batch.append(.fileDone(reader!.accounting))
          finishFile()
          continue
        }
        switch outcome {
        case .record(let record): batch.append(.record(record))
        case .rejected(let reject): batch.append(.rejected(reject))
        }
      } catch {
        batch.append(
          .fileFailed(reader?.accounting ?? Self.emptyAccounting(file), error.description))
        finishFile()
      }
    }
    return batch.isEmpty ? nil : batch
  }

  /// Closes the file being read and moves to the next.
  private func finishFile() {
    reader = nil
    current += 1
  }

  /// The accounting of a file that could not be opened again: nothing read.
  private static func emptyAccounting(_ file: File) -> FileAccounting {
    FileAccounting(
      file: file.path, encoding: file.detection.format.encoding,
      hadByteOrderMark: file.detection.format.hadByteOrderMark,
      delimiter: file.detection.format.delimiter, read: 0, accepted: 0, rejected: 0, bytes: 0)
  }
}

/// One item of the input stream, in file order.
enum InputItem: Sendable {
  case record(Record)
  case rejected(Reject)
  /// A file was read to its end.
  case fileDone(FileAccounting)
  /// A file stopped part-way; its accounting covers what was read.
  case fileFailed(FileAccounting, String)
}
