using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "تبنى التنظيم الهجوم المسلح ... في مدينة لييج ... إن هجمات لييج تعتبر جريمة"، "قصف مقر الجماعة التي نفذت هجوم الأحواز":
/// a noun of force in the construct state with a place ("هجمات لييج"، "معركة الحديدة") is definite by its genitive, and when
/// the article has told of force and named that place before, the phrase names that attack again: a reference back, which
/// gold/README.md does not count as an event, as a definite noun after coded force is one (<see cref="IsBackReference"/>).
/// A place named here for the first time ("هجمات متفرقة مثل تفجيرات بالي عام 2002") is a new event, kept.
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Whether the force noun at <paramref name="k"/>, with a place right after it as its genitive, refers back to an attack told before.</summary>
    private bool IsPlaceNamedBackReference(int k, EventLexeme lexeme)
    {
        if (!IsForce(lexeme.Cameo) || IsDefinite(k) || k + 1 >= _tokens.Length || _sentenceOf[k + 1] != _sentenceOf[k]
            || _actors.StartingAt(k + 1) is not { IsPlace: true, Preposition: null } place || !ViolenceBefore(k))
        {
            return false;
        }

        // "وتبنى تنظيم داعش هجمات سورابايا": an attack claimed is the claimant's act, told with its author (CreditClaimedAttacks).
        if (_events.Exists(e => e.Sentence == _sentenceOf[k] && e.Trigger.End <= _tokens[k].Span.Start && IsClaim(e)))
        {
            return false;
        }

        // The place must have been named in the body before: the headline's place is the body's first telling too.
        for (var j = k - 1; j >= 0; j--)
        {
            if (_actors.StartingAt(j) is { } earlier && earlier.Entity.Id == place.Entity.Id && !InTitle(earlier.Span))
            {
                return true;
            }
        }

        return false;
    }
}
