using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "على خلفية اتهام النظام بقصف دوما"، "اتهام رئيس الوزراء السابق بغسل الأموال": the singular verbal noun of accusing works
/// like its verb, so the name in its genitive is, when the charge follows it (ب or في), the one accused, not the accuser
/// the noun path takes a genitive for ("هجوم القوات"، "زيارة البشير"). With a second name between the genitive and the
/// charge ("اتهام الحكومة البريطانية روسيا بتسميم"), the genitive is the subject of the verbal noun and the second name its
/// object, as after the verb. The plural ("اتهامات بريطانيا بالتسميم": Britain's accusations) and the definite noun are
/// nouns of their own, whose genitive stays the author; a name after ل is read by the preposition rules ("اتهام بريطانيا
/// لروسيا"). With the accused in the genitive the accuser is left unnamed, as the gold codes it: a speaker whose words open
/// with the noun ("اعتبر بوتين أن اتهام موسكو بتسميم العميل هراء") is as often answering the accusation as making it.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>The accuser and the accused that a singular accusation noun's genitive and charge name; null when they do not.</summary>
    private (ActorMention? Accuser, ActorMention Accused)? AccusedGenitive(int k, int last, int end, EventLexeme lexeme)
    {
        if (lexeme.Kind != EventWordKind.Noun || lexeme.Cameo != "112" || last != k || last + 1 >= end || _tokens[k].Has(SegmentRole.Pronoun)
            || BareAccusationNoun(_tokens[k]) != lexeme.Lemma
            || _actors.StartingAt(last + 1) is not { IsActor: true, Preposition: null } genitive || genitive.Last + 1 >= end)
        {
            return null;
        }

        if (OpensCharge(genitive.Last + 1))
        {
            return (null, genitive);
        }

        return _actors.StartingAt(genitive.Last + 1) is { IsActor: true, Preposition: null } accused && accused.Entity.Id != genitive.Entity.Id
            && accused.Last + 1 < end && OpensCharge(accused.Last + 1)
            ? (genitive, accused)
            : null;
    }

    /// <summary>The token's key without a conjunction and a ب or ل clitic ("وباتهام" -> "اتهام"); the article stays.</summary>
    private static string BareAccusationNoun(Token token)
    {
        var key = ArticleActors.WithoutConjunction(token.Key);
        return key.Length > 3 && key[0] is 'ب' or 'ل' && token.Has(SegmentRole.Preposition) ? key[1..] : key;
    }

    /// <summary>Whether token j opens the charge of an accusation: a word with the ب clitic ("بقصف"), a separate ب, or في.</summary>
    private bool OpensCharge(int j)
    {
        var token = _tokens[j];
        return token.Kind == TokenKind.Word && (token.Key is "في" or "ب" or "بـ" || (token.Key[0] == 'ب' && token.Has(SegmentRole.Preposition)));
    }
}
