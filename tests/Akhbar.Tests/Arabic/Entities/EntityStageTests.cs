using Akhbar.Arabic.Entities;
using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities;

public class EntityStageTests
{
    private static HashSet<string> Keys(Document doc) => doc.Tokens.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// No mention holds an attested proclitic (one before the article, a known name or another word of the
    /// article; <see cref="MentionBounds.IsCliticBefore"/>) unless the whole word is a word of its own
    /// (<see cref="MentionBounds.IsWordOfItsOwn"/>), nor an enclitic of two letters or more.
    /// </summary>
    internal static void AssertNoCliticInside(Document doc)
    {
        var gazetteer = NerTagger.Default.Model.Gazetteer;
        var keys = Keys(doc);
        foreach (var m in doc.Entities)
        {
            var token = doc.Tokens[m.FirstToken];
            var kept = Akhbar.Core.Text.ArabicFolding.Fold(doc.Text.AsSpan(token.Span.Start, m.Span.Start - token.Span.Start)).Length;
            foreach (var end in ProcliticEnds(WordForms.FromKey(token.Key)).Where(e => e > kept))
            {
                Assert.False(MentionBounds.IsCliticBefore(token.Key[end..], gazetteer, keys) && !MentionBounds.IsWordOfItsOwn(token.Key.AsSpan(kept), token.Key.AsSpan(end)),
                    $"mention \"{doc.Slice(m.Span)}\" keeps the proclitic \"{token.Key[kept..end]}\"");
            }

            var last = doc.Tokens[m.LastToken].Segments;
            Assert.False(last.Length > 1 && last[^1].Role == SegmentRole.Pronoun && last[^1].Span.Length >= 2 && m.Span.Contains(last[^1].Span),
                $"mention \"{doc.Slice(m.Span)}\" keeps an enclitic");
        }
    }

    /// <summary>Key offsets after each proclitic (conjunction, preposition) that a word may carry; the article is part of a name.</summary>
    private static IEnumerable<int> ProcliticEnds(WordForms w)
    {
        if (w.ConjunctionEnd > 0)
        {
            yield return w.ConjunctionEnd;
        }

        if (w.StemStart - w.ConjunctionEnd == 3 || (w.StemStart - w.ConjunctionEnd == 2 && w.Key[w.ConjunctionEnd] == 'ل'))
        {
            yield return w.ConjunctionEnd + 1;
        }

        if (w.HasBarePreposition)
        {
            yield return w.PrepositionEnd;
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

    [Theory]
    [InlineData("وقال الكولونيل مارتن أودونيل إن الضربة أصابت هدفها.", "مارتن أودونيل")]
    [InlineData("وصرح كولونيل مارتن أودونيل بأن الضربة أصابت هدفها.", "مارتن أودونيل")]
    public void A_person_starts_after_the_title_before_the_name(string text, string name)
    {
        var doc = Analyze.Text(text);
        var person = Assert.Single(doc.Entities, m => m.Type == EntityType.Person);
        Assert.Equal(name, doc.Slice(person.Span));
    }

    [Fact]
    public void A_maghrebi_given_name_after_a_regional_role_starts_a_person()
    {
        // منجي is a Tunisian given name the tagger does not know; the role phrase before it makes the two words a person.
        var doc = Analyze.Text("وأوضح المدير الجهوي للتعليم بالقصرين، منجي السلطاني في حديث لإذاعة محلية إن الامتحانات ستجرى في موعدها.");
        var person = Assert.Single(doc.Entities, e => e.Type == EntityType.Person);
        Assert.Equal("منجي السلطاني", doc.Slice(person.Span));
    }

    [Fact]
    public void A_feminine_given_name_before_a_tagged_family_name_is_part_of_the_person()
    {
        var doc = Analyze.Text("وأعدمت السلطات الشابة نورا حسين أمس بعد محاكمة سريعة.");
        var person = Assert.Single(doc.Entities, e => e.Type == EntityType.Person);
        Assert.Equal("نورا حسين", doc.Slice(person.Span));
    }

    [Fact]
    public void A_known_place_after_a_bare_preposition_loses_the_preposition()
    {
        var doc = Analyze.Text("وجه الوزير رسالة لروسيا أمس.");
        var span = MentionBounds.Of(doc.Text, doc.Tokens[3], doc.Tokens[3], NerTagger.Default.Model.Gazetteer, Keys(doc));
        Assert.Equal("روسيا", doc.Slice(span));
    }

    [Fact]
    public void A_foreign_name_starting_with_ba_before_a_bare_alef_keeps_its_first_letter()
    {
        // ايك is in the gazetteer, but news writes it with a hamza: the bare alef says بايك is one word.
        var doc = Analyze.Text("وأكد بايك تاي هيون في مؤتمر صحفي أن الوفد سيعود غدا.");
        var token = doc.Tokens.Single(t => doc.Slice(t.Span) == "بايك");
        var last = doc.Tokens.Single(t => doc.Slice(t.Span) == "هيون");
        var span = MentionBounds.Of(doc.Text, token, last, NerTagger.Default.Model.Gazetteer, Keys(doc));
        Assert.Equal("بايك تاي هيون", doc.Slice(span));
    }

    [Fact]
    public void The_article_stays_and_the_conjunction_goes()
    {
        var doc = Analyze.Text("قصفت الطائرات حلب والموصل أمس.");
        var token = doc.Tokens.Single(t => doc.Slice(t.Span) == "والموصل");
        var span = MentionBounds.Of(doc.Text, token, token, NerTagger.Default.Model.Gazetteer, Keys(doc));
        Assert.Equal("الموصل", doc.Slice(span));
    }

    [Fact]
    public void A_name_that_starts_like_a_conjunction_stays_whole_without_evidence()
    {
        var doc = Analyze.Text("أعلنت شركة فيسبوك أمس عن تطبيق جديد.");
        var token = doc.Tokens.Single(t => doc.Slice(t.Span) == "فيسبوك");
        var span = MentionBounds.Of(doc.Text, token, token, new Gazetteer(), Keys(doc));
        Assert.Equal("فيسبوك", doc.Slice(span));
    }

    [Fact]
    public void A_common_word_that_starts_like_a_conjunction_before_a_listed_name_stays_whole()
    {
        // وكيل (agent) is no و + كيل (Kiel): the frequency lexicon counts the whole word more often than the city.
        var doc = Analyze.Text("قال وكيل الوزارة إن اللجنة أنهت عملها.");
        var token = doc.Tokens.Single(t => doc.Slice(t.Span) == "وكيل");
        var span = MentionBounds.Of(doc.Text, token, token, NerTagger.Default.Model.Gazetteer, Keys(doc));
        Assert.Equal("وكيل", doc.Slice(span));
    }

    [Fact]
    public void A_proclitic_before_a_head_noun_of_a_longer_name_is_cut()
    {
        var doc = Analyze.Text("عقدت الجولة الثانية بسلطنة عمان ونقلت الخبر ووكالة إنترفاكس الروسية.");
        var sultanate = MentionBounds.Of(doc.Text, doc.Tokens.Single(t => doc.Slice(t.Span) == "بسلطنة"), doc.Tokens.Single(t => doc.Slice(t.Span) == "عمان"), NerTagger.Default.Model.Gazetteer, Keys(doc));
        Assert.Equal("سلطنة عمان", doc.Slice(sultanate));
        var agency = MentionBounds.Of(doc.Text, doc.Tokens.Single(t => doc.Slice(t.Span) == "ووكالة"), doc.Tokens.Single(t => doc.Slice(t.Span) == "إنترفاكس"), NerTagger.Default.Model.Gazetteer, Keys(doc));
        Assert.Equal("وكالة إنترفاكس", doc.Slice(agency));
    }

    [Fact]
    public void A_name_starts_after_a_preposition_written_apart()
    {
        var doc = Analyze.Text("حكمت المحكمة على سامسونغ بغرامة، وقابل علي حسن الوفد.");
        int[] words = [.. Enumerable.Range(0, doc.Tokens.Count)];
        int Index(string word) => doc.Tokens.Select((t, i) => (t, i)).Single(x => doc.Slice(x.t.Span) == word).i;
        Assert.Equal(Index("سامسونغ"), LeadingPrepositions.FirstNameWord(doc.Text, doc.Tokens, words, Index("على"), Index("سامسونغ")));

        // علي written with ي is the given name.
        Assert.Equal(Index("علي"), LeadingPrepositions.FirstNameWord(doc.Text, doc.Tokens, words, Index("علي"), Index("حسن")));
    }

    [Fact]
    public void A_conjunction_is_cut_when_the_rest_stands_alone_in_the_article()
    {
        var doc = Analyze.Text("قال سامرلي إن الاتفاق قريب. ورد سامرلي على الأسئلة، ووصف وسامرلي الوضع.");
        var token = doc.Tokens.Single(t => doc.Slice(t.Span) == "وسامرلي");
        var span = MentionBounds.Of(doc.Text, token, token, new Gazetteer(), Keys(doc));
        Assert.Equal("سامرلي", doc.Slice(span));
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
