using Akhbar.Core.Model;

namespace Akhbar.Arabic.Events;

/// <summary>
/// "قتل تسعة مسلحين في تبادل لإطلاق النار مع قوات الأمن"، "تبادل الطرفان إطلاق النار": fire exchanged is shooting by two
/// armed sides at each other, a fight (CAMEO 19, as the gold codes clashes, "اشتباكات"), not the one-sided gunfire on people
/// that the word إطلاق with النار or الرصاص after it is coded as (180).
/// </summary>
internal sealed partial class EventFinder
{
    /// <summary>Recodes as 190 the gunfire events whose noun stands right after the noun or a verb of exchanging (تبادل).</summary>
    private void ExchangedFire()
    {
        if (_codes.Find("190") is not { } fight)
        {
            return;
        }

        for (var i = 0; i < _events.Count; i++)
        {
            var e = _events[i];
            if (e.Basis != EventBasis.Trigger || Root(e.Cameo) != "18")
            {
                continue;
            }

            var k = ArticleActors.TokenAt(_tokens, e.Trigger.Start);
            if (k < 1 || _readings.Lexeme(k) is not { Lemma: "اطلاق" } || _tokens[k - 1].Kind != TokenKind.Word)
            {
                continue;
            }

            // The noun "تبادل"، "وتبادل" and the verb's forms ("تبادلوا"، "يتبادلان"، "تبادلت") all hold the folded stem.
            if (_tokens[k - 1].Key.Contains("تبادل", StringComparison.Ordinal))
            {
                _events[i] = Recoded(e, fight);
            }
        }
    }
}
