using Akhbar.Arabic.Entities;
using Akhbar.Arabic.Entities.Linking;
using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities.Linking;

/// <summary>
/// Invented news sentences for the fourteenth session's entity rules: a weekday after a name, armed groups named by one
/// word or after تنظيم, and the Gaza Strip written with and without قطاع.
/// </summary>
public sealed class GroupsAndTimeWordsEntityTests
{
    private static int TokenOf(Document doc, string word) =>
        Enumerable.Range(0, doc.Tokens.Count).First(i => doc.Slice(doc.Tokens[i].Span) == word);

    [Fact]
    public void A_weekday_with_the_article_ends_the_name_before_it()
    {
        var doc = Analyze.Text("وقال وزير الخارجية سامر الخطيب الخميس إن المحادثات ستستأنف قريبا.");
        int[] words = [TokenOf(doc, "سامر"), TokenOf(doc, "الخطيب"), TokenOf(doc, "الخميس")];
        Assert.Equal(1, TrailingWeekdays.LastNameWord(doc.Tokens, words, 0, 2));
    }

    [Fact]
    public void A_part_of_the_day_and_a_weekday_are_no_name_but_a_bare_weekday_name_is_left_alone()
    {
        var doc = Analyze.Text("وانطلقت العملية صباح الخميس بقيادة اللواء حسن جمعة في المنطقة.");
        int[] morning = [TokenOf(doc, "صباح"), TokenOf(doc, "الخميس")];
        Assert.Equal(-1, TrailingWeekdays.LastNameWord(doc.Tokens, morning, 0, 1));
        int[] officer = [TokenOf(doc, "حسن"), TokenOf(doc, "جمعة")];
        Assert.Equal(1, TrailingWeekdays.LastNameWord(doc.Tokens, officer, 0, 1));
    }

    [Fact]
    public void A_one_word_armed_group_is_found_after_a_preposition_but_not_a_group_name_that_is_also_a_common_noun()
    {
        var doc = Analyze.Text("وأعلنت الشرطة اعتقال رجل ينتمي لداعش كان يخطط لهجوم في العاصمة. وقال المدرب إن اللاعبين تدربوا بحماس كبير.");
        var group = Assert.Single(doc.LinkedEntities, e => e.Type == EntityType.Organization);
        Assert.Equal(("Islamic State", "داعش"), (group.NameEn, doc.Slice(Assert.Single(group.Mentions).Span)));
    }

    [Fact]
    public void The_group_noun_before_a_listed_group_joins_its_name_in_the_pipeline()
    {
        var doc = Analyze.Text("وقالت الشرطة إن الرجل تدرب على يد تنظيم داعش قبل عودته إلى البلاد.");
        var group = Assert.Single(doc.LinkedEntities, e => e.NameEn == "Islamic State");
        Assert.Equal("تنظيم داعش", doc.Slice(Assert.Single(group.Mentions).Span));
    }

    [Fact]
    public void The_group_noun_is_part_of_a_listed_group_s_name_when_written_alone_but_not_after_a_preposition_or_before_an_unlisted_body()
    {
        // The tagger's readings are set by hand: داعش alone as the organization, and الهيئة العامة.
        var doc = Analyze.Text("وقالت الشرطة إن الرجل تدرب على يد تنظيم داعش قبل عودته. وتعهد الوزير بالتصدي لتنظيم داعش، وأشاد بحسن تنظيم الهيئة العامة للطيران للرحلات.");
        var alone = Enumerable.Range(0, doc.Tokens.Count).First(i => doc.Slice(doc.Tokens[i].Span) == "داعش");
        var afterPreposition = Enumerable.Range(alone + 1, doc.Tokens.Count - alone - 1).First(i => doc.Slice(doc.Tokens[i].Span) == "داعش");
        var (first, last) = (TokenOf(doc, "الهيئة"), TokenOf(doc, "العامة"));
        EntityMention[] mentions =
        [
            new(EntityType.Organization, doc.Tokens[alone].Span, alone, alone),
            new(EntityType.Organization, doc.Tokens[afterPreposition].Span, afterPreposition, afterPreposition),
            new(EntityType.Organization, new TextSpan(doc.Tokens[first].Span.Start, doc.Tokens[last].Span.End), first, last),
        ];
        var widened = OrganizationNameBounds.Widen(doc.Text, doc.Tokens, mentions, LinkingResources.Default);
        Assert.Equal(["تنظيم داعش", "داعش", "الهيئة العامة للطيران"], widened.Select(m => doc.Slice(m.Span)));
    }

    [Fact]
    public void The_strip_and_its_bare_name_are_one_entity_named_as_the_strip()
    {
        var doc = Analyze.Text("وشنت طائرات حربية غارات على مواقع في قطاع غزة فجر اليوم. وقال شهود إن الانفجارات هزت غزة وأحياءها الشرقية.");
        var gaza = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span).EndsWith("غزة", StringComparison.Ordinal)));
        Assert.Equal(["قطاع غزة", "غزة"], gaza.Mentions.Select(m => doc.Slice(m.Span)));
        Assert.Equal("Gaza Strip", gaza.NameEn);
    }

    [Fact]
    public void A_person_with_no_listed_country_takes_the_nisba_or_country_just_before_the_name_but_not_one_after_it()
    {
        var doc = Analyze.Text("وفاز العداء الكيني صامويل كيبكورير بالسباق. وقال مندوب الكويت في الأمم المتحدة فهد الربيعان إن الجلسة ستعقد غدا. وتعادل المهاجم دانيال موريس في مباراة إيران.");
        Assert.Equal("KEN", Assert.Single(doc.LinkedEntities, e => e.Name.Contains("كيبكورير", StringComparison.Ordinal)).Country);
        Assert.Equal("KWT", Assert.Single(doc.LinkedEntities, e => e.Name.Contains("الربيعان", StringComparison.Ordinal)).Country);
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Name.Contains("موريس", StringComparison.Ordinal) && e.Country is not null);
    }

    [Fact]
    public void A_shorter_name_and_a_patronymic_alone_join_the_full_name_they_belong_to()
    {
        var doc = Analyze.Text("واستقبل رئيس الوزراء اليمني أحمد عبيد بن دغر وفدا أمميا في عدن. وقال بن دغر إن الحكومة ملتزمة بالسلام. وأضاف أحمد عبيد أن المشاورات ستستمر.");
        var person = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "أحمد عبيد بن دغر"));
        Assert.Contains(person.Mentions, m => doc.Slice(m.Span) == "بن دغر");
        Assert.Contains(person.Mentions, m => doc.Slice(m.Span) == "أحمد عبيد");
    }

    [Fact]
    public void An_embassy_named_by_its_country_s_nisba_is_an_organization_of_that_country()
    {
        var doc = Analyze.Text("وقالت السفارة الروسية في لندن إن دبلوماسييها لم يتلقوا أي إخطار رسمي.");
        var embassy = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "السفارة الروسية"));
        Assert.Equal((EntityType.Organization, "RUS"), (embassy.Type, embassy.Country));
    }

    [Fact]
    public void A_minister_of_state_s_role_takes_in_the_portfolio_after_its_nisba()
    {
        var doc = Analyze.Text("وقال وزير الدولة الإماراتي للشؤون الخارجية، سالم الكعبي، إن بلاده تدعم الحل السياسي.");
        var minister = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "سالم الكعبي"));
        Assert.Contains(minister.Mentions, m => m.Kind == MentionKind.Role && doc.Slice(m.Span) == "وزير الدولة الإماراتي للشؤون الخارجية");
    }
}
