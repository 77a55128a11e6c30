using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// Sides of a war named by an adjective rather than a name: "صواريخ حوثية"، "الهجوم الحوثي"، "إسقاط طائرة حوثية". After
/// a noun of force the adjective names its author (as a country's nisba names the state, <see cref="NisbaAuthor"/>); after
/// the weapon an interception or destruction is done to, it names the side that lost it, the target.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Nouns of force whose next word is the weapon or position they are done to ("إسقاط طائرة"، "تدمير مواقع").</summary>
    private static readonly HashSet<string> DoneToWeaponLemmas = new(StringComparer.Ordinal) { "اسقاط", "اعتراض", "تدمير" };

    /// <summary>
    /// "إسقاط طائرة حوثية": an interception or destruction with no target of its own takes as target the side the adjective
    /// after its weapon names, when that is an entity other than the source.
    /// </summary>
    private void WeaponOwners()
    {
        for (var i = 0; i < _events.Count; i++)
        {
            var e = _events[i];
            if (e.Target is not null || e.Basis != EventBasis.Trigger)
            {
                continue;
            }

            var k = ArticleActors.TokenAt(_tokens, e.Trigger.Start);
            var last = ArticleActors.TokenAt(_tokens, e.Trigger.End - 1);
            if (k < 0 || _lexicon.Find(_tokens[k], _doc.Text) is not { } lexeme || !DoneToWeaponLemmas.Contains(lexeme.Lemma))
            {
                continue;
            }

            if (NisbaAuthor(last, _sentenceEnd[e.Sentence]) is { EntityId: { } owner } side && owner != e.Source?.EntityId)
            {
                _events[i] = e with { Target = side };
            }
        }
    }

    /// <summary>
    /// "صواريخ حوثية"، "هجوم طالباني": an adjective made from the name of an organization the article names ("الحوثي"،
    /// "طالبان") after a noun of force names that organization as its author, as a country's nisba names the state. The
    /// adjective is the organization's last name word with ي or ية ("حوثية" for "ميليشيا الحوثي"); null when no organization
    /// of the article has it.
    /// </summary>
    private EventArgument? OrganizationNisba(int j)
    {
        if (!_doc.HasLinkedEntities)
        {
            return null;
        }

        var key = WithoutArticle(ArticleActors.WithoutConjunction(_tokens[j].Key));
        var stem = key.EndsWith("يه", StringComparison.Ordinal) ? key[..^1] : key.EndsWith("ي", StringComparison.Ordinal) ? key : null;
        if (stem is null || stem.Length < 4)
        {
            return null;
        }

        foreach (var entity in _doc.LinkedEntities)
        {
            if (entity.Type != EntityType.Organization)
            {
                continue;
            }

            foreach (var m in entity.Mentions)
            {
                var last = ArticleActors.TokenAt(_tokens, m.Span.End - 1);
                if (last >= 0 && last != j && _tokens[last].Kind == TokenKind.Word && NisbaOf(WithoutArticle(_tokens[last].Key), stem))
                {
                    return new EventArgument(_tokens[j].Span, entity.Id);
                }
            }
        }

        return null;
    }

    /// <summary>"حوثي" for "الحوثي"; "طالباني" for "طالبان": the adjective is the name word, or the name word and ي.</summary>
    private static bool NisbaOf(string nameWord, string stem) =>
        nameWord.Length >= 3 && (stem == nameWord || (stem.Length == nameWord.Length + 1 && stem.StartsWith(nameWord, StringComparison.Ordinal)));
}
