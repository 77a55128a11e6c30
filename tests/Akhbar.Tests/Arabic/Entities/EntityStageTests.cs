using Akhbar.Arabic.Entities;
using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities;

public class EntityStageTests
{
    /// <summary>
    /// No mention holds a conjunction, preposition or future marker segment, nor an enclitic of two letters or
    /// more; the one exception is a first token that is itself a known name, which the segmenter may have
    /// split by mistake ("فلاديمير" is not ف + لاديمير).
    /// </summary>
    internal static void AssertNoCliticInside(Document doc)
    {
        var gazetteer = NerTagger.Default.Model.Gazetteer;
        foreach (var m in doc.Entities)
        {
            for (var t = m.FirstToken; t <= m.LastToken; t++)
            {
                var token = doc.Tokens[t];
                if (t == m.FirstToken && (gazetteer.Lookup(token.Key) & ~GazetteerTypes.Title) != GazetteerTypes.None)
                {
                    continue;
                }

                foreach (var s in token.Segments)
                {
                    var clitic = s.Role is SegmentRole.Conjunction or SegmentRole.Preposition or SegmentRole.Future
                        || (s.Role == SegmentRole.Pronoun && s.Span.Length >= 2);
                    Assert.False(clitic && m.Span.Contains(s.Span), $"mention \"{doc.Slice(m.Span)}\" holds the {s.Role} \"{doc.Slice(s.Span)}\"");
                }
            }
        }
    }

    [Fact]
    public void Mentions_are_ordered_and_inside_their_tokens()
    {
        var doc = Analyze.Text("التقى الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان في موسكو، وقالت الأمم المتحدة إن الوضع في إدلب خطير.");
        Assert.NotEmpty(doc.Entities);
        var previous = -1;
        foreach (var m in doc.Entities)
        {
            Assert.True(m.Span.Start >= previous);
            Assert.True(m.Span.Length > 0);
            Assert.True(doc.Tokens[m.FirstToken].Span.Start <= m.Span.Start && m.Span.End <= doc.Tokens[m.LastToken].Span.End);
            previous = m.Span.End;
        }

        AssertNoCliticInside(doc);
    }

    [Fact]
    public void A_known_place_after_a_bare_preposition_loses_the_preposition()
    {
        var doc = Analyze.Text("وجه الوزير رسالة لروسيا أمس.");
        var span = MentionBounds.Of(doc.Text, doc.Tokens[3], doc.Tokens[3], NerTagger.Default.Model.Gazetteer);
        Assert.Equal("روسيا", doc.Slice(span));
    }

    [Fact]
    public void The_article_stays_and_the_conjunction_goes()
    {
        var doc = Analyze.Text("قصفت الطائرات حلب والموصل أمس.");
        var token = doc.Tokens.Single(t => doc.Slice(t.Span) == "والموصل");
        var span = MentionBounds.Of(doc.Text, token, token, NerTagger.Default.Model.Gazetteer);
        Assert.Equal("الموصل", doc.Slice(span));
    }

    [Fact]
    public void The_record_lists_each_name_once_with_all_its_mentions()
    {
        var doc = Analyze.Text("زار الرئيس فلاديمير بوتين موسكو. وعاد بوتين إلى موسكو أمس.");
        var json = Akhbar.Core.Output.ArticleRecordWriter.ToJson(doc, new Akhbar.Core.Output.RecordOptions());
        using var parsed = System.Text.Json.JsonDocument.Parse(json);
        var entities = parsed.RootElement.GetProperty("entities").EnumerateArray().ToList();
        var names = entities.Select(e => (e.GetProperty("type").GetString(), e.GetProperty("name").GetString())).ToList();
        Assert.Equal(names.Distinct().Count(), names.Count);
        foreach (var e in entities)
        {
            foreach (var m in e.GetProperty("mentions").EnumerateArray())
            {
                Assert.Equal(m.GetProperty("text").GetString(), doc.Text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()]);
            }
        }

        Assert.Equal(doc.Entities.Count, entities.Sum(e => e.GetProperty("mentions").GetArrayLength()));
    }
}
