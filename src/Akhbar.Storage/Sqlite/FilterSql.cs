using Akhbar.Storage.Model;
using Microsoft.Data.Sqlite;

namespace Akhbar.Storage.Sqlite;

/// <summary>
/// The SQL of <see cref="CorpusFilter"/>, as conditions "this article id is in that set". Each set is a union
/// of simple selects that SQLite answers from one index each (an OR across columns would scan the table), and
/// is computed once per query rather than once per row. Entity and speaker names match on folded keys, so
/// spelling with or without hamza or diacritics does not matter, or on the linked English name.
/// </summary>
public static class FilterSql
{
    /// <summary>Conditions on <paramref name="articleId"/> (an SQL expression), each starting with " AND ".</summary>
    public static (string Where, IReadOnlyList<(string Name, object Value)> Parameters) Build(CorpusFilter f, string articleId)
    {
        var sql = new System.Text.StringBuilder();
        var p = new List<(string, object)>();
        if (f.From is not null || f.To is not null || f.Source is not null)
        {
            sql.Append(" AND ").Append(articleId).Append(" IN (SELECT id FROM articles WHERE 1 = 1");
            if (f.From is not null)
            {
                sql.Append(" AND published >= $from");
                p.Add(("$from", f.From));
            }

            if (f.To is not null)
            {
                sql.Append(" AND published <= $to");
                p.Add(("$to", f.To));
            }

            if (f.Source is not null)
            {
                sql.Append(" AND source = $source COLLATE NOCASE");
                p.Add(("$source", f.Source));
            }

            sql.Append(')');
        }

        if (f.Entity is not null)
        {
            sql.Append(" AND ").Append(articleId).Append(" IN (SELECT article_id FROM (").Append(EntityHits("$fentity", "$fentity_raw")).Append("))");
            p.Add(("$fentity", SqliteArticleStore.FoldKey(f.Entity)));
            p.Add(("$fentity_raw", f.Entity.Trim()));
        }

        if (f.Speaker is not null)
        {
            sql.Append(" AND ").Append(articleId).Append(" IN (SELECT article_id FROM quotes WHERE speaker_key = $fspeaker")
                .Append(" UNION SELECT q.article_id FROM (").Append(EntityHits("$fspeaker", "$fspeaker_raw"))
                .Append(") h JOIN quotes q ON q.article_id = h.article_id AND q.speaker_idx = h.idx)");
            p.Add(("$fspeaker", SqliteArticleStore.FoldKey(f.Speaker)));
            p.Add(("$fspeaker_raw", f.Speaker.Trim()));
        }

        if (f.EventType is not null)
        {
            sql.Append(" AND ").Append(articleId)
                .Append(" IN (SELECT article_id FROM events WHERE negated = 0 AND hypothetical = 0 AND (cameo LIKE $fevent || '%' OR plover = $fevent COLLATE NOCASE))");
            p.Add(("$fevent", f.EventType.Trim()));
        }

        return (sql.ToString(), p);
    }

    /// <summary>
    /// The (article_id, idx) of every entity that is the wanted one: by its folded name, its group key (the
    /// linked English name), its English name, or any of its mentions.
    /// </summary>
    public static string EntityHits(string keyParameter = "$entity", string rawParameter = "$entity_raw") =>
        $"""
        SELECT article_id, idx FROM entities WHERE name_key = {keyParameter}
        UNION SELECT article_id, idx FROM entities WHERE group_key = {keyParameter}
        UNION SELECT article_id, idx FROM entities WHERE group_key = lower({rawParameter})
        UNION SELECT article_id, idx FROM entities WHERE name_en = {rawParameter} COLLATE NOCASE
        UNION SELECT article_id, entity_idx FROM mentions WHERE key = {keyParameter}
        """;

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

    public static bool IsEmpty(CorpusFilter f) =>
        f.From is null && f.To is null && f.Source is null && f.Entity is null && f.Speaker is null && f.EventType is null;
}
