import ArgumentParser
import Foundation
import Otklik

/// Prints an analysis error to stderr and turns it into the documented exit status.
enum CommandFailure {
  /// Runs `body`; on ``AnalysisError`` prints `otklik: message` to stderr and exits with its status.
  static func exitOnError<T>(_ body: () throws(AnalysisError) -> T) throws -> T {
    do {
      return try body()
    } catch {
      FileHandle.standardError.write(Data("otklik: \(error.description)\n".utf8))
      throw ExitCode(error.exitStatus.rawValue)
    }
  }
}
