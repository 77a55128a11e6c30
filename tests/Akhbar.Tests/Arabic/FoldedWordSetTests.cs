using System.Reflection;
using Akhbar.Arabic.Events;
using Akhbar.Core.Text;

namespace Akhbar.Tests.Arabic;

/// <summary>
/// The word sets of the event and quote rules are looked up with folded token keys (ArabicFolding: ة→ه، ى→ي، أإآ→ا، ؤ→و،
/// ئ→ي), so an entry written with a letter that folding changes can never match; reviews kept finding such entries
/// (جرائم، مئات، هيئة، المؤقت). This reads every static set of words in those rules and lists the entries folding would change.
/// </summary>
public sealed class FoldedWordSetTests
{
    private static readonly string[] Namespaces = ["Akhbar.Arabic.Events", "Akhbar.Arabic.Quotes"];

    [Fact]
    public void Every_entry_of_the_event_and_quote_word_sets_is_written_folded()
    {
        var unfolded = new List<string>();
        foreach (var type in typeof(EventStage).Assembly.GetTypes().Where(t => Namespaces.Contains(t.Namespace) && !t.ContainsGenericParameters))
        {
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType != typeof(HashSet<string>) || field.GetValue(null) is not HashSet<string> words)
                {
                    continue;
                }

                unfolded.AddRange(words.Where(w => ArabicFolding.Fold(w) != w).Select(w => $"{type.Name}.{field.Name}: {w}"));
            }
        }

        Assert.True(unfolded.Count == 0, "Entries that folding changes:\n" + string.Join("\n", unfolded));
    }
}
