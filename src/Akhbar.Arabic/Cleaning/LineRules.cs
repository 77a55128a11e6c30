using System.Text.RegularExpressions;
using Akhbar.Core.Model;
using Akhbar.Resources;

namespace Akhbar.Arabic.Cleaning;

/// <summary>Where a rule applies: to a whole line (the line goes), or to the start of a line (only the match goes).</summary>
public enum RuleScope
{
    Line,
    Prefix,
}

/// <summary>A pattern for scraper leftovers, from <c>cleaning/line-rules.tsv</c>.</summary>
public sealed record LineRule(string Name, RemovalReason Reason, RuleScope Scope, Regex Pattern, string Positive, string Negative);

/// <summary>
/// The rules that remove ad placeholders, shortcodes and boilerplate lines. Lines longer than
/// <see cref="MaxLineLength"/> are never boilerplate as a whole: real leftovers are short, and this keeps
/// long content safe. Prefix rules (a share widget glued to the first sentence) remove only what they match.
/// </summary>
public sealed class LineRules
{
    public const int MaxLineLength = 400;

    public LineRules(IReadOnlyList<LineRule> rules)
    {
        Rules = rules;
        _lineRules = rules.Where(r => r.Scope == RuleScope.Line).ToArray();
        _prefixRules = rules.Where(r => r.Scope == RuleScope.Prefix).ToArray();
        _gate = new LineRuleGate(_lineRules);
    }

    private readonly LineRuleGate _gate;

    private readonly LineRule[] _lineRules;
    private readonly LineRule[] _prefixRules;

    public IReadOnlyList<LineRule> Rules { get; }

    public static LineRules Default { get; } = Load(TsvResource.Load("cleaning/line-rules.tsv"));

    public static LineRules Load(TsvResource tsv)
    {
        int name = tsv.Column("rule"), reason = tsv.Column("reason"), scope = tsv.Column("scope"), pattern = tsv.Column("pattern"),
            positive = tsv.Column("positive"), negative = tsv.Column("negative");
        var rules = tsv.Rows.Select(r => new LineRule(
            r[name],
            ParseReason(r[reason]),
            ParseScope(r[scope]),
            Compile(r[pattern]),
            r[positive],
            r[negative])).ToList();
        return new LineRules(rules);
    }

    /// <summary>The first whole-line rule that matches the clean line, or null.</summary>
    public LineRule? Match(string cleanLine)
    {
        if (cleanLine.Length > MaxLineLength)
        {
            return null;
        }

        // The gate rules out nearly every line at once; the rules still run in order on the lines it lets through.
        var joined = _gate.JoinedMatches(cleanLine);
        for (var i = 0; i < _lineRules.Length; i++)
        {
            var rule = _lineRules[i];
            if (_gate.MayMatch(i, joined, cleanLine) && IsMatch(rule.Pattern, cleanLine))
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>
    /// The first prefix rule that matches at the start of the clean line, with the length of the match in the
    /// clean line (the whole line when nothing follows the widget); null when none does.
    /// </summary>
    public (LineRule Rule, int Length)? MatchPrefix(string cleanLine)
    {
        foreach (var rule in _prefixRules)
        {
            var m = Safe(() => rule.Pattern.Match(cleanLine));
            if (m is { Success: true, Index: 0, Length: > 0 })
            {
                return (rule, m.Length);
            }
        }

        return null;
    }

    /// <summary>
    /// Linear-time matching where the pattern allows it (no lookarounds), so that no line can make cleaning slow;
    /// otherwise a backtracking regex with a timeout.
    /// </summary>
    private static Regex Compile(string pattern)
    {
        const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        try
        {
            return new Regex(pattern, Options | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, Options | RegexOptions.Compiled, TimeSpan.FromSeconds(2));
        }
    }

    /// <summary>As <see cref="Safe{T}"/>, without a delegate to allocate for every line and rule.</summary>
    private static bool IsMatch(Regex pattern, string line)
    {
        try
        {
            return pattern.IsMatch(line);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>A rule that takes too long to decide is taken as not matching: when in doubt, keep the content.</summary>
    private static T? Safe<T>(Func<T> match)
    {
        try
        {
            return match();
        }
        catch (RegexMatchTimeoutException)
        {
            return default;
        }
    }

    private static RemovalReason ParseReason(string s) => s switch
    {
        "ad-placeholder" => RemovalReason.AdPlaceholder,
        "markup" => RemovalReason.Markup,
        "boilerplate" => RemovalReason.Boilerplate,
        _ => throw new InvalidOperationException($"Unknown removal reason '{s}' in cleaning/line-rules.tsv."),
    };

    private static RuleScope ParseScope(string s) => s switch
    {
        "line" => RuleScope.Line,
        "prefix" => RuleScope.Prefix,
        _ => throw new InvalidOperationException($"Unknown rule scope '{s}' in cleaning/line-rules.tsv (line or prefix)."),
    };
}
