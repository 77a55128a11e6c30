namespace Akhbar.Arabic.Entities.Linking;

/// <summary>
/// A noun that heads a place name written in full (Data/entities/place-heads.tsv): an administrative unit
/// ("محافظة"), clustered with the bare name, or a feature ("مطار", "نهر"), an entity of its own whose English
/// name is <see cref="NameEn"/> with {0} for the English name of the place after it. <see cref="TakesPerson"/>:
/// a person's name after the noun names the place ("مطار شارل ديغول"), or is a place the tagger read as a person ("جزيرة
/// لومبوك"). <see cref="IsDesignator"/>: a noun such as مدينة or قرية, after which a name is a place but which news
/// leaves out of the name ("مدينة قندوز" is قندوز). <see cref="HasHamza"/>: the noun is written with a hamza on its alef;
/// one written without is another word when the text has one there ("وأدى", he performed, folds like "وادي").
/// <see cref="Country"/>: the ISO3 code of the one state whose administration has the noun (معتمدية: Tunisia), or null.
/// </summary>
public sealed record PlaceHead(bool IsUnit, string? NameEn, bool TakesPerson, bool IsDesignator = false, bool HasHamza = false, string? Country = null)
{
    /// <summary>Whether a word written so (its letters after any proclitic) can be this noun, hamza for hamza.</summary>
    public bool CanBeWritten(ReadOnlySpan<char> written) => HasHamza || written.IndexOfAny('أ', 'إ', 'آ') < 0;

    /// <summary>The English name of the whole, given the English name of the place the noun heads.</summary>
    public string? EnglishOf(string placeNameEn) => NameEn?.Replace("{0}", placeNameEn, StringComparison.Ordinal);
}
