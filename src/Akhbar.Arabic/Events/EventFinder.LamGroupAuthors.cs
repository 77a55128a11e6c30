using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "في غارات للتحالف العربي"، "بغارة لطائرات التحالف"، "غارات لطيران التحالف استهدفت"، "هجمات متكررة للميليشيات على مواقع
/// الجيش": war reports give a noun of force its author after ل, and the author is as often an armed side the text names by a
/// common noun (the coalition, its aircraft, forces, militias) as a named body. <see cref="LamAuthor"/> takes only an
/// organization the entity stage linked; here the group words of an armed side or its aircraft after ل, right after the
/// noun or after its adjectives, are the source when nothing else in the sentence named one. On 1,500 political records
/// the pattern stood after 38 force nouns with no source, most of them the Saudi-led coalition's raids in Yemen.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// The armed side after ل that owns the noun of force ending at <paramref name="last"/>: a token with the ل clitic whose
    /// noun heads an armed side or its aircraft, within three tokens and with only the noun's adjectives between; its group
    /// phrase. Null otherwise.
    /// </summary>
    private EventArgument? LamGroupAuthor(int last, int end) =>
        LamPhraseAuthor(last, end, static noun => ArmedHeads.Contains(noun) || GroupActors.IsAircraft(noun), stopAtTime: false);

    /// <summary>
    /// The author after ل of the noun ending at <paramref name="last"/>: the first word with the ل clitic within three
    /// tokens, with only the noun's adjectives before it, whose noun after ل <paramref name="headsAuthor"/> accepts and where
    /// no entity starts; its group phrase. Null otherwise. With <paramref name="stopAtTime"/> a ل-word inside a time
    /// expression is no author either ("لليوم الثالث").
    /// </summary>
    private EventArgument? LamPhraseAuthor(int last, int end, Func<string, bool> headsAuthor, bool stopAtTime)
    {
        for (var j = last + 1; j < end && j <= last + 3; j++)
        {
            var token = _tokens[j];
            if (token.Kind == TokenKind.Word && !token.Has(SegmentRole.Conjunction) && !(stopAtTime && _inTime[j])
                && token.SegmentWith(SegmentRole.Preposition) is { } clitic && _doc.Text[clitic.Span.Start] == 'ل')
            {
                // The words before j were each tested as the noun's adjectives as the loop went; a name the entity stage
                // linked here is the other rules' to read.
                if (_actors.StartingAt(j) is not null || !headsAuthor(NounAfterLam(token.Key)))
                {
                    return null;
                }

                // After ل the words are the author's ("لطيران التحالف" gives "طيران التحالف"، "لأنصار الحزب" gives "أنصار
                // الحزب"); a word glued to لل keeps it, as the gold leaves such words whole ("للتحالف"، "للطلبة").
                var from = token.Key.StartsWith("لل", StringComparison.Ordinal) ? token.Span.Start : clitic.Span.End;
                return new EventArgument(new TextSpan(from, GroupArgument(j, end).Span.End), null);
            }

            if (!OnlyAdjectivesBetween(j, j + 1))
            {
                return null;
            }
        }

        return null;
    }
}
