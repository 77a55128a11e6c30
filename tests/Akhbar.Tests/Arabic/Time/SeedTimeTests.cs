using System.Text.Json;
using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Time;

/// <summary>The seed article: every time expression of seed/expected.json, with its value, published 2018-09-15.</summary>
public class SeedTimeTests
{
    [SharedFact]
    public void Every_expected_time_expression_is_found_with_its_value()
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(SharedData.Path("seed", "expected.json")));
        var published = expected.RootElement.GetProperty("published").GetString();
        Assert.True(PublicationDate.TryParse(published, out var date));
        var doc = Analyze.Pipeline.Process(new RawArticle { Id = "lavrov-idlib", Body = File.ReadAllText(SharedData.SeedText), Published = date });
        var found = doc.Times.ToDictionary(t => doc.Slice(t.Span), t => t.Values is { } list ? string.Join(',', list) : t.Value);
        foreach (var e in expected.RootElement.GetProperty("time_expressions").EnumerateArray())
        {
            var text = e.GetProperty("text").GetString()!;
            var v = e.GetProperty("value");
            var value = v.ValueKind == JsonValueKind.Array ? string.Join(',', v.EnumerateArray().Select(x => x.GetString())) : v.GetString();
            Assert.True(found.TryGetValue(text, out var got), $"\"{text}\" was not found; found: {string.Join(" | ", found.Keys)}");
            Assert.Equal(value, got);
        }
    }
}
