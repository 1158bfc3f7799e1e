import Foundation
public import OtklikIngest

/// A commented starter `otklik.yaml` for a set of data files: `otklik init`.
///
/// Each file is opened with ingest's own detection, so the config says exactly what a run would
/// detect: the encoding, the delimiter, the kind of source and a role for every column. What was
/// detected or guessed is written as active settings with a comment saying so, because the analyst
/// is meant to check and edit them; the result loads with ``RunConfig/load(path:)`` as written.
///
/// The kind is guessed from the roles: a file whose headers name a review text and at least one of
/// a company, a rating or a reply is `reviews`, anything else a `survey`.
public struct StarterConfig: Sendable {
  /// One inspected file.
  public struct Source: Sendable {
    /// The file as named.
    public var path: String
    /// The source name written to the config (the file name without extension, unique).
    public var name: String
    /// The kind guessed from the columns.
    public var kind: SourceKind
    /// Why that kind, in words (`review text, rating and company columns`).
    public var kindReason: String
    /// What the reader detected and guessed, read with that kind.
    public var detection: FileDetection

    /// `data/x.csv: reviews (review text, rating); encoding utf-8 (detected), delimiter , (detected)`.
    public var line: String {
      "\(path): \(kind.rawValue) (\(kindReason)); \(detection.format.summary)"
    }
  }

  /// The inspected files, in the order given.
  public var sources: [Source]

  /// Inspects every file.
  ///
  /// - Throws: ``StarterConfigError`` naming every file that could not be read.
  public init(files: [String]) throws(StarterConfigError) {
    var sources: [Source] = []
    var problems: [String] = []
    var names = Set<String>()
    for file in files {
      do {
        var source = try Self.inspect(file)
        var name = source.name
        var number = 2
        while names.contains(name) {
          name = "\(source.name)-\(number)"
          number += 1
        }
        names.insert(name)
        source.name = name
        sources.append(source)
      } catch {
        problems.append(error.description)
      }
    }
    guard problems.isEmpty else { throw StarterConfigError(problems: problems) }
    self.sources = sources
  }

  /// The config text for a file written at `configPath`: paths are relative to its folder.
  public func yaml(configPath: String) -> String {
    let folder = URL(fileURLWithPath: configPath).standardizedFileURL.deletingLastPathComponent()
    var lines = [
      "# Starter config written by `otklik init`: check every line marked \"guessed\" or",
      "# \"detected\", then run `otklik run --config \((configPath as NSString).lastPathComponent)`.",
      "# Paths are relative to this file. Roles: id ignore timestamp segment single_choice",
      "# multiple_choice scale nps open company branch source date rating author text reply reply_date.",
      "report:",
      "  title: \"Otklik\"",
      "  lang: ru                    # ru | en",
      "  output: reports             # where run folders (and history.sqlite) go",
      "  max_reject_share: 0.05      # exit 65 when more than this share of records is rejected",
      "analysis:",
      "  taxonomy: []                # extra taxonomy files on top of data/taxonomy.yaml",
      "  lexicons: []                # extra lexicon files on top of data/lexicons/",
      "  thresholds: { positive: 0.1, negative: 0.1 }   # sentiment score (-1..1) for pos / neg",
      "sources:",
    ]
    for source in sources {
      let format = source.detection.format
      lines.append("  - name: \(source.name)")
      lines.append(
        "    kind: \(source.kind.rawValue)   # guessed from the columns: \(source.kindReason)")
      lines.append("    path: \(Self.quoted(Self.relative(source.path, to: folder)))")
      let delimiter = format.delimiterName == "tab" ? "tab" : Self.quoted(format.delimiterName)
      lines.append("    delimiter: \(delimiter)   # detected")
      let bom = format.hadByteOrderMark ? ", with a byte-order mark" : ""
      lines.append("    encoding: \(format.encoding.rawValue)   # detected\(bom)")
      if source.detection.columns.isEmpty { continue }
      lines.append("    columns:")
      for column in source.detection.columns {
        lines.append(
          "      \(Self.quoted(column.name)): \(Self.value(column))   # \(Self.note(column))")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  // MARK: - Inspection

  private static func inspect(_ path: String) throws(IngestError) -> Source {
    let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    let name = sourceName(base)
    let probe = SourceSpec(name: name, kind: .reviews)
    var kind = SourceKind.survey
    var reason = "no review text with a company, rating or reply column"
    do {
      let roles = Set(try RecordReader(path: path, spec: probe).detection.columns.map(\.role))
      let markers = [(ColumnRole.company, "company"), (.rating, "rating"), (.reply, "reply")]
        .filter { roles.contains($0.0) }.map(\.1)
      if roles.contains(.text), !markers.isEmpty {
        kind = .reviews
        reason = "review text, " + markers.joined(separator: ", ")
      }
    } catch .invalidSettings {
      // No text column: not a reviews file.
    }
    let reader = try RecordReader(path: path, spec: SourceSpec(name: name, kind: kind))
    return Source(
      path: path, name: name, kind: kind, kindReason: reason, detection: reader.detection)
  }

  /// `reviews-2gis` from `Reviews 2GIS`: lowercase ASCII letters, digits and dashes.
  public static func sourceName(_ base: String) -> String {
    var name = ""
    for scalar in base.lowercased().unicodeScalars {
      if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
        name.unicodeScalars.append(scalar)
      } else if !name.isEmpty, name.last != "-" {
        name += "-"
      }
    }
    while name.hasSuffix("-") { name.removeLast() }
    return name.isEmpty ? "source" : name
  }

  // MARK: - Writing

  private static func value(_ column: ColumnMapping) -> String {
    if case .scale(let min, let max) = column.question {
      return "{ role: scale, range: \(min)-\(max) }"
    }
    return column.role.rawValue
  }

  private static func note(_ column: ColumnMapping) -> String {
    guard column.isGuessed else { return "given" }
    if column.isKindFromAnswers { return "guessed from the first answers" }
    if column.role == .ignore { return "guessed: no role recognised, not read" }
    return "guessed from the header"
  }

  /// A double-quoted YAML scalar: a JSON string literal is one.
  static func quoted(_ text: String) -> String { OutputText.json(text) }

  private static func relative(_ path: String, to folder: URL) -> String {
    let file = URL(fileURLWithPath: path).standardizedFileURL.path
    let base = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
    return file.hasPrefix(base) ? String(file.dropFirst(base.count)) : file
  }
}

/// Files `otklik init` could not inspect.
public struct StarterConfigError: Error, Sendable, CustomStringConvertible {
  /// One message per file.
  public var problems: [String]

  public init(problems: [String]) { self.problems = problems }

  public var description: String { problems.joined(separator: "\n") }
}
