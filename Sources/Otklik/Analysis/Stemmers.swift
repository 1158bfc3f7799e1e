public import OtklikText

/// The stemmers the analyser uses for Cyrillic and Latin words.
public enum Stemmers {
  /// The Russian stemmer.
  public static var russian: any WordStemmer { IdentityStemmer() }
  /// The English stemmer.
  public static var english: any WordStemmer { IdentityStemmer() }
}
