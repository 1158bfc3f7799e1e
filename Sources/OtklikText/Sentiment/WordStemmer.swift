/// Turns a folded word into its stem, so one lexicon entry matches every inflection.
///
/// The Snowball Russian and English (Porter2) stemmers conform; ``IdentityStemmer`` stands in where
/// exact forms are enough (tests, a language without a stemmer).
public protocol WordStemmer: Sendable {
  /// The stem of `word` (already lowercase, `ё` folded into `е`).
  func stem(_ word: String) -> String
}

/// A stemmer that returns every word unchanged.
public struct IdentityStemmer: WordStemmer {
  /// Creates the identity stemmer.
  public init() {}

  /// Returns `word` itself.
  public func stem(_ word: String) -> String { word }
}

extension RussianStemmer: WordStemmer {}
extension EnglishStemmer: WordStemmer {}
