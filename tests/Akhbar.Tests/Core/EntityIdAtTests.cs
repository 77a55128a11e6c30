using Akhbar.Core.Model;
using Akhbar.Arabic.Cleaning;

namespace Akhbar.Tests.Core;

public class EntityIdAtTests
{
    /// <summary>
    /// The index behind <see cref="Document.EntityIdAt"/> answers as a pass over every mention of every entity in order
    /// would: the first entity with an overlapping mention, also when mentions nest, overlap each other or are empty.
    /// </summary>
    [Fact]
    public void The_first_entity_with_an_overlapping_mention_is_found_as_by_a_full_pass()
    {
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var entities = new List<Entity>();
            for (var e = random.Next(0, 6); e > 0; e--)
            {
                var mentions = new List<LinkedMention>();
                for (var m = random.Next(1, 5); m > 0; m--)
                {
                    var start = random.Next(0, 60);
                    mentions.Add(new LinkedMention(new TextSpan(start, start + random.Next(0, 12)), MentionKind.Name));
                }

                entities.Add(new Entity($"e{entities.Count + 1}", EntityType.Person, "اسم", null, null, [], null, null, mentions));
            }

            var doc = Unlinked();
            doc.LinkedEntities = entities;
            for (var q = 0; q < 50; q++)
            {
                var start = random.Next(0, 75);
                var span = new TextSpan(start, start + random.Next(0, 10));
                var expected = entities.FirstOrDefault(e => e.Mentions.Any(m => m.Span.Overlaps(span)))?.Id;
                Assert.Equal(expected, doc.EntityIdAt(span));
            }
        }
    }

    [Fact]
    public void A_document_without_linked_entities_has_no_entity_anywhere()
    {
        var doc = Unlinked();
        Assert.Null(doc.EntityIdAt(new TextSpan(0, 5)));
    }

    /// <summary>A cleaned document, without the layers of the later stages.</summary>
    private static Document Unlinked() => new ArticleCleaner().Clean(new RawArticle { Id = "test", Body = "قال الوزير إن الاجتماع ناجح." });
}
