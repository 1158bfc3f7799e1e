public import OtklikText

/// The stemmers the analyser uses: Snowball Russian for Cyrillic words, Porter2 for Latin ones.
public enum Stemmers {
  /// The Russian stemmer.
  public static var russian: any WordStemmer { RussianStemmer() }
  /// The English stemmer.
  public static var english: any WordStemmer { EnglishStemmer() }
}
