using Akhbar.Arabic.Entities.Linking;

namespace Akhbar.Tests.Arabic.Entities.Linking;

public sealed class PlainLatinTests
{
    [Theory]
    [InlineData("Najrān", "Najran")]
    [InlineData("Ta’if", "Ta'if")]
    [InlineData("Zürich", "Zurich")]
    [InlineData("Berlin", "Berlin")]
    public void Place_names_are_written_without_diacritics(string geonames, string plain) => Assert.Equal(plain, PlainLatin.Of(geonames));
}
