using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// A given name and the word after it, both untagged, are a person when a role phrase ends just before them, with or
/// without a comma: "المدير الجهوي للصحة بجندوبة، منجي السلطاني", "معتمد المنطقة أمير خير الله", "الناطق الرسمي باسم
/// الجبهة الشعبية حمة الهمامي". Local news introduces its officials so, by a role long enough to push the title out of the
/// tagger's window, and their family names are mostly unknown to it (and often nisbas: السلطاني، القروي). A role phrase is
/// read as a title (<see cref="LeadingTitles.IsTitle"/>) at most <see cref="Reach"/> words back in the sentence; the name
/// must be a listed given name (<paramref name="isGivenName"/>) with no clitic and not one that is also a preposition or a
/// phrase before names (على, which folds onto علي; باسم, "on behalf of"), nor right after a function word ("عن عمر يناهز",
/// at the age of), and the word after it a bare word that is no function word and no kinship word. Run by the pipeline only, not by <c>eval ner</c>.
/// </summary>
public static class NameAfterRolePhrase
{
    /// <summary>Folded words of kinship, which follow a given name or a role as a common noun ("نورا شقيقة بوسي", "ابن الدكتاتور").</summary>
    private static readonly HashSet<string> Kinship = new(StringComparer.Ordinal)
    {
        "ابن", "ابنه", "بنت", "شقيق", "شقيقه", "زوج", "زوجه", "والد", "والده", "نجل", "نجله", "اخ", "اخت", "عم", "خال",
    };

    /// <summary>How many words back a title may open the role phrase ("المدير الجهوي للتجارة بولاية نابل،").</summary>
    private const int Reach = 7;

    public static void Apply(string text, IReadOnlyList<Token> tokens, IReadOnlyList<int[]> wordTokens, IReadOnlyList<WordForms[]> sentences, IReadOnlyList<int[]> tags, Gazetteer gazetteer, Func<string, bool> isGivenName)
    {
        for (var s = 0; s < sentences.Count; s++)
        {
            var (words, t) = (sentences[s], tags[s]);
            for (var i = 2; i + 1 < words.Length; i++)
            {
                if (t[i] != BioTags.Outside || t[i + 1] != BioTags.Outside || (t[i - 1] != BioTags.Outside && BioTags.TypeOf(t[i - 1]) == EntityType.Person)
                    || !IsBareWord(words[i]) || !(IsBareWord(words[i + 1]) || words[i + 1].Key == "بن") || !isGivenName(words[i].Key)
                    || GivenNameRule.IsFunctionWord(words[i].Key) || LeadingPrepositions.IsPreposition(text, tokens[wordTokens[s][i]])
                    || FunctionWords.Folded.Contains(words[i - 1].Key) || Kinship.Contains(words[i].Key) || Kinship.Contains(words[i + 1].Key)
                    || FunctionWords.Folded.Contains(words[i + 1].Key) || GivenNameRule.IsFunctionWord(words[i + 1].Key)
                    || !AfterRolePhrase(text, tokens, wordTokens[s], words, t, i, gazetteer))
                {
                    continue;
                }

                t[i] = BioTags.Begin(EntityType.Person);
                t[i + 1] = BioTags.Inside(EntityType.Person);
                i++;

                // A patronymic goes on to the family name ("ياسر بن خليفة").
                if (words[i].Key == "بن" && i + 1 < words.Length && t[i + 1] == BioTags.Outside && IsBareWord(words[i + 1]))
                {
                    t[++i] = BioTags.Inside(EntityType.Person);
                }
            }
        }
    }

    /// <summary>An Arabic word of three letters or more with no conjunction and no preposition before an article glued to it.</summary>
    private static bool IsBareWord(in WordForms w) =>
        w.Shape == WordShape.Arabic && w.ConjunctionEnd == 0 && w.StemStart == (w.Key.StartsWith("ال", StringComparison.Ordinal) ? 2 : 0) && w.Key.Length >= 3;

    /// <summary>Whether a title opens a role phrase that runs untagged up to word <paramref name="i"/> (a comma at its end aside) and has no other comma or name inside.</summary>
    private static bool AfterRolePhrase(string text, IReadOnlyList<Token> tokens, int[] wordTokens, WordForms[] words, int[] t, int i, Gazetteer gazetteer)
    {
        var j = i - 1;
        if (words[j].Key is "،" or ",")
        {
            j--;
        }

        for (var k = j; k >= 0 && k >= i - 1 - Reach; k--)
        {
            if (words[k].Shape == WordShape.Punctuation)
            {
                return false;
            }

            if (t[k] != BioTags.Outside && BioTags.TypeOf(t[k]) == EntityType.Person)
            {
                return false;
            }

            if (LeadingTitles.IsTitle(text, tokens[wordTokens[k]], gazetteer))
            {
                return k < j || words[i - 1].Key is "،" or ",";
            }
        }

        return false;
    }
}
