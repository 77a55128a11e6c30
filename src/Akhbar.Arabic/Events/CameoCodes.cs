using System.Globalization;
using Akhbar.Resources;

namespace Akhbar.Arabic.Events;

/// <summary>
/// The CAMEO event code table (events/cameo-codes.tsv, made by <c>akhbar resources import event-codes</c>) with
/// lookup by code. Codes are strings because CAMEO codes are zero-led ("043" and "43" are not the same).
/// </summary>
public sealed class CameoCodes
{
    public const string ResourceName = "events/cameo-codes.tsv";

    private static readonly Lazy<CameoCodes> Shipped = new(() => FromResource(TsvResource.Load(ResourceName)));

    private readonly Dictionary<string, CameoCode> _codes;

    private CameoCodes(Dictionary<string, CameoCode> codes) => _codes = codes;

    /// <summary>The table that ships in Akhbar.Resources, read once.</summary>
    public static CameoCodes Default => Shipped.Value;

    public IReadOnlyCollection<CameoCode> All => _codes.Values;

    /// <summary>The code's entry, or null when CAMEO has no such code.</summary>
    public CameoCode? Find(string code) => _codes.GetValueOrDefault(code);

    public static CameoCodes FromResource(TsvResource tsv)
    {
        int code = tsv.Column("code"), label = tsv.Column("label"), root = tsv.Column("root");
        int goldstein = tsv.Column("goldstein"), quad = tsv.Column("quad_class"), plover = tsv.Column("plover");
        var codes = new Dictionary<string, CameoCode>(StringComparer.Ordinal);
        foreach (var row in tsv.Rows)
        {
            var type = row.Length > plover ? row[plover] : "";
            codes[row[code]] = new CameoCode(
                row[code],
                row[label],
                row[root],
                double.Parse(row[goldstein], NumberStyles.Float, CultureInfo.InvariantCulture),
                int.Parse(row[quad], NumberStyles.None, CultureInfo.InvariantCulture),
                type.Length == 0 ? null : type);
        }

        return new CameoCodes(codes);
    }
}
