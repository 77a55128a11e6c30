using Akhbar.Arabic.Entities.Linking;

namespace Akhbar.Tests.Arabic.Entities.Linking;

public sealed class ActorDictionaryTests
{
    [Fact]
    public void Codes_read_open_closed_and_six_digit_dates()
    {
        Assert.Equal(new ActorCode("RUSGOV", 20040309, ActorCode.Open), ActorCode.Parse("RUSGOV >20040309"));
        Assert.Equal(new ActorCode("IGO", 19940922, 20040712), ActorCode.Parse("IGO 19940922-20040712"));
        Assert.Equal(new ActorCode("USRARM", 0, 19900823), ActorCode.Parse("USRARM <900823"));
        Assert.Equal(new ActorCode("PSE", 19840502, ActorCode.Open), ActorCode.Parse("PSE 19840502-18000101"));
        Assert.Null(ActorCode.Parse("not a code"));
    }

    [Fact]
    public void Entries_collect_aliases_and_codes()
    {
        string[] lines =
        [
            "# invented entries",
            "SAMIR_NADER_  # note",
            "+NADER",
            "\t[ABCGOV >100101]",
            "كريم_سالم_  [XYZGOV]",
        ];
        var entries = ActorDictionaryReader.Read(lines).ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal("SAMIR NADER", entries[0].Name);
        Assert.Equal(["NADER"], entries[0].Aliases);
        Assert.Equal(20100101, entries[0].Codes[0].From);
        Assert.Equal("كريم سالم", entries[1].Name);
        Assert.Equal("XYZGOV", entries[1].Codes[0].Code);
    }

    [Fact]
    public void Alignment_needs_a_shared_code_with_overlapping_dates_and_a_close_name()
    {
        var english = ActorDictionaryReader.Read(["SAMIR_NADER_", "\t[ABCGOV >20100101]", "KARIM_SALEM_", "\t[ABCGOV >20100101]", "NADER_SAMI_", "\t[XYZGOV]"]).ToList();
        var alignment = new ActorAlignment(english);
        var code = new ActorCode("ABCGOV", 20120101, ActorCode.Open);
        Assert.Equal("Samir Nader", alignment.Align(new ActorEntry("سمير نادر", [], [code])));
        Assert.Equal("Samir Nader", alignment.Align(new ActorEntry("نادر", [], [code])));
        Assert.Null(alignment.Align(new ActorEntry("سمير نادر", [], [new ActorCode("ABCGOV", 19900101, 19950101)])));
        Assert.Null(alignment.Align(new ActorEntry("خالد حسن", [], [code])));
    }

    [Fact]
    public void The_code_of_the_publication_day_is_chosen()
    {
        var actor = new ActorRecord("x", [new ActorCode("ABCMIL", 19900101, 20000101), new ActorCode("ABCGOV", 20000102, ActorCode.Open)], null);
        Assert.Equal("ABCMIL", actor.CodeOn(19950505));
        Assert.Equal("ABCGOV", actor.CodeOn(20180915));
        Assert.Equal("ABCGOV", actor.CodeOn(0));
    }

    [Fact]
    public void A_government_code_wins_over_party_codes_valid_the_same_day()
    {
        // As the dictionary has a head of government: office and party codes over overlapping ranges.
        var actor = new ActorRecord("x", [new ActorCode("ABCGOV", 20140828, ActorCode.Open), new ActorCode("ABCPTYELI", 20170521, ActorCode.Open), new ActorCode("ABCPTY", 20010814, 20030314)], null);
        Assert.Equal("ABCGOV", actor.CodeOn(20180915));
        Assert.Equal("ABCGOV", actor.CodeOn(0));
        Assert.Equal("ABCPTY", actor.CodeOn(20020101));
        Assert.Null(actor.CodeOn(19900101));
    }
}
