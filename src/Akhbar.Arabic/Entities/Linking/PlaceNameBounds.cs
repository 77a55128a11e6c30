using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// Widens a place mention to the name as written when the word before it heads the name: an administrative unit
/// or a feature (<see cref="PlaceHead"/>: "محافظة البيضاء", "مطار أبها", "جسر لندن"), or any word with which it
/// makes a listed region or place ("قطاع غزة"); and to the word after it when the two make one ("الغوطة الشرقية"). ANERcorp, and so the tagger, leaves such nouns out, and the bare
/// name then reads as the city: the bridge becomes London. A person's name after a noun that takes one
/// ("مطار شارل ديغول") is the place's name, so the widened mention is a place; so is a name the tagger read as a person or
/// an "other" name after such a noun, or after a designator (مدينة، قرية), which stays out of the name.
/// </summary>
public static class PlaceNameBounds
{
    public static List<EntityMention> Widen(string text, IReadOnlyList<Token> tokens, IReadOnlyList<EntityMention> mentions, LinkingResources resources)
    {
        if (mentions.Count == 0)
        {
            return [];
        }

        var list = mentions.ToArray();
        var widened = new List<int>();
        var covers = new MultiWordCover(list, tokens.Count);
        HashSet<int>? designatorsAlone = null;
        for (var n = 0; n < list.Length; n++)
        {
            var m = list[n];
            if (OpensWithDesignator(text, tokens, m, resources))
            {
                // "لمعتمدية السواسي" read whole as a person's name: the rest is a place, and the designator stays out of it.
                covers.Replace(m, list[n] = m with { Type = EntityType.Location, Span = new TextSpan(tokens[m.FirstToken + 1].Span.Start, m.Span.End), FirstToken = m.FirstToken + 1, ArticleElided = false });
                m = list[n];
            }

            // A hashtag's underscore joins the words of a name like a space ("#قطاع_غزة").
            var after = NextWord(text, tokens, m.LastToken, 1);
            if (m.Type == EntityType.Location && after < tokens.Count && tokens[after].Kind == TokenKind.Word && !covers.ByOther(list, n, after)
                && IsListedPlace(null, text, m, tokens[after].Key, resources))
            {
                // "الغوطة الشرقية": the listed name goes on past the tagger's mention.
                covers.Replace(m, list[n] = m with { Span = new TextSpan(m.Span.Start, tokens[after].Span.End), LastToken = after });
                m = list[n];
                widened.Add(n);
            }

            var before = NextWord(text, tokens, m.FirstToken, -1);
            if (m.Type is not (EntityType.Location or EntityType.Person or EntityType.Miscellaneous) || before < 0 || tokens[before].Kind != TokenKind.Word
                || m.Span.Start != tokens[m.FirstToken].Span.Start || covers.ByOther(list, n, before))
            {
                continue;
            }

            var wordStart = TokenWords.WordStart(tokens[before]);
            var head = TokenWords.Key(text, tokens[before], wordStart);
            // The tagger, trained on ANERcorp where these nouns are O, reads many a name after them as a person or an "other"
            // name ("جزيرة لومبوك", "جسر موراندي", "مديرية الدريهمي"): after the noun, the name is a place; not an acronym in letter
            // names, which names a broadcaster ("محطة أيه بي سي").
            var isHead = resources.PlaceHeads.TryGetValue(head, out var placeHead)
                && (m.Type is EntityType.Location or EntityType.Miscellaneous || placeHead.TakesPerson)
                && placeHead.CanBeWritten(text.AsSpan(wordStart, tokens[before].Span.End - wordStart))
                && !(m.Type != EntityType.Location && DottedAcronyms.IsLetterName(tokens[m.FirstToken]));
            if (isHead && placeHead!.IsDesignator && !IsListedDivision(head, text, m, resources))
            {
                // "مدينة قندوز": the name is a place, and the designator stays out of it, nor is it a name of its own where the
                // tagger or a gazetteer homograph made it one ("وولاية فلوريدا").
                list[n] = m with { Type = EntityType.Location };
                if (n > 0 && list[n - 1].FirstToken == before && list[n - 1].LastToken == before)
                {
                    (designatorsAlone ??= []).Add(before);
                }

                continue;
            }

            if (!isHead && (m.Type != EntityType.Location || !IsListedPlace(head, text, m, null, resources)))
            {
                continue;
            }

            covers.Replace(m, list[n] = m with { Type = EntityType.Location, Span = new TextSpan(wordStart, m.Span.End), FirstToken = before, ArticleElided = false });
            if (widened.Count == 0 || widened[^1] != n)
            {
                widened.Add(n);
            }
        }

        var result = WidenedMentions.WithoutCovered(list, widened);
        if (designatorsAlone is not null)
        {
            result.RemoveAll(m => m.FirstToken == m.LastToken && designatorsAlone.Contains(m.FirstToken));
        }

        return result;
    }

    /// <summary>
    /// Whether a person's or other name of two words or more opens with a designator that takes a name after it (the tagger,
    /// which ANERcorp taught that such nouns are O, still runs a name on over one it has not seen: "بمعتمدية المكناسي").
    /// </summary>
    private static bool OpensWithDesignator(string text, IReadOnlyList<Token> tokens, EntityMention m, LinkingResources resources)
    {
        if (m.Type is not (EntityType.Person or EntityType.Miscellaneous) || m.FirstToken >= m.LastToken || tokens[m.FirstToken].Kind != TokenKind.Word)
        {
            return false;
        }

        // The proclitics are read off the word's forms: the segmenter keeps some glued to a word it has rarely seen ("لمعتمدية").
        var token = tokens[m.FirstToken];
        var key = token.Key;
        var start = WordForms.FromKey(key).NounStart(IsNamingDesignator);
        return start >= 0 && resources.PlaceHeads[key[start..]].CanBeWritten(text.AsSpan(token.Span.Start, token.Span.Length));

        bool IsNamingDesignator(ReadOnlySpan<char> word) =>
            resources.PlaceHeads.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var head) && head.IsDesignator && head.TakesPerson;
    }

    /// <summary>The token next to <paramref name="token"/> in <paramref name="step"/>'s direction, past an underscore joiner (not a '#', which starts another hashtag).</summary>
    private static int NextWord(string text, IReadOnlyList<Token> tokens, int token, int step)
    {
        var next = token + step;
        return next >= 0 && next < tokens.Count && text[tokens[next].Span.Start] == '_' && NameJoiners.IsJoiner(text, tokens, next) ? next + step : next;
    }

    /// <summary>
    /// How many multi-word mentions of the list cover each token, kept as the list's mentions are widened, so that
    /// whether a word is already part of another mention than the one at hand (a head noun tagged alone is not) is
    /// one look instead of a pass over the article's mentions for each of them.
    /// </summary>
    private readonly struct MultiWordCover
    {
        private readonly int[] _count;

        public MultiWordCover(EntityMention[] list, int tokens)
        {
            _count = new int[tokens];
            foreach (var m in list)
            {
                Add(m, 1);
            }
        }

        /// <summary>Whether a multi-word mention other than the one at <paramref name="n"/> covers <paramref name="token"/>.</summary>
        public bool ByOther(EntityMention[] list, int n, int token) =>
            _count[token] - (IsMultiWord(list[n]) && list[n].FirstToken <= token && token <= list[n].LastToken ? 1 : 0) > 0;

        public void Replace(EntityMention old, EntityMention widened)
        {
            Add(old, -1);
            Add(widened, 1);
        }

        private static bool IsMultiWord(EntityMention m) => m.FirstToken != m.LastToken;

        private void Add(EntityMention m, int by)
        {
            if (IsMultiWord(m))
            {
                for (var t = Math.Max(0, m.FirstToken); t <= m.LastToken && t < _count.Length; t++)
                {
                    _count[t] += by;
                }
            }
        }
    }

    /// <summary>
    /// Whether the key of the mention, with the word <paramref name="before"/> or <paramref name="after"/> it (folded keys),
    /// is a listed region, place or country. The key is written on the stack when the mention's needs folding only, as
    /// most do (<see cref="LinkingResources.TryWriteKey"/>): this is asked of nearly every place mention.
    /// </summary>
    private static bool IsListedPlace(string? before, string text, EntityMention m, string? after, LinkingResources resources)
    {
        var name = text.AsSpan(m.Span.Start, m.Span.Length);
        var length = (before?.Length + 1 ?? 0) + name.Length + (after?.Length + 1 ?? 0);
        if (m.ArticleElided || length > 256)
        {
            return resources.IsListedPlace(Joined(LinkingResources.Key(MentionText.Of(text, m))));
        }

        Span<char> buffer = stackalloc char[256];
        var at = 0;
        if (before is not null)
        {
            before.CopyTo(buffer);
            buffer[before.Length] = ' ';
            at = before.Length + 1;
        }

        var key = LinkingResources.TryWriteKey(name, buffer[at..]);
        if (key < 0)
        {
            return resources.IsListedPlace(Joined(LinkingResources.Key(MentionText.Of(text, m))));
        }

        at += key;
        if (after is not null)
        {
            buffer[at] = ' ';
            after.CopyTo(buffer[(at + 1)..]);
            at += after.Length + 1;
        }

        ReadOnlySpan<char> listed = buffer[..at];
        return resources.Regions.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(listed)
            || resources.PlacesByKey.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(listed)
            || resources.CountriesByKey.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(listed);

        // The same key made as strings, for the names that need more than folding.
        string Joined(string mentionKey) => before is null ? mentionKey + " " + after : before + " " + mentionKey;
    }

    /// <summary>
    /// Whether a designator and the place after it make a listed first-level division (Data/entities/governorates.tsv): the
    /// Saudi regions are written with منطقة ("منطقة الرياض", the province, where "الرياض" alone is the city), so there the
    /// designator is part of the name.
    /// </summary>
    private static bool IsListedDivision(string designator, string text, EntityMention m, LinkingResources resources) =>
        m.Type == EntityType.Location && !m.ArticleElided
        && resources.Divisions.Contains(string.Concat(designator, " ", LinkingResources.Key(text.Substring(m.Span.Start, m.Span.Length))));
}
