import ArgumentParser
import Foundation
import Otklik

/// `otklik init`: a commented starter config from data files.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Inspect data files and write a commented starter otklik.yaml.",
    discussion: """
      Detects each file's encoding, delimiter, kind (survey or reviews) and column roles, and \
      writes them as settings to check and edit; the file loads with `otklik run` as written.

      Exit status: 0 written; 66 a data file is missing or unreadable; 73 the config cannot be \
      written or already exists (use --force); 64 bad usage.
      """)

  @Argument(help: "The CSV files to inspect.")
  var files: [String]

  @Option(help: "Where to write the config.")
  var out = "otklik.yaml"

  @Flag(help: "Replace an existing config file.")
  var force = false

  func run() throws {
    if FileManager.default.fileExists(atPath: out), !force {
      fail("\(out): already exists (use --force to replace it)", .cannotCreateOutput)
    }
    let starter: StarterConfig
    do { starter = try StarterConfig(files: files) } catch { fail(error.description, .noInput) }
    do {
      try Data(starter.yaml(configPath: out).utf8).write(to: URL(fileURLWithPath: out))
    } catch {
      fail("\(out): cannot write: \(error.localizedDescription.lowercased())", .cannotCreateOutput)
    }
    for source in starter.sources {
      print(source.line)
    }
    print("config: \(out) — check the lines marked guessed, then: otklik run --config \(out)")
  }

  private func fail(_ message: String, _ status: ExitStatus) -> Never {
    FileHandle.standardError.write(Data("otklik: \(message)\n".utf8))
    Foundation.exit(status.rawValue)
  }
}
