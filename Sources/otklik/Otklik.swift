import ArgumentParser

/// The `otklik` command: turns survey and review exports into reports.
@main
struct OtklikCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "otklik",
    abstract: "Turn CSV surveys and customer reviews into reports analysts act on.",
    version: "0.1.0",
    subcommands: [
      RunCommand.self, InitCommand.self, InspectCommand.self, AnalyzeCommand.self,
      ExplainCommand.self, EvalCommand.self, BenchCommand.self, BriefCommand.self,
      GenerateCommand.self,
    ]
  )
}
