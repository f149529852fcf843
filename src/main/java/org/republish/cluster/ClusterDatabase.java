package org.republish.cluster;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * The shared database: a small connection pool, and the tables the cluster
 * needs, created on first start. Connections fail fast (a few seconds), so a
 * database that went away is noticed instead of holding up the node.
 */
final class ClusterDatabase implements AutoCloseable {

    /** Claims on inputs, in the shape Camel's JDBC idempotent repository reads and writes. */
    static final String CLAIMS = "republish_claims";
    static final String NODES = "republish_nodes";
    static final String OUTCOMES = "republish_outcomes";
    static final String FOLDERS = "republish_folders";

    private static final List<String> TABLES = List.of(
            // file names can be 255 bytes: longer than Camel's default column; the key makes a second insert fail
            "CREATE TABLE IF NOT EXISTS " + CLAIMS + " (processorName VARCHAR(255) NOT NULL, messageId TEXT NOT NULL,"
                    + " createdAt TIMESTAMP NOT NULL, PRIMARY KEY (processorName, messageId))",
            "CREATE TABLE IF NOT EXISTS " + NODES + " (node TEXT PRIMARY KEY, http TEXT NOT NULL DEFAULT '',"
                    + " started_at TIMESTAMPTZ NOT NULL, renewed_at TIMESTAMPTZ NOT NULL,"
                    + " in_hand TEXT NOT NULL DEFAULT '', published BIGINT NOT NULL DEFAULT 0,"
                    + " held BIGINT NOT NULL DEFAULT 0, failed BIGINT NOT NULL DEFAULT 0)",
            "CREATE TABLE IF NOT EXISTS " + OUTCOMES + " (id BIGSERIAL PRIMARY KEY, node TEXT NOT NULL,"
                    + " input_name TEXT NOT NULL, result TEXT NOT NULL, at TIMESTAMPTZ NOT NULL)",
            "CREATE INDEX IF NOT EXISTS " + OUTCOMES + "_node ON " + OUTCOMES + " (node, id)",
            "CREATE TABLE IF NOT EXISTS " + FOLDERS + " (folder TEXT PRIMARY KEY, input_name TEXT NOT NULL,"
                    + " input_sha256 TEXT NOT NULL, node TEXT NOT NULL, reserved_at TIMESTAMPTZ NOT NULL)");

    /** Any number: only the nodes of this cluster take this advisory lock, so two never create tables at once. */
    private static final long SCHEMA_LOCK = 0x7265707562L;

    private final HikariDataSource pool;
    private final String url;

    private ClusterDatabase(HikariDataSource pool, String url) {
        this.pool = pool;
        this.url = url;
    }

    /** Connects and creates what is missing; the message of a failure says what to do. */
    static ClusterDatabase open(String url, String user, String password) throws IOException {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IOException("republish.cluster.url must be a PostgreSQL JDBC URL "
                    + "(jdbc:postgresql://HOST:PORT/DATABASE), not '" + url + "'");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (user != null && !user.isBlank()) {
            config.setUsername(user);
        }
        if (password != null && !password.isBlank()) {
            config.setPassword(password);
        }
        config.setPoolName("republish-cluster");
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(3_000);
        config.setValidationTimeout(2_000);
        // the node starts even when the database is down later; at start it must be there (checked below)
        config.setInitializationFailTimeout(-1);
        config.addDataSourceProperty("connectTimeout", "3");
        config.addDataSourceProperty("socketTimeout", "30");
        config.addDataSourceProperty("ApplicationName", "republish");
        HikariDataSource pool = new HikariDataSource(config);
        ClusterDatabase db = new ClusterDatabase(pool, url);
        try {
            db.createTables();
        } catch (SQLException e) {
            pool.close();
            throw new IOException(db.problem(e), e);
        }
        return db;
    }

    private void createTables() throws SQLException {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK + ")");
                for (String ddl : TABLES) {
                    s.execute(ddl);
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** What went wrong talking to the database, for an operator. */
    String problem(SQLException e) {
        String state = "";
        for (Throwable t = e; t != null && state.isEmpty(); t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                state = sql.getSQLState();
            }
        }
        String hint;
        if (state.startsWith("08")) {
            hint = "the database server cannot be reached: is PostgreSQL running and listening there?";
        } else if (state.equals("28P01") || state.equals("28000")) {
            hint = "the server refused the user or password: set REPUBLISH_CLUSTER_USER and REPUBLISH_CLUSTER_PASSWORD";
        } else if (state.equals("3D000")) {
            hint = "the database does not exist: create it (createdb) or name another in the URL";
        } else if (state.equals("42501")) {
            hint = "the user may not create the tables republish needs (" + String.join(", ", CLAIMS, NODES,
                    OUTCOMES, FOLDERS) + "): grant CREATE on the schema, or have an administrator start one node once";
        } else {
            hint = "see the database's message";
        }
        return "the cluster database " + url + " cannot be used: " + hint + " (" + e.getMessage() + ")";
    }

    DataSource dataSource() {
        return pool;
    }

    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    String url() {
        return url;
    }

    @Override
    public void close() {
        pool.close();
    }
}
