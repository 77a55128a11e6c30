using System.Collections.Frozen;
using System.Globalization;
using Akhbar.Core.Text;
using Akhbar.Resources;

namespace Akhbar.Arabic.Time;

/// <summary>
/// The time words on folded keys: hand-written time/words.tsv and CLDR-derived time/cldr-names.tsv. Names of two
/// words (كانون الثاني، ربيع الأول، ذو الحجة) are kept under their two folded keys joined by a space.
/// </summary>
public sealed class TimeLexicon
{
    private static readonly TimeWord[] None = [];

    // Frozen: built once and read for every word that passes the filter (one in five, mostly في، من، إلى); a frozen
    // dictionary chooses once how to hash these keys, often on a few characters rather than the whole key.
    private readonly FrozenDictionary<string, TimeWord[]> _words;
    private readonly FrozenDictionary<string, TimeWord[]>.AlternateLookup<ReadOnlySpan<char>> _spans;

    // A cheap filter in front of the dictionary: most words of a text are not time words, and one bit per hash of
    // (length, first three letters, last letter) rejects nearly all of them without touching the dictionary.
    private readonly ulong[] _filter = new ulong[FilterBits / 64];
    private const int FilterBits = 1 << 16;

    public TimeLexicon(Dictionary<string, TimeWord[]> words)
    {
        _words = words.ToFrozenDictionary(StringComparer.Ordinal);
        _spans = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in words.Keys)
        {
            var h = FilterHash(key);
            _filter[h >> 6] |= 1UL << (int)(h & 63);
        }
    }

    private static uint FilterHash(ReadOnlySpan<char> key)
    {
        var h = (uint)key.Length * 2654435761u;
        h = (h ^ key[0]) * 16777619u;
        h = (h ^ key[^1]) * 16777619u;
        if (key.Length > 1)
        {
            h = (h ^ key[1]) * 16777619u;
        }

        if (key.Length > 2)
        {
            h = (h ^ key[2]) * 16777619u;
        }

        return (h ^ (h >> 16)) & (FilterBits - 1);
    }

    private bool MightContain(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty)
        {
            return false;
        }

        var h = FilterHash(key);
        return (_filter[h >> 6] & (1UL << (int)(h & 63))) != 0;
    }

    public static TimeLexicon Default { get; } = Load();

    public TimeWord[] Lookup(string key) => MightContain(key) && _words.TryGetValue(key, out var w) ? w : None;

    public TimeWord[] Lookup(ReadOnlySpan<char> key) => MightContain(key) && _spans.TryGetValue(key, out var w) ? w : None;

    private static TimeLexicon Load()
    {
        var entries = new Dictionary<string, List<TimeWord>>(StringComparer.Ordinal);
        var words = TsvResource.Load("time/words.tsv");
        int wc = words.Column("word"), kc = words.Column("kind"), vc = words.Column("value");
        foreach (var row in words.Rows)
        {
            Add(entries, row[wc], Parse(row[kc], row.Length > vc ? row[vc] : ""));
        }

        var cldr = TsvResource.Load("time/cldr-names.tsv");
        int nc = cldr.Column("name"), ck = cldr.Column("kind"), cv = cldr.Column("value");
        foreach (var row in cldr.Rows)
        {
            var word = Parse(row[ck], row[cv]);
            Add(entries, row[nc], word);
            if (word.Kind == TimeWordKind.Weekday && row[nc].StartsWith("ال", StringComparison.Ordinal))
            {
                // "كل يوم جمعة": after يوم the weekday may lack the article.
                Add(entries, row[nc][2..], word with { Kind = TimeWordKind.WeekdayStem });
            }
        }

        return new TimeLexicon(entries.ToDictionary(e => e.Key, e => e.Value.Distinct().ToArray(), StringComparer.Ordinal));
    }

    private static void Add(Dictionary<string, List<TimeWord>> entries, string word, TimeWord meaning)
    {
        var parts = word.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => ArabicFolding.Fold(w)).ToArray();
        AddKey(entries, string.Join(' ', parts), meaning);
        if (parts.Length > 1)
        {
            // The first word of a two-word name (كانون، ذو) marks its token, so the recognizer does not skip it.
            AddKey(entries, parts[0], new TimeWord(TimeWordKind.NameStart, 0, ""));
        }
    }

    private static void AddKey(Dictionary<string, List<TimeWord>> entries, string key, TimeWord meaning)
    {
        if (!entries.TryGetValue(key, out var list))
        {
            entries[key] = list = [];
        }

        list.Add(meaning);
    }

    private static TimeWord Parse(string kind, string value)
    {
        var k = kind switch
        {
            "relday" => TimeWordKind.RelDay,
            "unit" => TimeWordKind.Unit,
            "modifier" => TimeWordKind.Modifier,
            "this" => TimeWordKind.This,
            "part" => TimeWordKind.Part,
            "set" => TimeWordKind.Set,
            "decade" => TimeWordKind.Decade,
            "number" => TimeWordKind.Number,
            "ordinal" => TimeWordKind.Ordinal,
            "hundred" => TimeWordKind.Hundred,
            "thousand" => TimeWordKind.Thousand,
            "fraction" => TimeWordKind.Fraction,
            "hijri-marker" => TimeWordKind.HijriMarker,
            "gregorian-marker" => TimeWordKind.GregorianMarker,
            "clock" => TimeWordKind.Clock,
            "from" => TimeWordKind.From,
            "to" => TimeWordKind.To,
            "between" => TimeWordKind.Between,
            "and" => TimeWordKind.And,
            "ago" => TimeWordKind.Ago,
            "since" => TimeWordKind.Since,
            "after" => TimeWordKind.After,
            "during" => TimeWordKind.During,
            "every" => TimeWordKind.Every,
            "few" => TimeWordKind.Few,
            "month-word" => TimeWordKind.MonthWord,
            "century" => TimeWordKind.Century,
            "future-cue" => TimeWordKind.FutureCue,
            "month" => TimeWordKind.Month,
            "hijri-month" => TimeWordKind.HijriMonth,
            "weekday" => TimeWordKind.Weekday,
            "ambiguous" => TimeWordKind.Ambiguous,
            "in" => TimeWordKind.In,
            "edge" => TimeWordKind.Edge,
            "midpoint" => TimeWordKind.Midpoint,
            "throughout" => TimeWordKind.Throughout,
            "approx" => TimeWordKind.Approx,
            "comparative" => TimeWordKind.Comparative,
            "year-part" => TimeWordKind.YearPart,
            "not-future" => TimeWordKind.NotFuture,
            _ => throw new InvalidOperationException($"time lexicon: unknown kind '{kind}'."),
        };
        if (k == TimeWordKind.Unit)
        {
            var parts = value.Split(':');
            var unit = Enum.Parse<TimeUnit>(parts[0], ignoreCase: true);
            var count = parts.Length > 1 ? double.Parse(parts[1], CultureInfo.InvariantCulture) : 0;
            return new TimeWord(k, count, "", unit);
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
            ? new TimeWord(k, n, value)
            : new TimeWord(k, 0, value);
    }
}
