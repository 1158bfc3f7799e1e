/// Small stopword lists for key-phrase extraction: words that carry no theme of their own.
///
/// Forms, not stems (lowercased, `е` for `ё`): function words are few and irregular, so listing
/// their forms is both exact and short. Beside the usual prepositions, pronouns, particles and
/// auxiliaries, the Russian list holds the fillers of survey answers and reviews ("хотелось бы",
/// "больше", "нужно", "вообще", "просто"), which otherwise pair with every theme.
public enum Stopwords {
  /// Conjunctions: they end a phrase ("кофе и выпечка" is two themes, not one).
  public static let conjunctions: Set<String> = words(
    """
    и или а но да либо зато однако хотя
    and or but nor yet either neither
    """)

  /// Russian function words and fillers.
  public static let russian: Set<String> = words(
    """
    в во на по к ко с со у о об обо от ото из изо за до для без под подо над надо перед передо
    при про через сквозь между среди около возле вокруг после вместо кроме ради вдоль мимо
    я меня мне мной мною мы нас нам нами ты тебя тебе тобой вы вас вам вами он его него ему нему
    им ним нем она ее нее ей ней ею нею оно они их них ими ними себя себе собой
    мой моя мое мои моего моей моих моим моими мою твой твоя твое твои ваш ваша ваше ваши вашего
    вашей ваших наш наша наше наши нашего нашей наших нашем нашими нашу свой своя свое свои своего
    своей своих своим своими свою
    этот эта это эти этого этой этих этому этим этими эту том тот та те того тех тому тем теми ту
    такой такая такое такие таких такого такой такую так тут там здесь туда сюда где куда откуда
    весь вся все всех всем всеми всего всей всю сам сама сами само самого самой самих
    кто что какой какая какое какие каких какого какую который которая которое которые которых
    которого которой чей чья чье чьи кого чего кому чему кем ком чем
    не нет ни бы же ли ведь вот вон уж уже еще даже лишь только именно почти просто вообще
    бывает было был была были быть буду будет будут будем есть являться является
    очень слишком совсем немного чуть много мало больше меньше более менее побольше поменьше
    всегда никогда иногда часто редко сейчас теперь тогда потом затем сначала когда пока раз
    чтобы чтоб если как будто словно ибо потому поэтому также тоже зачем почему
    можно нельзя нужно надо нужен нужна нужны нужно необходимо хотелось хочется хочу
    хотим хотят хотел хотела хотели желательно пожалуйста
    также кстати например вроде типа короче конечно наверное может возможно думаю считаю
    рядом близко далеко ближе дальше сюда отсюда оттуда везде нигде всюду куда-то где-то попало
    хоть хотя бы давно недавно скоро уже опять снова еще каждый каждая каждое каждые каждую каждого
    утром днем вечером ночью зимой летом весной осенью сегодня вчера завтра
    хватает хватало хватит хватать многое значит затрудняюсь ответить ответа знаю
    один одна одно одни два две три
    год года лет раз день дня дней
    """)

  /// English function words.
  public static let english: Set<String> = words(
    """
    a an the this that these those there here
    i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
    myself ourselves yourself itself themselves
    what which who whom whose when where why how
    am is are was were be been being do does did done doing have has had having
    will would shall should can could may might must
    of in on at by for with about against between into through during before after above below
    to from up down out off over under again further then once
    not no very too just only really quite more most less some any all each every both few other
    such own same than as if because until while
    please also even still much many lot lots
    """)

  /// Endings of Russian indefinite pronouns and adverbs ("что-то", "где-нибудь", "как-либо"):
  /// every such form is a stopword, without listing each.
  public static let indefiniteSuffixes = ["-то", "-нибудь", "-либо"]

  /// The whitespace-separated words of a block.
  private static func words(_ block: String) -> Set<String> {
    Set(block.split(whereSeparator: { $0.isWhitespace }).map(String.init))
  }
}
