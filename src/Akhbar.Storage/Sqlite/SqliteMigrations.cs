using Microsoft.Data.Sqlite;

namespace Akhbar.Storage.Sqlite;

/// <summary>
/// The schema, as an ordered list of migrations. <c>PRAGMA user_version</c> records how many have run; opening
/// a database runs the missing ones, each in its own transaction, so an old database is upgraded in place.
/// Never edit a migration that has shipped: add a new one.
/// </summary>
public static class SqliteMigrations
{
    public static IReadOnlyList<string> All { get; } =
    [
        // 1: articles, their identities, the full-text index and the layers that queries read.
        """
        CREATE TABLE articles(
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            ext_id TEXT NOT NULL,
            url TEXT,
            title TEXT,
            published TEXT,
            text TEXT NOT NULL,
            record BLOB NOT NULL,
            minhash BLOB,
            near_duplicate_of INTEGER REFERENCES articles(id)
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_source ON articles(source);
        CREATE INDEX articles_near ON articles(near_duplicate_of);
        CREATE TABLE article_ids(
            source TEXT NOT NULL,
            ext_id TEXT NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            PRIMARY KEY(source, ext_id)
        ) WITHOUT ROWID;
        CREATE VIRTUAL TABLE articles_fts USING fts5(terms, stems, content='', tokenize='unicode61 remove_diacritics 0');
        CREATE TABLE entities(
            article_id INTEGER NOT NULL REFERENCES articles(id),
            idx INTEGER NOT NULL,
            type TEXT,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            group_key TEXT NOT NULL,
            name_en TEXT,
            country TEXT,
            mention_count INTEGER NOT NULL,
            PRIMARY KEY(article_id, idx)
        ) WITHOUT ROWID;
        CREATE INDEX entities_key ON entities(name_key);
        CREATE INDEX entities_group ON entities(group_key);
        CREATE INDEX entities_en ON entities(name_en COLLATE NOCASE);
        CREATE TABLE entity_totals(
            group_key TEXT NOT NULL,
            type TEXT NOT NULL,
            name TEXT NOT NULL,
            articles INTEGER NOT NULL,
            mentions INTEGER NOT NULL,
            PRIMARY KEY(group_key, type, name)
        ) WITHOUT ROWID;
        CREATE INDEX entity_totals_articles ON entity_totals(articles DESC);
        CREATE TABLE mentions(
            article_id INTEGER NOT NULL REFERENCES articles(id),
            entity_idx INTEGER NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            key TEXT NOT NULL
        );
        CREATE INDEX mentions_key ON mentions(key);
        CREATE INDEX mentions_article ON mentions(article_id, entity_idx);
        CREATE TABLE quotes(
            article_id INTEGER NOT NULL REFERENCES articles(id),
            speaker_idx INTEGER,
            speaker_text TEXT,
            speaker_key TEXT,
            kind TEXT,
            cue TEXT,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX quotes_article ON quotes(article_id);
        CREATE INDEX quotes_speaker ON quotes(speaker_key);
        CREATE TABLE speaker_totals(
            speaker_key TEXT NOT NULL,
            label TEXT NOT NULL,
            quotes INTEGER NOT NULL,
            articles INTEGER NOT NULL,
            PRIMARY KEY(speaker_key, label)
        ) WITHOUT ROWID;
        CREATE TABLE times(
            article_id INTEGER NOT NULL REFERENCES articles(id),
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            type TEXT,
            value TEXT
        );
        CREATE INDEX times_value ON times(value);
        CREATE TABLE events(
            article_id INTEGER NOT NULL REFERENCES articles(id),
            source_idx INTEGER,
            target_idx INTEGER,
            cameo TEXT,
            plover TEXT,
            when_value TEXT,
            negated INTEGER NOT NULL DEFAULT 0,
            hypothetical INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX events_article ON events(article_id);
        CREATE INDEX events_cameo ON events(cameo);
        """,
    ];

    public static void Migrate(SqliteConnection connection)
    {
        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version;"), System.Globalization.CultureInfo.InvariantCulture);
        if (version > All.Count)
        {
            throw new Core.Diagnostics.BadInputException(Core.Diagnostics.DiagnosticCodes.DatabaseTooNew,
                $"{connection.DataSource}: the database was written by a newer Akhbar (schema {version}; this one knows {All.Count}).");
        }

        for (var v = version; v < All.Count; v++)
        {
            using var tx = connection.BeginTransaction();
            using var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = All[v] + $"\nPRAGMA user_version = {v + 1};";
            cmd.ExecuteNonQuery();
            tx.Commit();
        }
    }

    private static object? Scalar(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }
}
