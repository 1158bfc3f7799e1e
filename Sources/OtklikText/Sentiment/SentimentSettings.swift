/// The numbers the sentiment rules use: thresholds, scales and damping.
///
/// Defaults follow VADER where it has a published constant (negation ×−0.74, `but` ×0.5 / ×1.5,
/// exclamation +0.292 per mark up to four, capitals +0.733); α of the normalisation x/√(x²+α)
/// (VADER: 15), the thresholds and the damping were tuned on the development sets' train parts.
public struct SentimentSettings: Sendable, Hashable {
  /// A text (or clause) scoring at or above this is `pos`.
  public var positiveThreshold: Double = 0.1
  /// A text (or clause) scoring at or below minus this is `neg`.
  public var negativeThreshold: Double = 0.1
  /// The α in the normalisation x/√(x²+α) that maps a raw sum into (−1, 1).
  public var alpha: Double = 8
  /// What a negated sentiment word is multiplied by.
  public var negationScale: Double = -0.74
  /// What a negated, intensified word is multiplied by ("не очень хорошо": mildly negative).
  public var negatedIntensifierScale: Double = -0.5
  /// How many words before a sentiment word a negator still reaches.
  public var negationWindow: Int = 3
  /// How many words further than ``negationWindow`` a negated verb of saying or thinking reaches
  /// into its «что» / "that" clause ("I don't think that it was good").
  public var clauseNegationReach: Int = 2
  /// How many words after a sentiment word a post-negator ending the clause still flips it:
  /// "проблем с машиной не возникало".
  public var postNegationWindow: Int = 3
  /// How many words before an expectation verb ("work", "перезвонить") a negator still reaches:
  /// "didn't even work" is denied, "don't know the answer" is not.
  public var expectationWindow: Int = 2
  /// How many words before a sentiment word an intensifier or diminisher still reaches.
  public var intensifierWindow: Int = 2
  /// The weight of a clause opened by a contrast word ("но", "but").
  public var contrastAfterWeight: Double = 1.5
  /// The weight of the clause just before a contrast word.
  public var contrastBeforeWeight: Double = 0.5
  /// The weight of a clause opened by a concession word ("хотя", "although").
  public var concessionWeight: Double = 0.5
  /// Added per `!` (up to four) to a clause's sum, in the direction of its sign.
  public var exclamationBoost: Double = 0.292
  /// Added to a word written in capitals when the text is not all capitals.
  public var capsBoost: Double = 0.733
  /// What a question's positive sum is multiplied by: asking about a good thing is not praise. A
  /// question with `!`, an emoji or an emoticon ("Congrats? :)") states a feeling and is not damped.
  public var questionScale: Double = 0.1
  /// What a question's negative sum is multiplied by: a complaint put as a question ("почему так
  /// долго?") is still a complaint, so it is damped less.
  public var negativeQuestionScale: Double = 0.5
  /// A text whose only sentiment word has |valence| at most this is damped.
  public var weakHitLimit: Double = 1.5
  /// What a single weak positive hit is multiplied by: faint praise is often politeness, so the
  /// faintest words ("терпимо") alone leave a text neutral.
  public var weakHitScale: Double = 0.6
  /// What a single weak negative hit is multiplied by; kept apart from the positive one because
  /// one complaint word ("очередь") usually does mark a problem, and reports rank pain points.
  public var weakNegativeHitScale: Double = 0.6
  /// What the positive score of a text with a link is multiplied by: links mark ads and news,
  /// whose praise sells rather than judges (a complaint with a link stays a complaint).
  public var linkScale: Double = 1

  /// The weight of the last sentence of a text of three sentences or more: a review's verdict
  /// comes at its end ("В итоге не советую").
  public var conclusionWeight: Double = 1.5

  /// What every negative word's weighted valence is multiplied by when a text is scored: lexicons
  /// and reviews lean positive (people soften complaints with praise), so negative evidence counts
  /// more (SO-CAL's negativity weighting, Taboada et al. 2011, uses 1.5; 1.3 was best on the train
  /// sets, and equal praise and blame reads as a complaint, which is what reports rank).
  public var negativeWeight: Double = 1.3

  /// A text with at least this many positive and negative clauses together is labelled by their
  /// vote (see ``votePositiveShare``) instead of its summed score, which saturates on long
  /// reviews; 0 turns the vote off.
  public var voteMinimumClauses: Int = 4
  /// Such a text is `pos` when at least this share of its polar clauses is positive. Reviews lean
  /// positive (a mixed verdict still praises more than it blames), so a 3-to-2 review is `neu`.
  public var votePositiveShare: Double = 0.7
  /// Such a text is `neg` when at most this share of its polar clauses is positive.
  public var voteNegativeShare: Double = 0.45

  /// The defaults described above.
  public init() {}
}
