using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "والتقى الرجلان في المطار"، "عقب اجتماع الزعيمين"، "محادثات بين الرئيسين": news names the two people of a meeting again by
/// a dual noun of persons once it has named both. The dual is no entity, so the joint act took one side from the speaker or
/// the subject carried over and had no partner. It stands for the two persons named last before it: the one named first is
/// the source, the other the target, as "قمة بين X وY" has them.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// Dual nouns of persons (folded, nominative and oblique): the two men, leaders, presidents, ministers. Not "الجانبان" or
    /// "البلدان", whose sides are as often bodies, peoples or places as the persons named last.
    /// </summary>
    private static readonly HashSet<string> PersonDuals = new(StringComparer.Ordinal)
    {
        "الرجلان", "الرجلين", "الزعيمان", "الزعيمين", "الرييسان", "الرييسين", "الوزيران", "الوزيرين", "القايدان", "القايدين",
    };

    /// <summary>How many sentences before the dual's own are searched for the two persons it refers to.</summary>
    private const int DualReferenceSentences = 2;

    /// <summary>
    /// The two persons a dual noun of persons refers to, when it is the subject right after a joint verb ("التقى الرجلان")
    /// or the genitive of a joint noun, with or without بين ("اجتماع الرجلين"، "لقاء بين الزعيمين"): the two distinct persons
    /// named nearest before it, both in its own sentence or both in the two before. Null when the dual has its own names
    /// after it ("الرئيسان الروسي بوتين والسوري الأسد", which the names' own rules read) or fewer than two persons are named
    /// before.
    /// </summary>
    private (ActorMention First, ActorMention Second)? DualReferenceSides(int k, int last, int end, EventLexeme lexeme)
    {
        var dual = last + 1;
        if (lexeme.Kind == EventWordKind.Noun && dual < end && _tokens[dual].Key == "بين")
        {
            dual++;
        }

        if (dual >= end || !PersonDuals.Contains(_tokens[dual].Key) || (dual + 1 < end && (_actors.StartingAt(dual + 1) is not null || IsDefiniteNisba(dual + 1))))
        {
            return null;
        }

        // Both persons in the dual's own sentence ("وكان ترمب وكيم اجتمعا ...، والتقى الرجلان"), else both in the sentences
        // before it: a single person named in its own sentence is most often who reports the meeting ("وأعلن مستشار الكرملين،
        // يوري أوشاكوف، عن قرار عقد القمة بين الرئيسين"), not one of the two.
        var sentence = _sentenceOf[k];
        return LastTwoPersons(_sentenceStart[sentence], k)
            ?? (sentence > 0 ? LastTwoPersons(_sentenceStart[Math.Max(0, sentence - DualReferenceSentences)], _sentenceStart[sentence]) : null);
    }

    /// <summary>The two distinct persons named nearest before <paramref name="before"/> from <paramref name="from"/> on, the earlier first; null when fewer.</summary>
    private (ActorMention First, ActorMention Second)? LastTwoPersons(int from, int before)
    {
        ActorMention? nearest = null;
        for (var j = before - 1; j >= from; j--)
        {
            if (_actors.EndingAt(j) is not { } m)
            {
                continue;
            }

            j = m.First;
            if (m.Entity.Type != EntityType.Person || !m.IsActor)
            {
                continue;
            }

            if (nearest is not { } second)
            {
                nearest = m;
            }
            else if (second.Entity.Id != m.Entity.Id)
            {
                return (m, second);
            }
        }

        return null;
    }

    /// <summary>Whether the word at <paramref name="j"/> is a definite nisba adjective ("الروسي"), not a word that merely ends in ي ("في").</summary>
    private bool IsDefiniteNisba(int j) =>
        _tokens[j].Kind == TokenKind.Word && ArticleActors.WithoutConjunction(_tokens[j].Key) is var key && key.StartsWith("ال", StringComparison.Ordinal) && IsNisba(key);
}
