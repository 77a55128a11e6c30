using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "وقتل جيش الاحتلال في هذه المسيرات نحو 200 فلسطيني"، "قتلت القوات في المدينة 12 شخصا": the setting of an act of force
/// may stand, after في, between its subject and a counted object. The count after it is still what the force was used on;
/// only a count is read there, since without one the noun after the phrase is as often another clause's, and only after a
/// subject named between the verb and في: right after the verb the phrase opens a passive ("وقتل في الحادث 14 شخصا": 14
/// people were killed in the accident).
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>How many words a setting after في may take before the count.</summary>
    private const int SettingReach = 3;

    /// <summary>The token of the count after a setting phrase "في ..." at <paramref name="j"/>, or -1 when none follows within reach.</summary>
    private int CountAfterSetting(int j, int end)
    {
        if (!ArticleActors.WithoutConjunctionSpan(_tokens[j].Key).SequenceEqual("في"))
        {
            return -1;
        }

        for (var c = j + 2; c + 1 < end && c <= j + 1 + SettingReach; c++)
        {
            var token = _tokens[c];
            // "أمثلة عدة": عدة after a noun is "several", an adjective of that noun, not a count opening the object.
            if (token.Kind == TokenKind.Number || (CountWords.Contains(token.Key) && token.Key != "عده"))
            {
                return IsObjectWord(c + 1) ? c : -1;
            }

            if (token.Kind != TokenKind.Word || ClauseStops.Contains(token.Key) || token.Has(SegmentRole.Conjunction) || _inTime[c])
            {
                return -1;
            }
        }

        return -1;
    }
}
