import Foundation
import Testing

/// Runs the built `otklik` binary; the helpers for that live here so every end-to-end test shares them.
@Suite struct VersionTests {
  @Test func printsItsVersion() throws {
    let result = try OtklikProcess.run(["--version"])
    #expect(result.status == 0)
    #expect(result.stdout == "0.1.0\n")
  }
}
