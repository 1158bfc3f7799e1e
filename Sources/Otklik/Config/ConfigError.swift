/// A problem in `otklik.yaml`, located by file, line and key so the analyst can fix it at once.
public struct ConfigError: Error, Sendable, Hashable {
  /// The config file as named.
  public var file: String
  /// The 1-based line of the offending node, when the YAML parser knows it.
  public var line: Int?
  /// The dotted key path ("sources[1].columns.Оценка").
  public var key: String?
  /// What is wrong, short and lowercase.
  public var message: String

  public init(file: String, line: Int? = nil, key: String? = nil, message: String) {
    self.file = file
    self.line = line
    self.key = key
    self.message = message
  }
}

extension ConfigError: CustomStringConvertible {
  /// `otklik.yaml:12: sources[0].kind: unknown kind 'survy' (expected survey or reviews)`.
  public var description: String {
    var location = file
    if let line { location += ":\(line)" }
    if let key { return "\(location): \(key): \(message)" }
    return "\(location): \(message)"
  }
}
