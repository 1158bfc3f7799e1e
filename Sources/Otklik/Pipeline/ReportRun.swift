import Foundation
public import Logging
import OtklikBrief
import OtklikIngest
import OtklikReport
import OtklikText

/// One `otklik run`: every configured source through ingest, analysis and aggregation into a
/// complete report folder, under a lock, with history.
///
/// The order of things is what makes it safe to schedule:
/// 1. take the lock (a second run exits at once);
/// 2. load lexicons and taxonomy, open every input file (bad config or data stops here, before any
///    output is touched);
/// 3. stream records through ``OrderedBatchProcessor`` — reading on one thread, analysis on
///    `threads` threads, history lookups, aggregation and `tagged.csv`/`rejects.csv` on this one, in
///    file order — into a partial run folder;
/// 4. render the summary, move the folder into place and point `latest` at it;
/// 5. commit the run's history transaction.
/// A run that dies anywhere before 4 leaves the previous report and the history as they were.
/// SIGINT and SIGTERM (through ``interruption``) are checked between batches and before 4: the run
/// then unwinds like a failed one and throws ``RunError/interrupted(_:)``.
public struct ReportRun: Sendable {
  /// The parsed config.
  public var config: RunConfig
  /// Clock, threads, language, period, history.
  public var options: RunOptions
  /// Where progress and warnings go.
  public var logger: Logger
  /// The SIGINT/SIGTERM flag, checked between batches and before the commit; `nil` in library use.
  public var interruption: RunInterruption?
  /// Whether to draw a ``ProgressBar`` on stderr (a terminal, not `--quiet`, not JSON logs).
  public var showsProgress = false
  /// Where to stop and wait, for crash-safety tests only.
  public var pauses = RunPauses()

  public init(config: RunConfig, options: RunOptions, logger: Logger) {
    self.config = config
    self.options = options
    self.logger = logger
  }

  /// The lock file: next to the history store, so runs sharing a history never overlap.
  public var lockPath: String { config.historyPath.path + ".lock" }

  /// Runs the whole job.
  ///
  /// - Throws: ``RunError`` when no report could be written; a report with rejected records or
  ///   unreadable files is a result, judged by ``RunResult/exitStatus``.
  public func execute() throws(RunError) -> RunResult {
    let lock: RunLock
    do { lock = try RunLock(path: lockPath) } catch { throw .locked(error) }
    defer { lock.release() }

    let analyzer: TextAnalyzer
    do {
      analyzer = try AnalyzerLoader(
        dataFolder: try DataFolder.locate(), extraLexicons: config.lexiconFiles,
        extraTaxonomies: config.taxonomyFiles, settings: config.sentimentThresholds.applied()
      ).load()
    } catch { throw .analysis(error) }
    // Briefs need the library's resources and ideas; a data folder without them (a custom one)
    // runs without briefs, and says so. A broken file stops the run like a broken lexicon.
    var briefs: BriefData?
    do { briefs = try BriefData.load(for: config, taxonomy: analyzer.taxonomy) } catch {
      guard error.exitStatus == .noInput else { throw .briefs(error) }
      logger.warning("no partnership briefs: \(error)")
    }
    do { try interruption?.check() } catch { throw .interrupted(error) }

    let plan = InputPlan(config: config)
    for failure in plan.failures { logger.error("\(failure)") }
    for guess in plan.guesses { logger.info("\(guess)") }
    guard !plan.files.isEmpty else { throw .noInput(plan.failures) }

    let history: HistoryStore?
    do {
      history = options.usesHistory ? try HistoryStore(path: config.historyPath.path) : nil
      // The history's run key is unique per execution: a re-run with the same --now (and so the
      // same folder name) must still see the earlier run's records as seen, not as read twice.
      try history?.begin(run: "\(options.runID)/\(UUID().uuidString)", startedAt: options.now)
    } catch { throw .history(error) }

    let folder: RunFolder
    do {
      folder = try RunFolder.create(in: config.outputDirectory, runID: options.runID)
    } catch {
      history?.rollback()
      throw .output(error)
    }
    let result: RunResult
    do throws(RunError) {
      result = try stream(plan, analyzer: analyzer, briefs: briefs, history: history, into: folder)
      if pauses.beforeCommit { pauses.pause("before commit", interruption: interruption) }
      do { try interruption?.check() } catch { throw RunError.interrupted(error) }
      do { try folder.commit() } catch { throw RunError.output(error) }
    } catch {
      folder.discard()
      history?.rollback()
      throw error
    }
    if let counts = result.history {
      do { try history?.commit(counts, finishedAt: Date()) } catch { throw .history(error) }
    }
    // Warnings, so that `--quiet` cron jobs still mail them; only once the report is in place.
    for alert in result.alerts { logger.warning("alert: \(alert)") }
    return result
  }

  private var metadata: RunMetadata {
    let language = options.language ?? ReportLanguage(rawValue: config.language) ?? .ru
    return RunMetadata(
      runID: options.runID, now: options.now, language: language, title: config.title,
      sentiment: config.sentimentThresholds)
  }

  /// Streams every record into the partial folder and writes the report files there.
  private func stream(
    _ plan: InputPlan, analyzer: TextAnalyzer, briefs: BriefData?, history: HistoryStore?,
    into folder: RunFolder
  ) throws(RunError) -> RunResult {
    let metadata = self.metadata
    let csvOptions = CSVOptions.defaults(for: metadata.language)
    var aggregate = ReportAggregate(sources: plan.sources, metadata: metadata)
    var counts = HistoryCounts()
    var files: [FileAccounting] = []
    var failedFiles: [String] = plan.failures
    var outsidePeriod = 0
    let analysis = RecordAnalysis(
      analyzer: analyzer, sources: plan.sources, computesFacts: history != nil,
      rows: TaggedRowFormatter(
        options: csvOptions, sources: plan.sources, language: metadata.language))
    let batchSize = options.batchSize
    let period = options.period
    let interruption = self.interruption
    let meter = ReadMeter(plan: plan)
    let progress = showsProgress ? ProgressBar(totalBytes: meter.totalBytes) : nil
    defer { progress?.finish() }
    var batches = 0
    var records = 0
    var alerts: [TrendAlert] = []
    do {
      var tagged = TaggedCSVWriter(
        sink: try Self.sink(folder.path(of: ReportFiles.taggedName)), options: csvOptions,
        sources: plan.sources, language: metadata.language)
      var rejects = RejectsCSVWriter(
        sink: try Self.sink(folder.path(of: ReportFiles.rejectsName)), options: csvOptions,
        language: metadata.language)
      try OrderedBatchProcessor(threads: options.threads).run(
        produce: {
          try interruption?.check()
          return plan.nextBatch(size: batchSize).map { ($0, meter.bytesRead(after: $0)) }
        },
        transform: { (analysis($0.0), $0.1) },
        consume: { batch in
          let (items, bytesRead) = batch
          try interruption?.check()
          for item in items {
            switch item {
            case .record(let analysed, let facts, let rows):
              records += 1
              if let facts, let history {
                let novelty = try history.classify(facts)
                counts.add(novelty)
                if novelty == .duplicate { continue }
              }
              if let period, !(Self.date(of: analysed.record).map(period.contains) ?? false) {
                outsidePeriod += 1
                continue
              }
              aggregate.add(analysed)
              try tagged.write(rows: rows)
            case .rejected(let reject):
              records += 1
              aggregate.add(reject)
              try rejects.write(reject)
            case .fileDone(let accounting):
              aggregate.add(accounting)
              files.append(accounting)
              if let history {
                try history.addFile(
                  source: accounting.file, path: accounting.file, size: accounting.bytes,
                  contentHash: FileFingerprint.hash(path: accounting.file) ?? "",
                  records: accounting.read)
              }
            case .fileFailed(let accounting, let reason):
              aggregate.add(accounting)
              files.append(accounting)
              failedFiles.append(reason)
            }
          }
          batches += 1
          progress?.update(records: records, bytes: bytesRead)
          if batches == pauses.afterBatches {
            pauses.pause("after \(batches) batches", interruption: interruption)
          }
        })
      progress?.finish()
      try tagged.finish()
      try rejects.finish()
      let catalog = TagCatalog(taxonomy: analyzer.taxonomy)
      var summary = aggregate.summary(metadata: metadata, catalog: catalog)
      if let history {
        let trends = try TrendAnalysis(
          period: period ?? TrendAnalysis.defaultPeriod(now: options.now), catalog: catalog,
          language: metadata.language
        ).summarize(history)
        summary.trends = trends.trends
        summary.alerts = trends.alerts
        alerts = trends.alerts
      }
      let written =
        try briefs?.writeBriefs(summary, language: metadata.language, into: folder.partial)
      summary.briefs = written?.map {
        BriefLink(company: $0.company, path: "briefs/\($0.slug)", proposes: $0.status == .proposals)
      }
      try ReportFiles(summary: summary).write(to: folder.partial)
    } catch let error as RunError {
      throw error
    } catch let error as RunInterrupted {
      throw .interrupted(error)
    } catch let error as HistoryError {
      throw .history(error)
    } catch {
      throw .output(RunFolderError(path: folder.partial.path, message: "\(error)"))
    }
    return RunResult(
      folder: folder.final, files: files, failedFiles: failedFiles,
      history: history == nil ? nil : counts, outsidePeriod: outsidePeriod,
      guesses: plan.guesses, maxRejectShare: config.maxRejectShare, alerts: alerts)
  }

  /// The date a record is filed under for `--period`: a review's date, a survey's timestamp.
  private static func date(of record: Record) -> Date? {
    switch record.content {
    case .review(let review): review.date
    case .survey(let response): response.timestamp
    }
  }

  private static func sink(_ url: URL) throws -> FileHandleSink {
    guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
      throw RunFolderError(path: url.path, message: "cannot create file")
    }
    return FileHandleSink(handle: try FileHandle(forWritingTo: url))
  }
}

/// Counts the bytes the reader thread has read so far, for the progress bar.
///
/// Used on the reader thread only (inside `produce`): files that ended count their bytes read, the
/// file being read its reader's position.
private final class ReadMeter: @unchecked Sendable {
  private let plan: InputPlan
  private var finishedBytes = 0
  /// The input files' total size on disk.
  let totalBytes: Int

  init(plan: InputPlan) {
    self.plan = plan
    totalBytes = plan.files.reduce(0) { $0 + $1.size }
  }

  /// The bytes read once `batch` has been produced.
  func bytesRead(after batch: [InputItem]) -> Int {
    for item in batch {
      switch item {
      case .fileDone(let accounting), .fileFailed(let accounting, _):
        finishedBytes += accounting.bytes
      case .record, .rejected: continue
      }
    }
    return finishedBytes + plan.bytesReadInCurrentFile
  }
}
