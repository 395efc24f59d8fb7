package org.lastrada.portal.benchmark;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Iterator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inserts generated rows into one table with JDBC batches, one transaction per batch, logging progress.
 * Instants are written as UTC date-times, as Hibernate writes them ({@code hibernate.jdbc.time_zone=UTC}).
 */
final class BatchInsert {

    /** A column and its JDBC type, so that nulls need no metadata round trip. */
    record Column(String name, int sqlType) {
        static Column text(String name) { return new Column(name, Types.VARCHAR); }
        static Column number(String name) { return new Column(name, Types.BIGINT); }
        static Column time(String name) { return new Column(name, Types.TIMESTAMP); }
        static Column flag(String name) { return new Column(name, Types.BOOLEAN); }
    }

    private static final Logger log = LoggerFactory.getLogger(BatchInsert.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final int batchSize;

    BatchInsert(JdbcTemplate jdbc, TransactionTemplate transactions, int batchSize) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.batchSize = batchSize;
    }

    /** Inserts the rows (values in the order of the columns); {@code expected} is their number, for progress logs. */
    void rows(String table, List<Column> columns, long expected, Stream<Object[]> rows) {
        String sql = "insert into " + table + " (" + columns.stream().map(Column::name).collect(Collectors.joining(", "))
                + ") values (" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        int[] types = columns.stream().mapToInt(Column::sqlType).toArray();
        long started = System.nanoTime();
        long logEvery = Math.max(batchSize, expected / 10);
        long written = 0;
        List<Object[]> batch = new ArrayList<>(batchSize);
        for (Iterator<Object[]> values = rows.iterator(); values.hasNext(); ) {
            Object[] row = values.next();
            if (row.length != types.length) {
                throw new IllegalStateException(table + ": " + row.length + " values for " + types.length + " columns");
            }
            batch.add(Arrays.stream(row).map(BatchInsert::jdbcValue).toArray());
            if (batch.size() == batchSize || !values.hasNext()) {
                List<Object[]> full = batch;
                transactions.executeWithoutResult(status -> jdbc.batchUpdate(sql, full, types));
                written += full.size();
                batch = new ArrayList<>(batchSize);
                if (written % logEvery < full.size() || !values.hasNext()) {
                    log.info("Large network: {} rows written to {} (of about {}; {} s)", written, table, expected,
                            (System.nanoTime() - started) / 1_000_000_000);
                }
            }
        }
    }

    private static Object jdbcValue(Object value) {
        return value instanceof Instant instant ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : value;
    }
}
