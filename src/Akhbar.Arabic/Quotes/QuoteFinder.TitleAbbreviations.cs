using Akhbar.Core.Model;

namespace Akhbar.Arabic.Quotes;

/// <summary>
/// "وأوضح د. سمير توكل مساعد أمين العاصمة، أن ..."، "وذكر د. الموسى في كلمة له، أن ...": Saudi and Gulf news abbreviate
/// the titles doctor (د.) and engineer (م.) with a full stop, and the search for the cue's frame stopped at it as at the end
/// of a clause, so the report was lost and the participles after it ("مبيناً"، "مؤكداً") took "د" for their subject. A stop
/// glued to a lone title letter with a word after it does not end the frame search, and the letter and stop are skipped
/// where a subject or holder opens.
/// </summary>
internal sealed partial class QuoteFinder
{
    /// <summary>Folded one-letter title abbreviations: د (doctor), م (engineer), ا (أ., professor or Mr).</summary>
    private static readonly HashSet<string> TitleLetters = new(StringComparer.Ordinal) { "د", "م", "ا" };

    /// <summary>Whether the token at <paramref name="k"/> is the full stop of a title abbreviation ("د."), a name after it.</summary>
    private bool IsTitleAbbreviationDot(int k) =>
        k > 0 && k + 1 < _tokens.Count && _tokens[k].Key == "." && TitleLetters.Contains(_tokens[k - 1].Key) && _tokens[k - 1].Kind == TokenKind.Word
        && _tokens[k + 1].Kind == TokenKind.Word && _tokens[k - 1].Span.End == _tokens[k].Span.Start;
}
