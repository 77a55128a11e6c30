using Akhbar.Arabic.Export;

namespace Akhbar.Tests.Arabic.Export;

public sealed class TsvFieldTests
{
    [Fact]
    public void Tabs_line_breaks_and_reserved_separators_become_spaces_of_the_same_length()
    {
        const string text = "قال\t\"نعم | لا\"\r\n# انتهى";
        var clean = TsvField.Clean(text, "|#");
        Assert.Equal("قال \"نعم   لا\"    انتهى", clean);
        Assert.Equal(text.Length, clean.Length);
        Assert.Equal("a|b", TsvField.Clean("a|b"));
        Assert.Equal("", TsvField.Clean(null));
    }
}
