using System.Globalization;
using System.IO.Compression;
using Akhbar.Core.Text;
using Akhbar.Storage.Dedup;
using Akhbar.Storage.Model;
using Akhbar.Storage.Search;
using Microsoft.Data.Sqlite;

namespace Akhbar.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. A batch is one transaction, so a process killed at any
/// moment leaves whole batches only, and the next ingest skips what is stored (by content hash and by
/// source id). Near-duplicates are linked to the first stored copy through an in-memory MinHash index that
/// is rebuilt from the database when the store opens.
/// </summary>
public sealed class SqliteArticleStore : IArticleStore
{
    private readonly SqliteConnection _connection;
    private readonly QueryTerms _queryTerms = new();
    private NearDuplicateIndex? _near;

    public SqliteArticleStore(string path)
    {
        Path = path;
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        _connection = new SqliteConnection(builder.ToString());
        try
        {
            _connection.Open();
            Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;");
            SqliteMigrations.Migrate(_connection);
        }
        catch (SqliteException e)
        {
            _connection.Dispose();
            throw new Core.Diagnostics.BadInputException(Core.Diagnostics.DiagnosticCodes.DatabaseUnreadable, $"{path}: cannot open the database ({e.Message.TrimEnd('.')}).");
        }
    }

    public string Path { get; }

    public long Count() => Convert.ToInt64(Scalar("SELECT COUNT(*) FROM articles"), CultureInfo.InvariantCulture);

    public bool ContainsId(string source, string externalId) =>
        Scalar("SELECT 1 FROM article_ids WHERE source = $s AND ext_id = $e", ("$s", source), ("$e", externalId)) is not null;

    public IReadOnlyDictionary<(string Source, string Id), string> StoredIdentities()
    {
        var result = new Dictionary<(string, string), string>();
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT i.source, i.ext_id, a.content_hash FROM article_ids i JOIN articles a ON a.id = i.article_id";
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            result[(reader.GetString(0), reader.GetString(1))] = reader.GetString(2);
        }

        return result;
    }

    public StoreResult Store(IReadOnlyList<StoredArticle> batch)
    {
        _near ??= LoadNearIndex();
        int stored = 0, near = 0, duplicates = 0, already = 0;
        using var tx = _connection.BeginTransaction();
        using var insert = Command(tx, """
            INSERT INTO articles(content_hash, source, ext_id, url, title, published, text, record, minhash, near_duplicate_of)
            VALUES($hash, $source, $ext, $url, $title, $published, $text, $record, $minhash, $near)
            ON CONFLICT(content_hash) DO NOTHING
            RETURNING id
            """);
        using var findHash = Command(tx, "SELECT id FROM articles WHERE content_hash = $hash");
        using var addId = Command(tx, "INSERT INTO article_ids(source, ext_id, article_id) VALUES($source, $ext, $id) ON CONFLICT DO NOTHING");
        using var fts = Command(tx, "INSERT INTO articles_fts(rowid, terms, stems) VALUES($id, $terms, $stems)");
        using var layers = new RecordLayers(_connection);

        foreach (var a in batch)
        {
            long? nearOf = a.Signature is null ? null : _near.FindNear(a.Signature);
            Bind(insert, ("$hash", a.ContentHash), ("$source", a.Source), ("$ext", a.ExternalId), ("$url", a.Url), ("$title", a.Title),
                ("$published", a.Published), ("$text", a.Text), ("$record", a.CompressedRecord ?? Compress(a.RecordJson)), ("$minhash", a.Signature is null ? null : MinHash.ToBytes(a.Signature)), ("$near", nearOf));
            var inserted = insert.ExecuteScalar();
            long id;
            if (inserted is null)
            {
                Bind(findHash, ("$hash", a.ContentHash));
                id = Convert.ToInt64(findHash.ExecuteScalar(), CultureInfo.InvariantCulture);
                Bind(addId, ("$source", a.Source), ("$ext", a.ExternalId), ("$id", id));
                if (addId.ExecuteNonQuery() > 0)
                {
                    duplicates++;
                }
                else
                {
                    already++;
                }

                continue;
            }

            id = Convert.ToInt64(inserted, CultureInfo.InvariantCulture);
            Bind(addId, ("$source", a.Source), ("$ext", a.ExternalId), ("$id", id));
            addId.ExecuteNonQuery();
            Bind(fts, ("$id", id), ("$terms", a.Terms), ("$stems", a.Stems));
            fts.ExecuteNonQuery();
            layers.Insert(tx, id, a.RecordJson);
            stored++;
            if (nearOf is not null)
            {
                near++;
            }
            else if (a.Signature is not null)
            {
                _near.Add(id, a.Signature);
            }
        }

        try
        {
            tx.Commit();
        }
        catch
        {
            _near = null; // the index may hold articles that were rolled back: rebuild it from the database
            throw;
        }

        return new StoreResult(stored, near, duplicates, already);
    }

    public IReadOnlyList<SearchHit> Search(string query, CorpusFilter filter, int limit, bool stem = false)
    {
        var match = _queryTerms.ToFts(query, stem);
        if (match is null)
        {
            return [];
        }

        var (where, parameters) = FilterSql.Build(filter, "a.id");
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = $"""
            SELECT a.id, a.source, a.ext_id, a.title, a.published, bm25(articles_fts) AS score, a.text
            FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
            WHERE articles_fts MATCH $match {where}
            ORDER BY score LIMIT $limit
            """;
        cmd.Parameters.AddWithValue("$match", match);
        cmd.Parameters.AddWithValue("$limit", limit);
        FilterSql.Bind(cmd, parameters);

        var wanted = _queryTerms.Parts(query, stem).SelectMany(p => p).ToHashSet(StringComparer.Ordinal);
        var snippets = new SnippetBuilder(_queryTerms);
        var hits = new List<SearchHit>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            hits.Add(new SearchHit(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), NullableString(reader, 3), NullableString(reader, 4),
                reader.GetDouble(5), snippets.Build(reader.GetString(6), wanted, stem)));
        }

        return hits;
    }

    public IReadOnlyList<CountRow> Top(TopKind kind, CorpusFilter filter, int limit)
    {
        if (kind is not TopKind.Events && FilterSql.IsEmpty(filter))
        {
            // The whole corpus: read the running totals instead of grouping every entity or quote row.
            return kind == TopKind.Speakers ? TopSpeakersFromTotals(limit) : TopFromTotals(kind, limit);
        }

        string sql;
        IReadOnlyList<(string, object)> parameters;
        switch (kind)
        {
            case TopKind.Speakers:
                {
                    (var where, parameters) = FilterSql.Build(filter, "q.article_id");
                    sql = $"""
                    SELECT COALESCE(e.group_key, q.speaker_key) AS k, COALESCE(e.name, q.speaker_text) AS label, 'PER', COUNT(*), COUNT(DISTINCT q.article_id)
                    FROM quotes q LEFT JOIN entities e ON e.article_id = q.article_id AND e.idx = q.speaker_idx
                    WHERE COALESCE(e.group_key, q.speaker_key) IS NOT NULL {where}
                    GROUP BY k, label
                    """;
                    break;
                }

            case TopKind.Events:
                {
                    (var where, parameters) = FilterSql.Build(filter, "ev.article_id");
                    sql = $"""
                    SELECT COALESCE(ev.cameo, '') || ' ' || COALESCE(ev.plover, '') AS k, COALESCE(ev.cameo, '') || ' ' || COALESCE(ev.plover, '') AS label, 'EVENT', COUNT(*), COUNT(DISTINCT ev.article_id)
                    FROM events ev
                    WHERE ev.negated = 0 AND ev.hypothetical = 0 {where}
                    GROUP BY k, label
                    """;
                    break;
                }

            default:
                {
                    (var where, parameters) = FilterSql.Build(filter, "e.article_id");
                    sql = $"""
                    SELECT e.group_key, e.name, e.type, SUM(e.mention_count), COUNT(DISTINCT e.article_id)
                    FROM entities e
                    WHERE 1 = 1 {TypeCondition(kind, "e")} {where}
                    GROUP BY e.group_key, e.name, e.type
                    """;
                    break;
                }
        }

        return Ranked(sql, parameters, limit);
    }

    /// <summary>
    /// The unfiltered ranking from <c>entity_totals</c>: grouped in the order of its primary key, limited in
    /// SQL, then each group labelled with its most frequent name.
    /// </summary>
    private List<CountRow> TopFromTotals(TopKind kind, int limit)
    {
        var groups = new List<(string Key, string Type, long Mentions, long Articles)>();
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = $"""
                SELECT group_key, type, SUM(mentions) AS m, SUM(articles) AS n FROM entity_totals t
                WHERE 1 = 1 {TypeCondition(kind, "t")}
                GROUP BY group_key, type ORDER BY n DESC, m DESC, group_key LIMIT $limit
                """;
            cmd.Parameters.AddWithValue("$limit", limit);
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                groups.Add((reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3)));
            }
        }

        using var label = _connection.CreateCommand();
        label.CommandText = "SELECT name FROM entity_totals WHERE group_key = $g AND type = $t ORDER BY articles DESC, mentions DESC LIMIT 1";
        return [.. groups.Select(g =>
        {
            Bind(label, ("$g", g.Key), ("$t", g.Type));
            return new CountRow(label.ExecuteScalar() as string ?? g.Key, g.Key, g.Type.Length == 0 ? null : g.Type, g.Mentions, g.Articles);
        })];
    }

    private List<CountRow> TopSpeakersFromTotals(int limit)
    {
        var groups = new List<(string Key, long Quotes, long Articles)>();
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = """
                SELECT speaker_key, SUM(quotes) AS q, SUM(articles) AS n FROM speaker_totals
                GROUP BY speaker_key ORDER BY n DESC, q DESC, speaker_key LIMIT $limit
                """;
            cmd.Parameters.AddWithValue("$limit", limit);
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                groups.Add((reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2)));
            }
        }

        using var label = _connection.CreateCommand();
        label.CommandText = "SELECT label FROM speaker_totals WHERE speaker_key = $k ORDER BY articles DESC, quotes DESC LIMIT 1";
        return [.. groups.Select(g =>
        {
            Bind(label, ("$k", g.Key));
            return new CountRow(label.ExecuteScalar() as string ?? g.Key, g.Key, "PER", g.Quotes, g.Articles);
        })];
    }

    public IReadOnlyList<TimelineRow> Timeline(string entity, CorpusFilter filter, bool byWeek)
    {
        var (where, parameters) = FilterSql.Build(filter with { Entity = null }, "a.id");
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = $"""
            WITH hit(article_id, idx) AS ({FilterSql.EntityHits()})
            SELECT a.published, COUNT(DISTINCT a.id), SUM(e.mention_count)
            FROM hit JOIN entities e ON e.article_id = hit.article_id AND e.idx = hit.idx
            JOIN articles a ON a.id = hit.article_id
            WHERE a.published IS NOT NULL {where}
            GROUP BY a.published ORDER BY a.published
            """;
        FilterSql.BindEntity(cmd, entity);
        FilterSql.Bind(cmd, parameters);
        var rows = new List<(string Period, long Articles, long Mentions)>();
        using (var reader = cmd.ExecuteReader())
        {
            while (reader.Read())
            {
                var day = reader.GetString(0);
                rows.Add((byWeek ? IsoWeek(day) : day, reader.GetInt64(1), reader.GetInt64(2)));
            }
        }

        return [.. rows.GroupBy(r => r.Period).Select(g => new TimelineRow(g.Key, g.Sum(r => r.Articles), g.Sum(r => r.Mentions)))];
    }

    public IReadOnlyList<CountRow> Cooccur(string entity, CorpusFilter filter, int limit)
    {
        var (where, parameters) = FilterSql.Build(filter with { Entity = null }, "o.article_id");
        var sql = $"""
            WITH hit(article_id, idx) AS ({FilterSql.EntityHits()})
            SELECT o.group_key, o.name, o.type, SUM(o.mention_count), COUNT(DISTINCT o.article_id)
            FROM entities o
            WHERE o.article_id IN (SELECT article_id FROM hit)
              AND NOT EXISTS (SELECT 1 FROM hit h WHERE h.article_id = o.article_id AND h.idx = o.idx) {where}
            GROUP BY o.group_key, o.name, o.type
            """;
        return Ranked(sql, parameters, limit, cmd => FilterSql.BindEntity(cmd, entity));
    }

    public void Dispose() => _connection.Dispose();

    /// <summary>Runs a grouped count query and folds rows with the same key into one, labelled with its most frequent form.</summary>
    private List<CountRow> Ranked(string sql, IReadOnlyList<(string, object)> parameters, int limit, Action<SqliteCommand>? bind = null)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        FilterSql.Bind(cmd, parameters);
        bind?.Invoke(cmd);
        var groups = new Dictionary<string, (Dictionary<string, long> Labels, string? Type, long Count, long Articles)>(StringComparer.Ordinal);
        using (var reader = cmd.ExecuteReader())
        {
            while (reader.Read())
            {
                var key = reader.GetString(0);
                var label = NullableString(reader, 1) ?? key;
                var type = NullableString(reader, 2);
                var count = reader.GetInt64(3);
                var articles = reader.GetInt64(4);
                if (!groups.TryGetValue(key, out var g))
                {
                    g = (new Dictionary<string, long>(StringComparer.Ordinal), type, 0, 0);
                }

                g.Labels[label] = g.Labels.GetValueOrDefault(label) + count;
                groups[key] = (g.Labels, g.Type ?? type, g.Count + count, g.Articles + articles);
            }
        }

        return [.. groups
            .Select(kv => new CountRow(kv.Value.Labels.MaxBy(l => l.Value).Key, kv.Key, kv.Value.Type, kv.Value.Count, kv.Value.Articles))
            .OrderByDescending(r => r.Articles).ThenByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal)
            .Take(limit)];
    }

    private static string TypeCondition(TopKind kind, string alias) => kind switch
    {
        TopKind.Places => $"AND {alias}.type IN ('LOC', 'GPE')",
        TopKind.People => $"AND {alias}.type IN ('PER', 'PERS')",
        TopKind.Organizations => $"AND {alias}.type = 'ORG'",
        _ => string.Empty,
    };

    private static string IsoWeek(string day)
    {
        var d = DateTime.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(d)}-W{ISOWeek.GetWeekOfYear(d):00}");
    }

    private NearDuplicateIndex LoadNearIndex()
    {
        var index = new NearDuplicateIndex();
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT id, minhash FROM articles WHERE near_duplicate_of IS NULL AND minhash IS NOT NULL ORDER BY id";
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            index.Add(reader.GetInt64(0), MinHash.FromBytes((byte[])reader.GetValue(1)));
        }

        return index;
    }

    /// <summary>The record as stored: Brotli at its fastest setting, which still shrinks JSON about fourfold.</summary>
    public static byte[] Compress(byte[] json)
    {
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(json.Length)];
        return BrotliEncoder.TryCompress(json, buffer, out var written, quality: 1, window: 22)
            ? buffer.AsSpan(0, written).ToArray()
            : json;
    }

    /// <summary>The stored record of an article, as UTF-8 JSON.</summary>
    public byte[]? Record(long articleId)
    {
        if (Scalar("SELECT record FROM articles WHERE id = $id", ("$id", articleId)) is not byte[] compressed)
        {
            return null;
        }

        using var input = new MemoryStream(compressed);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        brotli.CopyTo(output);
        return output.ToArray();
    }

    private SqliteCommand Command(SqliteTransaction tx, string sql)
    {
        var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return cmd;
    }

    private static void Bind(SqliteCommand cmd, params (string Name, object? Value)[] values)
    {
        cmd.Parameters.Clear();
        foreach (var (name, value) in values)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }

    private void Execute(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private object? Scalar(string sql, params (string Name, object? Value)[] values)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        Bind(cmd, values);
        return cmd.ExecuteScalar();
    }

    private static string? NullableString(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    internal static string FoldKey(string s) => ArabicFolding.Fold(s.Trim());
}
