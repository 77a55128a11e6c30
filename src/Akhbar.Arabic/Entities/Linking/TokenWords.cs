using Akhbar.Core.Model;

namespace Akhbar.Arabic.Entities.Linking;

/// <summary>Where a word starts once its leading conjunction or preposition is left out ("ووزير" gives "وزير").</summary>
public static class TokenWords
{
    public static int WordStart(Token token)
    {
        foreach (var s in token.Segments)
        {
            if (s.Role is not (SegmentRole.Conjunction or SegmentRole.Preposition))
            {
                return s.Span.Start;
            }
        }

        return token.Span.Start;
    }
}
