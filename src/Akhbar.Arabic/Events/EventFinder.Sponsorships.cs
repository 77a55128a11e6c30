using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "جولة جديدة من محادثات أستانة برعاية روسيا وإيران وتركيا"، "أعلنت الحركة التوصل برعاية مصر إلى اتفاق": news names the
/// sponsor of talks, a truce or an agreement with the noun رعاية, and the gold codes that sponsor's mediation (045). The
/// noun is as often care ("رعاية طبية"، "رعاية الأطفال") or the patronage under which a person holds a ceremony ("برعاية
/// خادم الحرمين الشريفين"، "برعاية وزير الثقافة"), which mediate nothing. A state or an organization named right after
/// the noun sponsors something between sides; a person, or no actor, does not, and the noun is no event then.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>
    /// Whether a code is mediation (045): the sponsor or mediator of talks between sides is no party to them, so the names
    /// joined to it mediate with it and a country after its noun is the mediator, not where it happens.
    /// </summary>
    private static bool IsMediation(string cameo) => cameo == "045";

    /// <summary>The folded lemma of the sponsorship noun (events/lexicon-curation.tsv).</summary>
    private const string SponsorshipLemma = "رعايه";

    /// <summary>
    /// The state or organization named right after the sponsorship noun <paramref name="k"/> ("برعاية روسيا": the name is
    /// the complement of the ب phrase, which the noun's own ب opens), or null: care, a person's patronage, another word.
    /// </summary>
    private ActorMention? Sponsor(int k, int end, EventLexeme lexeme) =>
        lexeme.Kind == EventWordKind.Noun && lexeme.Lemma == SponsorshipLemma && k + 1 < end
        && _actors.StartingAt(k + 1) is { IsActor: true, Preposition: null or "*" } sponsor && sponsor.Entity.Type != EntityType.Person ? sponsor : null;

    /// <summary>
    /// Whether noun <paramref name="k"/> is رعاية without a state or an organization right after it: care, or a person's
    /// patronage, not the mediation of a sponsor.
    /// </summary>
    private bool IsCareNotSponsorship(int k, int end, EventLexeme lexeme) =>
        lexeme.Kind == EventWordKind.Noun && lexeme.Lemma == SponsorshipLemma && Sponsor(k, end, lexeme) is null;
}
