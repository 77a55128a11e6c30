using Akhbar.Arabic.Entities;
using Akhbar.Arabic.Entities.Linking;
using Akhbar.Core.Model;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Entities.Linking;

/// <summary>Invented sentences through the default pipeline.</summary>
public sealed class EntityLinkingStageTests
{
    /// <summary>An article published on a day: the day decides who held an office.</summary>
    private static Document PublishedOn(string published, string body) =>
        Analyze.Pipeline.Process(new RawArticle { Id = "test", Body = body, Published = PublicationDate.TryParse(published, out var day) ? day : null });

    [Fact]
    public void A_royal_title_is_part_of_the_name_as_written_but_a_title_of_office_is_not()
    {
        var doc = Analyze.Text("استقبل الملك سلمان بن عبدالعزيز وفدا رسميا في الرياض. وقال الرئيس عمر حسن إن الزيارة ناجحة، وأشاد بها والشيخ محمد بن زايد.");
        var king = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span).Contains("سلمان", StringComparison.Ordinal)));
        Assert.Equal("الملك سلمان بن عبدالعزيز", doc.Slice(Assert.Single(king.Mentions, m => m.Kind == MentionKind.Name).Span));
        Assert.Contains(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "الشيخ محمد بن زايد"));
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span).StartsWith("الرئيس", StringComparison.Ordinal) && m.Kind == MentionKind.Name));
    }

    [Fact]
    public void A_ministry_is_named_by_its_field_alone_but_not_where_the_field_is_an_adjective_or_a_minister_s_title()
    {
        var doc = Analyze.Text("ونددت الخارجية الروسية في بيان بالعقوبات الجديدة. وقال محلل إن السياسة الخارجية الأمريكية تغيرت، فيما زارت وزيرة الخارجية الكندية المنطقة.");
        var ministry = Assert.Single(doc.LinkedEntities, e => e.Type == EntityType.Organization && e.Mentions.Any(m => doc.Slice(m.Span) == "الخارجية الروسية"));
        Assert.Equal("RUS", ministry.Country);
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span).Contains("الخارجية الأمريكية", StringComparison.Ordinal)));
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Type == EntityType.Organization && e.Mentions.Any(m => doc.Slice(m.Span) == "الخارجية الكندية"));
    }

    [Fact]
    public void A_role_before_a_title_of_rank_and_a_name_is_that_person_s()
    {
        var doc = Analyze.Text("والتقى الوفد قائد الجيش الباكستاني الجنرال شوكت أحمد نديم في إسلام آباد.");
        var general = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span).EndsWith("نديم", StringComparison.Ordinal)));
        Assert.Contains(general.Mentions, m => m.Kind == MentionKind.Role && doc.Slice(m.Span) == "قائد الجيش الباكستاني");
    }

    [Fact]
    public void A_family_name_read_as_a_person_after_a_militia_noun_is_the_militia()
    {
        // The tagger's reading is set by hand: الحوثي after ميليشيات, as a person.
        var doc = Analyze.Text("وقصفت ميليشيات الحوثي مواقع الجيش قرب المدينة.");
        var at = Enumerable.Range(0, doc.Tokens.Count).Single(i => doc.Slice(doc.Tokens[i].Span) == "الحوثي");
        var person = new EntityMention(EntityType.Person, doc.Tokens[at].Span, at, at);
        var widened = Assert.Single(OrganizationNameBounds.Widen(doc.Text, doc.Tokens, [person], LinkingResources.Default));
        Assert.Equal((EntityType.Organization, "ميليشيات الحوثي"), (widened.Type, doc.Slice(widened.Span)));
    }

    [Fact]
    public void A_person_chunk_that_begins_with_a_militia_noun_is_the_militia_without_its_proclitic()
    {
        // The tagger's reading is set by hand: "لميليشيات الحوثي" as one person, the preposition glued to the noun.
        var doc = Analyze.Text("وأكد المتحدث أن الدعم لميليشيات الحوثي مستمر منذ سنوات.");
        var first = Enumerable.Range(0, doc.Tokens.Count).Single(i => doc.Slice(doc.Tokens[i].Span) == "لميليشيات");
        var last = Enumerable.Range(0, doc.Tokens.Count).Single(i => doc.Slice(doc.Tokens[i].Span) == "الحوثي");
        var span = MentionBounds.Of(doc.Text, doc.Tokens[first], doc.Tokens[last], NerTagger.Default.Model.Gazetteer, new DocumentKeys(doc.Tokens));
        Assert.Equal("ميليشيات الحوثي", doc.Slice(span));
        var person = new EntityMention(EntityType.Person, span, first, last);
        var militia = Assert.Single(OrganizationNameBounds.Widen(doc.Text, doc.Tokens, [person], LinkingResources.Default));
        Assert.Equal(EntityType.Organization, militia.Type);
    }

    [Fact]
    public void A_state_noun_after_a_preposition_names_the_country()
    {
        var doc = Analyze.Text("وعقدت جولة المحادثات الثانية بسلطنة عمان في الأسبوع الماضي.");
        var oman = Assert.Single(doc.LinkedEntities, e => e.Country == "OMN");
        Assert.Equal("سلطنة عمان", doc.Slice(Assert.Single(oman.Mentions).Span));
    }

    [Fact]
    public void The_international_organization_phrase_goes_to_the_united_nations_and_not_to_the_migration_agency()
    {
        var doc = Analyze.Text("قالت المنظمة الدولية للهجرة إن مئات المهاجرين غرقوا قبالة السواحل. وقال الأمين العام للأمم المتحدة إن المنظمة الدولية تتابع الوضع عن كثب.");
        var iom = Assert.Single(doc.LinkedEntities, e => e.NameEn == "International Organization for Migration");
        Assert.Equal("المنظمة الدولية للهجرة", doc.Slice(Assert.Single(iom.Mentions).Span));
        var un = Assert.Single(doc.LinkedEntities, e => e.NameEn == "United Nations");
        Assert.Contains(un.Mentions, m => doc.Slice(m.Span) == "المنظمة الدولية");
    }

    [Fact]
    public void A_movement_is_named_with_the_noun_it_names_itself_by_and_is_one_entity_with_its_bare_name()
    {
        var doc = Analyze.Text("وقالت حركة حماس في بيان إن المفاوضات متعثرة. وأضافت حماس أن وفدها سيزور القاهرة قريبا.");
        var hamas = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span).EndsWith("حماس", StringComparison.Ordinal)));
        Assert.Equal(["حركة حماس", "حماس"], hamas.Mentions.Select(m => doc.Slice(m.Span)));
    }

    [Fact]
    public void A_body_named_by_a_head_noun_and_a_generic_adjective_takes_the_word_in_lam_after_it()
    {
        var doc = Analyze.Text("أعلنت الهيئة العامة للترفيه عن موسم جديد. وقدم الاتحاد الأوروبي للمهاجرين مساعدات كبيرة.");
        Assert.Contains(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "الهيئة العامة للترفيه"));
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span).Contains("للمهاجرين", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_description_with_a_nisba_before_a_name_is_a_mention_of_the_person_but_not_a_reference_back()
    {
        var doc = Analyze.Text("قال الناشط الهندي راجيش كومار إن الحملة مستمرة. وقال مسؤول إن المواطن الهندي يحتاج إلى تأشيرة.");
        var activist = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "راجيش كومار"));
        Assert.Contains(activist.Mentions, m => m.Kind == MentionKind.Role && doc.Slice(m.Span) == "الناشط الهندي");
        Assert.Equal("IND", activist.Country);
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "المواطن الهندي"));
    }

    [Fact]
    public void A_role_before_a_name_gives_role_and_country_and_a_later_role_phrase_refers_back()
    {
        var doc = Analyze.Text("قال وزير الخارجية الروسي سيرغي لافروف إن الوضع صعب. وأضاف الوزير الروسي أن الحل قريب.");
        var person = doc.LinkedEntities.Single(e => e.Type == EntityType.Person);
        Assert.Equal(["وزير الخارجية الروسي"], person.Roles);
        Assert.Equal("RUS", person.Country);
        Assert.Contains(person.Mentions, m => m.Kind == MentionKind.Role && doc.Slice(m.Span) == "الوزير الروسي");
    }

    [Fact]
    public void A_role_or_counterpart_phrase_right_before_a_name_is_a_mention_of_that_person()
    {
        var doc = Analyze.Text("التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي مولود جاويش أوغلو في موسكو.");
        var lavrov = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "سيرغي لافروف"));
        Assert.Contains(lavrov.Mentions, m => m.Kind == MentionKind.Role && doc.Slice(m.Span) == "وزير الخارجية الروسي");
        var cavusoglu = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "مولود جاويش أوغلو"));
        Assert.Contains(cavusoglu.Mentions, m => m.Kind == MentionKind.PronounLike && doc.Slice(m.Span) == "نظيره التركي");
    }

    [Fact]
    public void An_event_reads_a_role_and_the_name_after_it_as_one_actor()
    {
        var doc = Analyze.Text("التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي مولود جاويش أوغلو في موسكو.");
        var meeting = Assert.Single(doc.Events, e => e.Cameo[..2] == "04");
        var names = doc.LinkedEntities.ToDictionary(e => e.Id, e => e.NameEn);
        Assert.Equal("Sergei Lavrov", names[meeting.Source!.EntityId!]);
        Assert.Equal("Mevlut Cavusoglu", names[meeting.Target!.EntityId!]);
    }

    [Fact]
    public void A_role_then_a_comma_names_the_person_after_it_even_when_first_names_were_left_untagged()
    {
        var doc = Analyze.Text("قال الرئيس السابق كمال نور إن الإصلاح تأخر. وقال الرئيس التونسي، المنصف عادل الكيلاني، العام الماضي إن بلاده تتجه إلى المساواة.");
        var person = Assert.Single(doc.LinkedEntities, e => e.Roles.Contains("الرئيس التونسي"));
        Assert.Contains(person.Mentions, m => doc.Slice(m.Span).EndsWith("الكيلاني", StringComparison.Ordinal));
        Assert.DoesNotContain(person.Mentions, m => doc.Slice(m.Span).Contains("كمال", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_word_in_an_idiom_is_no_place()
    {
        var doc = Analyze.Text("عاد اللاعب إلى مسقط رأسه في الجنوب بعد عشرين عاما. وزار الوفد مسقط يوم الأحد.");
        var muscat = Assert.Single(doc.LinkedEntities, e => e.Country == "OMN");
        var mention = Assert.Single(muscat.Mentions);
        Assert.True(mention.Span.Start > doc.Text.IndexOf("وزار", StringComparison.Ordinal));
    }

    [Fact]
    public void A_club_named_after_a_city_is_written_like_the_city_not_like_its_country()
    {
        var doc = Analyze.Text("تعاقد نادي برشلونة مع المدافع الشاب. وقال برشلونة في بيان إن العقد يمتد خمس سنوات.");
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Type != EntityType.Location && e.NameEn == "Spain");
    }

    [Theory]
    [InlineData("تشهد منطقة الشرق الأوسط توترا متزايدا منذ أشهر.", "الشرق الأوسط", "Middle East", null)]
    [InlineData("اعتقلت القوات عشرة أشخاص في الضفة الغربية يوم الاثنين.", "الضفة الغربية", "West Bank", "PSE")]
    public void A_region_gets_its_English_name_and_the_state_it_lies_in(string text, string surface, string nameEn, string? country)
    {
        var doc = Analyze.Text(text);
        var region = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == surface));
        Assert.Equal(nameEn, region.NameEn);
        Assert.Equal(country, region.Country);
    }

    [Fact]
    public void A_country_named_only_by_its_nisba_is_called_by_its_name()
    {
        var doc = Analyze.Text("رفض الوزير أي هجوم على مدينة حلب السورية، وقال إنه لا حل عسكريا للأزمة السورية.");
        var syria = Assert.Single(doc.LinkedEntities, e => e.Geo?.Feature == "PCLI");
        Assert.Equal("سوريا", syria.Name);
    }

    [Fact]
    public void A_nisba_alone_is_no_person()
    {
        var doc = Analyze.Text("قال الرئيس الكيني أوهورو كينياتا إن الاقتصاد يتحسن.", title: "الرئيس الكيني أوهورو كينياتا: لن نتراجع عن الإصلاحات");
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Type == EntityType.Person && e.Name == "الكيني");
        var kenyatta = Assert.Single(doc.LinkedEntities, e => e.Type == EntityType.Person && e.Name == "أوهورو كينياتا");
        Assert.All(doc.Quotes, q => Assert.Equal(kenyatta.Id, doc.EntityIdAt(q.Speaker!.Value)));
    }

    [Fact]
    public void Listed_organizations_the_tagger_missed_are_found_by_their_names()
    {
        var doc = Analyze.Text("قال المتحدث باسم التحالف العربي إن الدفاعات اعترضت صاروخا أطلقه الحوثيين على مدينة سعودية.");
        var coalition = Assert.Single(doc.LinkedEntities, e => e.NameEn == "Saudi-led coalition");
        Assert.Equal(EntityType.Organization, coalition.Type);
        Assert.Equal("SAU", coalition.Country);
        var houthis = Assert.Single(doc.LinkedEntities, e => e.NameEn == "Houthis");
        Assert.Equal("الحوثيين", doc.Slice(Assert.Single(houthis.Mentions).Span));
    }

    [Fact]
    public void A_listed_name_wins_over_a_piece_of_it_and_a_foreign_company_name_is_found_alone()
    {
        var doc = Analyze.Text("قال مسؤول أمني لوكالة فرانس برس إن عناصر مكتب التحقيقات إف بي آي وصلوا، ونشرت الشرطة صورهم على تويتر مساء الأحد.");
        var afp = Assert.Single(doc.LinkedEntities, e => e.NameEn == "AFP");
        Assert.Equal("فرانس برس", doc.Slice(Assert.Single(afp.Mentions).Span));
        var fbi = Assert.Single(doc.LinkedEntities, e => e.NameEn == "Federal Bureau of Investigation");
        Assert.Contains(fbi.Mentions, m => doc.Slice(m.Span) == "إف بي آي");
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Mentions.All(m => doc.Slice(m.Span) is "بي" or "رانس برس"));
        Assert.Single(doc.LinkedEntities, e => e.NameEn == "Twitter");

        doc = Analyze.Text("وذكرت شبكة إن بي سي الأمريكية أن المفاوضات توقفت مساء الخميس.");
        Assert.Single(doc.LinkedEntities, e => e.NameEn == "NBC News");
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void A_listed_name_wins_over_the_tagger_mention_that_kept_its_preposition()
    {
        var doc = Analyze.Text("وأصدر المكتب الإقليمي لمنظمة العفو الدولية تقريرا جديدا عن أوضاع السجون صباح اليوم.");
        var amnesty = Assert.Single(doc.LinkedEntities, e => e.NameEn == "Amnesty International");
        Assert.Equal("منظمة العفو الدولية", doc.Slice(Assert.Single(amnesty.Mentions).Span));
    }

    [Fact]
    public void Last_letters_taken_for_a_pronoun_are_given_back_to_a_name_the_tables_know()
    {
        var doc = Analyze.Text("وسقطت قذيفة قرب مدينة أبها في جنوب المملكة مساء الأحد.");
        var abha = Assert.Single(doc.LinkedEntities, e => e.NameEn == "Abha");
        Assert.Equal("أبها", doc.Slice(Assert.Single(abha.Mentions).Span));
        Assert.DoesNotContain(doc.LinkedEntities, e => e.NameEn == "Ibb");
    }

    [Fact]
    public void Two_names_of_one_listed_organization_are_one_entity()
    {
        var doc = Analyze.Text("وقالت هيئة الإذاعة البريطانية إن مراسلها وصل إلى المدينة، وأكدت بي بي سي لاحقا أن الطريق مغلق.");
        var bbc = Assert.Single(doc.LinkedEntities, e => e.NameEn == "BBC");
        Assert.Equal(["هيئة الإذاعة البريطانية", "بي بي سي"], bbc.Mentions.Select(m => doc.Slice(m.Span)));
    }

    [Fact]
    public void A_first_letter_taken_for_a_clitic_is_given_back_to_a_name_the_tables_know()
    {
        var doc = Analyze.Text("قال الزعيم كيم يونغ أون إن بيونغ يانغ لن تتراجع عن موقفها.");
        var pyongyang = Assert.Single(doc.LinkedEntities, e => e.NameEn == "Pyongyang");
        Assert.Equal("بيونغ يانغ", doc.Slice(Assert.Single(pyongyang.Mentions).Span));
        Assert.Equal("PRK", pyongyang.Country);
    }

    [Fact]
    public void The_countryside_of_a_city_is_no_place_of_its_own()
    {
        var doc = Analyze.Text("قصفت الطائرات قرى في ريف إدلب الجنوبي، ونزح السكان إلى ريف حلب.");
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "ريف"));
        Assert.Contains(doc.LinkedEntities, e => e.NameEn == "Idlib");
    }

    [Fact]
    public void A_city_of_the_gazetteer_is_a_place_whatever_the_tagger_called_it()
    {
        var doc = Analyze.Text("وصل الوفد إلى لوس أنجلوس مساء الثلاثاء في زيارة تستمر يومين.");
        var city = Assert.Single(doc.LinkedEntities, e => e.NameEn == "Los Angeles");
        Assert.Equal(EntityType.Location, city.Type);
        Assert.Equal("USA", city.Country);
    }

    [Fact]
    public void An_office_holder_the_article_never_names_is_a_person_named_by_the_role()
    {
        var doc = Analyze.Text("أكد العاهل السعودي دعم بلاده للاتفاق. وقال العاهل السعودي إن المفاوضات ستستمر، فيما رحب الرئيس الفرنسي إيمانويل ماكرون بالخطوة.");
        var king = Assert.Single(doc.LinkedEntities, e => e.Country == "SAU" && e.Type == EntityType.Person);
        Assert.Equal(2, king.Mentions.Count);
        Assert.All(king.Mentions, m => Assert.Equal(MentionKind.Role, m.Kind));
        Assert.Equal(["العاهل السعودي"], king.Roles);
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Name == "الرئيس الفرنسي");
    }

    [Theory]
    [InlineData("2018-03-19", "Donald Trump", "Benjamin Netanyahu")]
    [InlineData("2022-03-19", "Joe Biden", "Naftali Bennett")]
    public void An_unnamed_office_holder_is_who_held_the_office_on_the_publication_day(string published, string president, string primeMinister)
    {
        var doc = PublishedOn(published, "قال الرئيس الأمريكي إن المحادثات مفيدة، فيما رحب رئيس الوزراء الإسرائيلي بالاتفاق الجديد.");
        Assert.Single(doc.LinkedEntities, e => e.NameEn == president && e.Country == "USA");
        var pm = Assert.Single(doc.LinkedEntities, e => e.NameEn == primeMinister);
        Assert.Equal(MentionKind.Role, Assert.Single(pm.Mentions).Kind);
    }

    [Fact]
    public void A_former_holder_or_a_deputy_of_an_office_is_not_its_holder()
    {
        var doc = PublishedOn("2018-03-19", "قال الرئيس الأمريكي السابق إن بلاده أخطأت، والتقى نائب رئيس الوزراء الإسرائيلي وفدا أوروبيا.");
        Assert.DoesNotContain(doc.LinkedEntities, e => e.NameEn is "Donald Trump" or "Benjamin Netanyahu");
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Type == EntityType.Person && e.Country is "USA" or "ISR");
    }

    [Fact]
    public void A_surname_alone_later_in_the_article_is_the_person_named_in_full()
    {
        var doc = Analyze.Text("قال الرئيس الأمريكي دونالد ترامب إن الاتفاق سيء. وأضاف ترامب أن بلاده ستنسحب منه قريبا.");
        var trump = Assert.Single(doc.LinkedEntities, e => e.Type == EntityType.Person);
        Assert.Contains(trump.Mentions, m => doc.Slice(m.Span) == "ترامب");
    }

    [Fact]
    public void A_listed_organization_tagged_as_a_person_is_an_organization()
    {
        var doc = Analyze.Text("تعرف الشاب على الفتاة عبر الفايسبوك قبل أشهر، ثم طلب منها صورا.");
        var facebook = Assert.Single(doc.LinkedEntities, e => e.NameEn == "Facebook");
        Assert.Equal(EntityType.Organization, facebook.Type);
    }

    [Fact]
    public void Every_mention_of_the_layer_is_in_bounds_and_ids_count_up()
    {
        var doc = Analyze.Text("زار الرئيس التركي رجب طيب أردوغان مدينة حلب السورية. والتقى أردوغان في دمشق نظيره السوري.");
        Assert.Equal(Enumerable.Range(1, doc.LinkedEntities.Count).Select(i => $"e{i}"), doc.LinkedEntities.Select(e => e.Id));
        Assert.All(doc.LinkedEntities.SelectMany(e => e.Mentions), m => Assert.True(m.Span.Start >= 0 && m.Span.End <= doc.Text.Length && m.Span.Length > 0));
        var erdogan = doc.LinkedEntities.Single(e => e.Mentions.Any(m => doc.Slice(m.Span) == "رجب طيب أردوغان"));
        Assert.Equal("TUR", erdogan.Country);
        Assert.Contains(erdogan.Mentions, m => doc.Slice(m.Span) == "أردوغان");
    }

    [Fact]
    public void EntityIdAt_finds_the_entity_of_an_overlapping_span_and_null_elsewhere()
    {
        var doc = Analyze.Text("قال وزير الخارجية الروسي سيرغي لافروف إن الوضع صعب.");
        var person = doc.LinkedEntities.Single(e => e.Type == EntityType.Person);
        var span = person.Mentions[0].Span;
        Assert.Equal(person.Id, doc.EntityIdAt(new TextSpan(span.Start + 1, span.End + 3)));
        Assert.Null(doc.EntityIdAt(new TextSpan(0, 3)));
    }

    [Theory]
    [InlineData("زار الوفد لبنان أمس، ثم توجه إلى طرابلس للقاء المسؤولين.", "LBN")]
    [InlineData("زار الوفد ليبيا أمس، ثم توجه إلى طرابلس للقاء المسؤولين.", "LBY")]
    public void An_ambiguous_place_goes_to_the_country_the_article_names(string text, string iso3)
    {
        var doc = Analyze.Text(text);
        var tripoli = doc.LinkedEntities.Single(e => e.Mentions.Any(m => doc.Slice(m.Span) == "طرابلس"));
        Assert.Equal(iso3, tripoli.Country);
        Assert.NotNull(tripoli.Geo?.Lat);
    }

    [Fact]
    public void A_country_is_one_entity_named_in_full_with_its_state_noun_and_own_nisba()
    {
        var doc = Analyze.Text("رحبت مملكة البحرين بالقرار. وقالت البحرين إن القرار مهم. وأيدت الولايات المتحدة الأميركية القرار، ورحبت به الولايات المتحدة أيضا.");
        var bahrain = doc.LinkedEntities.Single(e => e.Country == "BHR");
        Assert.Equal(["مملكة البحرين", "البحرين"], bahrain.Mentions.Select(m => doc.Slice(m.Span)));
        var usa = doc.LinkedEntities.Single(e => e.Country == "USA");
        Assert.Equal(["الولايات المتحدة الأميركية", "الولايات المتحدة"], usa.Mentions.Select(m => doc.Slice(m.Span)));
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "مملكة"));
    }

    [Fact]
    public void A_role_after_a_name_gives_the_country()
    {
        var doc = Analyze.Text("قالت ماريا كوفاليفا، رئيسة المجلس الأعلى في البرلمان البولندي، إن الاتفاق مهم.");
        var person = doc.LinkedEntities.Single(e => e.Type == EntityType.Person);
        Assert.Equal("POL", person.Country);
        Assert.Contains("رئيسة المجلس الأعلى في البرلمان البولندي", person.Roles);
    }

    [Fact]
    public void A_role_after_a_name_stops_at_a_relative_pronoun()
    {
        var doc = Analyze.Text("قالت ماريا كوفاليفا، رئيسة الجمعية التي زارت المدينة البولندية، إن الاتفاق مهم.");
        var person = doc.LinkedEntities.Single(e => e.Type == EntityType.Person);
        Assert.Null(person.Country);
    }

    [Fact]
    public void A_mention_glued_to_lil_joins_the_entity_of_its_name()
    {
        var doc = Analyze.Text("قال الاتحاد الأوروبي إن الاتفاق مهم. وقدم المسؤولون الخطة للاتحاد الأوروبي أمس.");
        var eu = doc.LinkedEntities.Where(e => e.Mentions.Any(m => doc.Slice(m.Span).EndsWith("الاتحاد الأوروبي", StringComparison.Ordinal))).ToList();
        Assert.Single(eu);
        Assert.Equal(2, eu[0].Mentions.Count(m => m.Kind == MentionKind.Name));
    }

    [Theory]
    [InlineData("وقع انفجار قرب جسر لندن مساء أمس.", "جسر لندن", "London Bridge", "GBR")]
    [InlineData("سقط صاروخ على مطار شارل ديغول قرب العاصمة.", "مطار شارل ديغول", null, null)]
    [InlineData("تقدمت القوات في محافظة إدلب أمس.", "محافظة إدلب", "Idlib Governorate", "SYR")]
    [InlineData("عبرت السفينة نهر النيل أمس.", "نهر النيل", "Nile River", null)]
    [InlineData("دخلت المساعدات إلى الغوطة الشرقية أمس.", "الغوطة الشرقية", "Eastern Ghouta", "SYR")]
    public void A_place_named_under_a_head_noun_is_named_in_full(string text, string name, string? nameEn, string? iso3)
    {
        var doc = Analyze.Text(text);
        var place = Assert.Single(doc.LinkedEntities, e => e.Name == name);
        Assert.Equal(EntityType.Location, place.Type);
        if (nameEn is not null)
        {
            Assert.Equal(nameEn, place.NameEn);
        }

        Assert.Equal(iso3, place.Country);
    }

    [Fact]
    public void A_place_name_that_is_mostly_a_common_word_needs_its_country_in_the_article()
    {
        var pictures = Analyze.Text("بدأت الشركة التحقق من الصور والفيديو المنشورة على موقعها.");
        Assert.DoesNotContain(pictures.LinkedEntities, e => e.NameEn == "Tyre");

        var tyre = Analyze.Text("قصفت الطائرات الإسرائيلية أطراف مدينة صور في جنوب لبنان أمس.");
        Assert.Contains(tyre.LinkedEntities, e => e.NameEn == "Tyre" && e.Country == "LBN");
    }

    [Fact]
    public void A_family_name_shared_with_a_listed_person_of_another_first_name_is_not_that_person()
    {
        var doc = Analyze.Text("وتوجه مساعد وزير الصناعة محمد رضا فياض إلى الدوحة أمس. وأوضح فياض أن الزيارة تستمر يومين.");
        var person = Assert.Single(doc.LinkedEntities, e => e.Name == "محمد رضا فياض");
        Assert.NotEqual("Salam Fayyad", person.NameEn);
    }

    [Fact]
    public void A_listed_name_runs_across_a_hashtag_sign_and_names_are_written_without_hashtag_marks()
    {
        var doc = Analyze.Text("على الرغم من أن الرئيس الأميركي دونالد #ترمب كان متهما بذلك. ودعا صندوق_النقد_الدولي إلى الإصلاح.");
        var trump = Assert.Single(doc.LinkedEntities, e => e.NameEn == "Donald Trump");
        Assert.Equal("دونالد ترمب", trump.Name);
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Name == "دونالد");
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Name.Contains('_', StringComparison.Ordinal) || e.Name.Contains('#', StringComparison.Ordinal));
    }

    [Fact]
    public void A_currency_after_an_amount_is_no_organization()
    {
        var doc = Analyze.Text("بلغت إيرادات الميزانية 166 مليار ريال في الربع الأول، وتجاوزت النفقات 5 ملايين ريال.");
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Name == "ريال");
    }

    [Fact]
    public void An_operating_system_is_no_regime()
    {
        var doc = Analyze.Text("تعمل الهواتف الجديدة بنظام تشغيل أندرويد منذ العام الماضي.");
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Type == EntityType.Organization && e.NameEn is { } en && en.EndsWith("government", StringComparison.Ordinal));
    }

    [Fact]
    public void An_ambassador_with_his_nisba_is_a_role_not_an_organization()
    {
        var doc = Analyze.Text("وقال السفير السعودي في الخرطوم إن الموقف ثابت.");
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Type == EntityType.Organization);
    }

    [Theory]
    [InlineData("أعلن حاكم ولاية كاليفورنيا حالة الطوارئ أمس.", "California", "USA")]
    [InlineData("توترت الأوضاع في شبه الجزيرة الكورية أمس.", "Korean Peninsula", null)]
    public void A_listed_region_has_its_english_name_and_country(string text, string nameEn, string? iso3)
    {
        var doc = Analyze.Text(text);
        var region = Assert.Single(doc.LinkedEntities, e => e.NameEn == nameEn);
        Assert.Equal(EntityType.Location, region.Type);
        Assert.Equal(iso3, region.Country);
    }

    [Fact]
    public void Khartoum_is_a_known_capital()
    {
        var doc = Analyze.Text("وصل الوفد إلى الخرطوم أمس لبحث الأزمة.");
        var place = Assert.Single(doc.LinkedEntities, e => e.Name == "الخرطوم");
        Assert.Equal("Khartoum", place.NameEn);
        Assert.Equal("SDN", place.Country);
    }

    [Fact]
    public void A_bridge_is_not_the_city_it_is_named_after()
    {
        var doc = Analyze.Text("وقع انفجار قرب جسر لندن مساء أمس.");
        Assert.DoesNotContain(doc.LinkedEntities, e => e.NameEn == "London");
    }

    [Theory]
    [InlineData("وصلت المساعدات أمس للعراق بعد أسابيع من الانتظار.", "لعراق", "العراق", "Iraq")]
    [InlineData("وصلت المساعدات أمس لتركيا وللصين بعد أسابيع من الانتظار.", "لصين", "الصين", "China")]
    [InlineData("وصلت المساعدات أمس للبنان بعد أسابيع من الانتظار.", "لبنان", "لبنان", "Lebanon")]
    public void A_name_after_lil_leaves_out_the_preposition_and_puts_back_the_article(string text, string mention, string name, string nameEn)
    {
        var doc = Analyze.Text(text);
        var entity = Assert.Single(doc.LinkedEntities, e => e.NameEn == nameEn);
        Assert.Equal(name, entity.Name);
        Assert.Equal(mention, doc.Slice(Assert.Single(entity.Mentions).Span));
    }

    [Theory]
    [InlineData("قال محمود سالم، وزير المالية، إن الميزانية جاهزة.", null)]
    [InlineData("قال محمود سالم، وزير المالية المصري، إن الميزانية جاهزة.", "EGY")]
    [InlineData("قال وزير المالية المصري محمود سالم إن الميزانية جاهزة.", "EGY")]
    [InlineData("قال محمود سالم، رئيس قسم البحوث في المجموعة المالية، إن السوق هادئة.", null)]
    public void The_finance_office_is_not_the_nisba_of_Mali(string text, string? iso3)
    {
        var doc = Analyze.Text(text);
        var person = doc.LinkedEntities.Single(e => e.Type == EntityType.Person);
        Assert.Equal(iso3, person.Country);
    }

    [Theory]
    [InlineData("قال وزير الخارجية الأردني أيمن الصفدي إن اجتماعا سيعقد في عمان الشهر المقبل.", "JOR", "Amman")]
    [InlineData("قال وزير الخارجية العماني يوسف بن علوي إن عمان تدعم الحوار.", "OMN", "Oman")]
    [InlineData("وصل الوفد إلى عمان أمس.", "OMN", "Oman")]
    public void A_name_of_a_country_and_another_countrys_capital_follows_the_countries_of_the_people(string text, string country, string english)
    {
        var doc = Analyze.Text(text);
        var place = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "عمان"));
        Assert.Equal(country, place.Country);
        Assert.Equal(english, place.NameEn);
    }

    [Fact]
    public void A_place_cut_out_of_a_word_the_segmenter_keeps_whole_is_no_entity()
    {
        var cut = Analyze.Text("وأضاف الوزير أن اجتماعا وزاريا عربيا سيعقد الشهر المقبل.");
        Assert.DoesNotContain(cut.LinkedEntities, e => e.Type == EntityType.Location);

        // A conjunction the segmenter splits off too still leaves the place.
        var joined = Analyze.Text("وصل الوزير إلى القاهرة وبيروت أمس.");
        Assert.Contains(joined.LinkedEntities, e => e.NameEn == "Beirut");
    }

    [Fact]
    public void A_role_phrase_is_not_a_person_known_to_hold_another_office()
    {
        var doc = Analyze.Text("استقبل الرئيس التركي رجب طيب أردوغان الوفد في أنقرة. وقال وزير الخارجية التركي في وقت لاحق إن المحادثات مثمرة.");
        var erdogan = Assert.Single(doc.LinkedEntities, e => e.NameEn == "Recep Tayyip Erdogan");
        Assert.DoesNotContain(erdogan.Mentions, m => doc.Slice(m.Span).Contains("وزير", StringComparison.Ordinal));
    }

    [Fact]
    public void A_notable_person_gets_the_English_name_and_country_of_the_people_table()
    {
        var doc = Analyze.Text("التقى المستشار النمساوي في فيينا وزير الخارجية الألماني هايكو ماس. وقال ماس إن المحادثات كانت مفيدة.");
        var maas = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "هايكو ماس"));
        Assert.Equal(("Heiko Maas", "DEU"), (maas.NameEn, maas.Country));

        // No role in the sentence: the country comes from the table too.
        var doc2 = Analyze.Text("وصل أنطونيو غوتيريش إلى القاهرة صباح اليوم في زيارة تستمر يومين.");
        var guterres = Assert.Single(doc2.LinkedEntities, e => e.Type == EntityType.Person);
        Assert.Equal(("Antonio Guterres", "PRT"), (guterres.NameEn, guterres.Country));
    }

    [Fact]
    public void A_well_known_organization_gets_its_English_name_and_an_international_body_no_country()
    {
        var doc = Analyze.Text("دعا حلف شمال الأطلسي إلى وقف التصعيد، فيما نقلت وكالة الأناضول عن مصادر محلية أن الهدوء عاد إلى المنطقة.");
        var nato = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span).Contains("حلف شمال الأطلسي", StringComparison.Ordinal)));
        Assert.Equal(("NATO", null), (nato.NameEn, nato.Country));
    }

    [Fact]
    public void A_well_known_place_with_no_Arabic_name_in_GeoNames_is_geocoded_through_the_alias_table()
    {
        var doc = Analyze.Text("يعقد الرئيسان قمة في مدينة سوتشي الروسية الأسبوع المقبل.");
        var sochi = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span).Contains("سوتشي", StringComparison.Ordinal)));
        Assert.Equal(("Sochi", "RUS", 491422L), (sochi.NameEn, sochi.Country, sochi.Geo?.GeonameId));
    }

    [Fact]
    public void A_governorate_that_geonames_names_in_english_only_is_a_place_with_its_country()
    {
        var doc = Analyze.Text("قالت مصادر أمنية إن هجوما استهدف قافلة للجيش في صحراء الأنبار، فيما تواصلت العمليات في ديالى ونينوى.");
        var anbar = Assert.Single(doc.LinkedEntities, e => e.NameEn == "Al Anbar");
        Assert.Equal(("IRQ", EntityType.Location), (anbar.Country, anbar.Type));
        var nineveh = Assert.Single(doc.LinkedEntities, e => e.NameEn == "Nineveh");
        Assert.Equal("نينوى", doc.Slice(Assert.Single(nineveh.Mentions).Span));
        Assert.Contains(doc.LinkedEntities, e => e.NameEn == "Diyala" && e.Country == "IRQ");
    }

    [Fact]
    public void Rif_dimashq_is_a_governorate_of_its_own_and_not_damascus()
    {
        var doc = Analyze.Text("وصل الوفد إلى دمشق صباح الاثنين، ثم زار بلدات في ريف دمشق تضررت من القصف.");
        var rif = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "ريف دمشق"));
        Assert.Equal(("Rif Dimashq", "SYR"), (rif.NameEn, rif.Country));
        var damascus = Assert.Single(doc.LinkedEntities, e => e.NameEn == "Damascus");
        Assert.Equal("دمشق", doc.Slice(Assert.Single(damascus.Mentions).Span));
    }

    [Fact]
    public void A_division_in_a_country_the_article_names_wins_over_a_foreign_city_of_the_same_name()
    {
        var doc = Analyze.Text("أعلنت السلطات العراقية أن الأمطار أغرقت قرى في بابل جنوب بغداد.");
        var babil = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "بابل"));
        Assert.Equal(("Babil", "IRQ"), (babil.NameEn, babil.Country));
    }

    [Fact]
    public void A_district_or_province_designator_clusters_with_the_bare_name()
    {
        var doc = Analyze.Text("قصفت القوات الروسية مقاطعة دونيتسك ليلا، وقال مسؤولون في دونيتسك إن الكهرباء انقطعت.");
        var donetsk = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span).EndsWith("دونيتسك", StringComparison.Ordinal)));
        Assert.Equal(2, donetsk.Mentions.Count(m => doc.Slice(m.Span).EndsWith("دونيتسك", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_conjunction_or_preposition_before_a_country_name_is_left_out_of_the_mention()
    {
        var doc = Analyze.Text("زار الرئيس فرنسا وبريطانيا الشهر الماضي، ثم توجه إلى اليابان وكوريا الجنوبية.");
        Assert.Contains(doc.LinkedEntities, e => e.NameEn == "United Kingdom" && e.Mentions.All(m => doc.Slice(m.Span) == "بريطانيا"));
        Assert.Contains(doc.LinkedEntities, e => e.NameEn == "South Korea" && e.Mentions.All(m => doc.Slice(m.Span) == "كوريا الجنوبية"));
    }

    [Fact]
    public void Names_joined_by_a_hashtag_underscore_are_one_name()
    {
        var doc = Analyze.Text("قال الجيش إن #بيونغ_يانغ أطلقت صاروخا جديدا صباح اليوم.");
        var pyongyang = Assert.Single(doc.LinkedEntities, e => e.Type == EntityType.Location);
        Assert.Equal("Pyongyang", pyongyang.NameEn);
    }

    [Fact]
    public void Greenwich_in_a_time_of_day_is_no_place()
    {
        var doc = Analyze.Text("انطلقت الرحلة عند الساعة العاشرة بتوقيت غرينتش من مطار القاهرة.");
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span).Contains("غرينتش", StringComparison.Ordinal)));
    }

    [Fact]
    public void Adjectives_of_origin_and_pronoun_words_are_no_names()
    {
        var doc = Analyze.Text("قال مسؤول حوثي إن شركة سعودية فازت بالعقد. ويمكنك حذف البيانات الخاصة بك من التطبيق. وكان الوضع هادئ في مدينة إدلب.");
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) is "حوثي" or "سعودية" or "بك" or "هادئ"));
        Assert.Contains(doc.LinkedEntities, e => e.NameEn == "Idlib");
    }

    [Fact]
    public void A_surname_shaped_like_a_nisba_or_a_given_name_in_hamza_stays_the_person_named_in_full()
    {
        // سليماني looks like the indefinite nisba of السليماني, هانئ like an adjective in ئ: the full names say otherwise.
        var doc = Analyze.Text("وصل الجنرال قاسم سليماني إلى بغداد مساء أمس. وكان سليماني قد التقى قادة الفصائل. وقال الوزير هانئ العبدلي إن اللقاء مهم، وأضاف هانئ أن الحكومة ستتابع.");
        Assert.Contains(doc.LinkedEntities, e => e.Type == EntityType.Person && e.Mentions.Any(m => doc.Slice(m.Span) == "سليماني"));
        Assert.Contains(doc.LinkedEntities, e => e.Type == EntityType.Person && e.Mentions.Any(m => doc.Slice(m.Span) == "هانئ"));
    }

    [Fact]
    public void An_international_phrase_glued_to_a_lam_word_or_after_a_national_organization_refers_to_no_un()
    {
        var migration = Analyze.Text("قالت الأمم المتحدة إن الأمطار تتواصل. وأعلنت المنظمة الدولية للهجرة أن آلاف الأسر نزحت.");
        Assert.DoesNotContain(Assert.Single(migration.LinkedEntities, e => e.NameEn == "United Nations").Mentions, m => m.Kind == MentionKind.PronounLike);

        var militia = Analyze.Text("زار وفد من منظمة بدر مدينة الموصل. وقالت المنظمة الدولية إن الوضع خطير.");
        Assert.DoesNotContain(militia.LinkedEntities, e => e.Mentions.Any(m => m.Kind == MentionKind.PronounLike && militia.Slice(m.Span) == "المنظمة الدولية"));
    }

    [Fact]
    public void The_international_organization_refers_back_to_a_listed_body_and_a_particle_after_it_changes_nothing()
    {
        var chemical = Analyze.Text("وصل فريق منظمة حظر الأسلحة الكيميائية إلى المطار. وقالت المنظمة الدولية إن العمل سيبدأ غدا.");
        Assert.Contains(chemical.LinkedEntities, e => e.Mentions.Any(m => chemical.Slice(m.Span) == "منظمة حظر الأسلحة الكيميائية")
            && e.Mentions.Any(m => m.Kind == MentionKind.PronounLike));

        var un = Analyze.Text("طلبت الأمم المتحدة تمويلا إضافيا، لكن المنظمة الدولية لم تتلق سوى نصفه.");
        Assert.Contains(Assert.Single(un.LinkedEntities, e => e.NameEn == "United Nations").Mentions, m => m.Kind == MentionKind.PronounLike);
    }

    [Fact]
    public void Two_countries_joined_in_one_hashtag_stay_two_countries()
    {
        var doc = Analyze.Text("وانتشر على المنصات وسم #السعودية_الإمارات بعد لقاء الزعيمين في العاصمة.");
        Assert.Contains(doc.LinkedEntities, e => e.Country == "SAU" && e.Mentions.Any(m => doc.Slice(m.Span) == "السعودية"));
        Assert.Contains(doc.LinkedEntities, e => e.Country == "ARE" && e.Mentions.Any(m => doc.Slice(m.Span) == "الإمارات"));
    }

    [Fact]
    public void A_region_written_with_its_designator_is_the_region_of_its_bare_name()
    {
        var doc = Analyze.Text("وصل الوزير إلى إقليم كردستان أمس، والتقى مسؤولين في كردستان لبحث ملف النفط.");
        var region = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "إقليم كردستان"));
        Assert.Contains(region.Mentions, m => doc.Slice(m.Span) == "كردستان");
    }

    [Fact]
    public void The_international_organization_refers_back_to_the_united_nations()
    {
        var doc = Analyze.Text("أعلنت الأمم المتحدة أنها سترسل مساعدات إلى اليمن. وقالت المنظمة الدولية إن الوضع خطير.");
        var un = Assert.Single(doc.LinkedEntities, e => e.NameEn == "United Nations");
        Assert.Contains(un.Mentions, m => m.Kind == MentionKind.PronounLike && doc.Slice(m.Span) == "المنظمة الدولية");
        Assert.Single(doc.LinkedEntities, e => e.Type == EntityType.Organization);
    }

    [Fact]
    public void A_country_written_by_its_full_formal_name_is_that_country()
    {
        var doc = Analyze.Text("أعلنت جمهورية كوريا الديمقراطية الشعبية أنها ستغلق موقع التجارب، ورحبت جمهورية كوريا بالقرار.");
        Assert.Contains(doc.LinkedEntities, e => e.Country == "PRK" && e.Mentions.Any(m => doc.Slice(m.Span) == "جمهورية كوريا الديمقراطية الشعبية"));
        Assert.Contains(doc.LinkedEntities, e => e.Country == "KOR" && e.Mentions.Any(m => doc.Slice(m.Span) == "جمهورية كوريا"));
    }

    [Fact]
    public void A_listed_region_written_as_a_hashtag_is_widened_over_its_underscore()
    {
        var doc = Analyze.Text("وصلت قافلة مساعدات إلى #قطاع_غزة صباح اليوم عبر معبر رفح.");
        var strip = Assert.Single(doc.LinkedEntities, e => e.NameEn == "Gaza Strip");
        Assert.Equal("قطاع_غزة", doc.Slice(Assert.Single(strip.Mentions).Span));
    }

    [Fact]
    public void A_month_name_beside_another_month_name_is_no_name_but_the_carmaker_stays()
    {
        var doc = Analyze.Text("ارتفعت مبيعات التجزئة في أبريل نيسان بنسبة 2 بالمئة، بعد تراجعها في مارس/ آذار. وأعلنت شركة نيسان عن سيارة جديدة.");
        var mentions = doc.LinkedEntities.SelectMany(e => e.Mentions).Where(m => doc.Slice(m.Span) == "نيسان").ToList();
        var carmaker = Assert.Single(mentions);
        Assert.True(carmaker.Span.Start > doc.Text.IndexOf("شركة", StringComparison.Ordinal));
    }

    [Fact]
    public void A_listed_company_is_named_without_the_noun_that_describes_it()
    {
        var doc = Analyze.Text("أعلنت شركة سامسونغ عن هاتف جديد، بينما قالت شركة تويتر إنها ستغير سياستها.");
        var samsung = Assert.Single(doc.LinkedEntities, e => e.NameEn == "Samsung");
        Assert.Equal((EntityType.Organization, "سامسونغ"), (samsung.Type, doc.Slice(Assert.Single(samsung.Mentions).Span)));
        var twitter = Assert.Single(doc.LinkedEntities, e => e.NameEn == "Twitter");
        Assert.Equal("تويتر", doc.Slice(Assert.Single(twitter.Mentions).Span));
    }

    [Fact]
    public void Common_nouns_and_adverbs_of_origin_standing_alone_are_no_names()
    {
        var doc = Analyze.Text("وقالت المصادر إن الميليشيا قصفت الحي بقذائف الهاون، وإن المفاوضين ناقشوا تخصيب اليورانيوم. ودعموا الحكومة إيرانيا وسياسيا. واتهم الوزير النظام بشن هجوم كيماوي. وقالت المنظمة في بيانها إن العمل مستمر.");
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) is "الميليشيا" or "الهاون" or "اليورانيوم" or "إيرانيا" or "كيماوي" or "المنظمة"));
    }

    [Fact]
    public void A_listed_person_the_tagger_read_as_another_name_is_a_person()
    {
        var doc = Analyze.Text("التقى هايكو ماس في برلين بعدد من السفراء، وقال هايكو ماس إن الحوار مستمر.");
        var maas = Assert.Single(doc.LinkedEntities, e => e.NameEn == "Heiko Maas");
        Assert.Equal(EntityType.Person, maas.Type);
    }

    [Fact]
    public void A_country_spelled_like_an_adjective_of_origin_stays_the_country()
    {
        var doc = Analyze.Text("وصل المبعوث إلى سورية أمس، ثم توجه إلى بيلاروسيا للقاء المسؤولين.");
        Assert.Contains(doc.LinkedEntities, e => e.Country == "SYR" && e.Mentions.Any(m => doc.Slice(m.Span) == "سورية"));
        Assert.Contains(doc.LinkedEntities, e => e.Country == "BLR" && e.Mentions.Any(m => doc.Slice(m.Span) == "بيلاروسيا"));
    }

    [Fact]
    public void A_capital_read_as_an_organization_is_the_capital()
    {
        var doc = Analyze.Text("تحدثت التقارير عن جهود سول الدبلوماسية لإقناع جارتها الشمالية بالحوار. وقالت الصحيفة إن خلافا نشب بين سول وطوكيو حول الصيد.");
        var seoul = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "سول"));
        Assert.Equal((EntityType.Location, "KOR"), (seoul.Type, seoul.Country));
    }

    [Fact]
    public void A_militia_noun_before_a_listed_group_is_part_of_its_name_and_the_bare_name_is_the_same_group()
    {
        var doc = Analyze.Text("قصفت ميليشيات الحوثي أحياء سكنية في مدينة تعز مساء الخميس. وقال مسؤول إن الحوثيين رفضوا الهدنة.");
        var houthis = Assert.Single(doc.LinkedEntities, e => e.NameEn == "Houthis");
        Assert.Equal(["ميليشيات الحوثي", "الحوثيين"], houthis.Mentions.Select(m => doc.Slice(m.Span)));
        Assert.Equal("الحوثي", houthis.Name);
        var hezbollah = Analyze.Text("واتهم الوزير ميليشيات حزب الله بتهريب السلاح عبر الحدود.");
        Assert.Contains(hezbollah.LinkedEntities, e => e.Type == EntityType.Organization && e.Mentions.Any(m => hezbollah.Slice(m.Span) == "ميليشيات حزب الله"));
    }

    [Fact]
    public void A_person_named_in_full_with_a_given_name_stays_a_person_when_the_family_name_alone_reads_as_a_place()
    {
        // The tagger reads the lone family name of the cleric as a place (the Baghdad district bears it); his full name,
        // which opens with a listed given name, is a person's, and so is the entity.
        var doc = Analyze.Text("دعا زعيم التيار الصدري، مقتدى الصدر، الحكومة إلى نزع السلاح في مدينة الصدر.\nوطلب الصدر من الحكومة البدء بحملة في مدينة الصدر بعد العيد.\nوقال الصدر في بيان إن الحملة ستبدأ قريبا.");
        var sadr = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "مقتدى الصدر"));
        Assert.Equal(EntityType.Person, sadr.Type);
        Assert.Contains(sadr.Mentions, m => doc.Text[..m.Span.Start].EndsWith("وقال ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_full_name_with_its_given_name_alone_in_the_headline_stays_a_person()
    {
        // The headline calls the cleric by his given name; that lone word is his too, and does not turn his name into a place.
        var doc = Analyze.Text("دعا زعيم التيار الصدري، مقتدى الصدر، الحكومة إلى نزع السلاح في مدينة الصدر.\nوطلب الصدر من الحكومة البدء بحملة في مدينة الصدر بعد العيد.\nوقال الصدر في بيان إن الحملة ستبدأ قريبا.",
            title: "مقتدى يدعو لنزع السلاح في مدينة الصدر");
        var sadr = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "مقتدى الصدر"));
        Assert.Equal(EntityType.Person, sadr.Type);
        Assert.Contains(sadr.Mentions, m => doc.Slice(m.Span) == "مقتدى");
    }

    [Fact]
    public void A_country_is_no_short_form_of_a_person_whose_family_name_spells_alike_only_loosely()
    {
        // The loose key takes ق for ج: "العراق" and "الأعرجي" read alike, and the country joined the minister.
        var doc = Analyze.Text("وزار الوفد العراق أمس.\nوقال وزير الداخلية قاسم الأعرجي إن الحملة بدأت.");
        Assert.Contains(doc.LinkedEntities, e => e.Type == EntityType.Person && e.Mentions.Any(m => doc.Slice(m.Span) == "قاسم الأعرجي"));
        var iraq = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "العراق"));
        Assert.Equal(EntityType.Location, iraq.Type);
        Assert.Single(iraq.Mentions);
    }

    [Fact]
    public void A_body_named_by_its_noun_once_is_no_description_and_a_government_named_after_its_leader_is_a_name()
    {
        var doc = Analyze.Text("وقال النظام السوري إن الحكومة السورية سترد. وفي عمان أعلنت حكومة الملقي خطة جديدة، ورفضت الشرطة الأردنية التعليق.");
        var syria = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "النظام السوري"));
        Assert.Contains(syria.Mentions, m => doc.Slice(m.Span) == "الحكومة السورية");
        Assert.False(syria.Descriptive);
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Descriptive && e.Mentions.Any(m => doc.Slice(m.Span).Contains("الملقي", StringComparison.Ordinal)));
        Assert.True(Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "الشرطة الأردنية")).Descriptive);
    }

    [Fact]
    public void An_institution_with_a_proper_english_name_in_the_phoenix_dictionaries_takes_it_and_others_keep_adjective_and_gloss()
    {
        var doc = Analyze.Text("وقال الجيش الإسرائيلي إن طائراته قصفت موقعا، فيما دعت وزارة الخارجية الأميركية إلى التهدئة ونفى الجيش اللبناني الخبر.");
        Assert.Contains(doc.LinkedEntities, e => e.NameEn == "Israel Defense Forces" && e.Country == "ISR");
        Assert.Contains(doc.LinkedEntities, e => e.NameEn == "US State Department" && e.Country == "USA");
        Assert.Contains(doc.LinkedEntities, e => e.NameEn == "Lebanese army" && e.Country == "LBN");
    }

    [Fact]
    public void A_party_named_by_two_nouns_joined_by_wa_is_found_in_the_actor_dictionary()
    {
        var doc = PublishedOn("2018-06-01", "وقال نائب عن حزب العدالة والتنمية في البرلمان إن التصويت سيجري غدا.");
        var party = Assert.Single(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "حزب العدالة والتنمية"));
        Assert.Equal(("TUR", "TURPTY"), (party.Country, party.Cameo));
    }

    [Fact]
    public void A_nisba_after_a_definite_word_is_no_mention_of_the_country_but_the_country_with_its_article_is()
    {
        var doc = Analyze.Text("وتعرضت القرى لعشرات الغارات الجوية السورية والروسية، وقالت وكالة الأنباء السورية إن الجيش تقدم. وتقع الباراغواي في أمريكا الجنوبية، وسفارة الباراغواي في القدس.");
        Assert.DoesNotContain(doc.LinkedEntities, e => e.Mentions.Any(m => doc.Slice(m.Span) == "السورية"));
        Assert.Contains(doc.LinkedEntities, e => e.Type == EntityType.Organization && e.Country == "SYR" && e.Mentions.Any(m => doc.Slice(m.Span) == "وكالة الأنباء السورية"));
        var paraguay = Assert.Single(doc.LinkedEntities, e => e.NameEn == "Paraguay");
        Assert.Equal(2, paraguay.Mentions.Count(m => doc.Slice(m.Span) == "الباراغواي"));
    }
}
