using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Support for an idea, a policy or an effort is no event: "أكد أن البنتاغون يدعم جهود الدبلوماسية"، "توفير الأدلة التي تدعم
/// ذلك"، "ودعم المسار السياسي". The gold codes support (051) at a side that is supported, and the participle rule already
/// codes nothing for "الداعمين للبقاء" (EventFinder.SupportingSides); a verb or noun of support (دعم، ساند، مساندة) with no
/// target whose object, right after it, is a thing rather than a side is dropped the same way. An object that is a name,
/// a group or a title ("يدعم تنظيم داعش"، "مساندة لقوات الشرعية"), or a pronoun on a verb ("تدعمه") stays.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>The letters of the support words whose idea objects are read here (folded): دعم، ساند and مساندة.</summary>
    private static readonly string[] SupportRoots = ["دعم", "ساند"];

    /// <summary>Prepositions with a pronoun (folded) that may stand between a verb of support and its object ("تساند فيها").</summary>
    private static readonly HashSet<string> PrepositionsWithPronoun = new(StringComparer.Ordinal) { "فيه", "فيها", "فيهم", "له", "لها", "لهم", "بها", "به" };

    /// <summary>Removes support events (051) with no target whose object is a thing, not a side.</summary>
    private void SupportedIdeas()
    {
        _events.RemoveAll(e => e.Basis == EventBasis.Trigger && e.Cameo == "051" && e.Target is null && SupportsAThing(ArticleActors.TokenAt(_tokens, e.Trigger.Start)));
    }

    /// <summary>
    /// Whether the support word at <paramref name="k"/> has a thing for its object: the first word after it (past
    /// adjectives) is a word with no clitic that names no actor, group or title and is in construct with no name; false for
    /// other words, and for a present verb with an object pronoun, which stands for a side named before.
    /// </summary>
    private bool SupportsAThing(int k)
    {
        if (k < 0 || !IsSupportWord(_tokens[k]))
        {
            return false;
        }

        var key = ArticleActors.WithoutConjunction(_tokens[k].Key);
        if (_tokens[k].Has(SegmentRole.Pronoun) && key[0] is 'ي' or 'ت' or 'ن')
        {
            return false;
        }

        var end = _sentenceEnd[_sentenceOf[k]];
        var j = k + 1;
        // A noun with a possessive pronoun takes no definite genitive: the definite words after it are its adjectives.
        var possessed = _tokens[k].Has(SegmentRole.Pronoun);
        while (j < end && j <= k + 2 && _actors.StartingAt(j) is null && _tokens[j].Kind == TokenKind.Word
            && _tokens[j].Key.StartsWith("ال", StringComparison.Ordinal) && (possessed || IsNisba(_tokens[j].Key)))
        {
            // "دعمها الثابت"، "دعمنا المتواصل"، "دعمه الكامل": adjectives of the support itself.
            j++;
        }

        if (j >= end || _tokens[j].Kind != TokenKind.Word || _actors.StartingAt(j) is not null)
        {
            return false;
        }

        // "دعمها للحكومة اليمنية"، "دعما للرئيس"، "دعمها الواضح والمؤثر للحكومة": a phrase after ل, or an adjective joined by و,
        // goes on to the supported side; "وتدعم دولة الرئيس فلان": a noun in construct with a name is that side.
        // "تساند فيها مرشحين": a preposition with a pronoun puts the object further on.
        var token = _tokens[j];
        if (token.Has(SegmentRole.Preposition) || token.Has(SegmentRole.Conjunction) || PrepositionsWithPronoun.Contains(token.Key)
            || (j + 1 < end && (_actors.StartingAt(j + 1) is not null || IsTitle(_tokens[j + 1]))))
        {
            return false;
        }

        return !GroupActors.Is(token) && !IsTitle(token) && !GenericActors.IsActorNoun(token) && !IsSideWord(token)
            && !ClauseStops.Contains(ArticleActors.WithoutConjunction(token.Key));
    }

    /// <summary>Whether the token is a form of دعم or ساند (with its clitics), the support words this rule reads.</summary>
    private static bool IsSupportWord(Token token)
    {
        foreach (var root in SupportRoots)
        {
            if (token.Key.Contains(root, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the word names a side the support may be for without being a group word, with ل or without
    /// (<see cref="SupportedSideNouns"/>: الشرعية، المعارضة، الفصائل، النظام).
    /// </summary>
    private static bool IsSideWord(Token token)
    {
        var key = ArticleActors.WithoutConjunction(token.Key);
        var bare = key.StartsWith("لل", StringComparison.Ordinal) ? "ال" + key[2..] : key;
        return SupportedSideNouns.Contains(bare);
    }
}
