import Foundation
import OtklikIngest
import OtklikReport

/// Every input file of a run, opened in config order, with what the report needs to know of each
/// source before the first record arrives (a survey's schema).
///
/// Opening reads each header (and a survey's first answers to settle question kinds), so problems
/// with a file — missing, empty, header only — are known before anything is analysed. Such files are
/// listed in ``failures`` and the run goes on with the others.
final class InputPlan: @unchecked Sendable {
  /// Readers in reading order; each is read to the end before the next starts.
  private(set) var readers: [RecordReader] = []
  /// One description per source that has at least one readable file.
  private(set) var sources: [ReportSource] = []
  /// Files (or globs) that could not be opened, with the reason.
  private(set) var failures: [String] = []
  /// What ingest guessed about columns, for the run log.
  private(set) var guesses: [String] = []
  private var current = 0

  init(config: RunConfig) {
    for source in config.sources {
      let files: [String]
      do {
        files = try SourceFiles.expand(source.pattern, source: source.spec.name)
      } catch {
        failures.append(error.description)
        continue
      }
      var schema: SurveySchema?
      for file in files.map({ DisplayPath.relative($0) }) {
        do {
          let reader = try RecordReader(path: file, spec: source.spec)
          if source.spec.kind == .survey, schema == nil { schema = reader.schema }
          readers.append(reader)
          guesses += reader.detection.columns.filter(\.isGuessed).map {
            "\((file as NSString).lastPathComponent): \($0)"
          }
          guesses += reader.detection.unmatchedColumnSpecs.map {
            "\((file as NSString).lastPathComponent): config column '\($0)' matches no header"
          }
        } catch {
          failures.append(error.description)
        }
      }
      if readers.contains(where: { $0.detection.kind == source.spec.kind }) {
        sources.append(ReportSource(name: source.spec.name, kind: source.spec.kind, schema: schema))
      }
    }
  }

  /// The next batch of at most `size` items in reading order, or `nil` at the end of the last file.
  ///
  /// A file's last batch ends with its accounting; a file that fails mid-way ends with the failure.
  func nextBatch(size: Int) -> [InputItem]? {
    var batch: [InputItem] = []
    batch.reserveCapacity(size)
    while batch.count < size, current < readers.count {
      let reader = readers[current]
      do {
        guard let outcome = try reader.next() else {
          batch.append(.fileDone(reader.accounting))
          current += 1
          continue
        }
        switch outcome {
        case .record(let record): batch.append(.record(record))
        case .rejected(let reject): batch.append(.rejected(reject))
        }
      } catch {
        batch.append(.fileFailed(reader.accounting, error.description))
        current += 1
      }
    }
    return batch.isEmpty ? nil : batch
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
