using System.Text.Json;

namespace Akhbar.Core.Output;

/// <summary>
/// The property names of the <c>akhbar.article/1</c> record, encoded once: the writer runs once per article on every
/// core, and encoding a name on each call cost about 1.4 % of a corpus run (perf, wt-nercost2).
/// </summary>
internal static class RecordNames
{
    public static readonly JsonEncodedText Anchored = JsonEncodedText.Encode("anchored");

    public static readonly JsonEncodedText Basis = JsonEncodedText.Encode("basis");

    public static readonly JsonEncodedText Cameo = JsonEncodedText.Encode("cameo");

    public static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");

    public static readonly JsonEncodedText Country = JsonEncodedText.Encode("country");

    public static readonly JsonEncodedText Cue = JsonEncodedText.Encode("cue");

    public static readonly JsonEncodedText Dateline = JsonEncodedText.Encode("dateline");

    public static readonly JsonEncodedText Descriptive = JsonEncodedText.Encode("descriptive");

    public static readonly JsonEncodedText Diagnostics = JsonEncodedText.Encode("diagnostics");

    public static readonly JsonEncodedText End = JsonEncodedText.Encode("end");

    public static readonly JsonEncodedText Entities = JsonEncodedText.Encode("entities");

    public static readonly JsonEncodedText Events = JsonEncodedText.Encode("events");

    public static readonly JsonEncodedText Feature = JsonEncodedText.Encode("feature");

    public static readonly JsonEncodedText Geo = JsonEncodedText.Encode("geo");

    public static readonly JsonEncodedText Geonameid = JsonEncodedText.Encode("geonameid");

    public static readonly JsonEncodedText Goldstein = JsonEncodedText.Encode("goldstein");

    public static readonly JsonEncodedText Hypothetical = JsonEncodedText.Encode("hypothetical");

    public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");

    public static readonly JsonEncodedText Key = JsonEncodedText.Encode("key");

    public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");

    public static readonly JsonEncodedText Lat = JsonEncodedText.Encode("lat");

    public static readonly JsonEncodedText Lon = JsonEncodedText.Encode("lon");

    public static readonly JsonEncodedText Mentions = JsonEncodedText.Encode("mentions");

    public static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");

    public static readonly JsonEncodedText Meta = JsonEncodedText.Encode("meta");

    public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");

    public static readonly JsonEncodedText NameEn = JsonEncodedText.Encode("name_en");

    public static readonly JsonEncodedText Negated = JsonEncodedText.Encode("negated");

    public static readonly JsonEncodedText Paragraph = JsonEncodedText.Encode("paragraph");

    public static readonly JsonEncodedText Paragraphs = JsonEncodedText.Encode("paragraphs");

    public static readonly JsonEncodedText QuadClass = JsonEncodedText.Encode("quad_class");

    public static readonly JsonEncodedText Quotes = JsonEncodedText.Encode("quotes");

    public static readonly JsonEncodedText RawEnd = JsonEncodedText.Encode("raw_end");

    public static readonly JsonEncodedText RawStart = JsonEncodedText.Encode("raw_start");

    public static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");

    public static readonly JsonEncodedText Removed = JsonEncodedText.Encode("removed");

    public static readonly JsonEncodedText Role = JsonEncodedText.Encode("role");

    public static readonly JsonEncodedText Roles = JsonEncodedText.Encode("roles");

    public static readonly JsonEncodedText Rule = JsonEncodedText.Encode("rule");

    public static readonly JsonEncodedText Schema = JsonEncodedText.Encode("schema");

    public static readonly JsonEncodedText Segments = JsonEncodedText.Encode("segments");

    public static readonly JsonEncodedText Sentence = JsonEncodedText.Encode("sentence");

    public static readonly JsonEncodedText Sentences = JsonEncodedText.Encode("sentences");

    public static readonly JsonEncodedText SpeakerText = JsonEncodedText.Encode("speaker_text");

    public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");

    public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");

    public static readonly JsonEncodedText Times = JsonEncodedText.Encode("times");

    public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");

    public static readonly JsonEncodedText Tokens = JsonEncodedText.Encode("tokens");

    public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");

    public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");

    public static readonly JsonEncodedText WhenFrom = JsonEncodedText.Encode("when_from");
}
