using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Quotes;

/// <summary>Who speaks, where the sentence also names who was told or puts the subject before the cue. Sentences written for these tests.</summary>
public class QuoteSpeakerTests
{
    private static List<(string Kind, string? Speaker, string Cue, string Text)> Run(string body) => QuoteRows.Of(Analyze.Text(body));

    [Theory]
    [InlineData("قالت الوزيرة سارة جونز إن الحوار مستمر.\n\nوقالت لنا إن الاتفاق قريب.", "وقالت", "سارة جونز")]
    [InlineData("قال المتحدث باسم الجيش جون سميث إن القوات تقدمت.\n\nوأضاف لراديو فرنسا الدولي أن المعارك مستمرة.", "وأضاف", "جون سميث")]
    [InlineData("وقال لي أحد المسؤولين في الحزب إن الانتخابات ستجري في موعدها.", "وقال", "أحد المسؤولين")]
    [InlineData("وقالت مصادر في الشرطة لأسوشيتد برس إن الهجوم أوقع خمسة قتلى.", "وقالت", "مصادر")]
    [InlineData("وأفادت مصادر ملاحية وشهود لفرانس برس أن الطائرة سقطت بعد إقلاعها.", "وأفادت", "مصادر ملاحية وشهود")]
    [InlineData("وأكد لنا العاملون في الفنادق أن الإقبال فاق التوقعات.", "وأكد", "العاملون")]
    [InlineData("وكان سامي الخطيب قد أبلغ مدير الوكالة الدولية أن بلاده ستقلص تعاونها.", "أبلغ", "سامي الخطيب")]
    [InlineData("وزير المالية سامي الخطيب أخبر الصحفيين أن الموازنة جاهزة.", "أخبر", "سامي الخطيب")]
    [InlineData("وقال الوزير سامي الخطيب إن الخطة جاهزة.\n\nبيد أن مسؤولا محليا في المدينة أبلغ رويترز لاحقا بأن الخطة لم تبدأ.", "أبلغ", "مسؤولا محليا")]
    [InlineData("وصل الوفد إلى المدينة صباحا.\n\nوقال للصحفيين مسؤول كبير في الوزارة إن المحادثات ستستأنف.", "وقال", "مسؤول كبير")]
    public void Who_was_told_is_not_who_spoke(string body, string cue, string speaker)
    {
        // لنا، لي، "لراديو ..."، "لأسوشيتد برس": a glued لـ after the cue or the subject names the listener.
        var q = Assert.Single(Run(body), q => q.Cue == cue);
        Assert.Equal(speaker, q.Speaker);
    }

    [Theory]
    [InlineData("وصل الوزير إلى المدينة صباحا.\n\nلكن الشرطة لم تؤكد أن الانفجار وقع في السوق.", "تؤكد", "الشرطة")]
    [InlineData("وقال الوزير سامي الخطيب إن الخطة جاهزة.\n\nالحكومة لن تقول إن الموعد تأجل.", "تقول", "الحكومة")]
    public void A_negation_before_the_cue_is_not_part_of_the_speaker(string body, string cue, string speaker)
    {
        // "لم"/"لن" sit between subject and verb like an auxiliary ("كان قد قال").
        var q = Assert.Single(Run(body), q => q.Cue == cue);
        Assert.Equal(speaker, q.Speaker);
    }

    [Theory]
    [InlineData("زار الرئيس لي ميونغ باك المستشفى.\n\nووصف لي الإصابات بأنها خفية.")]
    [InlineData("وأضاف ليو أن الصين ستخفض الضرائب.")]
    public void A_short_name_that_begins_with_lam_still_speaks(string body)
    {
        // Lee and Liu begin with ل: they are names, not لـ + a word. Lee alone is the pronoun (لي: to me) unless the article
        // names him in full (NoNameWords), as here.
        Assert.NotNull(Assert.Single(Run(body)).Speaker);
    }

    [Theory]
    [InlineData("وقال وزير الدفاع جون سميث إن الجيش مستعد.\n\nغير أن البيت الأبيض قال إن الرئيس لم يقرر بعد.", "قال", "البيت الأبيض")]
    [InlineData("وقال الغواصون إن الأطفال بخير.\n\nلكن السلطات أكدت أن الأكسجين ينقص في الكهف.", "أكدت", "السلطات")]
    [InlineData("وقال الوزير سامي الخطيب إن الاقتصاد ينمو.\n\nإلا أن محللين يقولون إن التضخم سيرتفع.", "يقولون", "محللين")]
    [InlineData("وقال الوزير سامي الخطيب إن الاقتصاد ينمو.\n\nبينما المعارضة الآن تقول إن البطالة تزداد.", "تقول", "المعارضة")]
    [InlineData("وقال الوزير سامي الخطيب إن العلاقات جيدة.\n\nوكانت السفارة الفرنسية في المدينة قد قالت إن الزيارة تأجلت.", "قالت", "السفارة الفرنسية")]
    [InlineData("وقال الوزير سامي الخطيب إن العلاقات جيدة.\n\nوكان فرق الإنقاذ قالت إن المفقودين كثر.", "قالت", "فرق الإنقاذ")]
    public void After_a_contrast_the_words_before_the_verb_speak(string body, string cue, string speaker)
    {
        // The clause after لكن / غير أن / إلا أن / بينما, or a sentence that opens with كان, has its own subject before
        // the verb; the carried speaker belongs to the clause before.
        var q = Assert.Single(Run(body), q => q.Cue == cue);
        Assert.Equal(speaker, q.Speaker);
    }

    [Theory]
    [InlineData("وقال الوزير سامي الخطيب إن الاقتصاد ينمو.\n\nكما أنها تكشف عن خطة جديدة للتوظيف.", "تكشف")]
    [InlineData("وقال الوزير سامي الخطيب إن الاقتصاد ينمو.\n\nلكنه أكد أن التضخم مرتفع.", "أكد")]
    public void A_pronoun_after_the_contrast_keeps_the_carried_speaker(string body, string cue)
    {
        var q = Assert.Single(Run(body), q => q.Cue == cue);
        Assert.Equal("سامي الخطيب", q.Speaker);
    }

    [Theory]
    [InlineData("وقال الوزير سامي الخطيب إن الاقتصاد ينمو.\n\nوفيما يتعلق بالميزانية أكد أن العجز سيتراجع.", "أكد")]
    [InlineData("وقال الوزير سامي الخطيب إن الاقتصاد ينمو.\n\nفيما يخص البطالة قال إن الأرقام تتحسن.", "قال")]
    public void As_for_is_no_contrast_and_keeps_the_carried_speaker(string body, string cue)
    {
        // "فيما يتعلق بـ" means "as for": no clause with a subject of its own opens there.
        var q = Assert.Single(Run(body), q => q.Cue == cue);
        Assert.Equal("سامي الخطيب", q.Speaker);
    }

    [Theory]
    [InlineData("وقال المدرب سامي الخطيب إن الفريق جاهز.\n\nوأضاف ممازحا: \"اللاعبون لا يحبون التدريب\".", "وأضاف")]
    [InlineData("وقال المدرب سامي الخطيب إن الفريق جاهز.\n\nوقال مؤخرا إن الموسم صعب.", "وقال")]
    [InlineData("وقال المدرب سامي الخطيب إن الفريق جاهز.\n\nوقال رداً على سؤال إن الموسم صعب.", "وقال")]
    public void An_adverb_after_the_cue_is_not_who_spoke(string body, string cue)
    {
        // ممازحا، مؤخرا، رداً: how or when, so the speaker carries over.
        var q = Run(body).Last(q => q.Cue == cue);
        Assert.Equal("سامي الخطيب", q.Speaker);
    }

    [Fact]
    public void A_counted_noun_is_part_of_the_subject_not_an_adverb()
    {
        // "30 نائباً": the tanwin after a number is that of the counted noun, not of an adverb after the subject.
        var q = Assert.Single(Run("وقال 30 نائباً في بيان مشترك إن الحكومة فشلت في إدارة الأزمة."));
        Assert.EndsWith("نائباً", q.Speaker);
    }

    [Fact]
    public void An_adverb_does_not_open_the_words_of_a_call()
    {
        var q = Run("وقالت الوزارة إن القتال مستمر.\n\nودعت أيضاً إلى وقف القتال في المدينة.").Last();
        Assert.Equal("إلى وقف القتال في المدينة", q.Text);
    }

    [Fact]
    public void An_adverb_after_the_subject_is_not_part_of_it()
    {
        Assert.Equal("الوزارة", Assert.Single(Run("ودعت الوزارة مرارا إلى وقف القتال في المدينة.")).Speaker);
    }

    [Theory]
    [InlineData("وخلال لقائه مع الرئيس الفرنسي إيمانويل ماكرون أبلغ فلاديمير بوتين الصحفيين أن روسيا لن تتراجع.", "أبلغ", "فلاديمير بوتين")]
    [InlineData("وفي اتصال هاتفي مع رئيس الوزراء سامي الخطيب أخبر الملك عبد الله الثاني الحكومة أن الإصلاحات ستستمر.", "أخبر", "عبد الله الثاني")]
    public void After_a_fronted_phrase_a_telling_verb_has_its_subject_after_it(string body, string cue, string speaker)
    {
        // The sentence opens with a prepositional phrase, so the verb comes before its subject (VSO): the name at the end of
        // that phrase is who the teller met, not who told.
        var q = Assert.Single(Run(body), q => q.Cue == cue);
        Assert.Equal(speaker, q.Speaker);
    }

    [Theory]
    [InlineData("قال الرئيس إن الاقتصاد بخير.\n\nوسيرغي لافروف وزير الخارجية الروسي قال إن الحوار ممكن.", "سيرغي لافروف")]
    [InlineData("قال الرئيس إن الاقتصاد بخير.\n\nبينما ماريا زاخاروفا المتحدثة باسم الخارجية الروسية قالت إن الرد قادم.", "ماريا زاخاروفا")]
    public void A_name_before_its_role_speaks(string body, string speaker)
    {
        // The role after the name is its apposition; the name is who speaks (and the entity the quote points at).
        Assert.Equal(speaker, Run(body).Last().Speaker);
    }

    [Theory]
    [InlineData("وتمكن أعوان الأمن صباح اليوم من إيقاف شاب بحوزته كمية من الأقراص، وفق ما أفاد به معتمد الجهة كمال العياري.")]
    [InlineData("وأقدم عدد من الأهالي على غلق الطريق احتجاجا على انقطاع الماء، وفق ما أكده معتمد المنطقة الصادق الورغي.")]
    public void A_delegate_named_after_his_role_speaks_after_according_to(string body)
    {
        // معتمد heads a Tunisian delegation; with a name after it that the tagger does not know, the phrase still names who spoke
        // (speaker-nouns.tsv, as وزير and مدير; مندوب and وكيل likewise).
        var q = Assert.Single(Run(body));
        Assert.StartsWith("معتمد", q.Speaker);
    }

    [Theory]
    [InlineData("وقال أحد المعلمين إن الدوام سيبدأ مبكرا. وطالب المعلمون والمعلمات وزير التعليم بالنظر في طلبات النقل المتأخرة.")]
    [InlineData("وأشاد المسؤول بالحملة. ودعا مواطنون إلى إعادة النظر في أسلوب التعامل مع المراجعين في الإدارات الحكومية.")]
    public void Teachers_or_citizens_after_the_verb_are_the_speakers_not_the_one_quoted_before(string body)
    {
        // A group of the public that the Saudi press lets speak as one (speaker-nouns.tsv: معلمون، مواطنون, nominative only: the
        // oblique forms are mostly objects, "حث المواطنين على").
        var q = Run(body).Last();
        Assert.Matches("^(المعلمون|مواطنون)", q.Speaker);
    }
}
