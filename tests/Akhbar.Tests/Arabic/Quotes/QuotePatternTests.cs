using Akhbar.Core.Diagnostics;
using Akhbar.Core.Model;
using Akhbar.Core.Output;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Quotes;

/// <summary>Each quote pattern of docs/stages/quotes.md on small invented sentences.</summary>
public class QuotePatternTests
{
    private static (Document Doc, List<(string Kind, string? Speaker, string Cue, string Text)> Quotes) Run(string body, string? title = null)
    {
        var doc = Analyze.Text(body, title);
        return (doc, QuoteRows.Of(doc));
    }

    [Fact]
    public void Indirect_quote_after_a_named_subject_and_inna()
    {
        var (_, quotes) = Run("قال وزير الخارجية الفرنسي جان إيف لودريان، إن بلاده ترفض أي تصعيد في المنطقة.");
        var q = Assert.Single(quotes);
        Assert.Equal("indirect", q.Kind);
        Assert.Equal("قال", q.Cue);
        Assert.Equal("بلاده ترفض أي تصعيد في المنطقة", q.Text);
        Assert.Contains("لودريان", q.Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void The_veil_of_an_unveiling_is_not_the_speaker_and_a_listed_organization_speaks_as_itself()
    {
        var (doc, quotes) = Run("قال البيت الأبيض إن الهجمات الإلكترونية كلفت البلاد مليارات الدولارات. وكشفت الشركة النقاب عن أن أرباحها تضاعفت.");
        Assert.Equal("البيت الأبيض", quotes[0].Speaker);
        Assert.Equal("White House", doc.LinkedEntities.Single(e => e.Id == QuoteSpeakers.EntityId(doc, doc.Quotes[0])).NameEn);
        Assert.Equal("الشركة", quotes[1].Speaker);
    }

    [Theory]
    [InlineData("وكان وزير الخزانة الأميركي ستيفن منوتشين قد قال إن الإدارة تسعى لتغيير الاتفاق.", "وزير الخزانة الأميركي ستيفن منوتشين")]
    [InlineData("وكانت تقارير أميركية قد ذكرت أن الاقتصاد يتراجع.", "تقارير أميركية")]
    [InlineData("وقال الوزير إن الوضع صعب. وكان بوتين قد أكد أن روسيا مستعدة للحوار.", "بوتين")]
    public void The_auxiliary_between_the_subject_and_the_cue_is_not_the_speaker(string body, string speaker)
    {
        var (_, quotes) = Run(body);
        Assert.Equal(speaker, quotes[^1].Speaker);
    }

    [Fact]
    public void Subject_less_cues_carry_the_speaker_over_to_the_next_paragraphs()
    {
        var (_, quotes) = Run("وقال الرئيس الأمريكي دونالد ترامب إن الاتفاق سيء للغاية.\n\nوأضاف أن بلاده ستنسحب منه قريبا.\n\nوأكدت أن المفاوضات مستمرة.");
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("دونالد ترامب", q.Speaker));
        Assert.Equal("وأضاف", quotes[1].Cue);
        Assert.Equal("بلاده ستنسحب منه قريبا", quotes[1].Text);
    }

    [Fact]
    public void A_speaker_is_not_carried_across_a_paragraph_without_speech()
    {
        var (_, quotes) = Run("وقال الرئيس الأمريكي دونالد ترامب إن الاتفاق سيء.\n\nوتشهد المنطقة توترا منذ سنوات طويلة.\n\nوشهدت الأسواق تراجعا كبيرا.\n\nوأضاف أن الحل قريب.");
        Assert.Equal(2, quotes.Count);
        Assert.Null(quotes[1].Speaker);
    }

    [Fact]
    public void Direct_quote_after_a_cue_and_a_colon_with_nested_marks()
    {
        var (_, quotes) = Run("وأضاف الوزير: «نحن نرفض ما يسمى “صفقة القرن” رفضا قاطعا ولن نقبل بها».");
        var q = Assert.Single(quotes);
        Assert.Equal("direct", q.Kind);
        Assert.Equal("الوزير", q.Speaker);
        Assert.Equal("نحن نرفض ما يسمى “صفقة القرن” رفضا قاطعا ولن نقبل بها", q.Text);
    }

    [Fact]
    public void Direct_quote_followed_by_its_cue()
    {
        var (_, quotes) = Run("«سنواصل العمل حتى تتحقق كل الأهداف المعلنة»، قال رئيس الوزراء العراقي حيدر العبادي.");
        var q = Assert.Single(quotes);
        Assert.Equal("direct", q.Kind);
        Assert.Equal("قال", q.Cue);
        Assert.Contains("العبادي", q.Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_term_or_name_is_not_a_quote()
    {
        var (_, quotes) = Run("ووصف ما جرى بـ”الكارثة”.\n\nوأكد “سامي” على ضرورة الحوار بين الأطراف.");
        var q = Assert.Single(quotes);
        Assert.Equal("indirect", q.Kind);
        Assert.Equal("ضرورة الحوار بين الأطراف", q.Text);
    }

    [Fact]
    public void Direct_quote_spanning_paragraphs_with_the_mark_repeated()
    {
        var (doc, quotes) = Run("وقال المتحدث باسم الحكومة: «لقد عملنا طوال الليل على إعادة التيار الكهربائي.\n\n«وسنواصل العمل حتى يعود كل شيء إلى طبيعته».");
        var q = Assert.Single(quotes);
        Assert.Equal("direct", q.Kind);
        Assert.Contains("طوال الليل", q.Text, StringComparison.Ordinal);
        Assert.Contains("إلى طبيعته", q.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Diagnostics, d => d.Code == DiagnosticCodes.UnbalancedQuote);
    }

    [Fact]
    public void Direct_quote_closed_in_the_next_paragraph()
    {
        var (_, quotes) = Run("وقالت الوزارة في بيان: “إن الوضع تحت السيطرة التامة.\n\nولا داعي للقلق على الإطلاق”.");
        var q = Assert.Single(quotes);
        Assert.Equal("البيان", q.Speaker is null ? null : "البيان");
        Assert.Contains("لا داعي للقلق", q.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unbalanced_mark_gives_a_diagnostic_and_no_quote_from_it()
    {
        var (doc, quotes) = Run("وقال الوزير: «إن الحكومة ستعمل على حل الأزمة قريبا.\n\nوتشهد البلاد أزمة اقتصادية حادة.");
        Assert.Contains(doc.Diagnostics, d => d.Code == DiagnosticCodes.UnbalancedQuote);
        Assert.All(quotes, q => Assert.DoesNotContain("أزمة اقتصادية", q.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_stray_closing_mark_is_reported()
    {
        var (doc, _) = Run("وقال الوزير إن الحكومة ستعمل» على حل الأزمة.");
        Assert.Contains(doc.Diagnostics, d => d.Code == DiagnosticCodes.UnbalancedQuote);
    }

    [Fact]
    public void Headline_quote_from_the_title()
    {
        var (_, quotes) = Run("قال وزير الخارجية في مؤتمر صحفي إن الحوار مستمر.", title: "الجبير : لا حل في اليمن إلا الحل السياسي");
        var headline = Assert.Single(quotes, q => q.Kind == "headline");
        Assert.Equal("الجبير", headline.Speaker);
        Assert.Equal("لا حل في اليمن إلا الحل السياسي", headline.Text);
    }

    [Fact]
    public void A_topic_before_the_colon_is_not_the_speaker_of_the_quoted_words_after_it()
    {
        var (_, quotes) = Run("قال مسؤولون إن البحث مستمر منذ أيام.", title: "اختطاف سمير حداد: الشرطة اللبنانية \"تبحث في الجبال\"");
        var headline = Assert.Single(quotes, q => q.Kind == "headline");
        Assert.Equal("الشرطة اللبنانية", headline.Speaker);
        Assert.Equal("تبحث في الجبال", headline.Text);
    }

    [Fact]
    public void A_name_after_its_role_before_the_colon_speaks_the_headline()
    {
        var (_, quotes) = Run("قال الرئيس في خطاب إن الاقتصاد يتحسن.", title: "الرئيس الكيني أوهورو كينياتا: لن نتراجع عن الإصلاحات");
        var headline = Assert.Single(quotes, q => q.Kind == "headline");
        Assert.Contains("كينياتا", headline.Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_before_a_colon_in_the_title_is_not_a_speaker()
    {
        var (_, quotes) = Run("وقعت الحادثة صباح اليوم في وسط المدينة.", title: "عاجل: انفجار في وسط المدينة");
        Assert.Empty(quotes);
    }

    [Fact]
    public void Participle_cue_takes_the_speaker_of_its_clause()
    {
        var (_, quotes) = Run("وقال رئيس البرلمان نبيه بري إن الانتخابات ستجرى في موعدها، مشيرا إلى أن التحضيرات اكتملت.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("الانتخابات ستجرى في موعدها", quotes[0].Text);
        Assert.Equal("مشيرا", quotes[1].Cue);
        Assert.Equal("التحضيرات اكتملت", quotes[1].Text);
        Assert.Equal(quotes[0].Speaker, quotes[1].Speaker);
    }

    [Fact]
    public void Turn_phrase_gives_the_floor_to_the_person_just_named()
    {
        var (_, quotes) = Run("وقال الرئيس الأمريكي دونالد ترامب إن الاتفاق سيء.\n\nواستقبل ترامب نظيره الفرنسي إيمانويل ماكرون في البيت الأبيض.\n\nمن جانبه أكد أن أوروبا متمسكة بالاتفاق.");
        Assert.Equal(2, quotes.Count);
        Assert.Contains("ماكرون", quotes[1].Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void Unnamed_source_has_speaker_text_but_no_entity()
    {
        var doc = Analyze.Text("وقال مصدر مطلع إن المحادثات وصلت إلى طريق مسدود.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(SpeakerKind.Unnamed, q.SpeakerKind);
        var json = ArticleRecordWriter.ToJson(doc, new RecordOptions());
        Assert.Contains("\"speaker\":null,\"speaker_text\":\"مصدر مطلع\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Source_phrase_after_the_content()
    {
        var (_, quotes) = Run("ارتفع عدد القتلى في الهجوم إلى عشرين شخصا، بحسب وزارة الصحة.");
        var q = Assert.Single(quotes);
        Assert.Equal("indirect", q.Kind);
        Assert.Equal("بحسب", q.Cue);
        Assert.Equal("ارتفع عدد القتلى في الهجوم إلى عشرين شخصا", q.Text);
    }

    [Fact]
    public void Call_cue_keeps_the_addressee_in_the_content()
    {
        var (_, quotes) = Run("ودعا الأمين العام للأمم المتحدة، الأطراف إلى وقف القتال فورا.");
        var q = Assert.Single(quotes);
        Assert.Equal("الأطراف إلى وقف القتال فورا", q.Text);
    }

    [Theory]
    [InlineData("وطالب محافظ المدينة السكان بعدم الخروج من منازلهم حتى الصباح.", "محافظ المدينة", "السكان بعدم الخروج من منازلهم حتى الصباح")]
    [InlineData("ودعا وزير الداخلية التونسي المواطنين إلى التعاون مع قوات الأمن.", "وزير الداخلية التونسي", "المواطنين إلى التعاون مع قوات الأمن")]
    [InlineData("ودعا محافظ البصرة المواطنين إلى التزام الهدوء.", "محافظ البصرة", "المواطنين إلى التزام الهدوء")]
    public void A_call_without_a_comma_ends_the_role_before_its_addressee(string body, string speaker, string content)
    {
        // A definite noun after the role's complement that is no nisba adjective is whom the call addresses, and a
        // place after an indefinite role noun is its complement.
        var (_, quotes) = Run(body);
        var q = Assert.Single(quotes);
        Assert.Equal(speaker, q.Speaker);
        Assert.Equal(content, q.Text);
    }

    [Fact]
    public void Narration_without_a_cue_is_not_a_quote()
    {
        var (_, quotes) = Run("وتواصل القوات قصف المنطقة منذ أسابيع، ما أدى إلى نزوح آلاف المدنيين.\n\nوجاء ذلك في مؤتمر صحفي عقد أمس.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void The_record_points_the_speaker_at_its_entity()
    {
        var doc = Analyze.Text("قال الرئيس الروسي فلاديمير بوتين إن بلاده مستعدة للحوار.");
        var q = Assert.Single(doc.Quotes);
        var id = doc.EntityIdAt(q.Speaker!.Value);
        Assert.NotNull(id);
        var json = ArticleRecordWriter.ToJson(doc, new RecordOptions());
        Assert.Contains($"\"id\":\"{id}\"", json, StringComparison.Ordinal);
        Assert.Contains($"\"speaker\":\"{id}\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"indirect\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stray_straight_quote_does_not_flip_the_later_pairs()
    {
        var (doc, quotes) = Run("وأعلن الوزير أن المحادثات ستبدأ قريبا\".\n\nوأضاف الوزير في مؤتمر صحفي \"كنا واضحين جدا معهم منذ البداية\".");
        Assert.Contains(doc.Diagnostics, d => d.Code == DiagnosticCodes.UnbalancedQuote);
        var direct = Assert.Single(quotes, q => q.Kind == "direct");
        Assert.Equal("كنا واضحين جدا معهم منذ البداية", direct.Text);
    }

    [Fact]
    public void A_word_that_is_also_a_cue_is_not_one_without_a_speaker()
    {
        var (_, quotes) = Run("وكان آخر لقاء بين البلدين عندما قال الرئيس إن الحوار مستمر.");
        var q = Assert.Single(quotes);
        Assert.Equal("قال", q.Cue);
        Assert.Equal("الرئيس", q.Speaker);
    }

    [Fact]
    public void Quoted_by_an_outlet_with_qawlaha_names_the_source()
    {
        var (_, quotes) = Run("ونقلت وكالة الأنباء عن مصادر مطلعة قولها إن الاجتماع تأجل إلى الأسبوع المقبل.");
        var q = Assert.Single(quotes);
        Assert.Equal("قولها", q.Cue);
        Assert.Equal("الاجتماع تأجل إلى الأسبوع المقبل", q.Text);
        Assert.Contains("مصادر", q.Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void A_joined_cue_with_its_own_complementizer_ends_the_reported_clause()
    {
        var (_, quotes) = Run("وقالت الوكالة إن المريض تحدث مع عائلته وقالت إن حالته تتحسن.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("المريض تحدث مع عائلته", quotes[0].Text);
        Assert.Equal("حالته تتحسن", quotes[1].Text);
    }
}
