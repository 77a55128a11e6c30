using Akhbar.Core.Input;

namespace Akhbar.Tests.Core;

public sealed class CsvRecordsTests
{
    [Fact]
    public void Quoted_fields_keep_commas_line_breaks_and_doubled_quotes()
    {
        var records = CsvRecords.Parse("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\nthen\"\n\n2,,\n");
        Assert.Equal(3, records.Count);
        Assert.Equal(["1", "x, y", "say \"hi\"\nthen"], records[1]);
        Assert.Equal(["2", "", ""], records[2]);
    }

    [Fact]
    public void An_unclosed_quote_is_an_error()
    {
        Assert.Throws<FormatException>(() => CsvRecords.Parse("a\n\"open"));
    }

    [Fact]
    public void Records_are_keyed_by_header_and_a_short_record_is_refused()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "id,text\n7,\"نص، مع فاصلة\"\n");
            var row = Assert.Single(CsvRecords.Read(path));
            Assert.Equal("نص، مع فاصلة", row["text"]);
            File.WriteAllText(path, "id,text\n7\n");
            Assert.Throws<FormatException>(() => CsvRecords.Read(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
