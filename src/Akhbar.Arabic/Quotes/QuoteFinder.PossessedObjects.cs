using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Quotes;

/// <summary>
/// "وأعلن تنظيم داعش مسؤوليته عن الهجوم", "وأعلنت الحركة مسؤوليتها عنه": a noun with a possessive pronoun right before the
/// عن of a cue, after a subject that ends in a definite word or a name, is the verb's object, not the last word of who
/// speaks. Read as part of the subject it made "تنظيم داعش مسؤوليته" the speaker and left only "الهجوم" as the words; the
/// gold convention keeps the object with what is reported ("مسؤوليته عن الهجوم").
/// </summary>
internal sealed partial class QuoteFinder
{
    /// <summary>
    /// Folded stems that take a possessive pronoun inside the subject phrase itself ("الرئيس نفسه"; "الوزير بدوره" is cut by
    /// its glued بـ already): emphasis and quantity words, never an object, and بلاد of "وزير خارجية بلاده".
    /// </summary>
    private static readonly HashSet<string> SubjectEmphasisStems = new(StringComparer.Ordinal) { "نفس", "ذات", "كل", "جميع", "بعض", "وحد", "عين", "بلاد" };

    /// <summary>
    /// Whether the token at <paramref name="noun"/> (the word before the عن of an `about` cue at <paramref name="cue"/>)
    /// is the verb's possessed object: a bare stem with a pronoun suffix (no article, no glued conjunction or preposition),
    /// not a name, right after a word of the subject that is not a preposition, an adverb or a role noun without the article.
    /// </summary>
    private bool IsPossessedObjectBeforeAbout(int cue, int noun)
    {
        if (noun - 1 <= cue || _tokens[noun].Kind != TokenKind.Word || _tokens[noun - 1].Kind != TokenKind.Word || MentionWithin(noun, noun + 1) || _mentionEnding[noun] is not null)
        {
            return false;
        }

        var segments = _tokens[noun].Segments;
        if (segments.Length < 2 || segments[^1].Role != SegmentRole.Pronoun || segments[0].Role != SegmentRole.Stem)
        {
            return false;
        }

        var stem = ArabicFolding.Fold(_doc.Text.AsSpan(segments[0].Span.Start, segments[0].Span.End - segments[0].Span.Start));
        if (SubjectEmphasisStems.Contains(stem))
        {
            return false;
        }

        // "رئيس مجلس إدارته", "وزير خارجيته": after a role noun without the article the possessed noun is its genitive, part
        // of who speaks; after the article or a name ("الحركة مسؤوليتها", "تنظيم داعش مسؤوليته") the subject is complete.
        var before = _tokens[noun - 1];
        var definite = before.Key.StartsWith("ال", StringComparison.Ordinal);
        return _mentionEnding[noun - 1] is not null
            || (!PrepositionWords.Contains(before.Key) && !IsAdverbial(before) && (definite || !_lexicon.IsSpeakerNoun(before, out _)));
    }
}
