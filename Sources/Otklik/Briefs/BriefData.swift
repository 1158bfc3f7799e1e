public import Foundation
public import OtklikBrief
public import OtklikReport
import OtklikText

/// The editable files briefs are made from: `resources.yaml`, `partnership-ideas.yaml` and the
/// taxonomy that checks their tag ids.
///
/// `resources.yaml` and `partnership-ideas.yaml` are read from the config's folder when they are there
/// (a library keeps its own next to its config), else from the data folder that holds the lexicons
/// (``DataFolder``); the taxonomy is the data folder's `taxonomy.yaml` with the config's extra
/// taxonomy files layered on top. The same loading serves `otklik brief` and the run that writes
/// `briefs/` (``writeBriefs(_:language:into:)``), so both reject a broken file with the same
/// file-and-line messages.
public struct BriefData: Sendable {
  /// The library's resources.
  public var resources: LibraryResources
  /// The ideas and the ranking's settings.
  public var ideas: PartnershipIdeas
  /// The taxonomy's labels in both languages; `nil` when the config's folder has no `taxonomy.yaml`.
  public var catalog: TagCatalog?

  /// The file names looked up in the config's folder.
  public static let resourcesName = "resources.yaml"
  /// The ideas file's name.
  public static let ideasName = "partnership-ideas.yaml"
  /// The default taxonomy's name.
  public static let taxonomyName = "taxonomy.yaml"

  /// Loads the files for `config`.
  ///
  /// - Parameters:
  ///   - config: the run's config.
  ///   - dataFolder: the folder holding `taxonomy.yaml` and the default brief files; located like the
  ///     lexicons' when `nil`.
  ///   - known: the taxonomy the run's analyser already loaded (the default and the config's
  ///     files), so it is not read twice; read from `dataFolder` when `nil`.
  /// - Throws: ``BriefError`` (exit 78) with every problem of a broken file, or (exit 66) a missing one.
  public static func load(
    for config: RunConfig, dataFolder: URL? = nil, taxonomy known: Taxonomy? = nil
  ) throws(BriefError) -> BriefData {
    let data: URL
    if let dataFolder {
      data = dataFolder
    } else {
      do {
        data = try DataFolder.locate()
      } catch {
        throw BriefError(
          subject: "data folder", message: error.description, exitStatus: error.exitStatus)
      }
    }
    var catalog: TagCatalog?
    let taxonomyURL = data.appendingPathComponent(taxonomyName)
    if let known {
      catalog = TagCatalog(taxonomy: known)
    } else if FileManager.default.fileExists(atPath: taxonomyURL.path) {
      do {
        var taxonomy = try Taxonomy(yaml: try read(taxonomyURL), file: taxonomyURL.path)
        for url in config.taxonomyFiles {
          taxonomy = try taxonomy.merging(try Taxonomy(yaml: try read(url), file: url.path))
        }
        catalog = TagCatalog(
          taxonomy.tags.map {
            TagCatalog.Entry(id: $0.id, kind: $0.kind, ru: $0.labels.ru, en: $0.labels.en)
          })
      } catch let error as BriefError {
        throw error
      } catch {
        throw BriefError(subject: taxonomyURL.path, message: "\(error)", exitStatus: .config)
      }
    }
    let own = { (name: String) -> URL in
      let url = config.directory.appendingPathComponent(name)
      return FileManager.default.fileExists(atPath: url.path)
        ? url : data.appendingPathComponent(name)
    }
    let resourcesURL = own(resourcesName)
    let ideasURL = own(ideasName)
    do {
      let resources = try LibraryResources(
        yaml: try read(resourcesURL), file: resourcesURL.path, tags: catalog)
      let ideas = try PartnershipIdeas(
        yaml: try read(ideasURL), file: ideasURL.path, resources: resources, tags: catalog)
      return BriefData(resources: resources, ideas: ideas, catalog: catalog)
    } catch let error as BriefError {
      throw error
    } catch let error as BriefDataError {
      throw BriefError(
        subject: "brief data", message: "\n\(error.description)", exitStatus: .config)
    } catch {
      throw BriefError(subject: "brief data", message: "\(error)", exitStatus: .failure)
    }
  }

  /// The writer behind ``writeBriefs(_:language:into:)``, for callers that want the files in memory.
  public var writer: BriefWriter { BriefWriter(resources: resources, ideas: ideas) }

  /// Writes every company's brief of `summary` (Markdown, HTML, JSON and an index) into
  /// `runFolder/briefs/`: the one call the run makes.
  ///
  /// - Returns: one entry per company (name, file slug, status) for links from the main report.
  @discardableResult
  public func writeBriefs(
    _ summary: ReportSummary, language: ReportLanguage, into runFolder: URL
  ) throws -> [BriefWriter.Entry] {
    try writer.write(summary, catalog: catalog, language: language, to: runFolder)
  }

  private static func read(_ url: URL) throws(BriefError) -> String {
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw BriefError(subject: url.path, message: "no such file", exitStatus: .noInput)
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw BriefError(
        subject: url.path, message: "cannot be read as UTF-8 text", exitStatus: .noInput)
    }
    return text
  }
}
