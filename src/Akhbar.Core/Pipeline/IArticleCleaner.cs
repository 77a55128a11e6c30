using Akhbar.Core.Model;

namespace Akhbar.Core.Pipeline;

/// <summary>Turns a raw article into a <see cref="Document"/>: the first step of every pipeline.</summary>
public interface IArticleCleaner
{
    Document Clean(RawArticle raw);
}
