using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Whom an appeal or a demand is addressed to when the text names the addressee by a common noun that no word list holds:
/// "دعا الرزاز الأردنيين إلى"، "حضت واشنطن شركاءها في المجلس على"، "طالبا المجتمع الدولي بـ"، "دعا لاعبي فريقه إلى". The
/// verbs of appeal put the addressee between their subject and their complement (دعا X إلى، حث X على، طالب X بـ، ناشد X
/// أن), so a noun phrase standing there, with that complement after it, is the addressee whatever its word.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Words (folded, without و or ف) that open the complement of an appeal: إلى، على، أن، بأن.</summary>
    private static readonly HashSet<string> AppealComplementWords = new(StringComparer.Ordinal) { "الي", "علي", "ان", "بان", "ب" };

    /// <summary>How many words an addressee phrase may take before the complement of the appeal ("شركاءها الـ14 في مجلس الأمن على").</summary>
    private const int AddresseePhraseWindow = 7;

    /// <summary>
    /// The first token at or after <paramref name="j"/> that is not a comma, a day, an adverb of the <see cref="Skippable"/>
    /// list, a quotation mark or a phrase of time: "وحضت الولايات المتحدة، الأربعاء، شركاءها" puts the day between the
    /// subject and the addressee.
    /// </summary>
    private int AfterAdverbials(int j, int end)
    {
        while (j >= 0 && j < end)
        {
            if (AdverbialEnd(j, end) is var adverbial and > 0)
            {
                j = adverbial;
            }
            else if (_inTime[j] || Skippable.Contains(_tokens[j].Key) || IsQuotationMark(j))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    /// <summary>
    /// Words that open a phrase of where or how words were said ("في تغريدة"، "خلال كلمة"، "عبر حسابه"، "على صفحته": the quote
    /// stage may start the words after "في تغريدة").
    /// </summary>
    private static readonly HashSet<string> SayingPhraseOpeners = new(StringComparer.Ordinal) { "في", "خلال", "عبر", "علي" };

    /// <summary>How many words a phrase of where words were said may take before its closing comma.</summary>
    private const int SayingPhraseWindow = 10;

    /// <summary>
    /// The token after a phrase of where or how the words were said, set off by a comma between the subject and the
    /// addressee ("ودعا بن دغر في تغريدة على صفحته، الجميع إلى"), or <paramref name="j"/> when none starts there.
    /// </summary>
    private int AfterSayingPhrase(int j, int end)
    {
        if (j < 0 || j >= end || !ArticleActors.ListsWithoutConjunction(SayingPhraseOpeners, _tokens[j].Key))
        {
            return j;
        }

        for (var k = j + 1; k < end && k <= j + SayingPhraseWindow; k++)
        {
            var key = _tokens[k].Key;
            if (key is "،" or ",")
            {
                return AfterAdverbials(k + 1, end);
            }

            if (ClauseStops.Contains(key))
            {
                return j;
            }
        }

        return j;
    }

    /// <summary>
    /// Whether the word at <paramref name="j"/> opens a noun phrase that is the addressee of an appeal by its place: a definite
    /// noun ("المجتمع الدولي"، "الأردنيين"), a noun with a possessive pronoun ("شركاءها"، "أنصاره") or a plural in the
    /// construct state ("لاعبي فريقه"، "مسؤولي المدارس"), with the appeal's complement (إلى، على، أن، a word with ب or ل)
    /// after it in the clause. Not a preposition, a clause word, an event word ("طالب الإفراج عن": the demanded act), a
    /// name (names are the addressee search's own) or a time.
    /// </summary>
    private bool AddressedByPlace(int j, int end)
    {
        var token = _tokens[j];
        if (token.Kind != TokenKind.Word || token.Has(SegmentRole.Preposition) || _inTime[j] || _actors.StartingAt(j) is not null)
        {
            return false;
        }

        var key = ArticleActors.WithoutConjunction(token.Key);
        if (key.Length < 4 || StandalonePrepositions.Contains(key) || ClauseStops.Contains(key) || _readings.Lexeme(j) is not null)
        {
            return false;
        }

        if (key.EndsWith("ون", StringComparison.Ordinal) || key is "الاخير" or "الاخيره")
        {
            // "ويطالب الديمقراطيون بـ"، "ودعا المشاركون في الاجتماع إلى": a plural in ون is nominative, the verb's own subject;
            // so is "the latter" ("طلب الأخير من الفرقة أن").
            return false;
        }

        var definite = key.StartsWith("ال", StringComparison.Ordinal);
        if (definite && (key.EndsWith('ي') || key.EndsWith("يه", StringComparison.Ordinal)))
        {
            // "وطالبت منظمة الصحة العالمية بأن": a definite singular nisba is the adjective of the name before it.
            return false;
        }

        var possessed = !definite && token.Has(SegmentRole.Pronoun);
        var construct = !definite && key.Length >= 5 && key.EndsWith('ي');
        if (!definite && !possessed && !construct)
        {
            return false;
        }

        for (var k = j + 1; k < end && k <= j + AddresseePhraseWindow; k++)
        {
            var next = ArticleActors.WithoutConjunction(_tokens[k].Key);
            if (AppealComplementWords.Contains(next) || (_tokens[k].Has(SegmentRole.Preposition) && next.Length > 2 && next[0] is 'ب' or 'ل'))
            {
                return true;
            }

            if (_tokens[k].Kind is not (TokenKind.Word or TokenKind.Number) || ClauseStops.Contains(next) || _readings.Lexeme(k) is { Kind: EventWordKind.Verb })
            {
                return false;
            }
        }

        return false;
    }
}
