public import Foundation
public import OtklikText

/// Builds a ``TextAnalyzer`` from the files of a data folder plus an analyst's extra files.
///
/// This is the only place that reads lexicon files: it hands their text to the `OtklikText` parsers,
/// which do no I/O. Lexicons load in this order, a later file overriding an earlier one term by term:
/// `ru.tsv`, `en.tsv`, `emoji.tsv` (each skipped when absent), `ru-extra.tsv`, `en-extra.tsv`, then
/// the extra files given. `modifiers.tsv` is required. The taxonomy is `taxonomy.yaml` (when present)
/// merged with the extra taxonomy files.
public struct AnalyzerLoader: Sendable {
  /// The lexicon files of a data folder, in load order.
  public static let lexiconFiles = [
    "ru.tsv", "en.tsv", "emoji.tsv", "ru-extra.tsv", "en-extra.tsv",
  ]

  /// The data folder.
  public var dataFolder: URL
  /// Extra lexicon files (paths), loaded after the data folder's.
  public var extraLexicons: [URL]
  /// Extra taxonomy files (paths), merged on top of the data folder's.
  public var extraTaxonomies: [URL]
  /// The sentiment settings.
  public var settings: SentimentSettings
  /// Whether the analyser proposes key phrases.
  public var keyPhrases: Bool

  /// Creates a loader for `dataFolder` (see ``DataFolder/locate(environment:)``).
  public init(
    dataFolder: URL, extraLexicons: [URL] = [], extraTaxonomies: [URL] = [],
    settings: SentimentSettings = SentimentSettings(), keyPhrases: Bool = true
  ) {
    self.dataFolder = dataFolder
    self.extraLexicons = extraLexicons
    self.extraTaxonomies = extraTaxonomies
    self.settings = settings
    self.keyPhrases = keyPhrases
  }

  /// Reads and parses every file and builds the analyser.
  public func load() throws(AnalysisError) -> TextAnalyzer {
    let folder = dataFolder.appendingPathComponent("lexicons")
    var lexicons: [Lexicon] = []
    for name in Self.lexiconFiles {
      let url = folder.appendingPathComponent(name)
      guard FileManager.default.fileExists(atPath: url.path) else { continue }
      lexicons.append(try parseLexicon(at: url))
    }
    for url in extraLexicons { lexicons.append(try parseLexicon(at: url)) }
    let modifiersURL = folder.appendingPathComponent("modifiers.tsv")
    let modifiers: Modifiers
    do {
      modifiers = try Modifiers.parse(
        try Self.read(modifiersURL), file: modifiersURL.lastPathComponent)
    } catch let error as LexiconError {
      throw .lexicon(error)
    } catch let error as AnalysisError {
      throw error
    } catch {
      throw .unreadable(path: modifiersURL.path, cause: "\(error)")
    }
    return TextAnalyzer(
      lexicons: lexicons, modifiers: modifiers, russian: Stemmers.russian,
      english: Stemmers.english,
      settings: settings, taxonomy: try loadTaxonomy(), keyPhrases: keyPhrases)
  }

  /// The data folder's taxonomy merged with the extra files; nil when there is none at all.
  private func loadTaxonomy() throws(AnalysisError) -> Taxonomy? {
    var urls = extraTaxonomies
    let main = dataFolder.appendingPathComponent("taxonomy.yaml")
    if FileManager.default.fileExists(atPath: main.path) { urls.insert(main, at: 0) }
    var taxonomy: Taxonomy?
    for url in urls {
      let contents = try Self.read(url)
      do {
        let parsed = try Taxonomy(yaml: contents, file: url.lastPathComponent)
        if let base = taxonomy { taxonomy = try base.merging(parsed) } else { taxonomy = parsed }
      } catch {
        throw .taxonomy(path: url.path, cause: error.description)
      }
    }
    return taxonomy
  }

  private func parseLexicon(at url: URL) throws(AnalysisError) -> Lexicon {
    let contents = try Self.read(url)
    do {
      return try Lexicon.parse(contents, file: url.lastPathComponent)
    } catch {
      throw .lexicon(error)
    }
  }

  /// The UTF-8 text of a file, or ``AnalysisError/unreadable(path:cause:)``.
  static func read(_ url: URL) throws(AnalysisError) -> String {
    do {
      return try String(contentsOf: url, encoding: .utf8)
    } catch {
      throw .unreadable(path: url.path, cause: (error as NSError).localizedDescription.lowercased())
    }
  }
}

extension AnalyzerLoader {
  /// Loads the analyser from the located data folder (see ``DataFolder``) plus `extraLexicons`.
  ///
  /// `thresholds` overrides the positive and negative thresholds when given.
  public static func standard(
    extraLexicons: [String] = [], thresholds: (positive: Double?, negative: Double?) = (nil, nil)
  ) throws(AnalysisError) -> TextAnalyzer {
    let folder = try DataFolder.locate()
    var settings = SentimentSettings()
    if let positive = thresholds.positive { settings.positiveThreshold = positive }
    if let negative = thresholds.negative { settings.negativeThreshold = negative }
    return try AnalyzerLoader(
      dataFolder: folder, extraLexicons: extraLexicons.map { URL(fileURLWithPath: $0) },
      settings: settings
    ).load()
  }
}
