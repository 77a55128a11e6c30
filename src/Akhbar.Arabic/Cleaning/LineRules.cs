using System.Text.RegularExpressions;
using Akhbar.Core.Model;
using Akhbar.Resources;

namespace Akhbar.Arabic.Cleaning;

/// <summary>A whole-line pattern for scraper leftovers, from <c>cleaning/line-rules.tsv</c>.</summary>
public sealed record LineRule(string Name, RemovalReason Reason, Regex Pattern, string Positive, string Negative);

/// <summary>
/// The whole-line rules that remove ad placeholders, shortcodes and boilerplate lines. Lines longer than
/// <see cref="MaxLineLength"/> are never boilerplate: real leftovers are short, and this keeps long content safe.
/// </summary>
public sealed class LineRules
{
    public const int MaxLineLength = 400;

    public LineRules(IReadOnlyList<LineRule> rules) => Rules = rules;

    public IReadOnlyList<LineRule> Rules { get; }

    public static LineRules Default { get; } = Load(TsvResource.Load("cleaning/line-rules.tsv"));

    public static LineRules Load(TsvResource tsv)
    {
        int name = tsv.Column("rule"), reason = tsv.Column("reason"), pattern = tsv.Column("pattern"),
            positive = tsv.Column("positive"), negative = tsv.Column("negative");
        var rules = tsv.Rows.Select(r => new LineRule(
            r[name],
            ParseReason(r[reason]),
            new Regex(r[pattern], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1)),
            r[positive],
            r[negative])).ToList();
        return new LineRules(rules);
    }

    /// <summary>The first rule that matches the whole clean line, or null.</summary>
    public LineRule? Match(string cleanLine)
    {
        if (cleanLine.Length > MaxLineLength)
        {
            return null;
        }

        foreach (var rule in Rules)
        {
            if (rule.Pattern.IsMatch(cleanLine))
            {
                return rule;
            }
        }

        return null;
    }

    private static RemovalReason ParseReason(string s) => s switch
    {
        "ad-placeholder" => RemovalReason.AdPlaceholder,
        "markup" => RemovalReason.Markup,
        "boilerplate" => RemovalReason.Boilerplate,
        _ => throw new InvalidOperationException($"Unknown removal reason '{s}' in cleaning/line-rules.tsv."),
    };
}
