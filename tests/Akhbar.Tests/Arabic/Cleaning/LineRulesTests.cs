using System.Text.RegularExpressions;
using Akhbar.Arabic.Cleaning;
using Akhbar.Core.Model;

namespace Akhbar.Tests.Arabic.Cleaning;

public class LineRulesTests
{
    public static TheoryData<string> RuleNames() => [.. LineRules.Default.Rules.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Every_rule_matches_its_positive_example_and_not_its_negative_one(string name)
    {
        var rule = LineRules.Default.Rules.Single(r => r.Name == name);
        Assert.True(rule.Pattern.IsMatch(rule.Positive), $"{name} should match its positive example");
        Assert.False(rule.Pattern.IsMatch(rule.Negative), $"{name} should not match its negative example");
        Assert.Null(LineRules.Default.Match(rule.Negative));
        Assert.Null(LineRules.Default.MatchPrefix(rule.Negative));
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void A_line_rule_matches_its_positive_example_as_a_whole_line_and_a_prefix_rule_leaves_the_sentence(string name)
    {
        var rule = LineRules.Default.Rules.Single(r => r.Name == name);
        if (rule.Scope == RuleScope.Line)
        {
            Assert.Same(rule, LineRules.Default.Match(rule.Positive));
        }
        else
        {
            var prefix = LineRules.Default.MatchPrefix(rule.Positive);
            Assert.NotNull(prefix);
            Assert.Same(rule, prefix.Value.Rule);
            Assert.False(string.IsNullOrWhiteSpace(rule.Positive[prefix.Value.Length..]), $"{name} must leave the sentence after the widget");
            Assert.Null(LineRules.Default.Match(rule.Positive));
        }
    }

    /// <summary>
    /// The gate that skips rules on lines they cannot match must never change the answer: every example line,
    /// and the examples glued together or cut in half, get the first rule that matches when all rules run in order.
    /// </summary>
    [Fact]
    public void The_gated_match_is_the_first_rule_that_matches_in_order()
    {
        var rules = LineRules.Default.Rules;
        var examples = rules.SelectMany(r => new[] { r.Positive, r.Negative, r.Positive[..(r.Positive.Length / 2)] })
            .Concat(rules.Zip(rules.Skip(1), (a, b) => a.Positive + " " + b.Positive))
            .Concat(["", " ", "x", "[ads]", "*خاص الموقع", "زين 12345, الاتصالات 678"])
            // Keywords searched as words: any case, and the look-alike letters that the regex also takes for ASCII ones.
            .Concat(["STC 12345", "Mobily 1200", "ZaIn 5", "\u017Ftc 12345", "ــ زين 1", "بالرمز 55 مسافة ثم 7", "بالرمز 55 مسافة  ثم 7"]);
        foreach (var line in examples)
        {
            var expected = line.Length > LineRules.MaxLineLength
                ? null
                : rules.FirstOrDefault(r => r.Scope == RuleScope.Line && r.Pattern.IsMatch(line));
            Assert.Same(expected, LineRules.Default.Match(line));
        }
    }

    /// <summary>
    /// A keyword-lookahead rule is gated by its pattern without the lookahead, then by its keyword; a rule that starts
    /// with "^." sits in an alternation of its own. Neither changes which rule matches first, on rules written here.
    /// </summary>
    [Fact]
    public void Lookahead_rules_and_rules_that_start_with_any_character_keep_the_first_match_in_order()
    {
        const RegexOptions Linear = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
        const RegexOptions Backtracking = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
        LineRule Rule(string name, string pattern, RegexOptions options) =>
            new(name, RemovalReason.Boilerplate, RuleScope.Line, new Regex(pattern, options), "", "");
        var codes = Rule("codes", @"^(?=.*(زين|stc))([\s,\-]|\d{1,5}|زين|stc)+$", Backtracking);
        var endsHere = Rule("ends-here", @"^.{0,40}هنا$", Linear);
        var clickHere = Rule("click-here", @"^.{0,20}اضغط\s+هنا$", Linear);
        var separator = Rule("separator", @"^-{4,}$", Linear);
        var subscribe = Rule("subscribe", @"^.{0,30}(للاشتراك|اشترك|اشتركوا)\s+أرسل\s+\d+$", Linear);
        var rules = new LineRules([codes, endsHere, clickHere, separator, subscribe]);

        Assert.Same(codes, rules.Match("زين 12345, STC 6789"));
        Assert.Null(rules.Match("12345, 6789"));
        Assert.Null(rules.Match("زين تحقق أرباحا بلغت 12345"));
        Assert.Same(endsHere, rules.Match("للمزيد اضغط هنا"));
        Assert.Same(separator, rules.Match("--------"));
        Assert.Null(rules.Match("قال الوزير إن الاجتماع انتهى"));

        // Gated by its words (cut to شتراك and شترك), each found inside a longer word or not at all.
        Assert.Same(subscribe, rules.Match("للاشتراك أرسل 5050"));
        Assert.Same(subscribe, rules.Match("خدمة جديدة: اشتركوا أرسل 5050"));
        Assert.Null(rules.Match("خدمة جديدة: سجلوا أرسل 5050"));
        Assert.Null(rules.Match("الاشتراكات أرسلت 5050"));
    }

    [Fact]
    public void A_long_line_is_never_removed_as_a_whole()
    {
        var longLine = "اقرأ أيضاً: " + string.Concat(Enumerable.Repeat("الوزير يصل إلى العاصمة ", 30));
        Assert.True(longLine.Length > LineRules.MaxLineLength);
        Assert.Null(LineRules.Default.Match(longLine));
    }
}
