using Akhbar.Core.Model;
using Akhbar.Core.Pipeline;

namespace Akhbar.Arabic.Entities;

/// <summary>
/// Adds name mentions (PERS, LOC, ORG, MISC) to a document: each sentence's tokens are tagged by the
/// <see cref="NerTagger"/>, and each BIO chunk becomes a mention whose span leaves out clitics
/// (<see cref="MentionBounds"/>).
/// </summary>
public sealed class EntityStage : IPipelineStage
{
    private readonly NerTagger _tagger;

    public EntityStage(NerTagger? tagger = null) => _tagger = tagger ?? NerTagger.Default;

    public string Name => "entities";

    public IReadOnlyCollection<string> Requires { get; } = [LayerNames.Sentences, LayerNames.Tokens];

    public IReadOnlyCollection<string> Provides { get; } = [LayerNames.Entities];

    public void Process(Document document)
    {
        var tokens = document.Tokens;
        var mentions = new List<EntityMention>();
        var forms = new List<WordForms>();
        var t = 0;
        foreach (var sentence in document.Sentences)
        {
            while (t < tokens.Count && tokens[t].Span.Start < sentence.Span.Start)
            {
                t++;
            }

            var first = t;
            forms.Clear();
            while (t < tokens.Count && tokens[t].Span.End <= sentence.Span.End)
            {
                forms.Add(WordForms.FromKey(tokens[t].Key));
                t++;
            }

            if (forms.Count == 0)
            {
                continue;
            }

            var tags = new int[forms.Count];
            _tagger.Tag(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(forms), tags);
            foreach (var (a, b, type) in BioTags.Chunks(tags))
            {
                var span = MentionBounds.Of(document.Text, tokens[first + a], tokens[first + b], _tagger.Model.Gazetteer);
                mentions.Add(new EntityMention(type, span, first + a, first + b));
            }
        }

        document.Entities = mentions;
    }
}
