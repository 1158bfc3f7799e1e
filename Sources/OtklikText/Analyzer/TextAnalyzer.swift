/// Reads free texts: language, sentiment per clause and per text, with the evidence for each label.
///
/// Build one from the parsed lexicons and rules, then call ``analyze(_:)`` from any thread. The value
/// is cheap to copy: it holds immutable tables, and each thread keeps its own token cache and buffers,
/// so analysing needs no lock and, once a token has been seen, no allocation for it.
///
/// ```swift
/// let analyzer = TextAnalyzer(lexicons: [ru, en, emoji], modifiers: rules,
///                             russian: RussianStemmer(), english: EnglishStemmer())
/// analyzer.analyze("Официанты вежливые, но ждали час").label  // .negative
/// ```
public struct TextAnalyzer: Sendable {
  let core: AnalyzerCore

  /// Builds the analyser from lexicons (later ones override earlier ones term by term), the rule
  /// words, the stemmers, the settings and optionally a taxonomy.
  ///
  /// - Parameters:
  ///   - taxonomy: the tags to find in each clause; `nil` for sentiment only. Its patterns are
  ///     stemmed with ``BilingualStemmer``, so pass the Snowball stemmers as `russian` and `english`
  ///     (the defaults) for tags to match.
  ///   - keyPhrases: whether to propose key phrases (stemmed pairs and triples no tag covers).
  public init(
    lexicons: [Lexicon], modifiers: Modifiers, russian: any WordStemmer = RussianStemmer(),
    english: any WordStemmer = EnglishStemmer(), settings: SentimentSettings = SentimentSettings(),
    taxonomy: Taxonomy? = nil, keyPhrases: Bool = true
  ) {
    core = AnalyzerCore(
      lexicons: lexicons, modifiers: modifiers, russian: russian, english: english,
      settings: settings,
      taxonomy: taxonomy, keyPhrases: keyPhrases)
  }

  /// The taxonomy the analyser tags with, if any.
  public var taxonomy: Taxonomy? { core.tagMatcher?.taxonomy }

  /// The settings in use (thresholds, scales), for reports.
  public var settings: SentimentSettings { core.settings }

  /// How many lexicon and rule entries the analyser compiled.
  public var entryCount: Int { core.entries.count }

  /// Analyses one text: language, score and label, clauses with their evidence.
  public func analyze(_ text: String) -> TextAnalysis {
    var text = HTMLEntities.decode(text)
    return Workspace.current(for: core).withBuffers { cache, buffers in
      text.withUTF8 { bytes in
        let outcome = core.run(bytes, cache: cache, in: &buffers)
        return core.makeAnalysis(bytes, outcome: outcome, cache: cache, in: &buffers)
      }
    }
  }

  /// Analyses one text and keeps every step for `otklik explain`: tokens, stems, hits, rules and
  /// clause scores.
  public func explain(_ text: String) -> Explanation {
    var text = HTMLEntities.decode(text)
    return Workspace.current(for: core).withBuffers { cache, buffers in
      text.withUTF8 { bytes in
        let outcome = core.run(bytes, cache: cache, in: &buffers)
        let analysis = core.makeAnalysis(bytes, outcome: outcome, cache: cache, in: &buffers)
        return Explanation(
          text: String(decoding: bytes, as: UTF8.self),
          tokens: core.explainTokens(bytes, in: &buffers),
          analysis: analysis, textRules: outcome.textRules,
          positiveThreshold: core.settings.positiveThreshold,
          negativeThreshold: core.settings.negativeThreshold)
      }
    }
  }
}
