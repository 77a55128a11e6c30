using System.Globalization;
using Akhbar.Resources;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// Who held an office of a country on a day (Data/entities/office-holders.tsv), so that a role named without a name
/// ("العاهل السعودي"، "الرئيس الأمريكي") is the person who held it when the article was published.
/// </summary>
public sealed class OfficeHolders
{
    private readonly Dictionary<(string Office, string Country), List<(int From, int To, string Name, string NameEn)>> _terms = [];

    /// <param name="table">office-holders.tsv.</param>
    /// <param name="arabicNames">The Arabic name of each person of the people table, by English name.</param>
    public OfficeHolders(TsvResource table, IReadOnlyDictionary<string, string> arabicNames)
    {
        int nameEn = table.Column("name_en"), office = table.Column("office"), country = table.Column("country"), from = table.Column("from"), to = table.Column("to");
        foreach (var row in table.Rows)
        {
            if (!arabicNames.TryGetValue(row[nameEn], out var name))
            {
                throw new InvalidDataException($"office-holders.tsv: {row[nameEn]} is not in people.tsv.");
            }

            var key = (row[office], row[country]);
            if (!_terms.TryGetValue(key, out var terms))
            {
                _terms[key] = terms = [];
            }

            terms.Add((Day(row[from]), row[to].Length == 0 ? int.MaxValue : Day(row[to]), name, row[nameEn]));
        }
    }

    /// <summary>The holder of <paramref name="office"/> in <paramref name="country"/> on <paramref name="date"/> (yyyymmdd), or null.</summary>
    public (string Name, string NameEn)? On(string office, string country, int date)
    {
        if (date <= 0 || !_terms.TryGetValue((office, country), out var terms))
        {
            return null;
        }

        // A day of handover belongs to the incoming holder.
        var holders = terms.Where(t => t.From <= date && date < t.To).ToList();
        return holders.Count == 1 ? (holders[0].Name, holders[0].NameEn) : null;
    }

    /// <summary>The office of a role phrase's office text ("الرئيس"، "وزير الخارجية"), or null for one the table does not keep.</summary>
    public static string? OfficeOf(string officeText)
    {
        var key = LinkingResources.Key(officeText);
        return Offices.TryGetValue(key.StartsWith("ال", StringComparison.Ordinal) ? key[2..] : key, out var office) ? office : null;
    }

    /// <summary>Office texts without the article, folded as keys are, by the table's office names.</summary>
    private static readonly Dictionary<string, string> Offices = new (string Text, string Office)[]
    {
        ("رئيس", "head-of-state"), ("رئيسة", "head-of-state"),
        ("رئيس الوزراء", "head-of-government"), ("رئيسة الوزراء", "head-of-government"), ("رئيس الحكومة", "head-of-government"),
        ("رئيسة الحكومة", "head-of-government"), ("مستشار", "head-of-government"), ("مستشارة", "head-of-government"),
        ("وزير الخارجية", "foreign-minister"), ("وزيرة الخارجية", "foreign-minister"),
        ("ملك", "monarch"), ("ملكة", "monarch"), ("عاهل", "monarch"),
        (CustodianTitle.Office, "monarch"),
        ("أمير", "emir"),
        ("ولي العهد", "crown-prince"),
    }.ToDictionary(o => LinkingResources.Key(o.Text), o => o.Office, StringComparer.Ordinal);

    private static int Day(string iso) =>
        int.Parse(DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("yyyyMMdd", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
