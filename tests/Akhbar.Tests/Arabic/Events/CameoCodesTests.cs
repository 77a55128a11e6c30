using System.Text.Json;
using Akhbar.Arabic.Events;
using Akhbar.Tests.Support;

namespace Akhbar.Tests.Arabic.Events;

/// <summary>The shipped CAMEO table through its typed loader.</summary>
public sealed class CameoCodesTests
{
    private static readonly CameoCodes Codes = CameoCodes.Default;

    [Fact]
    public void Host_a_visit_is_a_consultation_in_verbal_cooperation()
    {
        var code = Codes.Find("043");
        Assert.NotNull(code);
        Assert.Equal("04", code.Root);
        Assert.Equal("CONSULT", code.Plover);
        Assert.Equal(1, code.QuadClass);
    }

    [Fact]
    public void Conventional_military_force_is_an_assault_in_material_conflict()
    {
        var code = Codes.Find("190");
        Assert.NotNull(code);
        Assert.Equal("ASSAULT", code.Plover);
        Assert.Equal(4, code.QuadClass);
    }

    [Fact]
    public void Statements_are_kept_without_a_PLOVER_type()
    {
        var code = Codes.Find("010");
        Assert.NotNull(code);
        Assert.Null(code.Plover);
        Assert.Equal("01", code.Root);
    }

    [Fact]
    public void An_unknown_or_unpadded_code_is_null()
    {
        Assert.Null(Codes.Find("43"));
        Assert.Null(Codes.Find("999"));
        Assert.Null(Codes.Find(""));
    }

    [Fact]
    public void Every_code_has_its_root_a_Goldstein_score_on_the_scale_and_a_quad_class()
    {
        Assert.True(Codes.All.Count > 300);
        foreach (var code in Codes.All)
        {
            Assert.True(code.Code.Length is >= 2 and <= 4 && code.Code.All(char.IsAsciiDigit), code.Code);
            Assert.Equal(code.Code[..2], code.Root);
            Assert.NotNull(Codes.Find(code.Root));
            Assert.InRange(code.Goldstein, -10, 10);
            Assert.InRange(code.QuadClass, 1, 4);
            Assert.False(string.IsNullOrWhiteSpace(code.Label), code.Code);
        }
    }

    [SharedFact]
    public void Goldstein_scores_equal_the_codebook_lookup()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(SharedData.Path("data", "gdelt-codebooks", "cameo_goldstein.json")));
        foreach (var code in new[] { "043", "190", "010", "1823" })
        {
            var expected = json.RootElement.GetProperty(code).GetProperty("value").GetDouble();
            Assert.Equal(expected, Codes.Find(code)!.Goldstein);
        }
    }
}
