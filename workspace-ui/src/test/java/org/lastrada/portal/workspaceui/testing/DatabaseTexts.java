package org.lastrada.portal.workspaceui.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Every text the database holds: what people wrote (names, titles, descriptions, comments), what the portal recorded
 * (audit summaries, mails), but not the codes of enums (DRAFT, ORG_ADMIN). A screen may show them as they are, in any
 * language.
 */
final class DatabaseTexts {

    private static final Set<Integer> TEXT_TYPES = Set.of(Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB,
            Types.NVARCHAR, Types.NCHAR, Types.LONGNVARCHAR, Types.NCLOB);

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private DatabaseTexts() {
    }

    static Set<String> read(DataSource dataSource) {
        Set<String> texts = new HashSet<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            DatabaseMetaData metadata = connection.getMetaData();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rows = metadata.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
                while (rows.next()) {
                    String table = rows.getString("TABLE_NAME");
                    if (TEXT_TYPES.contains(rows.getInt("DATA_TYPE")) && !table.toLowerCase(Locale.ROOT).startsWith("flyway")) {
                        columns.add(new String[] {table, rows.getString("COLUMN_NAME")});
                    }
                }
            }
            for (String[] column : columns) {
                try (ResultSet values = statement.executeQuery("select distinct " + column[1] + " from " + column[0])) {
                    while (values.next()) {
                        String value = values.getString(1);
                        if (value != null && !value.isBlank()) {
                            texts.add(value.strip());
                            // Sets are kept as one text ("a,b"); screens list their elements.
                            for (String element : value.split(",")) {
                                texts.add(element.strip());
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's texts", e);
        }
        // Codes such as PUBLISHED or ORG_ADMIN are the database's, but a screen names what they mean.
        texts.removeIf(text -> text.isEmpty() || CODE.matcher(text).matches());
        return texts;
    }
}
