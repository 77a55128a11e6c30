using Akhbar.Storage.Model;
using Microsoft.Data.Sqlite;

namespace Akhbar.Storage.Sqlite;

/// <summary>
/// The SQL of <see cref="CorpusFilter"/>: conditions on the article alias <c>a</c>, appended with AND. Entity
/// and speaker names match on folded keys, so spelling with or without hamza or diacritics does not matter.
/// </summary>
public static class FilterSql
{
    public static (string Where, IReadOnlyList<(string Name, object Value)> Parameters) Build(CorpusFilter f)
    {
        var sql = new System.Text.StringBuilder();
        var p = new List<(string, object)>();
        if (f.From is not null)
        {
            sql.Append(" AND a.published >= $from");
            p.Add(("$from", f.From));
        }

        if (f.To is not null)
        {
            sql.Append(" AND a.published <= $to");
            p.Add(("$to", f.To));
        }

        if (f.Source is not null)
        {
            sql.Append(" AND a.source = $source COLLATE NOCASE");
            p.Add(("$source", f.Source));
        }

        if (f.Entity is not null)
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM entities fe WHERE fe.article_id = a.id AND ").Append(EntityMatch("fe", "$fentity", "$fentity_raw")).Append(')');
            p.Add(("$fentity", SqliteArticleStore.FoldKey(f.Entity)));
            p.Add(("$fentity_raw", f.Entity.Trim()));
        }

        if (f.Speaker is not null)
        {
            sql.Append("""
                 AND EXISTS (SELECT 1 FROM quotes fq LEFT JOIN entities fs ON fs.article_id = fq.article_id AND fs.idx = fq.speaker_idx
                   WHERE fq.article_id = a.id AND (fq.speaker_key = $fspeaker OR (fs.idx IS NOT NULL AND
                """).Append(EntityMatch("fs", "$fspeaker", "$fspeaker_raw")).Append(")))");
            p.Add(("$fspeaker", SqliteArticleStore.FoldKey(f.Speaker)));
            p.Add(("$fspeaker_raw", f.Speaker.Trim()));
        }

        if (f.EventType is not null)
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM events fv WHERE fv.article_id = a.id AND fv.negated = 0 AND fv.hypothetical = 0 AND (fv.cameo LIKE $fevent || '%' OR fv.plover = $fevent COLLATE NOCASE))");
            p.Add(("$fevent", f.EventType.Trim()));
        }

        return (sql.ToString(), p);
    }

    /// <summary>
    /// An entity row (alias <paramref name="e"/>) that is the wanted entity: by its folded name, its English
    /// name, or any of its mentions in that article.
    /// </summary>
    public static string EntityMatch(string e, string keyParameter = "$entity", string rawParameter = "$entity_raw") =>
        $"({e}.name_key = {keyParameter} OR {e}.group_key = {keyParameter} OR COALESCE({e}.name_en, '') = {rawParameter} COLLATE NOCASE OR EXISTS (SELECT 1 FROM mentions em WHERE em.article_id = {e}.article_id AND em.entity_idx = {e}.idx AND em.key = {keyParameter}))";

    public static void BindEntity(SqliteCommand cmd, string entity)
    {
        cmd.Parameters.AddWithValue("$entity", SqliteArticleStore.FoldKey(entity));
        cmd.Parameters.AddWithValue("$entity_raw", entity.Trim());
    }

    public static void Bind(SqliteCommand cmd, IReadOnlyList<(string Name, object Value)> parameters)
    {
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value);
        }
    }
}
