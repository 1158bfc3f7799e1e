extension String {
  /// `unicodeScalars.count`, counted on the UTF-8 bytes (every byte but a continuation byte starts
  /// a scalar) instead of decoding each scalar.
  var scalarCount: Int {
    var text = self
    return text.withUTF8 { bytes in
      var count = 0
      for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
      return count
    }
  }
}
