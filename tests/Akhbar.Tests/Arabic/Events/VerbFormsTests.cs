using Akhbar.Arabic.Events;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>The surface forms derived from a dictionary lemma (folded past third-person masculine).</summary>
public sealed class VerbFormsTests
{
    [Theory]
    [InlineData("هاجم", "هاجمت", "هاجموا", "يهاجم", "تهاجم", "يهاجمون")]
    [InlineData("اجتمع", "اجتمعت", "اجتمعوا", "يجتمع", "تجتمع", "يجتمعان")]
    [InlineData("تعاون", "تعاونت", "تعاونا", "يتعاون", "تتعاون", "نتعاون")]
    [InlineData("التقي", "التقت", "التقوا", "يلتقي", "تلتقي", "يلتق")]
    [InlineData("دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون")]
    [InlineData("اشاد", "اشادت", "اشادوا", "يشيد", "تشيد", "يشيدون")]
    public void Past_present_and_plural_forms(string lemma, params string[] expected)
    {
        var forms = VerbForms.Of(lemma).ToList();
        Assert.Contains(lemma, forms);
        foreach (var form in expected)
        {
            Assert.Contains(form, forms);
        }
    }

    [Fact]
    public void A_defective_verb_loses_its_last_letter_before_a_suffix()
    {
        var forms = VerbForms.Of("التقي").ToList();
        Assert.DoesNotContain("التقيت", forms);
        Assert.DoesNotContain("يتقي", forms);
    }

    [Fact]
    public void A_hollow_verb_of_form_four_has_a_yeh_in_its_present_not_the_name_of_chad()
    {
        var forms = VerbForms.Of("اشاد").ToList();
        Assert.DoesNotContain("تشاد", forms);
        Assert.DoesNotContain("يشاد", forms);
    }

    [Fact]
    public void A_hollow_verb_of_form_one_gets_no_present_since_the_alef_one_is_its_passive()
    {
        var forms = VerbForms.Of("دان").ToList();
        Assert.Contains("دانت", forms);
        Assert.Contains("دانوا", forms);
        Assert.DoesNotContain("يدان", forms);
        Assert.DoesNotContain("تدان", forms);
    }

    [Fact]
    public void Nouns_get_the_accusative_alef_unless_they_end_in_teh_marbuta()
    {
        Assert.Equal(["هجوم", "هجوما"], VerbForms.OfNoun("هجوم"));
        Assert.Equal(["مظاهره"], VerbForms.OfNoun("مظاهره"));
    }
}
