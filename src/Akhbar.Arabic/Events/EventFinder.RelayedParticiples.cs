using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "ونقلت صحيفة "الغارديان" عن شهود قولهم إن ...، مشيرة إلى أن": a participle after words relayed with قول and a pronoun
/// goes on with whoever its gender and number agree with. When it does not agree with the pronoun of قولهم (the witnesses),
/// it goes with the outlet that relays them, the subject of the sentence's opening verb.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Person and number of a pronoun or a participle ending.</summary>
    private enum Agreement
    {
        Unknown,
        Masculine,
        Feminine,
        Plural,
    }

    /// <summary>
    /// The subject of the sentence's opening verb when <paramref name="first"/> is coded on قول with a pronoun ("قولهم") that
    /// does not agree with the participle at <paramref name="participle"/>; else null.
    /// </summary>
    private EventArgument? RelayerOfDisagreeingCue(CodedEvent first, int participle)
    {
        var cue = ArticleActors.TokenAt(_tokens, first.Trigger.Start);
        if (cue < 0)
        {
            return null;
        }

        var key = ArticleActors.WithoutConjunction(_tokens[cue].Key);
        if (!key.StartsWith("قول", StringComparison.Ordinal))
        {
            return null;
        }

        var pronoun = PronounAgreement(key);
        var ending = ParticipleAgreement(ArticleActors.WithoutConjunction(_tokens[participle].Key));
        if (pronoun == Agreement.Unknown || ending == Agreement.Unknown || pronoun == ending)
        {
            return null;
        }

        return RelayerBefore(cue) is { } relayer && !relayer.Span.Overlaps(first.Source!.Span) ? relayer.Argument : null;
    }

    /// <summary>
    /// The first actor, with no preposition, between the start of the sentence and the عن that names whom the words at
    /// <paramref name="cue"/> are relayed from ("ونقلت صحيفة "تلغراف" البريطانية عن شهود قولهم"); null without that عن.
    /// </summary>
    private ActorMention? RelayerBefore(int cue)
    {
        ActorMention? relayer = null;
        for (var j = _sentenceStart[_sentenceOf[cue]]; j < cue; j++)
        {
            if (_tokens[j].Key == "عن")
            {
                return relayer;
            }

            if (relayer is null && _actors.StartingAt(j) is { IsActor: true, Preposition: null } first)
            {
                relayer = first;
                j = first.Last;
            }
        }

        return null;
    }

    /// <summary>"قولهم"، "قولهما" plural, "قولها" feminine, "قوله" masculine (folded).</summary>
    private static Agreement PronounAgreement(string key) =>
        key.EndsWith("هم", StringComparison.Ordinal) || key.EndsWith("هما", StringComparison.Ordinal) || key.EndsWith("هن", StringComparison.Ordinal) ? Agreement.Plural
        : key.EndsWith("ها", StringComparison.Ordinal) ? Agreement.Feminine
        : key.EndsWith('ه') ? Agreement.Masculine
        : Agreement.Unknown;

    /// <summary>"مشيرين" plural, "مشيره" (ة folded) feminine, "مشيرا" masculine.</summary>
    private static Agreement ParticipleAgreement(string key) =>
        key.EndsWith("ين", StringComparison.Ordinal) || key.EndsWith("ون", StringComparison.Ordinal) ? Agreement.Plural
        : key.EndsWith('ه') ? Agreement.Feminine
        : key.EndsWith('ا') ? Agreement.Masculine
        : Agreement.Unknown;
}
