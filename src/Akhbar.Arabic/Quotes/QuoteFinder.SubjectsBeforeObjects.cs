using Akhbar.Core.Model;

namespace Akhbar.Arabic.Quotes;

/// <summary>
/// A verb's subject that neither the tagger nor the speaker nouns know, written between the verb and its object: news
/// Arabic puts the subject right after the verb, so "أعلنت فصائل المعارضة، الأربعاء، فشل المفاوضات" and "ودعا المحتجون
/// الحكومة إلى" used to read the subject as the first words of the object (the quote swallowed who spoke). Two signs
/// mark the subject's end without a name: a day or time set off by commas after it (nobody writes the object's head,
/// then "، الأربعاء،", then the rest of it), and a sound masculine plural in its nominative ending ـون, which is
/// never the object (that would end in ـين).
/// </summary>
internal sealed partial class QuoteFinder
{
    /// <summary>The most tokens of an unknown subject before the set-off time words.</summary>
    private const int LongestUnknownSubject = 6;

    /// <summary>Folded definite words in ـون that are no plural of persons (shorter ones, الكون، اللون, fall below IsNominativePlural's length).</summary>
    private static readonly HashSet<string> SingularsInUn = new(StringComparer.Ordinal) { "التلفزيون", "التليفزيون", "القانون", "الزيتون", "المليون", "الفرعون" };

    /// <summary>
    /// The subject [from, comma) and where the object starts, when words with no comma among them are followed by
    /// "، <time words>،" ("قوات الجيش، السبت، استكمال ..."); null otherwise.
    /// </summary>
    private (Carried Subject, int ObjectFrom)? SubjectBeforeSetOffTime(int from, int end)
    {
        for (var comma = from + 1; comma < end && comma <= from + LongestUnknownSubject; comma++)
        {
            if (!IsComma(comma))
            {
                if (ThatWords.Contains(_tokens[comma].Key) || _lexicon.Cue(_tokens[comma]) is not null)
                {
                    return null;
                }

                continue;
            }

            var after = SkipTimeWords(comma, end);
            if (after < end && after > comma + 2 && IsComma(after - 1) && Phrase(from, comma, strict: false) is { } subject)
            {
                return (subject, after);
            }

            return null;
        }

        return null;
    }

    /// <summary>Whether token k is a definite sound masculine plural in the nominative ("المحتجون", "الفلسطينيون").</summary>
    private bool IsNominativePlural(int k)
    {
        var key = _tokens[k].Key;
        return _tokens[k].Kind == TokenKind.Word && key.Length >= 7 && key.StartsWith("ال", StringComparison.Ordinal) && key.EndsWith("ون", StringComparison.Ordinal)
            && !SingularsInUn.Contains(key) && _mentionStarting[k] is null;
    }
}
