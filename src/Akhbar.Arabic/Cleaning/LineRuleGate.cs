using System.Buffers;
using System.Text.RegularExpressions;

namespace Akhbar.Arabic.Cleaning;

/// <summary>
/// Cheap necessary conditions for the whole-line rules, so that the rules run only on lines that can match them;
/// nearly every line matches none. It never changes which rule matches: a gate only answers "no" when the rule
/// itself would. Three gates:
/// <list type="bullet">
/// <item>The linear-time rules joined into alternations, as few as the automaton size limit allows (three for
/// the shipped rules): a few automaton passes over the line instead of one per rule. Timed over the 24,681 lines
/// of the first three corpus files: 17 ms of CPU, where the twenty-odd rules one by one took about 115 ms.</item>
/// <item>For a backtracking rule of the form <c>^(?=.*X)Y</c> (a keyword lookahead, which is what keeps it from
/// being linear), the keyword <c>X</c> searched alone: the lookahead's <c>.*</c> backtracks over the whole line,
/// and that one rule cost 64 ms on the same lines, the keyword search alone 21 ms. When the keyword is a list of plain
/// words (<c>(stc|زين|مسافة ثم)</c>), each word is searched as a string instead (a vectorized search each): the regex's
/// search for candidate first letters stops at nearly every ا and م of Arabic text. Before the keyword, the rule
/// without its lookahead (<c>^Y</c>, which every line the rule matches also matches) joins the alternations: for
/// <c>sms-codes</c>, whose <c>Y</c> is a run of a few words, digits and separators, the automaton rules out nearly
/// every line at its first letters, and the word searches run only on the lines it lets through (cleaning 82 to 75 ms
/// of CPU in <c>Akhbar.Bench cpu</c>).</item>
/// <item>For a rule of the form <c>^.{m,n}(word|word|...)</c>, the words searched as strings, instead of an automaton
/// that counts up to n characters of every line (cleaning 69 to 59 ms in <c>Akhbar.Bench cpu</c>).</item>
/// </list>
/// </summary>
internal sealed class LineRuleGate
{
    private const RegexOptions Linear = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>How a rule with a keyword lookahead starts (see <see cref="LookaheadKeyword"/>).</summary>
    private const string LookaheadStart = "^(?=.*";

    /// <summary>No rule: the rule has no gate and always runs.</summary>
    private const int NoGate = -1;

    private readonly List<Regex> _joined = [];
    private readonly int[] _joinedOf;
    private readonly Regex?[] _keywords;
    private readonly (string Word, StringComparison Comparison)[]?[] _keywordWords;

    /// <summary>
    /// Characters that the regex's case-insensitive matching takes for ASCII letters and an ordinal search does not
    /// (the Kelvin sign for k, the long s, the Turkish dotted and dotless i): a line with one of them goes to the regex.
    /// </summary>
    private static readonly SearchValues<char> CaseLookalikes = SearchValues.Create("\u0130\u0131\u017F\u212A");

    public LineRuleGate(IReadOnlyList<LineRule> rules)
    {
        _keywords = new Regex?[rules.Count];
        _keywordWords = new (string, StringComparison)[]?[rules.Count];
        _joinedOf = new int[rules.Count];
        var group = new List<string>();
        var groupRules = new List<int>();
        Regex? built = null;
        for (var i = 0; i < rules.Count; i++)
        {
            _joinedOf[i] = NoGate;
            var pattern = rules[i].Pattern.ToString();
            if (rules[i].Pattern.Options == Linear && StartsWithAnyCharacter(pattern))
            {
                continue;
            }

            if (rules[i].Pattern.Options == Linear)
            {
                Join(i, pattern);
            }
            else if (LookaheadKeyword(pattern) is { } keyword)
            {
                _keywords[i] = TryCompile(keyword, rules[i].Pattern.Options | RegexOptions.Compiled, rules[i].Pattern.MatchTimeout);
                if (_keywords[i] is not null && rules[i].Pattern.Options.HasFlag(RegexOptions.IgnoreCase))
                {
                    _keywordWords[i] = PlainWords(keyword) is { } words ? WithComparisons(SearchWords(words)) : null;
                }

                // Without its lookahead the rule is linear, and whatever line the rule matches, the rest matches too:
                // it joins the alternations as a first gate, and the keyword is searched only on the lines it lets through.
                if (((rules[i].Pattern.Options & ~RegexOptions.Compiled) | RegexOptions.NonBacktracking) == Linear)
                {
                    Join(i, "^" + pattern[(LookaheadStart.Length + keyword.Length + 1)..]);
                }
            }
        }

        if (groupRules.Count > 0)
        {
            Seal(built!, groupRules);
        }

        // The rules that start with "^." get alternations of their own: where they are, the automaton has to read up
        // to their count of characters of every line, while the alternations of the other rules stop after a few
        // letters on nearly every line (cleaning 74 to 69 ms of CPU in Akhbar.Bench cpu). The order the rules are
        // tried in does not change.
        //
        // Better still, a rule of the form ^.{m,n}(word|word|...) needs one of its words somewhere in the line: the words
        // are searched as strings and the rule gets no alternation. Run as an automaton, the bounded ".{0,100}" of three
        // such rules took about two thirds of all the line-rule time (about 15 of the 25 ms of CPU that the line rules
        // cost per pass of Akhbar.Bench cpu), as their counted states make it large.
        group = [];
        groupRules = [];
        for (var i = 0; i < rules.Count; i++)
        {
            var pattern = rules[i].Pattern.ToString();
            if (rules[i].Pattern.Options != Linear || !StartsWithAnyCharacter(pattern))
            {
                continue;
            }

            if (LeadingKeyword(pattern) is { } keyword && PlainWords(keyword) is { } words
                && TryCompile(keyword, rules[i].Pattern.Options & ~RegexOptions.NonBacktracking | RegexOptions.Compiled) is { } keywordPattern)
            {
                (_keywords[i], _keywordWords[i]) = (keywordPattern, WithComparisons(SearchWords(words)));
            }
            else
            {
                Join(i, pattern);
            }
        }

        if (groupRules.Count > 0)
        {
            Seal(built!, groupRules);
        }

        static bool StartsWithAnyCharacter(string pattern) => pattern.StartsWith("^.", StringComparison.Ordinal);

        void Join(int rule, string pattern)
        {
            // Each rule in its own group, so that its anchors and any inline option stay its own. A rule that
            // makes the automaton too large starts the next alternation.
            group.Add($"(?:{pattern})");
            var joined = TryCompile(string.Join('|', group), Linear);
            if (joined is null && group.Count > 1)
            {
                Seal(built!, groupRules);
                group = [group[^1]];
                groupRules = [];
                joined = TryCompile(group[0], Linear);
            }

            if (joined is null)
            {
                group.Clear();
                return;
            }

            built = joined;
            groupRules.Add(rule);
        }
    }

    /// <summary>Which joined alternations may match the line, one bit each, to pass to <see cref="MayMatch"/>.</summary>
    public ulong JoinedMatches(string line)
    {
        ulong bits = 0;
        for (var j = 0; j < _joined.Count; j++)
        {
            if (_joined[j].IsMatch(line))
            {
                bits |= 1UL << j;
            }
        }

        return bits;
    }

    /// <summary>Whether rule <paramref name="index"/> can match the line, as far as the gates know.</summary>
    public bool MayMatch(int index, ulong joinedMatches, string line)
    {
        if (_joinedOf[index] != NoGate && (joinedMatches & (1UL << _joinedOf[index])) == 0)
        {
            return false;
        }

        // The lookahead's ".*" stops at a line feed, so the keyword found anywhere is at worst a weaker condition
        // than the lookahead: the gate stays a necessary one. A keyword search that times out lets the rule decide.
        if (_keywords[index] is not { } keyword)
        {
            return true;
        }

        // Each word found ignoring case matches wherever the regex would: a superset, since the regex is no more
        // lenient about case except for the look-alikes, which send the line to it.
        if (_keywordWords[index] is { } words && !line.AsSpan().ContainsAny(CaseLookalikes))
        {
            foreach (var (w, comparison) in words)
            {
                if (line.Contains(w, comparison))
                {
                    return true;
                }
            }

            return false;
        }

        try
        {
            return keyword.IsMatch(line);
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
    }

    /// <summary>Gives the rules of one alternation its bit; past 64 alternations, rules run ungated.</summary>
    private void Seal(Regex joined, List<int> rules)
    {
        if (_joined.Count == 64)
        {
            return;
        }

        foreach (var r in rules)
        {
            _joinedOf[r] = _joined.Count;
        }

        _joined.Add(joined);
    }

    /// <summary>The <c>X</c> of a pattern that starts <c>^(?=.*X)</c>, or null.</summary>
    internal static string? LookaheadKeyword(string pattern)
    {
        const string Start = LookaheadStart;
        if (!pattern.StartsWith(Start, StringComparison.Ordinal))
        {
            return null;
        }

        // Character classes are left out rather than parsed (a bracket in one need not be balanced): such a rule
        // just has no keyword gate.
        var depth = 1;
        for (var i = Start.Length; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '[')
            {
                return null;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth == 0)
            {
                var keyword = pattern[Start.Length..i];
                return keyword.Length > 0 ? keyword : null;
            }
        }

        return null;
    }

    /// <summary>The group <c>(X)</c> of a pattern that starts <c>^.{m,n}(X)</c> with no group or class inside X, or null.</summary>
    internal static string? LeadingKeyword(string pattern)
    {
        if (!pattern.StartsWith("^.{", StringComparison.Ordinal))
        {
            return null;
        }

        var close = pattern.IndexOf('}', 3);
        if (close < 0 || close + 1 >= pattern.Length || pattern[close + 1] != '(' || pattern.AsSpan(3, close - 3).IndexOfAnyExcept(CountChars) >= 0)
        {
            return null;
        }

        var end = pattern.IndexOfAny(['(', ')', '[', '\\'], close + 2);
        return end > close + 2 && pattern[end] == ')' ? pattern[(close + 1)..(end + 1)] : null;
    }

    private static readonly SearchValues<char> CountChars = SearchValues.Create("0123456789,");

    /// <summary>
    /// The words of a keyword that is one group of alternatives made only of ASCII letters, Arabic letters and inner
    /// spaces (<c>(stc|زين|مسافة ثم)</c>), or null for any other pattern.
    /// </summary>
    internal static string[]? PlainWords(string keyword)
    {
        if (keyword.Length < 3 || keyword[0] != '(' || keyword[^1] != ')')
        {
            return null;
        }

        var words = keyword[1..^1].Split('|');
        foreach (var w in words)
        {
            if (w.Length == 0 || w[0] == ' ' || w[^1] == ' ')
            {
                return null;
            }

            foreach (var c in w)
            {
                // Outside ASCII only Arabic letters, which have no case: another letter may have case variants that an
                // ordinal search does not know (ß and ẞ).
                if (c != ' ' && !char.IsAsciiLetter(c) && !(c is >= '\u0600' and <= '\u06FF' && char.IsLetter(c)))
                {
                    return null;
                }
            }
        }

        return words;
    }

    /// <summary>
    /// Strings to search for instead of the words: a line that holds a word holds every part of it, so each word can be
    /// cut to a part that is quicker to find. An ordinal search looks for a word's first and last letters together, and
    /// stops at every place both are where they should be; a leading ا or ل, the commonest Arabic letters, makes it stop
    /// all the time, so they are cut off (down to three letters). A word that holds another of the list is dropped.
    /// </summary>
    internal static string[] SearchWords(string[] words)
    {
        var cut = words.Select(w =>
        {
            var start = 0;
            while (w.Length - start > 3 && w[start] is 'ا' or 'ل' or 'أ' or 'إ')
            {
                start++;
            }

            return w[start..];
        }).Distinct().ToArray();
        return [.. cut.Where(w => !cut.Any(other => other != w && w.Contains(other, StringComparison.OrdinalIgnoreCase)))];
    }

    /// <summary>
    /// Each word with the comparison to search it with, chosen once: only a word with ASCII letters needs the
    /// case-insensitive search, which is much slower on Arabic text; Arabic letters have no case. (A single
    /// <see cref="SearchValues{T}"/> of all the words, tried instead of one search per word, made cleaning more than
    /// twice as slow on this text.)
    /// </summary>
    private static (string Word, StringComparison Comparison)[] WithComparisons(string[] words) =>
        [.. words.Select(w => (w, w.Any(char.IsAsciiLetter) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))];

    /// <summary>A gate that cannot be built (too large an automaton, say) is no gate: the rules then run as before.</summary>
    private static Regex? TryCompile(string pattern, RegexOptions options, TimeSpan? timeout = null)
    {
        try
        {
            return new Regex(pattern, options, timeout ?? Regex.InfiniteMatchTimeout);
        }
        catch (Exception e) when (e is NotSupportedException or ArgumentException)
        {
            return null;
        }
    }
}
