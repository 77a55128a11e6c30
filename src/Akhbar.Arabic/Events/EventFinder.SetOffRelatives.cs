using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "وشدد العبادي، الذي دعا إلى عقد لقاء"، "قاسم سليماني، الذي حذر واشنطن من"، "كريستين بلازي فورد، التي اتهمت كافانو": a
/// relative clause set off by a comma tells what its antecedent did as often as a restrictive one does, and its verb had no
/// subject at all (the restrictive reading stops at the comma). The antecedent acts when the verb agrees with the relative
/// and nothing in the clause stands for the antecedent again: a pronoun of the relative's person in the clause makes the
/// antecedent the object or the owner, and the subject follows the verb ("فنزويلا، التي تتهم إدارة ترامب نظامها"، "تيريزا
/// ماي، التي اتهمت فيها موسكو"). Coercion and force (17-20) are left out: a past verb of them after a comma is mostly a
/// passive ("برانسون، الذي احتجز في تركيا"، "الذي قتل خلاله السفير") and a present one a state ("الحوثيين، الذين يسيطرون على").
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>How many words after the verb the search for a pronoun that takes the antecedent up again reads.</summary>
    private const int ResumptiveWindow = 8;

    /// <summary>
    /// The antecedent of the relative pronoun at <paramref name="relative"/>, set off by a comma before it, as the subject of
    /// verb <paramref name="k"/>; null when the clause has a subject of its own or the verb is of coercion or force.
    /// </summary>
    private ActorMention? SetOffRelativeSubject(int k, int relative, int start, int end, EventLexeme lexeme)
    {
        if (relative < 2 || _tokens[relative - 1].Key is not ("،" or ",") || HasRoot(lexeme.Cameo, '1', '7') || HasRoot(lexeme.Cameo, '1', '8')
            || HasRoot(lexeme.Cameo, '1', '9') || HasRoot(lexeme.Cameo, '2', '0') || !VerbAgreesWithRelative(relative, k))
        {
            return null;
        }

        return AntecedentOfRelative(relative, start) is { } antecedent && !ResumesAntecedent(relative, k, end) ? antecedent : null;
    }

    /// <summary>
    /// Whether a word of the clause after verb <paramref name="k"/>, before the next comma, carries the pronoun of the relative
    /// at <paramref name="relative"/> (ه for الذي, ها for التي, هم for الذين): "نظامها", "بمقتضاه", "فيها".
    /// </summary>
    private bool ResumesAntecedent(int relative, int k, int end)
    {
        var pronoun = _tokens[relative].Key switch
        {
            "الذي" => "ه",
            "التي" => "ها",
            "الذين" => "هم",
            _ => null,
        };
        if (pronoun is null)
        {
            return true;
        }

        for (var j = k + 1; j < end && j <= k + ResumptiveWindow && _tokens[j].Key is not ("،" or ","); j++)
        {
            if (_tokens[j].SegmentWith(SegmentRole.Pronoun) is { } attached
                && _doc.Text.AsSpan(attached.Span.Start, attached.Span.Length).SequenceEqual(pronoun))
            {
                return true;
            }
        }

        return false;
    }
}
