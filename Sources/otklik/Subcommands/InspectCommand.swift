import ArgumentParser
import Foundation
import Otklik
import OtklikIngest

/// `otklik inspect FILE`: what Otklik detects in a CSV file, before anyone writes a config for it.
struct InspectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "inspect",
    abstract:
      "Show a CSV file's encoding, delimiter, header, guessed column roles, counts and first rejects."
  )

  @Argument(help: "The CSV file to inspect (- reads standard input).")
  var file: String

  @Option(help: "The field delimiter: ',', ';' or 'tab' (detected when absent).")
  var delimiter: String?

  @Option(help: "The encoding: utf-8 or windows-1251 (detected when absent).")
  var encoding: String?

  @Option(help: "The kind of file: survey or reviews (guessed from the header when absent).")
  var kind: String?

  @Option(help: "How many rejects to show.")
  var rejects: Int = 10

  func validate() throws {
    if let delimiter, Self.delimiterByte(delimiter) == nil {
      throw ValidationError("--delimiter must be ',', ';' or 'tab', not '\(delimiter)'")
    }
    if let encoding, TextEncoding(rawValue: encoding.lowercased()) == nil {
      throw ValidationError("--encoding must be utf-8 or windows-1251, not '\(encoding)'")
    }
    if let kind, SourceKind(rawValue: kind.lowercased()) == nil {
      throw ValidationError("--kind must be survey or reviews, not '\(kind)'")
    }
    if rejects < 0 { throw ValidationError("--rejects must not be negative") }
  }

  func run() throws {
    do {
      let inspection = try FileInspection.inspect(
        path: file, kind: kind.flatMap { SourceKind(rawValue: $0.lowercased()) },
        delimiter: delimiter.flatMap(Self.delimiterByte),
        encoding: encoding.flatMap { TextEncoding(rawValue: $0.lowercased()) }, rejectLimit: rejects
      )
      print(inspection.text, terminator: "")
    } catch {
      FileHandle.standardError.write(Data("otklik: \(error)\n".utf8))
      switch error {
      case .fileNotFound, .isDirectory, .unreadable: throw ExitCode(ExitStatus.noInput.rawValue)
      default: throw ExitCode(ExitStatus.failure.rawValue)
      }
    }
  }

  private static func delimiterByte(_ text: String) -> UInt8? {
    switch text.lowercased() {
    case ",", "comma": return UInt8(ascii: ",")
    case ";", "semicolon": return UInt8(ascii: ";")
    case "tab", "\t", "\\t": return 0x09
    default: return nil
    }
  }
}
