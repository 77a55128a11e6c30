namespace Akhbar.Arabic.Entities;

/// <summary>Writes labeled sentences in the two-column CoNLL form that <see cref="ConllReader"/> reads.</summary>
public static class ConllWriter
{
    public static void Write(IEnumerable<LabeledSentence> sentences, TextWriter output)
    {
        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Words.Length; i++)
            {
                output.Write(s.Words[i]);
                output.Write(' ');
                output.WriteLine(BioTags.Name(s.Tags[i]));
            }

            output.WriteLine();
        }
    }

    public static void Write(IEnumerable<LabeledSentence> sentences, string path)
    {
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
        Write(sentences, writer);
    }
}
