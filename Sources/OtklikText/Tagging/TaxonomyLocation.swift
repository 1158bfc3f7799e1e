/// Where something was written in a taxonomy file: the file name as given to the loader and a
/// 1-based line.
///
/// Kept on every tag so that a duplicate id names both places and `otklik explain` can say where a
/// tag comes from.
public struct TaxonomyLocation: Sendable, Hashable, CustomStringConvertible {
  /// The file name the loader was given (for messages only; nothing is read from it).
  public var file: String
  /// The 1-based line, or `nil` when the YAML parser gave no position.
  public var line: Int?

  /// Creates a location.
  public init(file: String, line: Int?) {
    self.file = file
    self.line = line
  }

  /// `file:line`, or just `file` when the line is unknown.
  public var description: String {
    line.map { "\(file):\($0)" } ?? file
  }
}
