import Foundation
import Otklik
import OtklikIngest
import Testing

/// `otklik init` on the bundled samples: what it detects, and that the config loads as written.
@Suite struct StarterConfigTests {
  static let samples = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("data/samples")

  static func files() -> [String] {
    ["taste-map.csv", "emotional-map.csv", "reviews-maps.csv", "reviews-2gis.csv"].map {
      samples.appendingPathComponent($0).path
    }
  }

  @Test func detectsKindEncodingAndDelimiterOfEverySample() throws {
    let starter = try StarterConfig(files: Self.files())
    let found = starter.sources.map {
      "\($0.name) \($0.kind.rawValue) \($0.detection.format.encoding.rawValue) \($0.detection.format.delimiterName)"
    }
    #expect(
      found == [
        "taste-map survey utf-8 ,", "emotional-map survey windows-1251 ;",
        "reviews-maps reviews utf-8 ,", "reviews-2gis reviews utf-8 ;",
      ])
  }

  @Test func theWrittenConfigLoadsAsIsAndSaysWhatWasGuessed() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("otklik-init-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("otklik.yaml").path
    let yaml = try StarterConfig(files: Self.files()).yaml(configPath: path)
    try yaml.write(toFile: path, atomically: true, encoding: .utf8)

    let config = try RunConfig.load(path: path)
    #expect(
      config.sources.map(\.spec.name) == [
        "taste-map", "emotional-map", "reviews-maps", "reviews-2gis",
      ])
    #expect(config.sources.map(\.spec.kind) == [.survey, .survey, .reviews, .reviews])
    #expect(config.sources[1].spec.encoding == .windows1251)
    #expect(config.sources[3].spec.delimiter == UInt8(ascii: ";"))
    #expect(
      config.sources[2].pattern == Self.samples.appendingPathComponent("reviews-maps.csv").path)
    #expect(config.sources[3].spec.columns["рейтинг"]?.role == .rating)
    #expect(
      config.sources[0].spec.columns[
        "как часто вы едите вне дома? (1 — почти никогда, 5 — несколько раз в неделю)"]?.range
        == 1...5)
    #expect(
      yaml.contains(
        "  - name: reviews-2gis\n    kind: reviews   # guessed from the columns: review text, company, rating, reply\n"
      ))
    #expect(yaml.contains("      \"Рейтинг\": rating   # guessed from the header\n"))
    #expect(yaml.contains("    encoding: utf-8   # detected, with a byte-order mark\n"))
    // Every sample file, read back through the config, maps the same columns as the inspection did.
    for source in config.sources {
      let reader = try RecordReader(path: source.pattern, spec: source.spec)
      #expect(reader.detection.columns.allSatisfy { !$0.isGuessed }, "\(source.spec.name)")
    }
  }

  @Test func aMissingFileIsNamed() {
    #expect(throws: StarterConfigError.self) { try StarterConfig(files: ["/nonexistent/x.csv"]) }
    do {
      _ = try StarterConfig(files: ["/nonexistent/x.csv"])
    } catch {
      #expect(error.description == "/nonexistent/x.csv: file not found")
    }
  }

  @Test(arguments: [("Reviews 2GIS", "reviews-2gis"), ("отзывы", "source"), ("a__b", "a-b")])
  func sourceNamesAreAsciiSlugs(base: String, name: String) {
    #expect(StarterConfig.sourceName(base) == name)
  }
}
