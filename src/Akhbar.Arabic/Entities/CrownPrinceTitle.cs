using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// "ولي" that opens the title "ولي العهد" (crown prince) or "ولي ولي العهد" (deputy crown prince) ends a person's name
/// before it: Saudi papers write the title right after the prince's name ("الأمير محمد بن سلمان بن عبدالعزيز ولي ولي
/// العهد"), and the tagger, which reads "ولي" as the given name Wali, runs the name on over it (25 person mentions ending
/// in "ولي" in a 1,500-article sample of SaudiNewsNet, all of them so). A cup or prize named after the title ("كأس ولي
/// العهد") is left as it is. Run in the pipeline only (<see cref="EntityStage"/>), not by <see cref="NerEvaluation"/>.
/// </summary>
public static class CrownPrinceTitle
{
    private static readonly string Wali = ArabicFolding.Fold("ولي");
    private static readonly string Covenant = ArabicFolding.Fold("العهد");

    public static void Apply(IReadOnlyList<Token> tokens, List<int[]> wordTokens, List<int[]> tags)
    {
        for (var s = 0; s < tags.Count; s++)
        {
            var (t, words) = (tags[s], wordTokens[s]);
            for (var i = 0; i + 1 < t.Length; i++)
            {
                if (t[i] == BioTags.Outside || BioTags.TypeOf(t[i]) != EntityType.Person || tokens[words[i]].Key != Wali
                    || (tokens[words[i + 1]].Key != Covenant && tokens[words[i + 1]].Key != Wali))
                {
                    continue;
                }

                // The title and whatever the tagger ran on after it are no part of the name.
                for (var j = i; j < t.Length && (j == i || BioTags.IsInside(t[j])); j++)
                {
                    t[j] = BioTags.Outside;
                }
            }
        }
    }
}
