import OtklikText
import Testing

@Suite struct KeyPhraseExtractorTests {
  /// Key phrases of a clause as `key | text`: words split on spaces, a crude stem (the first five
  /// letters), and markers: a word ending in `+` is a sentiment word, one ending in `#` is covered.
  static func phrases(_ clause: String) -> [String] {
    let extractor = KeyPhraseExtractor()
    var surfaces: [String] = []
    let tokens = clause.split(separator: " ").map { raw -> KeyPhraseToken in
      var word = String(raw)
      let isMarked = word.hasSuffix("+") || word.hasSuffix("#")
      if isMarked { word.removeLast() }
      surfaces.append(word)
      let form = TagPattern.normalize(word)
      return KeyPhraseToken(
        stem: String(form.prefix(5)), role: isMarked ? .boundary : extractor.role(of: form))
    }
    return extractor.extract(from: tokens) { surfaces[$0].joined(separator: " ") }
      .map { "\($0.key) | \($0.text)" }
  }

  @Test func pairsThenTriplesOfContentWords() {
    #expect(
      Self.phrases("Места для выгула собак") == [
        "места выгул | Места для выгула", "выгул собак | выгула собак",
        "места выгул собак | Места для выгула собак",
      ])
  }

  @Test func stopwordsAndFillersAreSkipped() {
    #expect(
      Self.phrases("хотелось бы больше велодорожек в районе") == [
        "велод район | велодорожек в районе"
      ])
    #expect(
      Self.phrases("not enough bike lanes") == [
        "enoug bike | enough bike", "bike lanes | bike lanes",
        "enoug bike lanes | enough bike lanes",
      ])
  }

  @Test func indefinitePronounsAreStopwords() {
    #expect(Self.phrases("что-то вроде парка аттракционов") == ["парка аттра | парка аттракционов"])
    #expect(Self.phrases("хоть какой-нибудь рядом").isEmpty)
  }

  @Test func tooManyStopwordsInARowEndARun() {
    #expect(Self.phrases("скамейки а то и вот лавочки").isEmpty)
    #expect(Self.phrases("скамейки что же вот лавочки").isEmpty)
    #expect(Self.phrases("скамейки что же лавочки") == ["скаме лавоч | скамейки что же лавочки"])
  }

  @Test(arguments: [
    ("conjunction", "кофе и выпечка"),
    ("covered token", "детская площадка# рядом"),
    ("sentiment word", "парковка ужасная+ вечером"),
    ("number", "автобус 44 маршрут"),
    ("single word", "набережная"),
    ("only stopwords", "а вот и мы"),
    ("repeated stem", "очень-очень кофе кофе"),
  ])
  func boundariesLeaveNoPhrase(name: String, clause: String) {
    let found = Self.phrases(clause)
    #expect(found.allSatisfy { !$0.contains("кофе кофе") })
    if name != "repeated stem" { #expect(found.isEmpty, "\(name): \(found)") }
  }

  @Test func eachKeyOncePerCall() {
    // Triples here would repeat a stem, so only the two distinct pairs remain.
    #expect(
      Self.phrases("уличные концерты уличные концерты") == [
        "уличн конце | уличные концерты", "конце уличн | концерты уличные",
      ])
  }

  @Test(arguments: [
    ("парк", KeyPhraseRole.content), ("для", .skipped), ("и", .boundary), ("44", .boundary),
    ("м", .skipped), ("где-нибудь", .skipped), ("the", .skipped), ("and", .boundary),
  ])
  func rolesByForm(form: String, role: KeyPhraseRole) {
    #expect(KeyPhraseExtractor().role(of: form) == role)
  }

  @Test func defaultListsAreNormalisedForms() {
    let extractor = KeyPhraseExtractor()
    #expect(extractor.stopwords.allSatisfy { $0 == TagPattern.normalize($0) })
    #expect(extractor.boundaries.isSubset(of: Stopwords.conjunctions))
    #expect(Stopwords.russian.contains("хотелось"))
    #expect(Stopwords.english.contains("the"))
  }
}
