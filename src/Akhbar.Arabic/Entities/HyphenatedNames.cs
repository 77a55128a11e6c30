using Akhbar.Core.Model;
using Akhbar.Core.Text;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// A person's or place's name written with a hyphen glued to the words on both sides is one name: "مون جاي-إن", "كيم
/// جونغ-أون", "تايي-بروك زيريهون", "هوت-غارون". The tokenizer splits at the hyphen and the tagger, trained on ANERcorp,
/// which has few such names, often stops at it, leaving the Korean given name or the French compound cut in two. The name
/// is carried over the hyphen to an untagged word on the other side; where that word begins a name of its own ("ترمب-كيم",
/// "جدة-مكة"), both stay as they are. Run in the pipeline only (<see cref="EntityStage"/>), not by <see cref="NerEvaluation"/>.
/// </summary>
public static class HyphenatedNames
{
    public static void Apply(string text, IReadOnlyList<Token> tokens, List<int[]> wordTokens, List<int[]> tags)
    {
        for (var s = 0; s < tags.Count; s++)
        {
            var (t, words) = (tags[s], wordTokens[s]);
            for (var i = 0; i < t.Length; i++)
            {
                if (!IsNameTag(t[i]))
                {
                    continue;
                }

                // Back from the first word of a name: "تايي-بروك".
                if (BioTags.IsBegin(t[i]))
                {
                    var type = BioTags.TypeOf(t[i]);
                    var first = i;
                    while (first >= 2 && t[first - 1] == BioTags.Outside && t[first - 2] == BioTags.Outside && IsGluedHyphen(text, tokens, words, first - 1))
                    {
                        t[first] = BioTags.Inside(type);
                        t[first - 1] = BioTags.Inside(type);
                        t[first - 2] = BioTags.Begin(type);
                        first -= 2;
                    }
                }

                // On from the last word of a name: "مون جاي-إن".
                while (i + 2 < t.Length && t[i] != BioTags.Outside && t[i + 1] == BioTags.Outside && t[i + 2] == BioTags.Outside
                    && IsGluedHyphen(text, tokens, words, i + 1) && IsNameTag(t[i]))
                {
                    var type = BioTags.TypeOf(t[i]);
                    t[i + 1] = BioTags.Inside(type);
                    t[i + 2] = BioTags.Inside(type);
                    i += 2;
                }
            }
        }
    }

    /// <summary>Whether a tag is part of a person's or a place's name, the names that are written with hyphens.</summary>
    private static bool IsNameTag(int tag) =>
        tag != BioTags.Outside && BioTags.TypeOf(tag) is EntityType.Person or EntityType.Location;

    /// <summary>Whether the word at <paramref name="h"/> is a hyphen with an Arabic word glued to it on each side.</summary>
    private static bool IsGluedHyphen(string text, IReadOnlyList<Token> tokens, int[] words, int h)
    {
        if (h < 1 || h + 1 >= words.Length)
        {
            return false;
        }

        Token before = tokens[words[h - 1]], hyphen = tokens[words[h]], after = tokens[words[h + 1]];
        return hyphen.Span.Length == 1 && text[hyphen.Span.Start] == '-'
            && before.Span.End == hyphen.Span.Start && hyphen.Span.End == after.Span.Start
            && before.Kind == TokenKind.Word && after.Kind == TokenKind.Word
            && ArabicChars.IsArabicLetter(text[before.Span.End - 1]) && ArabicChars.IsArabicLetter(text[after.Span.Start]);
    }
}
