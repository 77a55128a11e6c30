namespace Akhbar.Core.Pipeline;

/// <summary>Names of the layers that stages declare in <see cref="IPipelineStage.Requires"/> and <see cref="IPipelineStage.Provides"/>.</summary>
public static class LayerNames
{
    /// <summary>Clean text, title, paragraphs and removed spans: always present, made by cleaning.</summary>
    public const string Text = "text";
    public const string Sentences = "sentences";
    public const string Tokens = "tokens";
    public const string Entities = "entities";

    /// <summary>Names of the tables of known people and organizations in the text (<see cref="Model.Document.ListedNames"/>).</summary>
    public const string ListedNames = "listed-names";

    /// <summary>Mentions clustered into entities with names, countries and places (<see cref="Model.Document.LinkedEntities"/>).</summary>
    public const string LinkedEntities = "linked-entities";
    public const string Quotes = "quotes";
    public const string Times = "times";
    public const string Events = "events";
}
