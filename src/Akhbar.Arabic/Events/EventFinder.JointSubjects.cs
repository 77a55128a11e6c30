namespace Akhbar.Arabic.Events;

/// <summary>
/// "وقالت الرئاسة إن ماكرون وترامب ناقشا التطورات"، "ترامب وكوشنر يبحثان الأزمة": a verb of meeting that takes its partner
/// after مع (بحث، ناقش، تحدث) has it among its subjects when its dual form says two actors joined by و do it together, so
/// the missing مع does not make it another sense. The second subject is then the partner, as for "اجتمع ماكرون وميركل".
/// Only the dual: with a singular verb two names after it are as often the sides of what was discussed ("بحث العلاقات بين
/// الإمارات واليمن") or one name split in two.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// Whether the verb at token k is a dual (بحثا، ناقشا، يبحثان، سيناقشان) with two different actors joined by و right
    /// before it in its clause (SVO) or right after it (VSO).
    /// </summary>
    private bool HasJointSubjects(int k, int last, int start, int end)
    {
        if (!IsDualVerb(ArticleActors.WithoutConjunctionSpan(_tokens[k].Key)))
        {
            return false;
        }

        var before = SubjectsBefore(k, start);
        if (before.Count > 1 && (before[^1].Last >= k - 2 || OnlyAuxiliariesBetween(before[^1].Last + 1, k)))
        {
            return before[0].Entity.Id != before[1].Entity.Id;
        }

        if (NextActor(last + 1, end) is not { } after)
        {
            return false;
        }

        var joined = new List<ActorMention> { after };
        AddCoordinated(joined, after, end);
        return joined.Count > 1 && joined[0].Entity.Id != joined[1].Entity.Id;
    }

    /// <summary>A verb form of the dual: a past in ا (ناقشا، بحثا), a present in ان after its prefix (يبحثان، سيناقشان).</summary>
    private static bool IsDualVerb(ReadOnlySpan<char> key)
    {
        if (key.Length > 1 && key[0] == 'س')
        {
            key = key[1..];
        }

        return (key.Length >= 4 && key[^1] == 'ا' && !key.StartsWith("ال", StringComparison.Ordinal))
            || (key.Length >= 5 && key[0] is 'ي' or 'ت' && key.EndsWith("ان", StringComparison.Ordinal));
    }
}
