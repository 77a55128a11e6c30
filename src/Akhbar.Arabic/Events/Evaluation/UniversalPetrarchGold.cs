using System.Xml;
using System.Xml.Linq;
using Akhbar.Core.Diagnostics;

namespace Akhbar.Arabic.Events.Evaluation;

/// <summary>
/// Reads the UniversalPetrarch Arabic validation files (../shared/data/cameo-arabic-universalpetrarch/gold,
/// <c>arabic_protest_gsr_validation.xml</c> and <c>arabic_assault_gsr_validation.xml</c>): per sentence its category, the
/// source and target words (<c>EventText</c>), the actor codes (<c>EventCoding sourcecode/targetcode</c>, "PSE GOV") and
/// the CAMEO <c>eventcode</c>, which is empty in every sentence of the copy in ../shared. The protest file opens a
/// <c>&lt;Validation&gt;</c> element it never closes (the assault file has <c>&lt;Sentences&gt;</c> as its root); the closing
/// tag is supplied when missing.
/// </summary>
public static class UniversalPetrarchGold
{
    public static readonly string[] Files = ["arabic_protest_gsr_validation.xml", "arabic_assault_gsr_validation.xml"];

    public static List<ArgumentSentence> Read(string folder)
    {
        var list = new List<ArgumentSentence>();
        foreach (var name in Files)
        {
            var path = Path.Combine(folder, name);
            try
            {
                var text = File.ReadAllText(path).TrimEnd();
                if (text.Contains("<Validation>", StringComparison.Ordinal) && !text.EndsWith("</Validation>", StringComparison.Ordinal))
                {
                    text += "\n</Validation>";
                }

                foreach (var s in XDocument.Parse(text).Descendants("Sentence"))
                {
                    var words = s.Element("EventText");
                    var coding = s.Element("EventCoding");
                    list.Add(new ArgumentSentence((string?)s.Attribute("id") ?? "", ((string?)s.Element("Text") ?? "").Trim(),
                        (string?)s.Attribute("category") ?? throw new FormatException("a sentence has no category"),
                        Split((string?)words?.Attribute("sourcetext")), Split((string?)words?.Attribute("targettext")),
                        (string?)coding?.Attribute("sourcecode"), (string?)coding?.Attribute("targetcode"),
                        (string?)coding?.Attribute("eventcode") is { Length: > 0 } code ? code : null));
                }
            }
            catch (Exception e) when (e is XmlException or FormatException)
            {
                throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}: not a UniversalPetrarch validation file ({e.Message}).");
            }
        }

        return list;
    }

    private static List<string> Split(string? words) => (words ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
}
