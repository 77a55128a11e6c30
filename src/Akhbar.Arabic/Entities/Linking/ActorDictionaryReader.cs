namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// Reads PETRARCH actor dictionaries (the Arabic UniversalPetrarch one and the English Phoenix ones): an
/// entry line holds a name with words joined by '_' and maybe an inline "[CODE]"; "+" lines are aliases;
/// indented "[CODE dates]" lines are date-ranged codes; '#' starts a comment. Names come back with spaces.
/// </summary>
public static class ActorDictionaryReader
{
    public static IEnumerable<ActorEntry> Read(IEnumerable<string> lines)
    {
        string? name = null;
        var aliases = new List<string>();
        var codes = new List<ActorCode>();
        foreach (var raw in lines)
        {
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = hash >= 0 ? raw[..hash] : raw;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var trimmed = line.Trim();
            if (trimmed.StartsWith('['))
            {
                AddCodes(trimmed, codes);
                continue;
            }

            if (trimmed.StartsWith('+'))
            {
                var alias = NameOf(trimmed[1..]);
                if (alias.Length > 0)
                {
                    aliases.Add(alias);
                }

                continue;
            }

            if (name is not null && name.Length > 0)
            {
                yield return new ActorEntry(name, aliases, codes);
            }

            aliases = [];
            codes = [];
            var bracket = trimmed.IndexOf('[', StringComparison.Ordinal);
            name = NameOf(bracket >= 0 ? trimmed[..bracket] : trimmed);
            if (bracket >= 0)
            {
                AddCodes(trimmed[bracket..], codes);
            }
        }

        if (name is not null && name.Length > 0)
        {
            yield return new ActorEntry(name, aliases, codes);
        }
    }

    private static string NameOf(string text) =>
        string.Join(' ', text.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static void AddCodes(string text, List<ActorCode> codes)
    {
        var start = 0;
        while ((start = text.IndexOf('[', start)) >= 0)
        {
            var end = text.IndexOf(']', start);
            if (end < 0)
            {
                return;
            }

            if (ActorCode.Parse(text[(start + 1)..end]) is { } code)
            {
                codes.Add(code);
            }

            start = end + 1;
        }
    }
}
