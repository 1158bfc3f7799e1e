import Foundation

/// Sizes as the benchmark's options write them: `50MB`, `500MB`, `2GB`, `64KB`, `1000`.
///
/// Decimal units (1 MB = 10⁶ bytes), the same units as the MB/s the benchmark prints.
public enum ByteSize {
  /// The number of bytes `text` names, or `nil` when it is not a positive size.
  ///
  /// Accepts a whole or decimal number followed by nothing (bytes), `B`, `KB`, `MB` or `GB`, in any
  /// case, with optional spaces: `"50MB"`, `"1.5 GB"`, `"64kb"`.
  public static func parse(_ text: String) -> Int? {
    let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
    let units: [(suffix: String, scale: Double)] = [
      ("KB", 1e3), ("MB", 1e6), ("GB", 1e9), ("B", 1),
    ]
    var number = Substring(trimmed)
    var scale = 1.0
    for unit in units where trimmed.hasSuffix(unit.suffix) {
      number = trimmed.dropLast(unit.suffix.count)
      scale = unit.scale
      break
    }
    guard let value = Double(number.trimmingCharacters(in: .whitespaces)), value > 0, value.isFinite
    else {
      return nil
    }
    let bytes = (value * scale).rounded()
    return bytes >= 1 && bytes < 1e15 ? Int(bytes) : nil
  }

  /// `50MB`, `1.5GB`, `64KB` or `900B`: the shortest decimal form of `bytes`, for labels.
  public static func describe(_ bytes: Int) -> String {
    for (suffix, scale) in [("GB", 1e9), ("MB", 1e6), ("KB", 1e3)] where Double(bytes) >= scale {
      let value = Double(bytes) / scale
      let rounded = (value * 10).rounded() / 10
      return rounded == rounded.rounded() ? "\(Int(rounded))\(suffix)" : "\(rounded)\(suffix)"
    }
    return "\(bytes)B"
  }
}
