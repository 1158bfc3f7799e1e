import ArgumentParser
import Foundation
import Otklik

/// `otklik brief`: prints one company's partnership brief (Markdown) from the last run.
struct BriefCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "brief",
    abstract: "Print a company's partnership brief from the last run's results.",
    discussion: """
      Reads summary.json of the run `latest` points at in the config's output folder, and \
      resources.yaml and partnership-ideas.yaml from the config's folder when there, else from the \
      data folder. Run `otklik run` first.
      """)

  @Option(name: .long, help: "The company, as the reviews spell it.")
  var company: String

  @Option(
    name: .long, help: "The brief's language: ru or en (default: the config's report language).")
  var lang: String?

  @Option(
    name: [.short, .customLong("config")], help: "The run's config file, as given to `otklik run`.")
  var config = "otklik.yaml"

  func validate() throws {
    if let lang, lang != "ru", lang != "en" { throw ValidationError("--lang must be ru or en") }
  }

  func run() throws {
    do {
      let text = try BriefPrinter.markdown(company: company, language: lang, configPath: config)
      print(text, terminator: "")
    } catch {
      FileHandle.standardError.write(Data("otklik: \(error.description)\n".utf8))
      throw ExitCode(error.exitStatus.rawValue)
    }
  }
}
