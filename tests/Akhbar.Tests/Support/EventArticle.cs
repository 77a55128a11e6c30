using Akhbar.Core.Model;

namespace Akhbar.Tests.Support;

/// <summary>Articles written for the event tests, run through the default pipeline, and the names of event arguments.</summary>
public static class EventArticle
{
    public const string Title = "خبر تجريبي";

    /// <summary>The paragraphs as one article with a short title, published on <paramref name="published"/> (the day dates are resolved against).</summary>
    public static Document Run(string id, string published, params string[] paragraphs) =>
        Analyze.Pipeline.Process(new RawArticle
        {
            Id = id,
            Title = Title,
            Body = string.Join("\n\n", paragraphs),
            Published = PublicationDate.TryParse(published, out var day) ? day : null,
        });

    /// <summary>Whether an event is one of force: CAMEO roots 18 (assault), 19 (fight) and 20 (mass violence).</summary>
    public static bool Violent(CodedEvent e) => e.Cameo[..2] is "18" or "19" or "20";

    /// <summary>The name of the entity an event argument refers to; null for a phrase that is no entity, or no argument.</summary>
    public static string? Name(Document doc, EventArgument? argument) =>
        argument?.EntityId is { } id ? doc.LinkedEntities.Single(e => e.Id == id).Name : null;
}
