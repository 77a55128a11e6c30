using System.Text.Json;
using Akhbar.Core.Model;
using Akhbar.Core.Text;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Quotes;

/// <summary>
/// The quotes of seed/expected.json on the seed article. Speakers are compared by name text (the speaker span must be
/// one of the expected person's names, surface forms or role) because entity clustering is a separate stage.
/// </summary>
public class SeedQuoteTests
{
    [SharedFact]
    public void Every_expected_quote_is_found_with_its_kind_cue_and_speaker()
    {
        var doc = Analyze.Text(File.ReadAllText(SharedData.SeedText), id: "lavrov-idlib");
        using var expected = JsonDocument.Parse(File.ReadAllText(SharedData.Path("seed", "expected.json")));
        var names = SpeakerNames(expected.RootElement);
        var failures = new List<string>();
        foreach (var q in expected.RootElement.GetProperty("quotes").EnumerateArray())
        {
            var contains = q.GetProperty("contains").GetString()!;
            var kind = q.GetProperty("kind").GetString()!;
            var found = doc.Quotes.Where(p => doc.Slice(p.Content).Contains(contains, StringComparison.Ordinal)).ToList();
            if (found.Count > 1 && q.TryGetProperty("cue", out var byCue))
            {
                // A sentence may quote the same words twice ("لفت إلى ... منع استخدام ...، فيما طالب ... منع استخدام ...").
                found = found.Where(p => ArabicFolding.Fold(doc.Slice(p.Cue)).EndsWith(ArabicFolding.Fold(byCue.GetString()!), StringComparison.Ordinal)).ToList();
            }

            if (found.Count != 1)
            {
                failures.Add($"{contains}: {found.Count} quotes contain it");
                continue;
            }

            var quote = found[0];
            if (Quote.KindName(quote.Kind) != kind)
            {
                failures.Add($"{contains}: kind {Quote.KindName(quote.Kind)}, expected {kind}");
            }

            if (q.TryGetProperty("cue", out var cue) && !ArabicFolding.Fold(doc.Slice(quote.Cue)).EndsWith(ArabicFolding.Fold(cue.GetString()!), StringComparison.Ordinal))
            {
                failures.Add($"{contains}: cue {doc.Slice(quote.Cue)}, expected {cue.GetString()}");
            }

            var speaker = quote.Speaker is { } s ? ArabicFolding.Fold(doc.Slice(s)) : "(none)";
            if (!names[q.GetProperty("speaker").GetString()!].Contains(speaker))
            {
                failures.Add($"{contains}: speaker {speaker}, expected {q.GetProperty("speaker").GetString()}");
            }
        }

        Assert.Empty(failures);
    }

    [SharedFact]
    public void The_closing_background_paragraph_is_not_a_quote()
    {
        var doc = Analyze.Text(File.ReadAllText(SharedData.SeedText), id: "lavrov-idlib");
        using var expected = JsonDocument.Parse(File.ReadAllText(SharedData.Path("seed", "expected.json")));
        foreach (var n in expected.RootElement.GetProperty("not_quotes").EnumerateArray())
        {
            var text = n.GetProperty("contains").GetString()!;
            var at = doc.Text.IndexOf(text, StringComparison.Ordinal);
            Assert.True(at >= 0, text);
            var span = new TextSpan(at, at + text.Length);
            Assert.DoesNotContain(doc.Quotes, q => q.Content.Overlaps(span));
        }
    }

    /// <summary>English name of each expected person → the folded Arabic names it may be written as.</summary>
    private static Dictionary<string, HashSet<string>> SpeakerNames(JsonElement root)
    {
        var names = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var e in root.GetProperty("entities").EnumerateArray())
        {
            var set = new HashSet<string>(StringComparer.Ordinal) { ArabicFolding.Fold(e.GetProperty("ar").GetString()!) };
            if (e.TryGetProperty("role", out var role))
            {
                set.Add(ArabicFolding.Fold(role.GetString()!));
            }

            if (e.TryGetProperty("surface_forms", out var forms))
            {
                foreach (var f in forms.EnumerateArray())
                {
                    set.Add(ArabicFolding.Fold(f.GetString()!));
                }
            }

            names[e.GetProperty("en").GetString()!] = set;
        }

        return names;
    }
}
