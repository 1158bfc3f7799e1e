import OtklikIngest
public import OtklikText

/// What the open answers of one question add up to: sentiment, tags with quotes, key phrases.
public struct OpenAnswerAggregate: Sendable, Equatable {
  /// One tag's mentions in the answers of a question.
  public struct TagAggregate: Sendable, Equatable {
    /// Answers in which the tag was found.
    public private(set) var count = 0
    /// Those answers by the label of the clause the tag was found in.
    public private(set) var sentiment = Tally<SentimentLabel>()
    /// The sum of those clause scores in millionths (integers, so merging is exact).
    public private(set) var scoreMicros = 0
    /// The best quotes for the tag.
    public private(set) var quotes: TopK<Quote>

    /// Creates an empty tag aggregate keeping `quoteCapacity` quotes.
    init(quoteCapacity: Int) { quotes = TopK(capacity: quoteCapacity) }

    /// Counts one answer with the tag; `offerQuote` may offer the quote top-k a quote of it.
    mutating func add(_ match: TagMatch, offerQuote: (inout TopK<Quote>) -> Void) {
      count += 1
      sentiment.add(match.label)
      scoreMicros += Int((match.score * 1_000_000).rounded())
      offerQuote(&quotes)
    }

    /// Adds every count and quote of `other`.
    mutating func merge(_ other: TagAggregate) {
      count += other.count
      sentiment.merge(other.sentiment)
      scoreMicros += other.scoreMicros
      quotes.merge(other.quotes)
    }
  }

  /// Texts analysed (non-empty answers).
  public private(set) var texts = 0
  /// Texts by label, non-answers and texts without signal included.
  public private(set) var sentiment = Tally<SentimentLabel>()
  /// Tags by id.
  public private(set) var tags: [String: TagAggregate] = [:]
  /// Key phrases no tag covers.
  public private(set) var phrases = PhraseTally()
  /// Quotes kept per tag.
  let quoteCapacity: Int

  /// Creates an empty aggregate keeping `quoteCapacity` quotes per tag.
  init(quoteCapacity: Int) { self.quoteCapacity = quoteCapacity }

  /// Counts one non-empty answer `text` with its analysis.
  mutating func add(_ text: String, analysis: TextAnalysis, origin: RecordOrigin, maker: QuoteMaker)
  {
    texts += 1
    sentiment.add(analysis.label)
    guard analysis.label != .nonAnswer else { return }
    var drafts = QuoteMaker.Drafts()
    for match in analysis.tags {
      tags[match.tagID, default: TagAggregate(quoteCapacity: quoteCapacity)].add(match) { top in
        maker.offer(
          text, analysis: analysis, clause: match.clause, evidenceCount: match.evidence.count,
          origin: origin, author: nil, rating: nil, drafts: &drafts, to: &top)
      }
    }
    phrases.addOnce(analysis.keyPhrases)
  }

  /// Adds everything `other` counted.
  mutating func merge(_ other: OpenAnswerAggregate) {
    texts += other.texts
    sentiment.merge(other.sentiment)
    for (id, tag) in other.tags {
      tags[id, default: TagAggregate(quoteCapacity: quoteCapacity)].merge(tag)
    }
    phrases.merge(other.phrases)
  }
}
