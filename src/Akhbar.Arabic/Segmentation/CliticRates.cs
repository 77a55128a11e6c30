namespace Akhbar.Arabic.Segmentation;

/// <summary>
/// The numbers behind the clitic decisions. A "split" threshold is how many times more frequent than its rest a form
/// may be and still be read as clitic + rest; an "explain" rate is the share of a word's occurrences that typically
/// carry the clitic, used to estimate how often an unseen chain such as ولبلاده would occur. Set by hand from the
/// word-frequency lexicon (how often و, ب, ال ... attach to common words) and checked on the hand-written spec
/// (tests/Akhbar.Tests/Specs/clitics.tsv); never fitted to the evaluation data.
/// </summary>
public static class CliticRates
{
    // و attaches to a large share of all words (وقال is half as frequent as قال, وقد one and a half times قد); a word
    // such as وزير is 100 times more frequent than زير.
    public const double WawSplit = 2.0;

    // ف is rarer than و, and ف-initial words are common (فكرة is 0.6 times كره, فقد 0.6 times قد).
    public const double FaSplit = 0.7;

    // ب: بسبب is six times as frequent as سبب; بعد is 300 times as frequent as عد.
    public const double BaSplit = 6.0;

    // ل: لمدة is 2.5 times as frequent as مدة, لكل a seventh of كل; لجنة (four times جنة) is listed in no-split.tsv.
    public const double LamSplit = 3.0;

    // ك is the rarest preposition: كامل is four times أمل, كبديل as frequent as بديل. It never precedes a verb, so
    // كيري is not ك+يري.
    public const double KafSplit = 1.0;

    // The future س before an imperfect verb: سيتم is a twentieth of يتم; سيرغي is ten times يرغي.
    public const double SinSplit = 1.0;

    // The article: most nouns occur with it more often than without (القاهرة against قاهرة), so only absurd ratios
    // block it; closed-class words (التي، الذي) are in no-split.tsv and hamza-initial words are caught by the letters.
    public const double ArticleSplit = 2000.0;

    public const double PrepositionExplain = 0.02;

    /// <summary>
    /// A form that occurs with the article at least this many times, and at least <see cref="ArticleEvidenceShare"/>
    /// as often as alone, is a word and keeps its first letter (البطاقة: 47 against 157 for بطاقة; ولي 17 against
    /// 461 is 0.037; genuine clitic forms such as بسبب, وقال, والده stay at or below 0.011).
    /// </summary>
    public const int MinArticleEvidence = 3;

    public const double ArticleEvidenceShare = 0.02;

    /// <summary>The article test is asked only of forms at least this frequent beside their rest (فلم is 0.07 of لم).</summary>
    public const double ArticleTestFloor = 0.1;

    /// <summary>
    /// A preposition before a two-letter rest, or a pronoun after a two-letter stem, needs this share of its usual
    /// threshold (لقي against قى, متهم against مت).
    /// </summary>
    public const double ShortRestFactor = 0.3;

    /// <summary>
    /// A form the lexicon has never seen is split only when its rest is seen at least this often: a rare rest is as
    /// likely a piece of an unseen name (ليام، كونور) as a word.
    /// </summary>
    public const double MinRestForUnseen = 5;

    public const double FutureExplain = 0.05;

    public const double ArticleExplain = 1.0;

    /// <summary>
    /// The enclitic pronouns, longest first within each ending: split threshold and explain rate. ه is common on
    /// nouns and verbs (والده is four times والد in biographies); ي is rarely "my" in
    /// news and often the nisba ending (دولي is a tenth of دول), so it needs strong evidence; the second person
    /// (ك كم كن كما) is rare in news.
    /// </summary>
    public static ReadOnlySpan<(string Pronoun, double Split, double Explain)> Pronouns => PronounTable;

    private static readonly (string Pronoun, double Split, double Explain)[] PronounTable =
    [
        ("هما", 1.0, 0.005),
        ("كما", 0.1, 0.001),
        ("هم", 2.0, 0.02),
        ("هن", 0.5, 0.005),
        ("ها", 2.0, 0.05),
        ("كم", 0.2, 0.002),
        ("كن", 0.005, 0.001),
        ("نا", 1.0, 0.01),
        ("ه", 5.0, 0.1),
        ("ك", 0.1, 0.002),
        ("ي", 0.01, 0.005),
    ];

    /// <summary>Whether <paramref name="form"/> is exactly one of the enclitic pronouns.</summary>
    public static bool IsPronoun(ReadOnlySpan<char> form)
    {
        foreach (var (pronoun, _, _) in Pronouns)
        {
            if (form.SequenceEqual(pronoun))
            {
                return true;
            }
        }

        return false;
    }
}
