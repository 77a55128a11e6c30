using System.Security.Cryptography;
using System.Text;
using Akhbar.Core.Model;

namespace Akhbar.Storage.Dedup;

/// <summary>
/// The identity of an article's content: SHA-256 of its body with line ends and surrounding white space
/// normalized. A short body (a failed scrape) is hashed together with its title, so that two different
/// stories that both lost their body are not taken for copies of each other.
/// </summary>
public static class ContentHash
{
    private const int ShortBody = 200;

    public static string Of(RawArticle article)
    {
        var body = article.Body.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var basis = body.Length < ShortBody ? (article.Title ?? string.Empty).Trim() + "\n\n" + body : body;
        var bytes = Encoding.UTF8.GetBytes(basis);
        return Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16));
    }
}
