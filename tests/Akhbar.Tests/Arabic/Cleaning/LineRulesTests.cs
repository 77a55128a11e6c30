using Akhbar.Arabic.Cleaning;

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
    }
}
