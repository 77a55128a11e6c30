using System.Text.Json;
using Akhbar.Core.Output;
using Akhbar.Tests.Support;
using static Akhbar.Tests.Arabic.Time.TimeTestSupport;

namespace Akhbar.Tests.Arabic.Time;

/// <summary>The "times" array of the JSON record.</summary>
public class TimeRecordTests
{
    [Fact]
    public void Times_carry_offsets_raw_offsets_type_value_and_anchored()
    {
        var doc = Run("قال الوزير أمس الجمعة إن الاتفاقية وقعت في 4 و 5 مايو 2017.", "2018-09-15");
        using var json = JsonDocument.Parse(ArticleRecordWriter.ToJson(doc, new RecordOptions()));
        var times = json.RootElement.GetProperty("times").EnumerateArray().ToList();
        Assert.Equal(2, times.Count);
        var first = times[0];
        Assert.Equal("أمس الجمعة", first.GetProperty("text").GetString());
        Assert.Equal("DATE", first.GetProperty("type").GetString());
        Assert.Equal("2018-09-14", first.GetProperty("value").GetString());
        Assert.True(first.GetProperty("anchored").GetBoolean());
        var start = first.GetProperty("start").GetInt32();
        Assert.Equal("أمس الجمعة", doc.Text.Substring(start, first.GetProperty("end").GetInt32() - start));
        var rawStart = first.GetProperty("raw_start").GetInt32();
        Assert.Equal("أمس الجمعة", doc.Raw.Body[rawStart..first.GetProperty("raw_end").GetInt32()]);

        var list = times[1].GetProperty("value");
        Assert.Equal(JsonValueKind.Array, list.ValueKind);
        Assert.Equal(["2017-05-04", "2017-05-05"], list.EnumerateArray().Select(v => v.GetString()));
        Assert.False(times[1].GetProperty("anchored").GetBoolean());
    }

    [Fact]
    public void The_cli_writes_times_for_a_file_with_published()
    {
        var dir = Directory.CreateTempSubdirectory("akhbar-time-").FullName;
        try
        {
            var path = Path.Combine(dir, "a.txt");
            File.WriteAllText(path, "عنوان الخبر\n\nقال الوزير أمس إن الاجتماع ناجح.\n");
            var (exit, output, _) = CliRunner.Run("analyze", path, "--published", "2018-09-15");
            Assert.Equal(0, exit);
            using var json = JsonDocument.Parse(output);
            Assert.Equal("2018-09-14", json.RootElement.GetProperty("times")[0].GetProperty("value").GetString());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
