namespace Akhbar.Arabic.Events.Evaluation;

/// <summary>The two levels at which event types are compared: the CAMEO root and the PLOVER type.</summary>
public static class EventTypeKeys
{
    public static string Root(string cameo) => cameo[..2];

    /// <summary>
    /// The PLOVER type of a CAMEO code from the shipped table. A code the table lacks or leaves without a type (183,
    /// the later codes such as 1951) takes the type of its root code ("180"); the roots PLOVER drops (01 statements,
    /// 02 appeals) are compared by their CAMEO root, as "CAMEO 01", so they still count at this level.
    /// </summary>
    public static string Plover(string cameo, CameoCodes codes)
    {
        var own = codes.Find(cameo)?.Plover ?? (cameo.Length == 4 ? codes.Find(cameo[..3])?.Plover : null);
        return own ?? codes.Find(Root(cameo) + "0")?.Plover ?? "CAMEO " + Root(cameo);
    }
}
