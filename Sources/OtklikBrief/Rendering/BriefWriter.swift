public import Foundation
public import OtklikReport

/// Writes the briefs of a run: for every company `briefs/<slug>.md`, `.html` and `.json`, plus
/// `briefs/index.md` listing them. The one entry point the pipeline calls.
///
/// Rendering is pure (``files(for:catalog:language:)``); ``write(_:to:)`` only writes into the folder
/// it is given, so the pipeline keeps owning run folders and atomic renames.
public struct BriefWriter: Sendable {
  /// The library's resources.
  public var resources: LibraryResources
  /// The ideas and the ranking's settings.
  public var ideas: PartnershipIdeas

  /// The folder the briefs go to inside a run folder.
  public static let folderName = "briefs"

  /// Creates a writer.
  public init(resources: LibraryResources, ideas: PartnershipIdeas) {
    self.resources = resources
    self.ideas = ideas
  }

  /// One rendered file, with its path relative to the run folder.
  public struct File: Sendable, Hashable {
    /// `briefs/kolos.md`.
    public var path: String
    /// The bytes.
    public var data: Data
  }

  /// One company's briefs, for the main report to link to.
  public struct Entry: Sendable, Hashable {
    /// The company.
    public var company: String
    /// The file name without extension (`pekarnya-kolos`).
    public var slug: String
    /// Whether it proposes anything.
    public var status: Brief.Status
  }

  /// Every company's brief of `summary`, in `language`.
  public func briefs(
    for summary: ReportSummary, catalog: TagCatalog? = nil, language: ReportLanguage
  ) -> [Brief] {
    let input = BriefInput(
      summary: summary, options: ideas.surveyOptions, needQuestions: ideas.needQuestions,
      catalog: catalog)
    let composer = BriefComposer(resources: resources, ideas: ideas, language: language)
    let community = input.community
    // One brief per company, composed on every core (ranking ideas is the costly part).
    return input.companies.concurrentMap { composer.brief(for: $0, community: community) }
  }

  /// The files of every brief and the index, with the entries the main report can link to.
  public func files(
    for summary: ReportSummary, catalog: TagCatalog? = nil, language: ReportLanguage
  ) throws -> (files: [File], entries: [Entry]) {
    var files: [File] = []
    var entries: [Entry] = []
    var used = Set<String>()
    let briefs = briefs(for: summary, catalog: catalog, language: language)
    let rendered = try briefs.concurrentMap { brief in
      (
        markdown: Data(BriefMarkdown().render(brief).utf8),
        html: Data(BriefHTML().render(brief).utf8), json: try BriefJSON.encode(brief)
      )
    }
    for (brief, data) in zip(briefs, rendered) {
      var slug = Self.slug(brief.company)
      var suffix = 2
      while !used.insert(slug).inserted {
        slug = Self.slug(brief.company) + "-\(suffix)"
        suffix += 1
      }
      let base = "\(Self.folderName)/\(slug)"
      files.append(File(path: base + ".md", data: data.markdown))
      files.append(File(path: base + ".html", data: data.html))
      files.append(File(path: base + ".json", data: data.json))
      entries.append(Entry(company: brief.company, slug: slug, status: brief.status))
    }
    let strings = BriefStrings(language)
    var index = ["# " + strings.pick("Предложения о партнёрстве", "Partnership briefs"), ""]
    for entry in entries {
      let status =
        switch entry.status {
        case .proposals: strings.pick("есть предложения", "proposals")
        case .notEnoughData: strings.pick("недостаточно данных", "not enough data")
        case .noFit: strings.pick("подходящих идей нет", "no fitting idea")
        }
      index.append("- [\(BriefMarkdown.inline(entry.company))](\(entry.slug).md) — \(status)")
    }
    files.append(
      File(
        path: "\(Self.folderName)/index.md", data: Data((index + [""]).joined(separator: "\n").utf8)
      ))
    return (files, entries)
  }

  /// Renders every brief of `summary` and writes them under `runFolder/briefs/`.
  ///
  /// - Returns: the entries, for links from the main report.
  @discardableResult
  public func write(
    _ summary: ReportSummary, catalog: TagCatalog? = nil, language: ReportLanguage,
    to runFolder: URL
  ) throws -> [Entry] {
    let (files, entries) = try files(for: summary, catalog: catalog, language: language)
    try FileManager.default.createDirectory(
      at: runFolder.appendingPathComponent(Self.folderName), withIntermediateDirectories: true)
    for file in files { try file.data.write(to: runFolder.appendingPathComponent(file.path)) }
    return entries
  }

  /// A file name for a company: Cyrillic transliterated, lowercase ASCII letters and digits, words
  /// joined by `-` (`Пекарня «Колос»` → `pekarnya-kolos`); `company` when nothing is left.
  public static func slug(_ name: String) -> String {
    var words: [String] = []
    var word = ""
    for character in name.lowercased() {
      let latin =
        transliteration[character]
        ?? (character.isASCII && (character.isLetter || character.isNumber)
          ? String(character) : nil)
      if let latin {
        word += latin
      } else if !word.isEmpty {
        words.append(word)
        word = ""
      }
    }
    if !word.isEmpty { words.append(word) }
    return words.isEmpty ? "company" : words.joined(separator: "-")
  }

  private static let transliteration: [Character: String] = [
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
    "ь": "",
    "э": "e", "ю": "yu", "я": "ya",
  ]
}
