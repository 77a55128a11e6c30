using Akhbar.Core.Model;

namespace Akhbar.Arabic.Quotes;

/// <summary>
/// "إنجلترا تقر فحصا بالمنظار للرحم": أقر also means "adopt", and an indefinite noun (with its adjective) between the cue and the word with
/// بـ is what was adopted; the بـ phrase then says how, and nothing is reported. Read as an unknown name, the noun became
/// the speaker ("فحصا") of a quote "بالمنظار ...". A subject after the verb is definite, a name or a speaker noun ("أقر
/// الوزير بوجود"، "اعترف فلان بـ"), a manner adverb ("اعترف ضمنا بـ") is skipped before this is asked, and a word with بـ of
/// its own ("وتعهدت بموجبها بخفض") is no object.
/// </summary>
internal sealed partial class QuoteFinder
{
    /// <summary>Whether the words in [from, to) before a `with` frame's بـ word are an indefinite noun (and its adjective) the cue governs.</summary>
    private bool IsWithObject(CueFrames frame, int from, int to)
    {
        if (frame != CueFrames.With || to <= from || to > from + 2)
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            if (_tokens[k].Kind != TokenKind.Word || _mentionStarting[k] is not null || _lexicon.IsSpeakerNoun(_tokens[k], out _) || IsDefiniteWord(k)
                || HasPreposition(_tokens[k]) || _tokens[k].Key.StartsWith('ب'))
            {
                return false;
            }
        }

        return true;
    }
}
